/**
 * When to ask `/status` next. Polling trades latency (a job that finishes just after a
 * poll waits a whole interval) against requests. This schedule uses what is known about
 * the job to put polls where the job is likely to finish:
 *
 * - While the job is queued, or running with no idea how long it takes, intervals grow
 *   from `firstIntervalMs` by `growth` up to `maxIntervalMs`.
 * - Once it is running and its execution time can be expected (the endpoint's earlier
 *   jobs in this provider, or the catalog's typical time), the next poll is set just
 *   before the expected finish, and after that the intervals start small again and grow.
 *
 * Figures (bench/jobs.bench.ts): see README.md, "How long calls wait".
 */
export interface PollSchedule {
  firstIntervalMs: number;
  growth: number;
  maxIntervalMs: number;
  /** How early, before the expected finish, to poll. */
  leadMs: number;
}

export const DEFAULT_POLL_SCHEDULE: PollSchedule = {
  firstIntervalMs: 250,
  growth: 1.5,
  maxIntervalMs: 2_000,
  leadMs: 100,
};

export interface PollState {
  /** Now, in ms (same clock as the other times). */
  now: number;
  /** When the worker started the job, if known. */
  startedAt: number | undefined;
  /** The job's expected execution time in ms, if known. */
  expectedExecutionMs: number | undefined;
  /** Polls already made since the last reset of the back-off. */
  pollsInPhase: number;
}

/** Milliseconds to wait before the next `/status` request, and whether that poll starts a new back-off phase. */
export function nextPollDelay(
  state: PollState,
  schedule: PollSchedule = DEFAULT_POLL_SCHEDULE,
): { delayMs: number; resetPhase: boolean } {
  if (state.startedAt !== undefined && state.expectedExecutionMs !== undefined) {
    const untilExpectedEnd = state.startedAt + state.expectedExecutionMs - state.now;
    if (untilExpectedEnd > schedule.leadMs + schedule.firstIntervalMs) {
      return { delayMs: untilExpectedEnd - schedule.leadMs, resetPhase: true };
    }
  }
  const delayMs = Math.min(
    schedule.maxIntervalMs,
    schedule.firstIntervalMs * schedule.growth ** state.pollsInPhase,
  );
  return { delayMs: Math.round(delayMs), resetPhase: false };
}
