import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { aiVersions, API_KEY, rejection } from './helpers';
import {
  escapeRegExp,
  imageModelOn,
  jobStatusOf,
  mockJobApi,
  type MockJobApi,
  waitForRequest,
} from './job-helpers';
import { mediaBytes } from './mock-runpod/media';
import { workerVllmFailedError } from './mock-runpod/not-served';

// RunPod's job protocol as every media model uses it (src/jobs), driven through
// generateImage on Flux Schnell: the input is small and the output one image. Tests
// about waiting run the model on `mock.jobConfig()`, whose clock takes pauses at once
// (ageing the mock's jobs as much), and cut the mock's holds short with `holdLimitMs`.
const MODEL = 'black-forest-labs/flux-1-schnell';
const ENDPOINT = '/v2/black-forest-labs-flux-1-schnell';
const WHERE =
  "RunPod model 'black-forest-labs/flux-1-schnell' (endpoint 'black-forest-labs-flux-1-schnell')";

describe.each(aiVersions)('job protocol (%s)', (_, ai) => {
  const generate = (mock: MockJobApi, extra: Record<string, unknown> = {}) =>
    ai.generateImage({
      model: mock.provider().image(MODEL),
      prompt: 'a lighthouse',
      maxRetries: 0,
      ...extra,
    });
  /** {@link generate} on a model whose pauses take no real time (`mock.jobConfig()`). */
  const generateFast = (mock: MockJobApi, extra: Record<string, unknown> = {}) =>
    generate(mock, { model: imageModelOn(mock.jobConfig(), MODEL), ...extra });

  it('submits with /run and gets a quick job from one /status-sync long-poll, with a TTL as a safety net', async () => {
    const mock = mockJobApi();
    const { image, providerMetadata } = await generate(mock);
    const jobId = (providerMetadata.runpod.images[0] as any).jobId;

    const requests = await mock.requests();
    expect(requests.map(r => `${r.method} ${r.path}`)).toEqual([
      `POST ${ENDPOINT}/run`,
      `GET ${ENDPOINT}/status-sync/${jobId}`,
      `GET /media/${jobId}-1.jpeg`,
    ]);
    expect(requests[0].body).toEqual({
      input: { prompt: 'a lighthouse' },
      policy: { ttl: 360_000 },
    });
    // The hold asked for: RunPod's longest (90 s), within the 300 s wait limit.
    expect(requests[1].query).toEqual({ wait: '90000' });
    for (const request of requests.slice(0, 2)) {
      expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    }
    expect(image.uint8Array).toEqual(mediaBytes(requests[2].path.slice('/media/'.length))!.bytes);
  });

  it('paces long-polls that come back unfinished at once (a gateway that drops ?wait=), instead of looping', async () => {
    const mock = mockJobApi();
    await mock.configure({ holdLimitMs: 0 });
    await mock.script({ job: { executionMs: 1_500 } });
    await generateFast(mock, { providerOptions: { runpod: { maxWaitMs: 60_000 } } });

    const holds = (await mock.requests()).filter(r => r.path.includes('/status-sync/'));
    // 250 ms growing by half up to 2 s: about 6 reads over 1.5 s, not thousands.
    expect(holds.length).toBeGreaterThan(2);
    expect(holds.length).toBeLessThan(12);
  });

  it('waits for a long job across several long-polls, never asking for more than the time left', async () => {
    const mock = mockJobApi();
    // Holds of 200 ms, each answered early, so 250 ms pauses between them: the job ends
    // during the third.
    await mock.configure({ holdLimitMs: 200 });
    await mock.script({ job: { queueMs: 100, executionMs: 800 } });
    const started = Date.now();
    const { providerMetadata } = await generateFast(mock, {
      providerOptions: { runpod: { maxWaitMs: 60_000 } },
    });
    const jobId = (providerMetadata.runpod.images[0] as any).jobId;

    const holds = (await mock.requests()).filter(r => r.path.includes('/status-sync/'));
    expect(holds.map(r => r.path)).toEqual(Array(3).fill(`${ENDPOINT}/status-sync/${jobId}`));
    const waits = holds.map(r => Number(r.query.wait));
    expect(waits[0]).toBeLessThanOrEqual(60_000);
    expect(waits[0]).toBeGreaterThan(58_000);
    expect(waits[1]).toBeLessThan(waits[0]);
    expect(waits[2]).toBeLessThan(waits[1]);
    expect((await mock.paths()).filter(path => path.includes(`/status/`))).toEqual([]);
    expect(providerMetadata.runpod.images[0]).toMatchObject({
      delayTime: 100,
      executionTime: 800,
    });
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('sends a body over /run’s 10 MB to /runsync?wait=1000, then long-polls the job it names', async () => {
    const mock = mockJobApi();
    await mock.configure({ holdLimitMs: 50 });
    await mock.script({ job: { executionMs: 1_500 } });
    const { providerMetadata } = await ai.generateImage({
      model: imageModelOn(mock.jobConfig(), 'black-forest-labs/flux-1-kontext-dev'),
      prompt: { text: 'make it night', images: [new Uint8Array(8_000_000)] },
      maxRetries: 0,
    });
    const jobId = (providerMetadata.runpod.images[0] as any).jobId;
    expect(jobId).toMatch(/^sync-/);
    const requests = await mock.requests();
    expect(requests.slice(0, 2).map(r => `${r.method} ${r.path}`)).toEqual([
      'POST /v2/black-forest-labs-flux-1-kontext-dev/runsync',
      `GET /v2/black-forest-labs-flux-1-kontext-dev/status-sync/${jobId}`,
    ]);
    expect(requests[0].query).toEqual({ wait: '1000' });
  });

  it('rejects at once when aborted during a long-poll, and cancels the job while it runs', async () => {
    const mock = mockJobApi();
    await mock.script({ job: { executionMs: 10_000 } });
    const controller = new AbortController();
    const call = generate(mock, { abortSignal: controller.signal });
    const hold = await waitForRequest(mock, /^GET .*\/status-sync\//);
    expect(hold).toBeDefined();
    controller.abort();

    const error = await rejection(call);
    expect((error as Error).name).toMatch(/Abort/);

    const cancel = await waitForRequest(mock, /^POST .*\/cancel\//);
    expect(cancel?.path).toBe(hold!.path.replace('/status-sync/', '/cancel/'));
    // Cancelled, not COMPLETED: the call gave up the 90 s hold on the 10 s job at once.
    expect(await jobStatusOf(mock, hold!.path)).toBe('CANCELLED');
  });

  it('rejects at once when aborted during /run, and cancels the job as soon as /run names it', async () => {
    const mock = mockJobApi();
    await mock.script({ delayMs: 300, job: { executionMs: 10_000 } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);

    await rejection(generate(mock, { abortSignal: controller.signal }));
    // Rejected before /run answered (300 ms): the cancel that follows its answer is not sent yet.
    expect(await mock.paths()).toEqual([`POST ${ENDPOINT}/run`]);
    const cancel = await waitForRequest(mock, /^POST .*\/cancel\//);
    expect(cancel?.path).toMatch(new RegExp(`^${ENDPOINT}/cancel/[0-9a-f-]+-u\\d+$`));
    expect((await mock.paths()).filter(path => path.includes('/status'))).toEqual([]);
  });

  it('gives up after maxWaitMs with a clear error, and cancels the job once', async () => {
    const mock = mockJobApi();
    await mock.configure({ holdLimitMs: 20 });
    await mock.script({ job: { queueMs: 30_000 } });
    const error = await rejection(
      generateFast(mock, { providerOptions: { runpod: { maxWaitMs: 1_500 } } }),
    );

    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).message).toMatch(
      new RegExp(
        `^${escapeRegExp(WHERE)}: job \\S+ did not finish within 1500 ms \\(last status IN_QUEUE\\); it was cancelled\\.`,
      ),
    );
    expect((error as APICallError).isRetryable).toBe(false);
    const requests = await mock.requests();
    const hold = requests.find(r => r.path.includes('/status-sync/'));
    expect(Number(hold?.query.wait)).toBeLessThanOrEqual(1_500);
    expect(requests.filter(r => r.path.includes('/cancel/'))).toHaveLength(1);
  });

  it('retries long-polls through network errors, 429 and 5xx while the job runs', async () => {
    const mock = mockJobApi();
    // Backoff of 250, 500 and 1 000 ms (taken at once by the clock): the job has ended by
    // the fourth long-poll.
    await mock.script({ job: { executionMs: 1_500, statusFailures: [503, 'drop', 429] } });
    const { image } = await generateFast(mock);

    expect(image.mediaType).toBe('image/jpeg');
    const paths = await mock.paths();
    expect(paths.filter(path => path.includes('/status-sync/'))).toHaveLength(4);
    expect(paths.filter(path => path.includes('/cancel/'))).toEqual([]);
  });

  it('reports a job RunPod dropped during a long-poll (its TTL ran out) as a clear 404', async () => {
    const mock = mockJobApi();
    await mock.script({ job: { executionMs: 600_000 } });
    const call = rejection(generate(mock));
    await waitForRequest(mock, /^GET .*\/status-sync\//);
    // The TTL the job was sent with is maxWaitMs (300 s) + 60 s.
    await mock.advanceClock(361_000);
    const error = (await call) as APICallError;

    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.statusCode).toBe(404);
    expect(error.isRetryable).toBe(false);
    expect(error.message).toMatch(
      /RunPod no longer knows job \S+ \(HTTP 404 on \/status\): its TTL or result retention ran out\./,
    );
  });

  it.each([
    ['with HTTP 400', { failedHttpStatus: 400 }, 400],
    ['with HTTP 200', {}, 200],
  ])(
    'turns a FAILED job %s into an APICallError with RunPod error, job ID and endpoint',
    async (_, extra, status) => {
      const mock = mockJobApi();
      await mock.script({
        job: { fail: 'Invalid parameter: width must be divisible by 64', ...extra },
      });
      const error = (await rejection(generate(mock))) as APICallError;

      expect(APICallError.isInstance(error)).toBe(true);
      expect(error.statusCode).toBe(status);
      expect(error.message).toMatch(
        new RegExp(
          `^${escapeRegExp(WHERE)}: job \\S+ failed: Invalid parameter: width must be divisible by 64$`,
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
    const mock = mockJobApi();
    const traceback = JSON.stringify({
      error_type: "<class 'ValueError'>",
      error_message: 'CUDA out of memory',
      error_traceback: 'Traceback (most recent call last): …',
      hostname: 'worker-1',
    });
    await mock.script({ job: { executionMs: 150, fail: traceback } });
    const error = (await rejection(generate(mock))) as APICallError;
    expect(error.message).toMatch(/: job \S+ failed: CUDA out of memory$/);
  });

  it("reads the message out of a FAILED job's Python repr (runpod-python 1.12, worker-vllm's error item)", async () => {
    const mock = mockJobApi();
    const vllmBody = JSON.stringify({ error: { message: 'CUDA out of memory', code: 500 } });
    await mock.script({ job: { fail: workerVllmFailedError(500, vllmBody) } });
    const error = (await rejection(generate(mock))) as APICallError;
    expect(error.message).toMatch(
      new RegExp(`: job \\S+ failed: ${escapeRegExp(`vLLM returned HTTP 500: ${vllmBody}`)}$`),
    );
    expect(error.data).toMatchObject({
      status: 'FAILED',
      error: expect.stringMatching(/^\{'message'/),
    });
  });

  it('treats TIMED_OUT as a retryable failure', async () => {
    const mock = mockJobApi();
    await mock.script({ job: { timeOut: true } });
    const error = (await rejection(generate(mock))) as APICallError;
    expect(error.message).toMatch(/: job \S+ timed out$/);
    expect(error.isRetryable).toBe(true);
  });

  it('treats a COMPLETED job whose output holds an error as a failure', async () => {
    const mock = mockJobApi();
    await mock.script({
      job: { output: [{ error: { message: 'vLLM returned HTTP 500', type: 'worker_error' } }] },
    });
    const error = (await rejection(generate(mock))) as APICallError;
    expect(error.message).toMatch(
      /: job \S+ completed with an error in its output: vLLM returned HTTP 500$/,
    );
  });

  it.each([
    ['result', (url: string) => ({ result: url, cost: 0.003 })],
    ['a one-item list', (url: string) => [{ image_url: url, cost: 0.003 }]],
  ])('reads the media URL from %s', async (_, shape) => {
    const mock = mockJobApi();
    const url = `${mock.origin}/media/custom-1.png`;
    await mock.script({ job: { output: shape(url) } });
    const { image, providerMetadata } = await generate(mock);
    expect(image.uint8Array).toEqual(mediaBytes('custom-1.png')!.bytes);
    expect(providerMetadata.runpod.images[0]).toMatchObject({ url, cost: 0.003 });
  });

  it('decodes base64 output, as a data URL or bare', async () => {
    const mock = mockJobApi();
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
    expect((await mock.paths()).filter(path => path.startsWith('GET /media'))).toEqual([]);
  });

  it('never sends the API key to a media host other than RunPod’s API', async () => {
    const mock = mockJobApi();
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
      `${ENDPOINT}/run`,
      expect.stringMatching(new RegExp(`^${ENDPOINT}/status-sync/\\S+\\?wait=90000$`)),
      'https://image.runpod.ai/abc123/output.png',
    ]);
    expect(seen[0].authorization).toBe(`Bearer ${API_KEY}`);
    expect(seen[1].authorization).toBe(`Bearer ${API_KEY}`);
    expect(seen[2].authorization).toBeNull();
  });

  it('cancels the other jobs of a call when one of them fails', async () => {
    const mock = mockJobApi();
    await mock.script(
      { job: { executionMs: 10_000 } },
      { job: { executionMs: 120, fail: 'NSFW content detected' } },
    );
    const error = (await rejection(generate(mock, { n: 2 }))) as APICallError;
    expect(error.message).toMatch(/failed: NSFW content detected$/);
    const cancel = await waitForRequest(mock, /^POST .*\/cancel\//);
    expect(cancel).toBeDefined();
  });

  it('retries a rate-limited submission through the AI SDK', async () => {
    const mock = mockJobApi();
    await mock.script({
      status: 429,
      body: { error: 'Too many requests' },
      headers: { 'retry-after-ms': '10' },
    });
    const { image } = await ai.generateImage({
      model: mock.provider().image(MODEL),
      prompt: 'a lighthouse',
    });
    expect(image.mediaType).toBe('image/jpeg');
    expect((await mock.paths()).filter(path => path === `POST ${ENDPOINT}/run`)).toHaveLength(2);
  });

  it('does not retry a rejected key, and says so without the key', async () => {
    const mock = mockJobApi();
    const error = (await rejection(
      ai.generateImage({
        model: mock.provider({ apiKey: 'not-a-runpod-key' }).image(MODEL),
        prompt: 'a lighthouse',
      }),
    )) as APICallError;
    expect(error.statusCode).toBe(401);
    expect(error.message).toBe(`${WHERE}: unauthorized access to endpoint`);
    expect(error.message).not.toContain('not-a-runpod-key');
    expect(await mock.paths()).toHaveLength(1);
  });
});

describe.each(aiVersions)('media call checks (%s)', (_, ai) => {
  it('rejects an input over RunPod’s 20 MB request limit before sending it', async () => {
    const mock = mockJobApi();
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
    const mock = mockJobApi();
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
