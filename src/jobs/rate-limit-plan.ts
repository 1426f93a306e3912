/**
 * The decisions of the job client's pacing, as pure functions: which of RunPod's rate
 * limits a request counts against, whether it may go now, how long a long-poll may hold,
 * and how long to hold back after a 429. `rate-limit.ts` keeps the state and carries the
 * decisions out.
 *
 * RunPod limits each endpoint, per user, per operation
 * (https://github.com/runpod/docs/blob/a900806e253c4f8c16da27d1a4370e72456da4cb/serverless/endpoints/send-requests.mdx#rate-limits):
 * `/run` 1000 requests per 10 s and 200 concurrent, `/runsync` 2000 and 400, `/status`
 * 2000 and 400, `/cancel` 100 and 20; beyond that it answers 429. `/status-sync` is not in
 * that table; RunPod's earlier operations page put it with `/status` and `/stream`: "All
 * status and stream operations share a rate limit of 2000 requests per 10 seconds, 400
 * concurrent"
 * (https://github.com/runpod/docs/blob/e875836aacbe4b227ef55de5c1e6f75a87cc184c/docs/serverless/endpoints/operations.md).
 */

/** One operation's limit: `requests` per `windowMs`, and at most `inFlight` at a time. */
export interface RateLimit {
  requests: number;
  windowMs: number;
  inFlight: number;
}

/** The operations the job client sends, grouped as RunPod counts them. */
export type RateBucket = 'run' | 'runsync' | 'status' | 'cancel';

/** RunPod's base limits per endpoint (see the file's comment for the source). */
export const RUNPOD_RATE_LIMITS: Readonly<Record<RateBucket, RateLimit>> = {
  run: { requests: 1_000, windowMs: 10_000, inFlight: 200 },
  runsync: { requests: 2_000, windowMs: 10_000, inFlight: 400 },
  status: { requests: 2_000, windowMs: 10_000, inFlight: 400 },
  cancel: { requests: 100, windowMs: 10_000, inFlight: 20 },
};

/**
 * How long a request stays in the client's count past its window: RunPod counts a request
 * when it arrives, a little after it is sent, so two requests sent just over a window apart
 * could arrive within one. The margin keeps the client's sliding window the stricter one.
 */
export const WINDOW_MARGIN_MS = 200;

/** RunPod's shortest `/status-sync` hold, as RunPod's JS SDK clamps `?wait=` (see `job-wait-plan.ts`). */
const MIN_HOLD_MS = 1_000;

/** Which limit a job-API path (after `/v2/<endpoint>/`) counts against. */
export function bucketOf(path: string): RateBucket {
  const operation = path.split(/[/?]/, 1)[0];
  switch (operation) {
    case 'run':
    case 'runsync':
    case 'cancel':
      return operation;
    default:
      return 'status'; // status, status-sync (and stream)
  }
}

/** What the limiter knows about one bucket of one endpoint. */
export interface BucketState {
  /** The clock's time. */
  now: number;
  /** When the requests still in the window were sent, oldest first. */
  sent: readonly number[];
  /** Requests sent and not yet answered. */
  inFlight: number;
  /** No request before this time (after a 429). */
  blockedUntil: number;
  /**
   * How many calls want this bucket now or soon: those in flight, those queued, and (for
   * status reads) the jobs still being submitted on this endpoint, each of which will
   * hold a long-poll next.
   */
  demand: number;
}

/** Whether the request at the head of the queue goes now. */
export type Admission =
  | { type: 'send' }
  /** The window is full or a 429 asked to hold back: try again at `at`. */
  | { type: 'wait-until'; at: number }
  /** As many requests are in flight as RunPod allows: try again when one is answered. */
  | { type: 'wait-release' };

/** Requests sent before this time no longer count against the window. */
export const windowStart = (limit: RateLimit, now: number) =>
  now - limit.windowMs - WINDOW_MARGIN_MS;

/**
 * Whether the next request may go: not while a 429's pause lasts, not with the in-flight
 * cap reached, and not while the sliding window holds `requests` sends already (then it
 * may go once the oldest of them leaves the window).
 */
export function admit(limit: RateLimit, state: BucketState): Admission {
  if (state.now < state.blockedUntil) return { type: 'wait-until', at: state.blockedUntil };
  if (state.inFlight >= limit.inFlight) return { type: 'wait-release' };
  const start = windowStart(limit, state.now);
  let first = 0; // the oldest send still in the window (`sent` is pruned, so this is quick)
  while (first < state.sent.length && state.sent[first] <= start) first++;
  if (state.sent.length - first >= limit.requests) {
    const oldest = state.sent[state.sent.length - limit.requests];
    return { type: 'wait-until', at: oldest + limit.windowMs + WINDOW_MARGIN_MS + 1 };
  }
  return { type: 'send' };
}

/**
 * How long a `/status-sync` long-poll may hold. While no more jobs wait on the endpoint
 * than RunPod lets hold at once, each holds as long as it asked (one request per job up
 * to 90 s). Past that, a job that holds for long keeps a slot the others need: holds are
 * cut to the in-flight cap over the rate (400 / 200 per s = 2 s), the longest that keeps
 * every slot in use without exceeding the rate, so the queue turns over (first in, first
 * served) and every job gets a hold about every `demand / rate` seconds.
 */
export function holdFor(limit: RateLimit, requestedMs: number, demand: number): number {
  if (demand <= limit.inFlight) return requestedMs;
  const turnoverMs = Math.ceil((limit.inFlight * limit.windowMs) / limit.requests);
  return Math.min(requestedMs, Math.max(MIN_HOLD_MS, turnoverMs));
}

/**
 * How long a bucket holds back after a 429: what RunPod's `Retry-After` says when it sends
 * one, else an exponential backoff (RunPod: "Implement retry logic with exponential
 * backoff", same page) from 500 ms, doubling per 429 in a row, up to one window.
 */
export function pauseAfter429(
  limit: RateLimit,
  retryAfterMs: number | undefined,
  throttlesInARow: number,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, 60_000);
  return Math.min(limit.windowMs, 500 * 2 ** Math.max(0, throttlesInARow - 1));
}
