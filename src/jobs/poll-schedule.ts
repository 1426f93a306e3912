/**
 * When to ask `/status` next. Polling trades latency (a job that finishes just after a
 * poll waits a whole interval) against requests. The schedule puts polls where the job
 * is likely to finish:
 *
 * - With an expected execution time and a known start, it waits until the window
 *   `expected × (1 ± uncertainty)` opens, polls `pollsInWindow` times across it, then
 *   backs off from that interval. The expectation is the endpoint's earlier jobs in this
 *   provider (`uncertainty`), else the catalog's typical time, a looser guess since it
 *   was measured with the doc page's example parameters (`catalogUncertainty`).
 * - Otherwise (queued, or nothing known) intervals grow from `firstIntervalMs` by
 *   `growth` up to `maxIntervalMs`.
 *
 * Measured in bench/jobs.bench.ts; figures in README.md, "How media jobs run".
 */
export interface PollSchedule {
  firstIntervalMs: number;
  growth: number;
  maxIntervalMs: number;
  /** How far a job's execution time may stray from what the endpoint's last jobs took, as a fraction. */
  uncertainty: number;
  /** The same for the catalog's typical time. */
  catalogUncertainty: number;
  /** Polls spread across the window where the job is expected to finish. */
  pollsInWindow: number;
}

export const DEFAULT_POLL_SCHEDULE: PollSchedule = {
  firstIntervalMs: 250,
  growth: 1.5,
  maxIntervalMs: 2_000,
  uncertainty: 0.2,
  catalogUncertainty: 0.5,
  pollsInWindow: 7,
};

export interface PollState {
  /** Now, in ms (same clock as `startedAt`). */
  now: number;
  /** When the worker started the job, if known. */
  startedAt: number | undefined;
  /** The job's expected execution time in ms, and how far it may stray (a fraction), if known. */
  expected: { executionMs: number; uncertainty: number } | undefined;
  /** Polls made since the last one that reset the back-off. */
  pollsInPhase: number;
}

/** Milliseconds to wait before the next `/status` request, and whether that poll resets the back-off. */
export function nextPollDelay(
  state: PollState,
  schedule: PollSchedule = DEFAULT_POLL_SCHEDULE,
): { delayMs: number; resetPhase: boolean } {
  const clamp = (ms: number) =>
    Math.min(schedule.maxIntervalMs, Math.max(schedule.firstIntervalMs, ms));
  let baseMs = schedule.firstIntervalMs;

  if (state.startedAt !== undefined && state.expected !== undefined) {
    const { executionMs, uncertainty } = state.expected;
    const opens = state.startedAt + executionMs * (1 - uncertainty);
    const closes = state.startedAt + executionMs * (1 + uncertainty);
    const windowIntervalMs = clamp((closes - opens) / schedule.pollsInWindow);
    if (state.now < opens - schedule.firstIntervalMs) {
      return { delayMs: Math.round(opens - state.now), resetPhase: true };
    }
    if (state.now < closes) return { delayMs: Math.round(windowIntervalMs), resetPhase: true };
    baseMs = windowIntervalMs;
  }

  return {
    delayMs: Math.round(clamp(baseMs * schedule.growth ** state.pollsInPhase)),
    resetPhase: false,
  };
}
