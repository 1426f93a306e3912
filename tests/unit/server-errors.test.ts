import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { explainServerError, serverErrorAdvice } from '../../src/openai-route/server-errors';
import { serverKindOf } from '../../src/openai-route/server-fronts';

describe('serverErrorAdvice', () => {
  it.each([
    // RunPod's load balancer with no worker ready: retried, whatever status it comes with.
    ['load-balancing', 400, '{"error":"no workers available"}', 'no-worker-ready', true],
    ['load-balancing', 503, 'No workers available', 'no-worker-ready', true],
    // Past the limit of RunPod's load balancer (5.5 min) or the Pod proxy (100 s): not retried.
    ['load-balancing', 524, 'error code: 524', 'processing-timeout', false],
    ['pod', 524, '<html>A timeout occurred</html>', 'processing-timeout', false],
    // Strict worker affinity: the docs' reason text and its table's code.
    ['load-balancing', 400, '{"error":"timed out waiting for worker"}', 'affinity-timeout', false],
    ['load-balancing', 400, '{"error":"worker_timeout"}', 'affinity-timeout', false],
    ['load-balancing', 404, '{"error":"affinity_worker_gone"}', 'affinity-worker-gone', false],
  ] as const)('%s, %i %s: %s (retryable: %s)', (server, status, text, cause, retryable) => {
    expect(serverErrorAdvice({ server, status, text })).toMatchObject({ cause, retryable });
  });

  it.each([
    // The server's own errors pass as they are.
    ['load-balancing', 400, '{"error":{"message":"max_tokens must be at least 1"}}'],
    ['load-balancing', 404, '{"error":{"message":"The model `x` does not exist."}}'],
    ['load-balancing', 502, 'Bad Gateway'],
    // The load balancer's answers do not come from a Pod's proxy.
    ['pod', 400, '{"error":"no workers available"}'],
    ['pod', 404, '{"error":"affinity_worker_gone"}'],
    // The affinity reasons only with their documented status.
    ['load-balancing', 500, 'affinity_worker_gone'],
    // No error status, no advice.
    ['load-balancing', 200, '{"error":"no workers available"}'],
    ['load-balancing', undefined, 'no workers available'],
  ] as const)('%s, %s %s: none', (server, status, text) => {
    expect(serverErrorAdvice({ server, status, text })).toBeUndefined();
  });

  it('says what to do in each note', () => {
    const note = (server: 'load-balancing' | 'pod', status: number, text: string) =>
      serverErrorAdvice({ server, status, text })?.note;
    expect(note('load-balancing', 400, 'no workers available')).toMatch(
      /cold-starting.*maxRetries.*active workers.*console/,
    );
    expect(note('load-balancing', 524, '')).toMatch(/5\.5 minutes.*maxOutputTokens.*queue/);
    expect(note('pod', 524, '')).toMatch(/100 seconds.*streamText.*TCP port/);
    expect(note('load-balancing', 400, 'worker_timeout')).toMatch(/busy.*without the header/);
    expect(note('load-balancing', 404, 'affinity_worker_gone')).toMatch(/drop the header/);
  });
});

describe('serverKindOf', () => {
  it.each([
    ['https://lb1abc.api.runpod.ai/v1', 'load-balancing'],
    ['https://pod1abc-8000.proxy.runpod.net/v1', 'pod'],
    ['https://api.runpod.ai/v2/abc123/openai/v1', undefined],
    ['http://127.0.0.1:8000/v1', undefined],
    ['not a url', undefined],
  ])('%s: %s', (base, kind) => {
    expect(serverKindOf(base)).toBe(kind);
  });
});

describe('explainServerError', () => {
  const error = (statusCode: number, responseBody: string, message: string) =>
    new APICallError({
      message,
      url: 'https://lb1abc.api.runpod.ai/v1/chat/completions',
      requestBodyValues: {},
      statusCode,
      responseBody,
      isRetryable: false,
    });

  it("keeps RunPod's message and the answer, adds the note and sets isRetryable", () => {
    const original = error(
      400,
      '{"error":"no workers available"}',
      "RunPod endpoint 'lb1abc.api.runpod.ai': no workers available",
    );
    const explained = explainServerError(original, 'load-balancing') as APICallError;
    expect(explained.message).toMatch(
      /^RunPod endpoint 'lb1abc\.api\.runpod\.ai': no workers available\. The load-balancing endpoint is cold-starting/,
    );
    expect(explained).toMatchObject({
      statusCode: 400,
      responseBody: '{"error":"no workers available"}',
      url: original.url,
      isRetryable: true,
      cause: original,
    });
    // Explained once, however often it passes.
    expect(explainServerError(explained, 'load-balancing')).toBe(explained);
  });

  it('passes other errors and values on as they are', () => {
    const other = error(400, '{"error":"bad request"}', 'bad request');
    expect(explainServerError(other, 'load-balancing')).toBe(other);
    const notAnApiError = new TypeError('boom');
    expect(explainServerError(notAnApiError, 'pod')).toBe(notAnApiError);
  });
});
