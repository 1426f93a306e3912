import { describe, expect, it } from 'vitest';
import type { JobClock } from '../../src/jobs/job-clock';
import { createRateLimiter } from '../../src/jobs/rate-limit';
import { createRateLimitState } from '../../src/jobs/rate-limit-state';
import {
  admit,
  bucketOf,
  type BucketState,
  holdFor,
  pauseAfter429,
  RUNPOD_RATE_LIMITS,
  WINDOW_MARGIN_MS,
} from '../../src/jobs/rate-limit-plan';
import { retryAfterMs } from '../../src/core/retry-after';

// The pacing's decisions, state in, decision out; then the limiter on a hand-moved clock.
const T0 = 1_000_000;
const status = RUNPOD_RATE_LIMITS.status;
const idle: BucketState = { now: T0, sent: [], inFlight: 0, blockedUntil: 0, demand: 1 };

describe('bucketOf', () => {
  it('counts /status-sync with /status, and /run, /runsync, /cancel each on their own', () => {
    expect(bucketOf('status-sync/abc?wait=90000')).toBe('status');
    expect(bucketOf('status/abc')).toBe('status');
    expect(bucketOf('run')).toBe('run');
    expect(bucketOf('runsync?wait=1000')).toBe('runsync');
    expect(bucketOf('cancel/abc')).toBe('cancel');
  });
});

describe('admit', () => {
  it('sends when nothing stands in the way', () => {
    expect(admit(status, idle)).toEqual({ type: 'send' });
  });

  it('waits for an answer when the in-flight cap is reached', () => {
    expect(admit(status, { ...idle, inFlight: 400 })).toEqual({ type: 'wait-release' });
    expect(admit(status, { ...idle, inFlight: 399 })).toEqual({ type: 'send' });
  });

  it('waits until the oldest send leaves a full sliding window', () => {
    const sent = Array.from({ length: 2_000 }, (_, i) => T0 - 5_000 + i);
    expect(admit(status, { ...idle, sent })).toEqual({
      type: 'wait-until',
      at: T0 - 5_000 + 10_000 + WINDOW_MARGIN_MS + 1,
    });
    // Sends older than the window (and its margin) do not count.
    const old = sent.map(at => at - 10_000);
    expect(admit(status, { ...idle, sent: old })).toEqual({ type: 'send' });
  });

  it('holds back until a 429 pause is over, whatever else is free', () => {
    expect(admit(status, { ...idle, blockedUntil: T0 + 2_000 })).toEqual({
      type: 'wait-until',
      at: T0 + 2_000,
    });
  });
});

describe('holdFor', () => {
  it('grants the hold asked for while every waiting job can hold at once', () => {
    expect(holdFor(status, 90_000, 1)).toBe(90_000);
    expect(holdFor(status, 90_000, 400)).toBe(90_000);
  });

  it('cuts holds to in-flight cap / rate (2 s) when more jobs wait than may hold', () => {
    expect(holdFor(status, 90_000, 401)).toBe(2_000);
    expect(holdFor(status, 1_500, 1_000)).toBe(1_500);
    // Never below RunPod's shortest hold.
    expect(holdFor({ requests: 100, windowMs: 10_000, inFlight: 2 }, 90_000, 10)).toBe(1_000);
  });
});

describe('pauseAfter429 and retryAfterMs', () => {
  it('follows Retry-After when given, else backs off from 500 ms up to a window', () => {
    expect(pauseAfter429(status, 3_000, 1)).toBe(3_000);
    expect([1, 2, 3, 6].map(n => pauseAfter429(status, undefined, n))).toEqual([
      500, 1_000, 2_000, 10_000,
    ]);
  });

  it('reads retry-after-ms, retry-after seconds and an HTTP date', () => {
    expect(retryAfterMs({ 'retry-after-ms': '250' }, T0)).toBe(250);
    expect(retryAfterMs({ 'retry-after': '2' }, T0)).toBe(2_000);
    const date = new Date(T0 + 5_000).toUTCString();
    expect(retryAfterMs({ 'retry-after': date }, T0)).toBe(5_000);
    expect(retryAfterMs({ 'retry-after': 'soon' }, T0)).toBeUndefined();
    expect(retryAfterMs(undefined, T0)).toBeUndefined();
  });
});

/** A clock moved by hand: `sleep`s resolve when `advance` passes their time. */
function manualClock() {
  let now = T0;
  const sleepers: Array<{ at: number; wake: () => void }> = [];
  const clock: JobClock = {
    now: () => now,
    sleep: ms => new Promise<void>(wake => void sleepers.push({ at: now + ms, wake })),
  };
  const advance = async (ms: number) => {
    now += ms;
    for (const sleeper of sleepers.filter(s => s.at <= now)) {
      sleepers.splice(sleepers.indexOf(sleeper), 1);
      sleeper.wake();
    }
    await new Promise(resolve => setTimeout(resolve, 0));
  };
  return { clock, advance };
}

const limits = {
  ...RUNPOD_RATE_LIMITS,
  status: { requests: 4, windowMs: 1_000, inFlight: 2 },
};

describe('createRateLimiter', () => {
  it('serves status reads first come, first served, within the in-flight cap and the rate', async () => {
    const { clock, advance } = manualClock();
    const limiter = createRateLimiter(createRateLimitState(limits), clock);
    const granted: number[] = [];
    const slots = Array.from({ length: 6 }, (_, i) =>
      limiter.acquire('e', 'status', {}).then(slot => (granted.push(i), slot)),
    );
    await advance(0);
    expect(granted).toEqual([0, 1]);
    expect(limiter.stats()).toMatchObject([{ bucket: 'status', inFlight: 2, queued: 4 }]);
    (await slots[0]).release();
    (await slots[1]).release();
    await advance(0);
    expect(granted).toEqual([0, 1, 2, 3]);
    (await slots[2]).release();
    (await slots[3]).release();
    await advance(0);
    // Four sent within the window: the fifth waits until the first leaves it.
    expect(granted).toEqual([0, 1, 2, 3]);
    await advance(1_000 + WINDOW_MARGIN_MS + 1);
    expect(granted).toEqual([0, 1, 2, 3, 4, 5]);
    expect(limiter.stats()[0]).toMatchObject({ maxInFlight: 2, sent: 6 });
  });

  it('shortens holds while more jobs wait than may hold, and not otherwise', async () => {
    const { clock } = manualClock();
    const limiter = createRateLimiter(createRateLimitState(limits), clock);
    const alone = await limiter.acquire('e', 'status', { holdMs: 90_000 });
    expect(alone.holdMs).toBe(90_000);
    await limiter.acquire('e', 'run', {}); // a job being submitted will want a hold next
    const crowded = await limiter.acquire('e', 'status', { holdMs: 90_000 });
    expect(crowded.holdMs).toBe(1_000);
  });

  it('holds a bucket back after a 429 for its Retry-After, then goes on', async () => {
    const { clock, advance } = manualClock();
    const limiter = createRateLimiter(createRateLimitState(limits), clock);
    (await limiter.acquire('e', 'run', {})).release({ throttled: true, retryAfterMs: 3_000 });
    let next = false;
    void limiter.acquire('e', 'run', {}).then(() => (next = true));
    await advance(2_999);
    expect(next).toBe(false);
    await advance(1);
    expect(next).toBe(true);
    expect(limiter.stats()[0]).toMatchObject({ bucket: 'run', throttled: 1 });
  });

  it('drops a waiter whose signal aborts, and keeps endpoints apart', async () => {
    const { clock } = manualClock();
    const limiter = createRateLimiter(createRateLimitState(limits), clock);
    await limiter.acquire('e', 'status', {});
    await limiter.acquire('e', 'status', {});
    const controller = new AbortController();
    const waiting = limiter.acquire('e', 'status', { abortSignal: controller.signal });
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    expect(limiter.stats()[0]).toMatchObject({ queued: 0 });
    await expect(limiter.acquire('other', 'status', {})).resolves.toBeDefined();
  });

  it('counts every model of a provider together: limiters on one state share it', async () => {
    const { clock } = manualClock();
    const state = createRateLimitState(limits);
    await createRateLimiter(state, clock).acquire('e', 'status', {});
    await createRateLimiter(state, clock).acquire('e', 'status', {});
    expect(createRateLimiter(state, clock).stats()).toMatchObject([{ inFlight: 2, sent: 2 }]);
  });
});
