import type { JobClock } from './job-clock';
import {
  admit,
  holdFor,
  pauseAfter429,
  type RateBucket,
  type RateLimit,
  RUNPOD_RATE_LIMITS,
  windowStart,
} from './rate-limit-plan';
import type { PacedBucket, RateLimitState } from './rate-limit-state';

/** A request's turn: send it now, then release the slot once it is answered. */
interface RateSlot {
  /** How long a long-poll may hold (maybe shorter than asked: see `holdFor`); undefined for other requests. */
  holdMs: number | undefined;
  /**
   * Frees the slot once the request is answered or has failed. `throttled` for a 429,
   * with its `Retry-After` in ms when it had one: the bucket then holds back.
   */
  release(outcome?: { throttled: true; retryAfterMs: number | undefined }): void;
}

/** What the limiter holds for one bucket of one endpoint, for tests and benchmarks. */
interface RateBucketStats {
  /** The endpoint's job-API URL (`<baseURL>/<endpoint ID>`). */
  endpoint: string;
  bucket: RateBucket;
  inFlight: number;
  queued: number;
  /** The most requests it ever had in flight at once. */
  maxInFlight: number;
  /** Requests sent so far. */
  sent: number;
  /** 429s answered so far. */
  throttled: number;
}

/**
 * A provider's pacing of RunPod's job API, on its {@link RateLimitState}: one queue per
 * endpoint and limit (`RUNPOD_RATE_LIMITS`), so that its jobs stay within RunPod's rate and
 * in-flight limits instead of drawing 429s.
 */
export interface RateLimiter {
  /**
   * Waits for the request's turn (first come, first served) and takes a slot. Rejects
   * with the signal's reason when it aborts while waiting.
   */
  acquire(
    endpoint: string,
    bucket: RateBucket,
    options?: { holdMs?: number; abortSignal?: AbortSignal },
  ): Promise<RateSlot>;
  /** The limiter's clock, in ms since the epoch. */
  now(): number;
  /** Every bucket used so far. */
  stats(): RateBucketStats[];
}

type Bucket = PacedBucket;

const newBucket = (limit: RateLimit): Bucket => ({
  limit,
  sentAt: [],
  queue: [],
  inFlight: 0,
  maxInFlight: 0,
  sent: 0,
  throttled: 0,
  throttlesInARow: 0,
  blockedUntil: 0,
  timerAt: undefined,
});

/** The {@link RateLimiter} of a provider's `state`, on `clock`. */
export function createRateLimiter(state: RateLimitState, clock: JobClock): RateLimiter {
  const { endpoints } = state;
  const limits = state.limits ?? RUNPOD_RATE_LIMITS;
  const bucketFor = (endpoint: string, name: RateBucket) => {
    let buckets = endpoints.get(endpoint);
    if (buckets === undefined) endpoints.set(endpoint, (buckets = new Map()));
    let bucket = buckets.get(name);
    if (bucket === undefined) buckets.set(name, (bucket = newBucket(limits[name])));
    return bucket;
  };
  const size = (bucket: Bucket | undefined) => (bucket ? bucket.queue.length + bucket.inFlight : 0);
  /** Status reads wanted on the endpoint: those waiting or held, and one per job being submitted. */
  const statusDemand = (endpoint: string) => {
    const buckets = endpoints.get(endpoint);
    return size(buckets?.get('status')) + size(buckets?.get('run')) + size(buckets?.get('runsync'));
  };

  const pump = (endpoint: string, bucket: Bucket, name: RateBucket) => {
    while (bucket.queue.length > 0) {
      const now = clock.now();
      const start = windowStart(bucket.limit, now);
      let old = 0;
      while (old < bucket.sentAt.length && bucket.sentAt[old] <= start) old++;
      if (old > 0) bucket.sentAt.splice(0, old);
      const demand = name === 'status' ? statusDemand(endpoint) : size(bucket);
      const admission = admit(bucket.limit, {
        now,
        sent: bucket.sentAt,
        inFlight: bucket.inFlight,
        blockedUntil: bucket.blockedUntil,
        demand,
      });
      if (admission.type === 'wait-release') return;
      if (admission.type === 'wait-until') return schedule(endpoint, bucket, name, admission.at);
      const waiter = bucket.queue.shift()!;
      bucket.sentAt.push(now);
      bucket.sent += 1;
      bucket.inFlight += 1;
      bucket.maxInFlight = Math.max(bucket.maxInFlight, bucket.inFlight);
      const holdMs =
        waiter.holdMs === undefined ? undefined : holdFor(bucket.limit, waiter.holdMs, demand);
      waiter.grant(slotOf(endpoint, bucket, name, holdMs));
    }
  };

  const schedule = (endpoint: string, bucket: Bucket, name: RateBucket, at: number) => {
    if (bucket.timerAt !== undefined && bucket.timerAt <= at) return;
    bucket.timerAt = at;
    void clock.sleep(Math.max(0, at - clock.now()), undefined).then(() => {
      if (bucket.timerAt === at) bucket.timerAt = undefined;
      pump(endpoint, bucket, name);
    });
  };

  const slotOf = (endpoint: string, bucket: Bucket, name: RateBucket, holdMs?: number) => {
    let released = false;
    return {
      holdMs,
      release(outcome?: { throttled: true; retryAfterMs: number | undefined }) {
        if (released) return;
        released = true;
        bucket.inFlight -= 1;
        if (outcome?.throttled) {
          bucket.throttled += 1;
          bucket.throttlesInARow += 1;
          const pauseMs = pauseAfter429(bucket.limit, outcome.retryAfterMs, bucket.throttlesInARow);
          bucket.blockedUntil = Math.max(bucket.blockedUntil, clock.now() + pauseMs);
        } else {
          bucket.throttlesInARow = 0;
        }
        pump(endpoint, bucket, name);
      },
    } satisfies RateSlot;
  };

  return {
    now: () => clock.now(),
    acquire(endpoint, name, { holdMs, abortSignal } = {}) {
      if (abortSignal?.aborted) return Promise.reject(abortSignal.reason);
      const bucket = bucketFor(endpoint, name);
      return new Promise<RateSlot>((resolve, reject) => {
        const onAbort = () => {
          const index = bucket.queue.indexOf(waiter);
          if (index >= 0) bucket.queue.splice(index, 1);
          reject(abortSignal?.reason);
        };
        const waiter: Bucket['queue'][number] = {
          holdMs,
          grant: slot => {
            abortSignal?.removeEventListener('abort', onAbort);
            resolve(slot as RateSlot);
          },
        };
        abortSignal?.addEventListener('abort', onAbort, { once: true });
        bucket.queue.push(waiter);
        pump(endpoint, bucket, name);
      });
    },
    stats: () =>
      [...endpoints].flatMap(([endpoint, buckets]) =>
        [...buckets].map(([bucket, b]) => ({
          endpoint,
          bucket,
          inFlight: b.inFlight,
          queued: b.queue.length,
          maxInFlight: b.maxInFlight,
          sent: b.sent,
          throttled: b.throttled,
        })),
      ),
  };
}
