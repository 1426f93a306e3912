import { describe, expect, it } from 'vitest';
import {
  cooldownMs,
  cooldownScope,
  KeyPool,
  RATE_LIMIT_COOLDOWN_MS,
  REFUSED_COOLDOWN_MS,
} from '../../src/core/key-pool';
import { retryAfterMs } from '../../src/core/retry-after';

const RUN = 'https://api.runpod.ai/v2/abc/run';
const CHAT = 'https://api.runpod.ai/v2/abc/openai';

/** A pool of `size` keys on a clock the test moves. */
function poolOf(size: number) {
  const clock = { now: 1_000_000 };
  return { pool: new KeyPool(size, () => clock.now), clock };
}

describe('KeyPool: the rotation rule', () => {
  it('gives each new lease the next key round-robin, and a lease keeps its key', () => {
    const { pool } = poolOf(3);
    expect([1, 2, 3, 4].map(lease => pool.take(lease, RUN))).toEqual([0, 1, 2, 0]);
    expect(pool.take(2, CHAT)).toBe(1);
    expect(pool.take(5, CHAT)).toBe(1);
  });

  it('benches a key refused with 401 or 403 for 10 minutes in that scope only', () => {
    const { pool, clock } = poolOf(2);
    expect(pool.take(1, RUN)).toBe(0);
    expect(pool.report(1, 0, RUN, 401)).toBe(true);
    // The lease lets go of the refused key and takes the next.
    expect(pool.take(1, RUN)).toBe(1);
    expect([2, 3].map(lease => pool.take(lease, RUN))).toEqual([1, 1]);
    // Elsewhere (another endpoint or operation) the key is still good.
    expect(pool.take(4, CHAT)).toBe(0);
    clock.now += REFUSED_COOLDOWN_MS - 1;
    expect(pool.take(5, RUN)).toBe(1);
    clock.now += 1;
    expect(pool.take(6, RUN)).toBe(0);
  });

  it('benches a key answered with 429 for Retry-After, and its lease keeps it (a job)', () => {
    const { pool, clock } = poolOf(2);
    expect(pool.take(1, RUN)).toBe(0);
    expect(pool.report(1, 0, RUN, 429, 3_000)).toBe(true);
    expect(pool.take(1, RUN)).toBe(0);
    expect(pool.take(2, RUN)).toBe(1);
    expect(pool.take(3, RUN)).toBe(1);
    clock.now += 3_000;
    expect(pool.take(4, RUN)).toBe(0);
  });

  it('says when each key is back once all of them are benched', () => {
    const { pool, clock } = poolOf(2);
    pool.report(1, 0, RUN, 429);
    pool.report(2, 1, RUN, 403);
    expect(pool.take(3, RUN)).toEqual({
      cooling: [
        { status: 429, until: clock.now + RATE_LIMIT_COOLDOWN_MS },
        { status: 403, until: clock.now + REFUSED_COOLDOWN_MS },
      ],
    });
    clock.now += RATE_LIMIT_COOLDOWN_MS;
    expect(pool.take(3, RUN)).toBe(0);
    expect(pool.cooling(RUN)).toEqual([
      undefined,
      { status: 403, until: clock.now - RATE_LIMIT_COOLDOWN_MS + REFUSED_COOLDOWN_MS },
    ]);
  });

  it('ignores answers that are no refusal', () => {
    const { pool } = poolOf(2);
    for (const status of [200, 400, 404, 500, 503])
      expect(pool.report(1, 0, RUN, status)).toBe(false);
    expect(pool.cooling(RUN)).toEqual([undefined, undefined]);
  });

  it('forgets the oldest leases past 1024 (such a request takes a new key)', () => {
    const { pool } = poolOf(2);
    for (let lease = 1; lease <= 1025; lease++) pool.take(lease, RUN);
    expect(pool.take(1025, RUN)).toBe(0); // still held
    expect(pool.take(1, RUN)).toBe(1); // forgotten: the next key round-robin
  });
});

describe('cooldownScope', () => {
  it("is the endpoint and operation of RunPod's API, job IDs and routes left out", () => {
    expect(cooldownScope('https://api.runpod.ai/v2/abc/status-sync/job-1?wait=90000')).toBe(
      'https://api.runpod.ai/v2/abc/status-sync',
    );
    expect(cooldownScope('https://api.runpod.ai/v2/abc/openai/v1/chat/completions')).toBe(CHAT);
    expect(cooldownScope('https://gw.example.com/runpod/v2/abc/run')).toBe(
      'https://gw.example.com/runpod/v2/abc/run',
    );
  });

  it('is the origin and first path segment elsewhere (a load-balancing endpoint)', () => {
    expect(cooldownScope('https://lb1.api.runpod.ai/v1/chat/completions')).toBe(
      'https://lb1.api.runpod.ai/v1',
    );
  });
});

describe('retryAfterMs and cooldownMs', () => {
  const now = Date.parse('2026-12-08T04:00:00Z');
  it('reads retry-after-ms, Retry-After seconds and Retry-After dates', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250' }), now)).toBe(250);
    expect(retryAfterMs(new Headers({ 'retry-after': '3' }), now)).toBe(3_000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Tue, 08 Dec 2026 04:00:05 GMT' }), now)).toBe(
      5_000,
    );
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(retryAfterMs(new Headers(), now)).toBeUndefined();
  });

  it('takes 10 s for a 429 that does not say, at most an hour, and 10 minutes for 401/403', () => {
    expect(cooldownMs(429, undefined)).toBe(10_000);
    expect(cooldownMs(429, 2_000)).toBe(2_000);
    expect(cooldownMs(429, 86_400_000)).toBe(3_600_000);
    expect(cooldownMs(401, 5_000)).toBe(600_000);
    expect(cooldownMs(403, undefined)).toBe(600_000);
    expect(cooldownMs(500, undefined)).toBeUndefined();
  });
});
