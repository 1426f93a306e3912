/**
 * RunPod's per-endpoint rate limits, as the mock enforces them when a test or benchmark
 * switches them on ({@link JobRateLimits} in `JobRouteSettings.rateLimits`). RunPod limits
 * each operation "per user per endpoint" to a number of requests per 10 s and a number in
 * flight, and answers 429 beyond (`/run` 1000 and 200, `/runsync` 2000 and 400, `/status`
 * 2000 and 400, `/cancel` 100 and 20:
 * https://github.com/runpod/docs/blob/a900806e253c4f8c16da27d1a4370e72456da4cb/serverless/endpoints/send-requests.mdx#rate-limits).
 * `/status-sync` counts with `/status`, as RunPod's earlier operations page grouped "all
 * status and stream operations"
 * (https://github.com/runpod/docs/blob/e875836aacbe4b227ef55de5c1e6f75a87cc184c/docs/serverless/endpoints/operations.md).
 *
 * Not documented, so chosen here: the window slides (a request counts for 10 s after it
 * arrived); a refused request does not count; a request is in flight from its arrival until
 * its answer (a long-poll for its whole hold); the 429's body is `{"error": "…"}` and it
 * carries no `Retry-After` unless `retryAfterSeconds` asks for one. The "worker-based"
 * higher limits of busy endpoints (same page, "Dynamic rate limiting") are not modelled.
 */
export interface MockRateLimit {
  requests: number;
  windowMs: number;
  inFlight: number;
}

export type RateLimitedOperation = 'run' | 'runsync' | 'status' | 'cancel';

export type JobRateLimits = Partial<Record<RateLimitedOperation, MockRateLimit>>;

/** RunPod's documented base limits (see above). */
export const RUNPOD_BASE_LIMITS: Required<JobRateLimits> = {
  run: { requests: 1_000, windowMs: 10_000, inFlight: 200 },
  runsync: { requests: 2_000, windowMs: 10_000, inFlight: 400 },
  status: { requests: 2_000, windowMs: 10_000, inFlight: 400 },
  cancel: { requests: 100, windowMs: 10_000, inFlight: 20 },
};

export const limitedOperation = (operation: string): RateLimitedOperation =>
  operation === 'status-sync' || operation === 'stream'
    ? 'status'
    : (operation as RateLimitedOperation);

interface Counter {
  arrivals: number[];
  inFlight: number;
  maxInFlight: number;
  throttled: number;
}

/** The counts of one mock: per key (a user), endpoint and operation. */
export class MockRateLimits {
  private counters = new Map<string, Counter>();

  /** Admits a request (and returns how to end it) or refuses it (undefined). */
  admit(name: string, limit: MockRateLimit): (() => void) | undefined {
    let counter = this.counters.get(name);
    if (counter === undefined) {
      counter = { arrivals: [], inFlight: 0, maxInFlight: 0, throttled: 0 };
      this.counters.set(name, counter);
    }
    const now = Date.now();
    let old = 0;
    while (old < counter.arrivals.length && counter.arrivals[old] <= now - limit.windowMs) old++;
    if (old > 0) counter.arrivals.splice(0, old);
    if (counter.arrivals.length >= limit.requests || counter.inFlight >= limit.inFlight) {
      counter.throttled += 1;
      return undefined;
    }
    counter.arrivals.push(now);
    counter.inFlight += 1;
    counter.maxInFlight = Math.max(counter.maxInFlight, counter.inFlight);
    const c = counter;
    return () => void (c.inFlight -= 1);
  }

  /** What was counted, by `<key> <endpoint> <operation>`. */
  stats(): Record<string, { maxInFlight: number; throttled: number }> {
    return Object.fromEntries(
      [...this.counters].map(([name, { maxInFlight, throttled }]) => [
        name,
        { maxInFlight, throttled },
      ]),
    );
  }
}

export function tooManyRequests(retryAfterSeconds: number | undefined): Response {
  return Response.json(
    { error: 'rate limit exceeded' },
    {
      status: 429,
      headers: retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
    },
  );
}
