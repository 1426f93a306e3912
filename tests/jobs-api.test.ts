import { APICallError, InvalidArgumentError, InvalidResponseDataError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import { createRunPod } from '../src';
import { API_KEY, mockRunPod, rejection, withoutApiKeyInEnvironment } from './helpers';
import { jobStatusOf, mockJobApi, waitForRequest } from './job-helpers';
import { HANDLER_YIELDS_HEADER } from './mock-runpod/local-worker';

// `runpod.jobs(endpoint)`: RunPod's job API for any worker, against the mock's job API
// (tests/mock-runpod/job-routes.ts and jobs.ts cite RunPod's docs and SDKs). No `ai`
// function is involved, so these run once, not per AI SDK major.

const ENDPOINT = 'lipsync0abc';

function setUp() {
  const mock = mockJobApi();
  const runpod = mock.provider();
  const paths = async () => (await mock.requests()).map(r => `${r.method} ${r.path}`);
  return { mock, runpod, paths };
}

/** The IDs in `/v2/<endpoint>/<operation>/<id>` paths, and the operations. */
const operations = (paths: string[]) => paths.map(path => path.replace(/\/[^/]*-u\d+$/, '/{id}'));

describe('runpod.jobs(endpoint).run', () => {
  it('submits the input with its policy and webhook, waits, and returns the worker’s own output', async () => {
    const { mock, runpod, paths } = setUp();
    await mock.script({
      job: { queueMs: 30, executionMs: 60, output: { video_url: 'https://x/v.mp4', frames: 48 } },
    });
    const job = await runpod.jobs(ENDPOINT, { policy: { lowPriority: true } }).run(
      { face: 'https://x/face.png', audio: 'https://x/a.wav' },
      {
        policy: { executionTimeout: 120_000 },
        webhook: 'https://example.com/hook',
        maxWaitMs: 60_000,
      },
    );
    expect(job).toEqual({
      id: expect.stringMatching(/-u\d+$/),
      status: 'COMPLETED',
      output: { video_url: 'https://x/v.mp4', frames: 48 },
      delayTime: 30,
      executionTime: 60,
    });
    const [submission] = await mock.requests();
    expect(submission.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(submission.body).toEqual({
      input: { face: 'https://x/face.png', audio: 'https://x/a.wav' },
      // The job client's safety-net TTL (the wait limit plus a minute), and the caller's policy.
      policy: { ttl: 120_000, lowPriority: true, executionTimeout: 120_000 },
      webhook: 'https://example.com/hook',
    });
    expect(operations(await paths())).toEqual([
      `POST /v2/${ENDPOINT}/run`,
      `GET /v2/${ENDPOINT}/status-sync/{id}`,
    ]);
  });

  it('checks and types the output with the schema given; a mismatch is InvalidResponseDataError', async () => {
    const { mock, runpod } = setUp();
    const detections = z.object({
      boxes: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])),
    });
    await mock.script({ job: { output: { boxes: [[1, 2, 3, 4]] } } });
    const { output } = await runpod.jobs(ENDPOINT).run({ image: 'x' }, { schema: detections });
    const firstBox: [number, number, number, number] = output!.boxes[0];
    expect(firstBox).toEqual([1, 2, 3, 4]);

    await mock.script({ job: { output: { boxes: 'none' } } });
    const error = await rejection(
      runpod.jobs(ENDPOINT).run({ image: 'x' }, { schema: detections }),
    );
    expect(InvalidResponseDataError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(
      /RunPod endpoint 'lipsync0abc': job .*'s output does not match the schema given/,
    );
    expect(error.data).toEqual({ boxes: 'none' });
  });

  it('a FAILED job is an APICallError with the worker’s own message, job ID and endpoint', async () => {
    const { mock, runpod } = setUp();
    const handlerError = JSON.stringify({
      error_type: "<class 'ValueError'>",
      error_message: 'no face found in the image',
      error_traceback: 'Traceback …',
    });
    await mock.script({ job: { fail: handlerError } });
    const error = await rejection(runpod.jobs(ENDPOINT).run({ face: 'x' }));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(
      /RunPod endpoint 'lipsync0abc': job \S+ failed: no face found in the image/,
    );
    expect(error.data).toMatchObject({
      endpointId: ENDPOINT,
      status: 'FAILED',
      jobId: expect.any(String),
    });
    expect(error.isRetryable).toBe(false);
  });

  it('401 and 404 from RunPod are APICallErrors that name the endpoint and never the key', async () => {
    const { mock } = setUp();
    const badKey = createRunPod({
      apiKey: 'not-a-key',
      baseURL: mock.baseURL,
      headers: { 'x-mock-key': mock.key },
    });
    const unauthorized = await rejection(badKey.jobs(ENDPOINT).run({ a: 1 }));
    expect(APICallError.isInstance(unauthorized)).toBe(true);
    expect(unauthorized.statusCode).toBe(401);
    expect(unauthorized.message).toBe(
      `RunPod endpoint '${ENDPOINT}': unauthorized access to endpoint`,
    );
    expect(unauthorized.message).not.toContain('not-a-key');

    // RunPod's table: 404 "Check your endpoint ID" (its body is undocumented).
    await mock.script({ status: 404, body: { error: 'endpoint not found' } });
    const notFound = await rejection(mock.provider().jobs('nosuchendpoint').run({ a: 1 }));
    expect(APICallError.isInstance(notFound)).toBe(true);
    expect(notFound.statusCode).toBe(404);
    expect(notFound.message).toBe("RunPod endpoint 'nosuchendpoint': endpoint not found");
  });

  it('past maxWaitMs the job is cancelled and the APICallError says so', async () => {
    const { mock, runpod, paths } = setUp();
    await mock.script({ job: { executionMs: 60_000 } });
    const error = await rejection(runpod.jobs(ENDPOINT, { maxWaitMs: 1_000 }).run({ a: 1 }));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/did not finish within 1000 ms .*it was cancelled/);
    const cancel = (await paths()).find(path => path.startsWith(`POST /v2/${ENDPOINT}/cancel/`));
    expect(cancel).toBeDefined();
    expect((await runpod.jobs(ENDPOINT).status(cancel!.split('/').pop()!)).status).toBe(
      'CANCELLED',
    );
  });

  it('aborting cancels the job and rejects with the abort reason', async () => {
    const { mock, runpod } = setUp();
    await mock.script({ job: { executionMs: 60_000 } });
    const controller = new AbortController();
    const running = runpod.jobs(ENDPOINT).run({ a: 1 }, { abortSignal: controller.signal });
    await waitForRequest(mock, /status-sync/);
    controller.abort(new Error('user left'));
    expect((await rejection(running)).message).toBe('user left');
    const cancel = await waitForRequest(mock, /POST .*\/cancel\//);
    expect(await jobStatusOf(mock, cancel!.path)).toBe('CANCELLED');
  });
});

describe('runpod.jobs(endpoint): start, status, cancel', () => {
  it('start returns the job ID at once; status reads it, and long-polls with wait', async () => {
    const { mock, runpod, paths } = setUp();
    const worker = runpod.jobs(`https://console.runpod.io/serverless/user/endpoint/${ENDPOINT}`);
    expect(worker.endpointId).toBe(ENDPOINT);
    await mock.script({ job: { executionMs: 300, output: { text: 'hello' } } });
    const id = await worker.start({ text: 'hello' });
    expect(id).toMatch(/-u\d+$/);
    // A started job keeps RunPod's own TTL: nobody here is waiting for it.
    expect((await mock.requests())[0].body).toEqual({ input: { text: 'hello' } });

    const first = await worker.status(id);
    expect(first).toEqual({ id, status: 'IN_PROGRESS', delayTime: 0 });
    const done = await worker.status(id, { wait: 5_000, schema: z.object({ text: z.string() }) });
    expect(done).toEqual({
      id,
      status: 'COMPLETED',
      output: { text: 'hello' },
      delayTime: 0,
      executionTime: 300,
    });
    expect(operations(await paths())).toEqual([
      `POST /v2/${ENDPOINT}/run`,
      `GET /v2/${ENDPOINT}/status/{id}`,
      `GET /v2/${ENDPOINT}/status-sync/{id}`,
    ]);
    expect((await mock.requests())[2].query).toEqual({ wait: '5000' });
  });

  it('status of a FAILED job resolves with its error; a job RunPod forgot is a 404 APICallError', async () => {
    const { mock, runpod } = setUp();
    await mock.script({ job: { fail: 'CUDA out of memory' } });
    const worker = runpod.jobs(ENDPOINT);
    const id = await worker.start({ a: 1 });
    const failed = await worker.status(id, { wait: 5_000 });
    expect(failed).toMatchObject({ id, status: 'FAILED', error: 'CUDA out of memory' });

    const gone = await rejection(worker.status('abc-unknown-u1'));
    expect(APICallError.isInstance(gone)).toBe(true);
    expect(gone.statusCode).toBe(404);
    expect(gone.message).toMatch(/no longer knows job abc-unknown-u1/);
  });

  it('cancel: RunPod takes it and the job ends CANCELLED', async () => {
    const { mock, runpod, paths } = setUp();
    await mock.script({ job: { executionMs: 60_000 } });
    const worker = runpod.jobs(ENDPOINT);
    const id = await worker.start({ a: 1 });
    expect(await worker.cancel(id)).toBe(true);
    expect(await worker.status(id)).toMatchObject({ id, status: 'CANCELLED' });
    expect(operations(await paths())).toContain(`POST /v2/${ENDPOINT}/cancel/{id}`);
  });
});

describe('runpod.jobs(endpoint).stream', () => {
  it('yields a generator worker’s partial outputs in order, then ends with the job', async () => {
    const { mock, runpod, paths } = setUp();
    const parts = [{ text: 'Once' }, { text: ' upon' }, { text: ' a' }, { text: ' time' }];
    await mock.script({ job: { executionMs: 400, stream: parts } });
    const worker = runpod.jobs(ENDPOINT);
    const id = await worker.start({ prompt: 'a story' });
    const received: string[] = [];
    for await (const part of worker.stream(id, { schema: z.object({ text: z.string() }) })) {
      received.push(part.text);
    }
    expect(received).toEqual(['Once', ' upon', ' a', ' time']);
    const streamReads = (await paths()).filter(path => path.includes('/stream/'));
    // Each read hands out only what is new; the last one finds the job ended and nothing left.
    expect(streamReads.length).toBeGreaterThanOrEqual(2);
    expect(streamReads.every(path => path.startsWith(`GET /v2/${ENDPOINT}/stream/`))).toBe(true);
  });

  it('a transient failure of a read (429) is retried; nothing is lost or repeated', async () => {
    const { mock, runpod } = setUp();
    await mock.script({ job: { executionMs: 100, stream: [1, 2, 3], statusFailures: [429] } });
    const worker = runpod.jobs(ENDPOINT);
    const id = await worker.start({});
    const received: unknown[] = [];
    for await (const part of worker.stream(id)) received.push(part);
    expect(received).toEqual([1, 2, 3]);
  });

  it('a generator that fails: the parts before it, then an APICallError with the worker’s error', async () => {
    const { mock, runpod } = setUp();
    await mock.script({ job: { executionMs: 100, stream: ['a', 'b'], fail: 'handler: boom' } });
    const worker = runpod.jobs(ENDPOINT);
    const id = await worker.start({});
    const received: unknown[] = [];
    const error = await rejection(
      (async () => {
        for await (const part of worker.stream(id)) received.push(part);
      })(),
    );
    expect(received).toEqual(['a', 'b']);
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/job \S+ failed: handler: boom/);
  });

  it('aborting a stream cancels the job', async () => {
    const { mock, runpod } = setUp();
    await mock.script({ job: { executionMs: 60_000, stream: ['a', 'b', 'c'] } });
    const worker = runpod.jobs(ENDPOINT);
    const id = await worker.start({});
    const controller = new AbortController();
    const reading = (async () => {
      for await (const part of worker.stream(id, { abortSignal: controller.signal })) void part;
    })();
    await waitForRequest(mock, /\/stream\//);
    controller.abort(new Error('stop'));
    expect((await rejection(reading)).message).toBe('stop');
    await waitForRequest(mock, /POST .*\/cancel\//);
    expect((await worker.status(id)).status).toBe('CANCELLED');
  });
});

describe('runpod.jobs(endpoint).stream: when the reader stops', () => {
  it('breaking out of the loop stops reading and leaves the job running', async () => {
    const { mock, runpod, paths } = setUp();
    await mock.script({ job: { executionMs: 300, stream: ['a', 'b', 'c'] } });
    const worker = runpod.jobs(ENDPOINT);
    const id = await worker.start({});
    for await (const part of worker.stream(id)) {
      expect(part).toBe('a');
      break;
    }
    expect((await paths()).some(path => path.includes('/cancel/'))).toBe(false);
    expect((await worker.status(id, { wait: 5_000 })).status).toBe('COMPLETED');
  });

  it('past maxWaitMs the job is cancelled and the APICallError says so', async () => {
    const { mock, runpod } = setUp();
    await mock.script({ job: { executionMs: 60_000, stream: ['a'] } });
    const worker = runpod.jobs(ENDPOINT, { maxWaitMs: 1_000 });
    const id = await worker.start({});
    const error = await rejection(
      (async () => {
        for await (const part of worker.stream(id)) void part;
      })(),
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(
      /was still streaming after maxWaitMs \(1000 ms\); it was cancelled/,
    );
    expect((await worker.status(id)).status).toBe('CANCELLED');
  });
});

describe("runpod.jobs on a worker's own server (runpod-python's --rp_serve_api)", () => {
  const localWorker = (handler: Record<string, string> = {}) => {
    const mock = mockRunPod();
    // A server the endpoint names gets none of the provider's headers: the settings' only.
    const headers = { 'x-mock-key': mock.key, ...handler };
    return { mock, jobs: createRunPod().jobs(mock.origin, { headers }) };
  };

  it('run is one POST /runsync without the RunPod key; status runs a started job; cancel cannot', () =>
    withoutApiKeyInEnvironment(async () => {
      const { mock, jobs } = localWorker();
      expect(jobs.endpointId).toBe(mock.origin);
      const job = await jobs.run({ prompt: 'x' }, { policy: { ttl: 60_000 } });
      expect(job).toEqual({
        id: expect.stringMatching(/^test-/),
        status: 'COMPLETED',
        output: { result: expect.any(String) },
      });
      const id = await jobs.start({ prompt: 'y' });
      expect(await jobs.status(id)).toMatchObject({ id, status: 'COMPLETED' });
      expect(await jobs.cancel(id)).toBe(false);
      const sent = await mock.requests();
      expect(sent.map(r => `${r.method} ${r.path}`)).toEqual([
        'POST /runsync',
        'POST /run',
        `POST /status/${id}`,
      ]);
      // RunPod's policy means nothing there; only `input` goes.
      expect(sent[0].body).toEqual({ input: { prompt: 'x' } });
      expect(sent.map(r => r.headers.authorization)).toEqual([undefined, undefined, undefined]);
    }));

  it("stream reads a generator handler's parts; a handler that is no generator is an APICallError", () =>
    withoutApiKeyInEnvironment(async () => {
      const { jobs } = localWorker({ [HANDLER_YIELDS_HEADER]: JSON.stringify(['x', 'y']) });
      const id = await jobs.start({});
      const received: unknown[] = [];
      for await (const part of jobs.stream(id)) received.push(part);
      expect(received).toEqual(['x', 'y']);

      const plain = localWorker().jobs;
      const plainId = await plain.start({});
      const error = await rejection(
        (async () => {
          for await (const part of plain.stream(plainId)) void part;
        })(),
      );
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error.message).toMatch(/failed: Stream not supported, handler must be a generator/);
    }));
});

describe('runpod.jobs: what is refused before sending', () => {
  it('InvalidArgumentError for a wrong endpoint, setting, option, input or job ID', async () => {
    const { runpod, paths } = setUp();
    const refusals = [
      () => runpod.jobs(''),
      () => runpod.jobs('https://abc123.api.runpod.ai'),
      () => runpod.jobs(ENDPOINT, { maxWaitMs: 10 }),
      () => runpod.jobs(ENDPOINT, { policy: { ttl: 1_000 } }),
    ];
    for (const refuse of refusals) expect(refuse).toThrow(InvalidArgumentError);
    const worker = runpod.jobs(ENDPOINT);
    const rejected = [
      worker.run([1, 2] as never),
      worker.start({}, { webhook: 'ftp://nope' }),
      worker.status('../other', {}),
      worker.status('abc', { wait: 200_000 }),
    ];
    for (const promise of rejected) {
      expect(InvalidArgumentError.isInstance(await rejection(promise))).toBe(true);
    }
    expect(await paths()).toEqual([]);
    expect(() => runpod.jobs('https://abc123.api.runpod.ai')).toThrow(/no job API/);
  });
});

describe('runpod.jobs: webhooks', () => {
  it('refuses a webhook URL in the clear, as the media models do (https:, or http: on loopback)', async () => {
    const { runpod, paths } = setUp();
    const error = await rejection(
      runpod.jobs(ENDPOINT).start({}, { webhook: 'http://example.com/hook' }),
    );
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('https:');
    expect(await paths()).toEqual([]);
  });
});
