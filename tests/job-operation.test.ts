import { APICallError, InvalidArgumentError, type JSONValue } from '@ai-sdk/provider';
import * as ai7 from 'ai-v7';
import { describe, expect, it } from 'vitest';
import type { JobClientConfig } from '../src/jobs/job-client';
import { cancelStartedJob, getJobStatus, startJob } from '../src/jobs/job-operation';
import { rejection } from './helpers';
import { mockJobApi, type MockJobApi, waitForRequest } from './job-helpers';

// The two steps a video model's doStart / doStatus (ai@7's experimental_startVideo and
// experimental_getVideoStatus) are built from: submit with /run, read once with /status.
const context = { modelId: 'alibaba/wan-2.6-t2v', endpointId: 'wan-2-6-t2v' };
const ENDPOINT = '/v2/wan-2-6-t2v';
const input = { prompt: 'a lighthouse at dusk', duration: 5 };

const configFor = (mock: MockJobApi): JobClientConfig => mock.jobConfig();

describe('startJob and getJobStatus', () => {
  it('starts a job with one /run request and returns its ID at once', async () => {
    const mock = mockJobApi();
    await mock.script({ job: { executionMs: 5_000 } });
    const job = await startJob(configFor(mock), { context, input, maxWaitMs: 1_200_000 });

    expect(job).toMatchObject({ jobId: expect.stringMatching(/-u\d+$/), status: 'IN_QUEUE' });
    const requests = await mock.requests();
    expect(requests.map(r => `${r.method} ${r.path}`)).toEqual([`POST ${ENDPOINT}/run`]);
    expect(requests[0].body).toEqual({ input, policy: { ttl: 1_260_000 } });
  });

  it('reads the job once per call: pending in the queue and while running, then completed', async () => {
    const mock = mockJobApi();
    await mock.script({ job: { queueMs: 150, executionMs: 150 } });
    const config = configFor(mock);
    const { jobId } = await startJob(config, { context, input, maxWaitMs: 60_000 });

    expect(await getJobStatus(config, { context, jobId })).toMatchObject({
      status: 'pending',
      runpodStatus: 'IN_QUEUE',
    });
    await mock.advanceClock(200);
    expect(await getJobStatus(config, { context, jobId })).toMatchObject({
      status: 'pending',
      runpodStatus: 'IN_PROGRESS',
      delayTime: 150,
    });
    await mock.advanceClock(150);
    const done = await getJobStatus(config, { context, jobId });
    expect(done).toMatchObject({
      status: 'completed',
      jobId,
      media: [`${mock.origin}/media/${jobId}-1.mp4`],
      delayTime: 150,
      executionTime: 150,
    });
    expect(done.status === 'completed' && typeof done.cost).toBe('number');
    expect((await mock.paths()).slice(1)).toEqual(Array(3).fill(`GET ${ENDPOINT}/status/${jobId}`));
  });

  it('maps a FAILED job to an error carrying the APICallError runJob would throw', async () => {
    const mock = mockJobApi();
    await mock.script({ job: { executionMs: 10, fail: 'Invalid parameter: duration' } });
    const config = configFor(mock);
    const { jobId } = await startJob(config, { context, input, maxWaitMs: 60_000 });
    await mock.advanceClock(50);

    const status = await getJobStatus(config, { context, jobId });
    expect(status).toMatchObject({ status: 'error', runpodStatus: 'FAILED' });
    const error = status.status === 'error' ? status.error : undefined;
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error?.message).toBe(
      `RunPod model 'alibaba/wan-2.6-t2v' (endpoint 'wan-2-6-t2v'): job ${jobId} failed: Invalid parameter: duration`,
    );
  });

  it('cancels a started job on request, which then reads as an error', async () => {
    const mock = mockJobApi();
    await mock.script({ job: { executionMs: 10_000 } });
    const config = configFor(mock);
    const { jobId } = await startJob(config, { context, input, maxWaitMs: 60_000 });

    expect(await cancelStartedJob(config, { context, jobId })).toBe(true);
    const status = await getJobStatus(config, { context, jobId });
    expect(status).toMatchObject({ status: 'error', runpodStatus: 'CANCELLED' });
    expect(status.status === 'error' && status.error.message).toMatch(/was cancelled$/);
  });

  it('rejects at once when aborted during /run, and cancels the job once /run names it', async () => {
    const mock = mockJobApi();
    await mock.script({ delayMs: 300, job: { executionMs: 10_000 } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const error = await rejection(
      startJob(configFor(mock), {
        context,
        input,
        maxWaitMs: 60_000,
        abortSignal: controller.signal,
      }),
    );
    expect((error as Error).name).toMatch(/Abort/);
    // Rejected before /run answered (300 ms): the cancel that follows its answer is not sent yet.
    expect(await mock.paths()).toEqual([`POST ${ENDPOINT}/run`]);
    expect(await waitForRequest(mock, /^POST .*\/cancel\//)).toBeDefined();
  });

  it('refuses a body over /run’s 10 MB before sending it', async () => {
    const mock = mockJobApi();
    const error = await rejection(
      startJob(configFor(mock), {
        context,
        input: { ...input, image: 'x'.repeat(10_000_001) },
        maxWaitMs: 60_000,
      }),
    );
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/takes at most 10 MB per request/);
    expect(await mock.requests()).toEqual([]);
  });
});

/**
 * The mapping a video model's `doStart` / `doStatus` make onto the primitives, checked
 * against ai@7's own functions (src/video carries them once its refactor lands): the
 * operation is `{ jobId }`; a completed job's media become `{ type: 'url' }` videos, which
 * ai@7 downloads itself in generateVideo and leaves to the caller in getVideoStatus.
 */
function withStartStatus(mock: MockJobApi) {
  const config = configFor(mock);
  const response = (headers: Record<string, string> | undefined) => ({
    timestamp: new Date(),
    modelId: context.modelId,
    headers,
  });
  const base = mock.provider().video(context.modelId);
  return {
    specificationVersion: 'v3' as const,
    provider: base.provider,
    modelId: base.modelId,
    maxVideosPerCall: 1,
    doGenerate: base.doGenerate.bind(base),
    async doStart(options: {
      prompt?: string;
      abortSignal?: AbortSignal;
      headers?: Record<string, string | undefined>;
    }) {
      const job = await startJob(config, {
        context,
        input: { prompt: options.prompt, duration: 5 },
        maxWaitMs: 1_200_000,
        abortSignal: options.abortSignal,
        headers: options.headers,
      });
      return {
        operation: { jobId: job.jobId },
        warnings: [],
        providerMetadata: { runpod: { jobId: job.jobId } },
        response: response(job.responseHeaders),
      };
    },
    async doStatus({
      operation,
      abortSignal,
      headers,
    }: {
      operation: JSONValue;
      abortSignal?: AbortSignal;
      headers?: Record<string, string | undefined>;
    }) {
      const { jobId } = operation as { jobId: string };
      const status = await getJobStatus(config, { context, jobId, abortSignal, headers });
      if (status.status === 'pending') {
        return { status: 'pending' as const, response: response(status.responseHeaders) };
      }
      if (status.status === 'error') {
        return {
          status: 'error' as const,
          error: status.error.message,
          response: response(status.responseHeaders),
        };
      }
      return {
        status: 'completed' as const,
        videos: status.media.map(url => ({ type: 'url' as const, url, mediaType: 'video/mp4' })),
        warnings: [],
        providerMetadata: { runpod: { jobId, executionTime: status.executionTime ?? null } },
        response: response(status.responseHeaders),
      };
    },
  };
}

describe('under ai@7: experimental_startVideo and experimental_getVideoStatus', () => {
  it('pass doStart / doStatus through to a V3 model, which maps them onto /run and /status', async () => {
    const mock = mockJobApi();
    await mock.script({ job: { executionMs: 200 } });
    const model = withStartStatus(mock) as unknown as Parameters<
      typeof ai7.experimental_startVideo
    >[0]['model'];

    const started = await ai7.experimental_startVideo({ model, prompt: 'a lighthouse at dusk' });
    const jobId = (started.operation as { jobId: string }).jobId;
    expect(started.providerMetadata).toEqual({ runpod: { jobId } });

    const pending = await ai7.experimental_getVideoStatus(model, { operation: started.operation });
    expect(pending.status).toBe('pending');
    await mock.advanceClock(250);
    const done = await ai7.experimental_getVideoStatus(model, { operation: started.operation });
    expect(done).toMatchObject({
      status: 'completed',
      videos: [{ type: 'url', url: `${mock.origin}/media/${jobId}-1.mp4`, mediaType: 'video/mp4' }],
      providerMetadata: { runpod: { jobId, executionTime: 200 } },
    });
    expect(await mock.paths()).toEqual([
      `POST ${ENDPOINT}/run`,
      `GET ${ENDPOINT}/status/${jobId}`,
      `GET ${ENDPOINT}/status/${jobId}`,
    ]);
    // ai@7 sends an idempotency key with the start; RunPod does not document one.
    expect((await mock.requests())[0].headers['idempotency-key']).toMatch(/^aisdk_vid_/);
  });
});
