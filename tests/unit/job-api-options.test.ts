import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { jobApiBody } from '../../src/job-api/job-api-calls';
import { checkJobId, resolveJobsEndpoint } from '../../src/job-api/job-api-options';

const onRunPod = {};

describe('resolveJobsEndpoint: where runpod.jobs(endpoint) sends', () => {
  it.each([
    ['abc123', 'abc123'],
    ['  abc123 ', 'abc123'],
    ['black-forest-labs-flux-1-schnell', 'black-forest-labs-flux-1-schnell'],
    ['https://api.runpod.ai/v2/abc123', 'abc123'],
    ['https://console.runpod.io/serverless/user/endpoint/abc123', 'abc123'],
    ['http://localhost:8000', 'http://localhost:8000'],
    ['http://127.0.0.1:8000/', 'http://127.0.0.1:8000'],
    ['https://p0d1d2-8000.proxy.runpod.net', 'https://p0d1d2-8000.proxy.runpod.net'],
  ])('%s → endpoint %s', (given, endpointId) => {
    expect(resolveJobsEndpoint(given, onRunPod).endpointId).toBe(endpointId);
  });

  it('a baseURL that names an endpoint wins over an endpoint ID, as for media models', () => {
    expect(resolveJobsEndpoint('abc123', { endpointId: 'pinned9' })).toEqual({
      modelId: 'abc123',
      endpointId: 'pinned9',
    });
  });

  it.each([
    ['', /got ""/],
    [42, /got 42/],
    ['has space', /got "has space"/],
    [
      'https://abc123.api.runpod.ai',
      /load-balancing endpoint's OpenAI server, which has no job API/,
    ],
    ['https://p0d1d2-8000.proxy.runpod.net/v1', /Pod's OpenAI server, which has no job API/],
    ['https://api.runpod.ai/v2/abc123/openai/v1', /takes an endpoint ID/],
  ])('refuses %j', (given, message) => {
    expect(() => resolveJobsEndpoint(given, onRunPod)).toThrow(message);
  });

  it('refuses every endpoint when the baseURL is an OpenAI base', () => {
    const refuse = () => resolveJobsEndpoint('abc123', { openaiBase: 'http://localhost:8000/v1' });
    expect(refuse).toThrow(InvalidArgumentError);
    expect(refuse).toThrow(/job API calls need RunPod's job API/);
  });
});

describe('jobApiBody: what /run receives', () => {
  it('a job someone waits for gets the safety-net TTL (wait limit plus a minute)', () => {
    expect(jobApiBody({ a: 1 }, {}, 60_000)).toEqual({ input: { a: 1 }, policy: { ttl: 120_000 } });
  });

  it("the caller's policy wins; webhook is top-level, never inside input", () => {
    expect(
      jobApiBody(
        { a: 1 },
        { policy: { ttl: 3_600_000, lowPriority: true }, webhook: 'https://x.dev/hook' },
        60_000,
      ),
    ).toEqual({
      input: { a: 1 },
      policy: { ttl: 3_600_000, lowPriority: true },
      webhook: 'https://x.dev/hook',
    });
  });

  it("a started job keeps RunPod's defaults unless the caller sets a policy", () => {
    expect(jobApiBody({ a: 1 }, {}, undefined)).toEqual({ input: { a: 1 } });
    expect(jobApiBody({ a: 1 }, { policy: { executionTimeout: 10_000 } }, undefined)).toEqual({
      input: { a: 1 },
      policy: { executionTimeout: 10_000 },
    });
  });
});

describe('checkJobId', () => {
  it('takes RunPod and worker-server job IDs, and refuses paths', () => {
    expect(checkJobId('8c9d2f6a-1b2c-4d5e-9f00-abcdef012345-u1')).toBe(
      '8c9d2f6a-1b2c-4d5e-9f00-abcdef012345-u1',
    );
    expect(checkJobId('test-8c9d2f6a')).toBe('test-8c9d2f6a');
    for (const bad of ['', '../cancel/x', 'a b', undefined]) {
      expect(() => checkJobId(bad)).toThrow(InvalidArgumentError);
    }
  });
});
