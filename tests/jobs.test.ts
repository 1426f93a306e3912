import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { aiVersions, API_KEY, mockRunPod } from './helpers';
import { mediaBytes } from './mock-runpod/media';

// RunPod's job protocol as every media model uses it (src/jobs), driven through
// generateImage on Flux Schnell: the input is small and the output one image.
const MODEL = 'black-forest-labs/flux-1-schnell';
const ENDPOINT = '/v2/black-forest-labs-flux-1-schnell';
const WHERE =
  "RunPod model 'black-forest-labs/flux-1-schnell' (endpoint 'black-forest-labs-flux-1-schnell')";

type Mock = ReturnType<typeof mockRunPod>;

const paths = async (mock: Mock) => (await mock.requests()).map(r => `${r.method} ${r.path}`);

/** Waits (up to `timeoutMs`) until the mock has seen a request to a path ending with `suffix`. */
async function waitForRequest(mock: Mock, pattern: RegExp, timeoutMs = 3_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = (await mock.requests()).find(r => pattern.test(`${r.method} ${r.path}`));
    if (found || Date.now() > until) return found;
    await new Promise(resolve => setTimeout(resolve, 25));
  }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('the call should fail'),
    (error: unknown) => error,
  );
}

describe.each(aiVersions)('job protocol (%s)', (_, ai) => {
  const generate = (mock: Mock, extra: Record<string, unknown> = {}) =>
    ai.generateImage({
      model: mock.provider().image(MODEL),
      prompt: 'a lighthouse',
      maxRetries: 0,
      ...extra,
    });

  it('gets a quick job in one /runsync request, held at most 1 s, with a TTL as a safety net', async () => {
    const mock = mockRunPod();
    const { image } = await generate(mock);

    const requests = await mock.requests();
    expect(requests.map(r => `${r.method} ${r.path}`)).toEqual([
      `POST ${ENDPOINT}/runsync`,
      expect.stringMatching(/^GET \/media\/sync-.*\.jpeg$/),
    ]);
    expect(requests[0].query).toEqual({ wait: '1000' });
    expect(requests[0].body).toEqual({
      input: { prompt: 'a lighthouse' },
      policy: { ttl: 360_000 },
    });
    expect(requests[0].headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(image.uint8Array).toEqual(mediaBytes(requests[1].path.slice('/media/'.length))!.bytes);
  });

  it('polls /status for a job that outlasts the hold, and returns its output', async () => {
    const mock = mockRunPod();
    await mock.script({ job: { queueMs: 200, executionMs: 1_800 } });
    const { image, providerMetadata } = await generate(mock);

    const requests = await mock.requests();
    const jobId = (providerMetadata.runpod.images[0] as any).jobId;
    const polls = requests.filter(r => r.path === `${ENDPOINT}/status/${jobId}`);
    expect(polls.length).toBeGreaterThan(0);
    expect(polls.length).toBeLessThan(10);
    expect(image.mediaType).toBe('image/jpeg');
    expect(providerMetadata.runpod.images[0]).toMatchObject({
      jobId,
      delayTime: 200,
      executionTime: 1_800,
    });
  });

  it('rejects at once when aborted during the hold, then cancels the job as soon as it knows its ID', async () => {
    const mock = mockRunPod();
    await mock.script({ job: { executionMs: 10_000 } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();

    const error = await rejection(generate(mock, { abortSignal: controller.signal }));
    expect((error as Error).name).toMatch(/Abort/);
    expect(Date.now() - started).toBeLessThan(500);

    const cancel = await waitForRequest(mock, /^POST .*\/cancel\//);
    expect(cancel?.path).toMatch(new RegExp(`^${ENDPOINT}/cancel/sync-`));
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('rejects at once when aborted between polls, and cancels the job', async () => {
    const mock = mockRunPod();
    await mock.script({ job: { executionMs: 10_000 } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 1_600);
    const started = Date.now();

    await rejection(generate(mock, { abortSignal: controller.signal }));
    const aborted = Date.now() - started;
    expect(aborted).toBeLessThan(1_900);
    const cancel = await waitForRequest(mock, /^POST .*\/cancel\//);
    expect(cancel).toBeDefined();
    // The job the cancel names is the one /runsync started.
    const [submit] = await mock.requests();
    expect(submit.path).toBe(`${ENDPOINT}/runsync`);
    expect((await paths(mock)).some(path => /status\/sync-/.test(path))).toBe(true);
  });

  it('gives up after maxWaitMs with a clear error, and cancels the job', async () => {
    const mock = mockRunPod();
    await mock.script({ job: { queueMs: 30_000 } });
    const error = await rejection(
      generate(mock, { providerOptions: { runpod: { maxWaitMs: 1_500 } } }),
    );

    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).message).toMatch(
      new RegExp(
        `^${escape(WHERE)}: job sync-\\S+ did not finish within 1500 ms \\(last status IN_QUEUE\\); it was cancelled\\.`,
      ),
    );
    expect((error as APICallError).isRetryable).toBe(false);
    expect((await paths(mock)).filter(path => path.includes('/cancel/'))).toHaveLength(1);
  });

  it('retries /status through network errors, 429 and 5xx while the job runs', async () => {
    const mock = mockRunPod();
    await mock.script({ job: { executionMs: 2_000, statusFailures: [503, 'drop', 429] } });
    const { image } = await generate(mock);

    expect(image.mediaType).toBe('image/jpeg');
    const polls = (await paths(mock)).filter(path => path.includes('/status/'));
    expect(polls.length).toBeGreaterThanOrEqual(4);
  });

  it('reports a job RunPod no longer knows (404 on /status) clearly', async () => {
    const mock = mockRunPod();
    await mock.script({ job: { executionMs: 5_000, forgetAfterMs: 1_200 } });
    const error = await rejection(generate(mock));
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(404);
    expect((error as Error).message).toMatch(
      /RunPod no longer knows job sync-\S+ \(HTTP 404 on \/status\): its TTL or result retention ran out\./,
    );
  });

  it.each([
    ['with HTTP 400 from /runsync', { failedHttpStatus: 400 }, 400],
    ['with HTTP 200 from /runsync', {}, 200],
  ])(
    'turns a FAILED job %s into an APICallError with RunPod error, job ID and endpoint',
    async (_, extra, status) => {
      const mock = mockRunPod();
      await mock.script({
        job: { fail: 'Invalid parameter: width must be divisible by 64', ...extra },
      });
      const error = (await rejection(generate(mock))) as APICallError;

      expect(APICallError.isInstance(error)).toBe(true);
      expect(error.statusCode).toBe(status);
      expect(error.message).toMatch(
        new RegExp(
          `^${escape(WHERE)}: job sync-\\S+ failed: Invalid parameter: width must be divisible by 64$`,
        ),
      );
      expect(error.data).toMatchObject({
        endpointId: 'black-forest-labs-flux-1-schnell',
        status: 'FAILED',
      });
      expect(error.isRetryable).toBe(false);
    },
  );

  it('reads the message out of a Python worker traceback in a job that fails while polled', async () => {
    const mock = mockRunPod();
    const traceback = JSON.stringify({
      error_type: "<class 'ValueError'>",
      error_message: 'CUDA out of memory',
      error_traceback: 'Traceback (most recent call last): …',
      hostname: 'worker-1',
    });
    await mock.script({ job: { executionMs: 1_500, fail: traceback } });
    const error = (await rejection(generate(mock))) as APICallError;
    expect(error.message).toMatch(/: job sync-\S+ failed: CUDA out of memory$/);
  });

  it('treats TIMED_OUT as a retryable failure', async () => {
    const mock = mockRunPod();
    await mock.script({ job: { timeOut: true } });
    const error = (await rejection(generate(mock))) as APICallError;
    expect(error.message).toMatch(/: job sync-\S+ timed out$/);
    expect(error.isRetryable).toBe(true);
  });

  it('treats a COMPLETED job whose output holds an error as a failure', async () => {
    const mock = mockRunPod();
    await mock.script({
      job: { output: [{ error: { message: 'vLLM returned HTTP 500', type: 'worker_error' } }] },
    });
    const error = (await rejection(generate(mock))) as APICallError;
    expect(error.message).toMatch(
      /: job sync-\S+ completed with an error in its output: vLLM returned HTTP 500$/,
    );
  });

  it.each([
    ['result', (url: string) => ({ result: url, cost: 0.003 })],
    ['a one-item list', (url: string) => [{ image_url: url, cost: 0.003 }]],
  ])('reads the media URL from %s', async (_, shape) => {
    const mock = mockRunPod();
    const url = `${mock.origin}/media/custom-1.png`;
    await mock.script({ job: { output: shape(url) } });
    const { image, providerMetadata } = await generate(mock);
    expect(image.uint8Array).toEqual(mediaBytes('custom-1.png')!.bytes);
    expect(providerMetadata.runpod.images[0]).toMatchObject({ url, cost: 0.003 });
  });

  it('decodes base64 output, as a data URL or bare', async () => {
    const mock = mockRunPod();
    const bytes = mediaBytes('inline-1.png')!.bytes;
    const base64 = btoa(String.fromCharCode(...bytes));
    await mock.script(
      { job: { output: { image_url: `data:image/png;base64,${base64}` } } },
      { job: { output: { result: base64 } } },
    );
    const first = await generate(mock);
    const second = await generate(mock);
    expect(first.image.uint8Array).toEqual(bytes);
    expect(second.image.uint8Array).toEqual(bytes);
    expect((await paths(mock)).filter(path => path.startsWith('GET /media'))).toEqual([]);
  });

  it('never sends the API key to a media host other than RunPod’s API', async () => {
    const mock = mockRunPod();
    const seen: Array<{ url: string; authorization: string | null }> = [];
    await mock.script({
      job: { output: { image_url: 'https://image.runpod.ai/abc123/output.png' } },
    });
    const { image } = await ai.generateImage({
      model: mock
        .provider({
          fetch: async (input, init) => {
            const url = String(input);
            seen.push({ url, authorization: new Headers(init?.headers).get('authorization') });
            if (url.startsWith('https://image.runpod.ai/')) {
              return new Response(mediaBytes('abc123.png')!.bytes, {
                headers: { 'content-type': 'image/png' },
              });
            }
            return fetch(input, init);
          },
        })
        .image(MODEL),
      prompt: 'a lighthouse',
    });

    expect(image.uint8Array).toEqual(mediaBytes('abc123.png')!.bytes);
    expect(seen.map(({ url }) => url.replace(mock.origin, ''))).toEqual([
      `${ENDPOINT}/runsync?wait=1000`,
      'https://image.runpod.ai/abc123/output.png',
    ]);
    expect(seen[0].authorization).toBe(`Bearer ${API_KEY}`);
    expect(seen[1].authorization).toBeNull();
  });

  it('cancels the other jobs of a call when one of them fails', async () => {
    const mock = mockRunPod();
    await mock.script(
      { job: { executionMs: 10_000 } },
      { job: { executionMs: 1_200, fail: 'NSFW content detected' } },
    );
    const error = (await rejection(generate(mock, { n: 2 }))) as APICallError;
    expect(error.message).toMatch(/failed: NSFW content detected$/);
    const cancel = await waitForRequest(mock, /^POST .*\/cancel\//);
    expect(cancel).toBeDefined();
  });

  it('retries a rate-limited submission through the AI SDK', async () => {
    const mock = mockRunPod();
    await mock.script({ status: 429, body: { error: 'Too many requests' } });
    const { image } = await ai.generateImage({
      model: mock.provider().image(MODEL),
      prompt: 'a lighthouse',
    });
    expect(image.mediaType).toBe('image/jpeg');
    expect((await paths(mock)).filter(path => path.endsWith('/runsync'))).toHaveLength(2);
  });

  it('does not retry a rejected key, and says so without the key', async () => {
    const mock = mockRunPod();
    const error = (await rejection(
      ai.generateImage({
        model: mock.provider({ apiKey: 'not-a-runpod-key' }).image(MODEL),
        prompt: 'a lighthouse',
      }),
    )) as APICallError;
    expect(error.statusCode).toBe(401);
    expect(error.message).toBe(`${WHERE}: unauthorized access to endpoint`);
    expect(error.message).not.toContain('not-a-runpod-key');
    expect(await paths(mock)).toHaveLength(1);
  });
});

describe.each(aiVersions)('media call checks (%s)', (_, ai) => {
  it('rejects an input over RunPod’s 20 MB request limit before sending it', async () => {
    const mock = mockRunPod();
    const call = ai.generateImage({
      model: mock.provider().image('black-forest-labs/flux-1-kontext-dev'),
      prompt: { text: 'make it night', images: [new Uint8Array(16_000_000)] },
    });
    const error = await rejection(call);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /the job's input is 21\.\d MB; RunPod takes at most 20 MB per request\. Pass large images, audio or video as URLs/,
    );
    expect(await mock.requests()).toEqual([]);
  });

  it('names the provider option at fault', async () => {
    const mock = mockRunPod();
    const error = await rejection(
      ai.generateImage({
        model: mock.provider().image(MODEL),
        prompt: 'a lighthouse',
        providerOptions: { runpod: { guidance: 11 } },
      }),
    );
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^RunPod image model 'black-forest-labs\/flux-1-schnell': providerOptions\.runpod\.guidance takes 0 to 10, got 11\.$/,
    );
    expect(await mock.requests()).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
