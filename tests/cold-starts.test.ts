import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { aiVersions, API_KEY, rejection } from './helpers';
import type { MockServerFront } from './mock-runpod/server-fronts';
import { publishedSetup } from './runpod-hosts';

// Load-balancing endpoints (https://<id>.api.runpod.ai) and Pods (https://<pod>-<port>.proxy.runpod.net)
// while their servers are starting or slow: what RunPod's load balancer and the Pod proxy
// answer (tests/mock-runpod/server-fronts.ts, with its sources), and what the user then sees.

/** A provider as users create it, whose server at `id` is doing as `front` says. */
async function serverSetup(id: string, front: MockServerFront) {
  const setup = publishedSetup();
  await setup.mock.deploy(id, { front });
  const posts = async () => (await setup.mock.requests()).filter(r => r.method === 'POST').length;
  return { ...setup, posts };
}

describe.concurrent.each(aiVersions)(
  'load-balancing endpoints during cold starts (%s)',
  (_, ai) => {
    it('generateText retries "no workers available" and succeeds once a worker is ready', async () => {
      const { runpod, sent } = await serverSetup('cold1lb', { coldRequests: 1 });
      const started = Date.now();
      const { text } = await ai.generateText({
        model: runpod('https://cold1lb.api.runpod.ai', { servedModelName: 'mock-org/cold1lb' }),
        prompt: 'Hi',
        maxRetries: 1,
      });
      expect(text).toBe('Hello from mock-org/cold1lb! You said: Hi');
      expect(sent.map(r => r.url)).toEqual([
        'https://cold1lb.api.runpod.ai/v1/chat/completions',
        'https://cold1lb.api.runpod.ai/v1/chat/completions',
      ]);
      // The AI SDK's first backoff (2 s) came between them.
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
    });

    it('streamText retries the served-name lookup through a cold start too', async () => {
      const { runpod, sent } = await serverSetup('cold2lb', { coldRequests: 1 });
      const result = ai.streamText({
        model: runpod('https://cold2lb.api.runpod.ai'),
        prompt: 'Stream please',
        maxRetries: 1,
      });
      expect(await result.text).toContain('Stream please');
      expect(sent.map(r => `${r.method} ${r.url}`)).toEqual([
        'GET https://cold2lb.api.runpod.ai/v1/models',
        'GET https://cold2lb.api.runpod.ai/v1/models',
        'POST https://cold2lb.api.runpod.ai/v1/chat/completions',
      ]);
    });

    it('embed retries it the same way', async () => {
      const { runpod, posts } = await serverSetup('cold3lb', { coldRequests: 1 });
      const { embedding } = await ai.embed({
        model: runpod.embeddingModel('https://cold3lb.api.runpod.ai', {
          servedModelName: 'mock-org/cold3lb',
        }),
        value: 'sunny day',
        maxRetries: 1,
      });
      expect(embedding.length).toBeGreaterThan(0);
      expect(await posts()).toBe(2);
    });

    it('ends a cold start that outlasts the retries with an APICallError that says so', async () => {
      const { runpod } = await serverSetup('cold4lb', { coldRequests: 10 });
      const error = await rejection(
        ai.generateText({
          model: runpod('https://cold4lb.api.runpod.ai', { servedModelName: 'mock-org/cold4lb' }),
          prompt: 'Hi',
          maxRetries: 0,
        }),
      );
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error.message).toMatch(
        /^RunPod model 'https:\/\/cold4lb\.api\.runpod\.ai' \(endpoint 'cold4lb\.api\.runpod\.ai'\): no workers available\. The load-balancing endpoint is cold-starting: no worker is ready yet/,
      );
      expect(error.message).toMatch(/raise maxRetries, keep a worker running \(active workers/);
      expect(error).toMatchObject({
        statusCode: 400,
        isRetryable: true,
        responseBody: '{"error":"no workers available"}',
      });
      expect(error.message).not.toContain(API_KEY);
    });

    it('says so in streamText and embed too, the lookup included', async () => {
      const { runpod } = await serverSetup('cold5lb', { coldRequests: 10 });
      const errors: unknown[] = [];
      const result = ai.streamText({
        model: runpod('https://cold5lb.api.runpod.ai'),
        prompt: 'Hi',
        maxRetries: 0,
        onError: ({ error }) => void errors.push(error),
      });
      await result.consumeStream();
      const embedding = await rejection(
        ai.embed({
          model: runpod.embeddingModel('https://cold5lb.api.runpod.ai'),
          value: 'sunny day',
          maxRetries: 0,
        }),
      );
      for (const error of [errors[0], embedding] as APICallError[]) {
        expect(APICallError.isInstance(error)).toBe(true);
        expect(error.message).toMatch(
          /no workers available\. The load-balancing endpoint is cold-starting/,
        );
        expect(error.isRetryable).toBe(true);
        expect(error.url).toBe('https://cold5lb.api.runpod.ai/v1/models');
      }
    });

    it('says so for completion models too', async () => {
      const { runpod } = await serverSetup('cold6lb', { coldRequests: 10 });
      const error = await rejection(
        ai.generateText({
          model: runpod.completionModel('https://cold6lb.api.runpod.ai', {
            servedModelName: 'mock-org/cold6lb',
          }),
          prompt: 'Once upon a time',
          maxRetries: 0,
        }),
      );
      expect(error.message).toMatch(
        /no workers available\. The load-balancing endpoint is cold-starting/,
      );
      expect(error).toMatchObject({ statusCode: 400, isRetryable: true });
      expect(error.url).toBe('https://cold6lb.api.runpod.ai/v1/completions');
    });

    it('explains a request cut at 5.5 minutes, and does not send it again', async () => {
      const { runpod, posts } = await serverSetup('slow1lb', { answersAfterMs: 400_000 });
      const error = await rejection(
        ai.generateText({
          model: runpod('https://slow1lb.api.runpod.ai', { servedModelName: 'mock-org/slow1lb' }),
          prompt: 'Write a long story',
        }),
      );
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error.message).toMatch(
        /^RunPod model 'https:\/\/slow1lb\.api\.runpod\.ai' \(endpoint 'slow1lb\.api\.runpod\.ai'\): HTTP 524 .*error code: 524\. RunPod ends a request to a load-balancing endpoint after about 5\.5 minutes/,
      );
      expect(error).toMatchObject({ statusCode: 524, isRetryable: false });
      expect(await posts()).toBe(1);
    });
  },
);

describe.concurrent.each(aiVersions)(
  'worker affinity on load-balancing endpoints (%s)',
  (_, ai) => {
    const front = { workers: ['worker-a', 'worker-b'], busyWorkers: ['worker-b'] };

    it.each([
      [
        'strict worker-gone',
        404,
        /affinity_worker_gone\. The request was pinned .* no longer among/,
      ],
      ['strict-resume worker-gone', 404, /affinity_worker_gone\. .*drop the header/],
      ['strict worker-b', 400, /timed out waiting for worker\. .*stayed busy/],
    ])('X-Runpod-Worker-Id: %s is explained and not sent again', async (pin, status, message) => {
      const id = `pin${status}${pin.length}lb`;
      const { runpod, posts } = await serverSetup(id, front);
      const error = await rejection(
        ai.generateText({
          model: runpod(`https://${id}.api.runpod.ai`, {
            servedModelName: `mock-org/${id}`,
            headers: { 'X-Runpod-Worker-Id': pin },
          }),
          prompt: 'Hi',
        }),
      );
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error.message).toMatch(message);
      expect(error).toMatchObject({ statusCode: status, isRetryable: false });
      expect(await posts()).toBe(1);
    });

    it('serves a soft pin to a busy or gone worker from another worker, and names it', async () => {
      const { runpod } = await serverSetup('soft1lb', front);
      for (const pin of ['worker-b', 'worker-gone', 'worker-a']) {
        const { text, response } = await ai.generateText({
          model: runpod('https://soft1lb.api.runpod.ai', {
            servedModelName: 'mock-org/soft1lb',
            headers: { 'X-Runpod-Worker-Id': pin },
          }),
          prompt: 'Hi',
        });
        expect(text).toContain('Hello from mock-org/soft1lb');
        expect(response.headers?.['x-runpod-worker-id']).toBe('worker-a');
      }
    });
  },
);

describe.concurrent.each(aiVersions)("a Pod's proxy limit (%s)", (_, ai) => {
  it('explains a 524 after 100 s without an answer, and does not send it again', async () => {
    const { runpod, posts } = await serverSetup('slow1pod', { answersAfterMs: 120_000 });
    const error = await rejection(
      ai.generateText({
        model: runpod('https://slow1pod-8000.proxy.runpod.net', {
          servedModelName: 'mock-org/slow1pod',
        }),
        prompt: 'Write a long story',
      }),
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(
      /^RunPod model 'https:\/\/slow1pod-8000\.proxy\.runpod\.net' \(endpoint 'slow1pod-8000\.proxy\.runpod\.net'\): HTTP 524 .*A Pod's HTTP proxy \(Cloudflare\) closes a request that has had no answer for 100 seconds/,
    );
    expect(error.message).toMatch(/stream the answer \(streamText\).*TCP port/);
    expect(error).toMatchObject({ statusCode: 524, isRetryable: false });
    expect(await posts()).toBe(1);
  });

  it('streams from the same slow server, as the error advises', async () => {
    const { runpod } = await serverSetup('slow2pod', { answersAfterMs: 120_000 });
    const result = ai.streamText({
      model: runpod('https://slow2pod-8000.proxy.runpod.net', {
        servedModelName: 'mock-org/slow2pod',
      }),
      prompt: 'Write a long story',
    });
    expect(await result.text).toContain('Write a long story');
  });

  it('explains a 524 to embed too', async () => {
    const { runpod } = await serverSetup('slow3pod', { answersAfterMs: 120_000 });
    const error = await rejection(
      ai.embed({
        model: runpod.embeddingModel('https://slow3pod-8000.proxy.runpod.net', {
          servedModelName: 'mock-org/slow3pod',
        }),
        value: 'sunny day',
      }),
    );
    expect(error.message).toMatch(/HTTP 524 .*100 seconds/);
    expect(error.isRetryable).toBe(false);
  });
});

describe.concurrent.each(aiVersions)(
  'queue endpoints keep their errors as they are (%s)',
  (_, ai) => {
    it('a 400 "no workers available" from a queue endpoint is not a load balancer\'s', async () => {
      const { runpod, mock } = publishedSetup();
      await mock.script({ status: 400, body: { error: 'no workers available' } });
      const error = await rejection(
        ai.generateText({
          model: runpod('queue1endpoint', { servedModelName: 'mock-org/queue1endpoint' }),
          prompt: 'Hi',
          maxRetries: 0,
        }),
      );
      expect(error.message).toBe("RunPod endpoint 'queue1endpoint': no workers available");
      expect(error.isRetryable).toBe(false);
    });
  },
);
