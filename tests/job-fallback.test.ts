import { APICallError } from '@ai-sdk/provider';
import { delay } from '@ai-sdk/provider-utils';
import { describe, expect, it } from 'vitest';
import { getJobStatus, startJob } from '../src/jobs/job-operation';
import { nextPollDelay } from '../src/jobs/poll-schedule';
import { aiVersions, API_KEY, rejection } from './helpers';
import { imageModelOn, mockJobApi, type MockJobApi, waitForRequest } from './job-helpers';

// The job client where /status-sync is not reachable (a proxy that forwards only RunPod's
// documented paths), and RunPod's result retention, driven through generateImage. The
// /status polling runs on `mock.jobConfig()`'s clock, whose pauses take no real time.
const MODEL = 'black-forest-labs/flux-1-schnell';
const ENDPOINT = '/v2/black-forest-labs-flux-1-schnell';

const jobIdOf = (result: { providerMetadata: Record<string, any> }) =>
  result.providerMetadata.runpod.images[0].jobId as string;

describe.each(aiVersions)('job API without /status-sync (%s)', (_, ai) => {
  type Provider = Pick<ReturnType<MockJobApi['provider']>, 'image'>;
  const generate = (provider: Provider, providerOptions?: Record<string, any>) =>
    ai.generateImage({
      model: provider.image(MODEL),
      prompt: 'a lighthouse',
      maxRetries: 0,
      providerOptions,
    });
  /** A provider's job side on `config`: its models share the config's memory and clock. */
  const providerOn = (config: ReturnType<MockJobApi['jobConfig']>): Provider => ({
    image: modelId => imageModelOn(config, modelId),
  });

  it.each([404, 405] as const)(
    'polls /status when /status-sync answers %s, and remembers that for the provider’s lifetime',
    async status => {
      const mock = mockJobApi();
      await mock.configure({ statusSyncRoute: status });
      await mock.script(
        { job: { executionMs: 1_200 } },
        { job: { executionMs: 300 } },
        { job: { executionMs: 300 } },
      );
      const config = mock.jobConfig();
      const provider = providerOn(config);

      const first = await generate(provider);
      expect(config.statusSyncSupport.missingEndpoints()).toEqual([ENDPOINT.slice('/v2/'.length)]);
      const firstPaths = await mock.paths();
      expect(firstPaths.slice(0, 2)).toEqual([
        `POST ${ENDPOINT}/run`,
        `GET ${ENDPOINT}/status-sync/${jobIdOf(first)}`,
      ]);
      const polls = firstPaths.slice(2, -1);
      expect(new Set(polls)).toEqual(new Set([`GET ${ENDPOINT}/status/${jobIdOf(first)}`]));
      // Flux Schnell typically runs 856 ms, so the polls come every 250 ms at most.
      expect(polls.length).toBeGreaterThanOrEqual(3);
      expect(polls.length).toBeLessThanOrEqual(8);

      const second = await generate(provider);
      const secondPaths = (await mock.paths()).slice(firstPaths.length);
      expect(secondPaths[0]).toBe(`POST ${ENDPOINT}/run`);
      expect(secondPaths.filter(path => path.includes('/status-sync/'))).toEqual([]);
      expect(secondPaths).toContain(`GET ${ENDPOINT}/status/${jobIdOf(second)}`);

      // Another provider has its own memory: it tries the long-poll once.
      const before = (await mock.paths()).length;
      await generate(providerOn(mock.jobConfig()));
      const thirdPaths = (await mock.paths()).slice(before);
      expect(thirdPaths.filter(path => path.includes('/status-sync/'))).toHaveLength(1);
    },
  );

  it('never waits past maxWaitMs on a slow /status read: it is cut off at the deadline', async () => {
    const mock = mockJobApi();
    await mock.script({ job: { executionMs: 60_000 } });
    // A /status whose answer takes 6 s to arrive (unless the request is aborted first).
    const slowStatus: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).includes('/status/')) {
        await delay(6_000, { abortSignal: init?.signal ?? undefined });
      }
      return response;
    };
    const config = mock.jobConfig({ fetch: slowStatus });
    // The provider found earlier that this endpoint has no /status-sync.
    config.statusSyncSupport.markMissing(ENDPOINT.slice('/v2/'.length));
    const started = Date.now();
    const error = (await rejection(
      generate(providerOn(config), { runpod: { maxWaitMs: 1_000 } }),
    )) as APICallError;

    // The wait limit itself is the point here: 1 s, not the 6 s /status would take.
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(
      /: job \S+ did not finish within 1000 ms \(last status IN_QUEUE\); it was cancelled\./,
    );
    expect((error.cause as Error).message).toMatch(
      /no answer from \/status for job \S+ within the \d+ ms left of the wait\.$/,
    );
    const paths = (await mock.paths()).map(path => path.replace(/\/[^/]+-u\d+$/, '/<id>'));
    expect(paths).toEqual([
      `POST ${ENDPOINT}/run`,
      `GET ${ENDPOINT}/status/<id>`,
      `POST ${ENDPOINT}/cancel/<id>`,
    ]);
  });

  it('takes a 404 for a job RunPod dropped as that job’s error, not as a missing route', async () => {
    const mock = mockJobApi();
    await mock.script({ job: { executionMs: 600_000 } }, { job: { executionMs: 100 } });
    const provider = mock.provider();
    const call = rejection(generate(provider));
    await waitForRequest(mock, /^GET .*\/status-sync\//);
    await mock.advanceClock(361_000); // past the job's TTL (maxWaitMs 300 s + 60 s)
    const error = (await call) as APICallError;
    expect(error.statusCode).toBe(404);
    expect(error.message).toMatch(/RunPod no longer knows job \S+ \(HTTP 404 on \/status\)/);
    const failedPaths = await mock.paths();
    // The long-poll's 404 was checked once on /status, which did not know the job either.
    expect(failedPaths.slice(1).map(path => path.replace(/\/[^/]+$/, ''))).toEqual([
      `GET ${ENDPOINT}/status-sync`,
      `GET ${ENDPOINT}/status`,
    ]);

    const next = await generate(provider);
    expect((await mock.paths()).slice(failedPaths.length, -1)).toEqual([
      `POST ${ENDPOINT}/run`,
      `GET ${ENDPOINT}/status-sync/${jobIdOf(next)}`,
    ]);
  });
});

describe('result retention (unit level, through the job primitives)', () => {
  const context = { modelId: 'my-endpoint-01', endpointId: 'my-endpoint-01' };
  const configFor = (mock: MockJobApi) => mock.jobConfig();
  const read = (mock: MockJobApi, jobId: string) =>
    getJobStatus(configFor(mock), { context, jobId });

  it('still has a /run job’s result 2 min after it ended, and not after 30 min', async () => {
    const mock = mockJobApi();
    await mock.script({ job: { executionMs: 50 } });
    const { jobId } = await startJob(configFor(mock), {
      context,
      input: { prompt: 'a lighthouse' },
      maxWaitMs: 60_000,
    });
    await mock.advanceClock(150); // until the 50 ms job has ended

    await mock.advanceClock(120_000);
    expect(await read(mock, jobId)).toMatchObject({ status: 'completed', executionTime: 50 });
    await mock.advanceClock(29 * 60_000);
    const error = (await rejection(read(mock, jobId))) as APICallError;
    expect(error.statusCode).toBe(404);
  });

  it('has forgotten a /runsync job 2 min after it ended (kept 1 min), with a clear 404', async () => {
    const mock = mockJobApi();
    // Submitted as RunPod's JS SDK runSync does, with a hold the job ends within.
    const response = await fetch(`${mock.baseURL}/${context.endpointId}/runsync?wait=5000`, {
      method: 'POST',
      headers: { authorization: `Bearer ${API_KEY}`, 'x-mock-key': mock.key },
      body: JSON.stringify({ input: { prompt: 'a lighthouse' } }),
    });
    const { id, status } = (await response.json()) as { id: string; status: string };
    expect(status).toBe('COMPLETED');

    await mock.advanceClock(30_000);
    expect(await read(mock, id)).toMatchObject({ status: 'completed' });
    await mock.advanceClock(90_000);
    const error = (await rejection(read(mock, id))) as APICallError;
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.statusCode).toBe(404);
    expect(error.isRetryable).toBe(false);
    expect(error.message).toBe(
      `RunPod endpoint 'my-endpoint-01': RunPod no longer knows job ${id} (HTTP 404 on /status): ` +
        'its TTL or result retention ran out.',
    );
  });
});

describe('the fallback /status schedule', () => {
  it('grows from 250 ms by half each poll, to a cap of a tenth of the typical run time within 250 ms to 2 s', () => {
    const delays = (typical?: number) =>
      Array.from({ length: 8 }, (_, n) => nextPollDelay(n, typical));
    expect(delays()).toEqual([250, 375, 563, 844, 1_266, 1_898, 2_000, 2_000]);
    expect(delays(10_000)).toEqual([250, 375, 563, 844, 1_000, 1_000, 1_000, 1_000]);
    expect(delays(856)).toEqual(Array(8).fill(250));
    expect(delays(85_432)).toEqual(delays());
  });
});
