import type { FetchFunction } from '@ai-sdk/provider-utils';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../src/jobs/job-clock';
import { createRateLimiter } from '../src/jobs/rate-limit';
import { createRateLimitState } from '../src/jobs/rate-limit-state';
import { RUNPOD_RATE_LIMITS } from '../src/jobs/rate-limit-plan';
import { aiVersions, isJobSubmission, rejection } from './helpers';
import { imageModelOn, mockJobApi } from './job-helpers';

// The job client's pacing against a mock that enforces rate limits per endpoint, as RunPod
// does (tests/mock-runpod/rate-limits.ts), on the real clock. The limits here are small
// (RunPod's are 1000 /run and 2000 /status per 10 s) so that a few calls reach them; the
// provider's limiter is given the same ones.
const SMALL = {
  ...RUNPOD_RATE_LIMITS,
  run: { requests: 8, windowMs: 1_000, inFlight: 3 },
  status: { requests: 20, windowMs: 1_000, inFlight: 5 },
};
const CALLS = 16;
const MODEL = 'pacingtest';

/** A fetch that counts the 429s it gets back. */
function counting429s() {
  const seen = { throttled: 0 };
  const fetch: FetchFunction = async (input, init) => {
    const response = await globalThis.fetch(input, init);
    if (response.status === 429) seen.throttled += 1;
    return response;
  };
  return { seen, fetch };
}

describe.each(aiVersions)('pacing within RunPod’s rate limits (%s)', (_, ai) => {
  it('runs more calls at once than the limits allow, all of them, without a 429', async () => {
    const mock = mockJobApi();
    await mock.configure({ rateLimits: { run: SMALL.run, status: SMALL.status } });
    await mock.script(
      ...Array.from({ length: CALLS }, (_, i) => ({ job: { executionMs: 200 + 70 * i } })),
    );
    const { seen, fetch } = counting429s();
    const rateLimits = createRateLimitState(SMALL);
    const model = imageModelOn(
      { ...mock.jobConfig({ clock: systemClock, fetch }), rateLimits },
      MODEL,
    );

    const results = await Promise.all(
      Array.from({ length: CALLS }, () =>
        ai.generateImage({ model, prompt: 'a lighthouse', maxRetries: 0 }),
      ),
    );

    expect(results.map(r => r.images.length)).toEqual(Array(CALLS).fill(1));
    expect(seen.throttled).toBe(0);
    const stats = createRateLimiter(rateLimits, systemClock).stats();
    expect(stats.find(s => s.bucket === 'run')).toMatchObject({ sent: CALLS, maxInFlight: 3 });
    expect(stats.find(s => s.bucket === 'status')!.maxInFlight).toBeLessThanOrEqual(5);
    // More jobs waited than may hold at once: holds were cut to 1 s (RunPod's shortest), and
    // once few were left, a job held for the time it asked.
    const waits = (await mock.requests())
      .filter(r => r.path.includes('/status-sync/'))
      .map(r => Number(r.query.wait));
    expect(waits).toContain(1_000);
    expect(Math.max(...waits)).toBeGreaterThan(60_000);
  });

  it('without the pacing, the same calls draw 429s from the mock (what the pacing prevents)', async () => {
    const mock = mockJobApi();
    await mock.configure({ rateLimits: { run: SMALL.run, status: SMALL.status } });
    const { seen, fetch } = counting429s();
    const model = imageModelOn(mock.jobConfig({ clock: systemClock, fetch }), MODEL);
    const outcomes = await Promise.allSettled(
      Array.from({ length: CALLS }, () =>
        ai.generateImage({ model, prompt: 'a lighthouse', maxRetries: 0 }),
      ),
    );
    expect(seen.throttled).toBeGreaterThan(0);
    expect(outcomes.filter(o => o.status === 'rejected').length).toBeGreaterThan(0);
  });

  it('sends a submission RunPod answered 429 again after its Retry-After, in the same call', async () => {
    const mock = mockJobApi();
    await mock.script(
      { status: 429, body: { error: 'rate limit exceeded' }, headers: { 'retry-after': '1' } },
      { job: { executionMs: 100 } },
    );
    const started = Date.now();
    const { images } = await ai.generateImage({
      model: mock.provider().image(MODEL),
      prompt: 'a lighthouse',
      maxRetries: 0, // the AI SDK's own retries stay out of it
    });
    expect(images).toHaveLength(1);
    expect((await mock.requests()).filter(isJobSubmission)).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  });

  it('retries status reads RunPod answers 429 while the wait lasts', async () => {
    const mock = mockJobApi();
    await mock.script({ job: { executionMs: 300, statusFailures: [429, 429] } });
    const { images } = await ai.generateImage({
      model: mock.provider().image(MODEL),
      prompt: 'a lighthouse',
      maxRetries: 0,
    });
    expect(images).toHaveLength(1);
    const reads = (await mock.paths()).filter(path => path.includes('/status-sync/'));
    expect(reads).toHaveLength(3);
  });

  it('gives up on a submission answered 429 past the wait limit, with RunPod’s 429', async () => {
    const mock = mockJobApi();
    await mock.script(
      ...Array.from({ length: 20 }, () => ({
        status: 429,
        body: { error: 'rate limit exceeded' },
        headers: { 'retry-after': '1' },
      })),
    );
    const error = await rejection(
      ai.generateImage({
        model: mock.provider().image(MODEL),
        prompt: 'a lighthouse',
        maxRetries: 0,
        providerOptions: { runpod: { maxWaitMs: 1_500 } },
      }),
    );
    expect(error.lastError ?? error).toMatchObject({ statusCode: 429, isRetryable: true });
    expect((await mock.requests()).filter(isJobSubmission).length).toBeGreaterThanOrEqual(2);
  });
});
