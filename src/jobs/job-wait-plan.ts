import { nextPollDelay } from './poll-schedule';

/**
 * `/status-sync` holds: RunPod's JS SDK clamps `?wait=` to 1 000–90 000 ms (`statusSync`
 * in https://github.com/runpod/js-sdk/blob/main/src/index.ts). 90 s also stays below the
 * 100 s a Cloudflare proxy (RunPod's API sits behind one) waits for an answer.
 */
const MIN_HOLD_MS = 1_000;
const MAX_HOLD_MS = 90_000;
/** Backoff after transient failures (network error, 429, 5xx): 250 ms, doubling, up to 4 s. */
const retryDelayMs = (failures: number) => Math.min(4_000, 250 * 2 ** (failures - 1));

/**
 * Everything the next step of a job wait depends on. `waitForJob` keeps it, and
 * {@link planNextWait} reads it; nothing else decides what the wait does next.
 */
export interface WaitState {
  /** The clock's time, in ms since the epoch. */
  now: number;
  /** When to give up, on the same clock. */
  deadline: number;
  /** The last answer showed the job terminal. */
  finished: boolean;
  /**
   * What is known about the endpoint's `/status-sync`: `available` (long-poll it),
   * `in-doubt` (it just answered 404 or 405; the next `/status` read tells a missing route,
   * the job being there, from a job RunPod no longer knows), `missing` (poll `/status`).
   */
  statusSync: 'available' | 'in-doubt' | 'missing';
  /** `/status` reads so far (the fallback schedule's position). */
  polls: number;
  /** Transient failures in a row. */
  failures: number;
  /**
   * Long-polls in a row that came back unfinished well before their `wait` (a gateway
   * that drops `?wait=`, or RunPod cutting a hold short): paced like polls.
   */
  earlyAnswers: number;
  /** The pause before the next read has been taken. */
  paused: boolean;
  /** How long the model usually runs, in ms, if known (caps the fallback's interval). */
  typicalExecutionMs: number | undefined;
}

/** The next thing a job wait does. */
export type WaitStep =
  /** The job is terminal: read its answer. */
  | { type: 'finish' }
  /** The wait limit is reached: cancel the job and say so. */
  | { type: 'give-up' }
  /** Wait `ms` (never past the deadline), then plan again. */
  | { type: 'pause'; ms: number }
  /** `GET /status-sync/{id}?wait=<holdMs>`. */
  | { type: 'long-poll'; holdMs: number }
  /** `GET /status/{id}`, given up after `timeoutMs` (the time left). */
  | { type: 'poll'; timeoutMs: number };

/** How a read went, as far as the plan cares. */
export type ReadOutcome =
  /** An answer, terminal or not, `tookMs` after the read was sent. */
  | { type: 'answer'; terminal: boolean; tookMs: number }
  /** `/status-sync` answered 404 or 405. */
  | { type: 'route-missing' }
  /** A network error, 429, 5xx, or no answer in time: worth another read. */
  | { type: 'transient' }
  /**
   * A 429 where the provider paces the endpoint (`rate-limit.ts`): the limiter already holds
   * the next read back for the endpoint, so no backoff of the wait's own on top.
   */
  | { type: 'throttled' };

/** The wait's state before its first read, after the submission answered. */
export function initialWaitState(options: {
  now: number;
  deadline: number;
  finished: boolean;
  statusSyncMissing: boolean;
  typicalExecutionMs: number | undefined;
}): WaitState {
  const { statusSyncMissing, ...rest } = options;
  return {
    ...rest,
    statusSync: statusSyncMissing ? 'missing' : 'available',
    polls: 0,
    failures: 0,
    earlyAnswers: 0,
    paused: false,
  };
}

/**
 * The next step of a job wait, a pure function of its state:
 * 1. a terminal job finishes the wait, and past the deadline it gives up;
 * 2. before a read comes its pause, unless taken already: the retry backoff after a
 *    transient failure, the fallback schedule after early answers and on `/status`
 *    polling, none before a long-poll;
 * 3. then a long-poll, holding for the time left (at most 90 s), or, where `/status-sync`
 *    is missing or in doubt, or in the last second (below RunPod's shortest hold), a
 *    `/status` read bounded by the time left. The last second gets one such read, then
 *    waits out the rest.
 */
export function planNextWait(state: WaitState): WaitStep {
  if (state.finished) return { type: 'finish' };
  const remainingMs = state.deadline - state.now;
  if (remainingMs <= 0) return { type: 'give-up' };
  const pauseMs = state.paused ? 0 : pauseBeforeRead(state, remainingMs);
  if (pauseMs > 0) return { type: 'pause', ms: Math.min(pauseMs, remainingMs) };
  if (state.statusSync === 'available' && remainingMs >= MIN_HOLD_MS) {
    return { type: 'long-poll', holdMs: Math.min(MAX_HOLD_MS, remainingMs) };
  }
  return { type: 'poll', timeoutMs: remainingMs };
}

function pauseBeforeRead(state: WaitState, remainingMs: number): number {
  if (state.failures > 0) return retryDelayMs(state.failures);
  if (state.earlyAnswers > 0)
    return nextPollDelay(state.earlyAnswers - 1, state.typicalExecutionMs);
  switch (state.statusSync) {
    case 'in-doubt':
      return 0;
    case 'available':
      // In the last second: one /status read at once, then the rest waited out.
      return remainingMs >= MIN_HOLD_MS || state.polls === 0 ? 0 : remainingMs;
    case 'missing':
      return nextPollDelay(state.polls, state.typicalExecutionMs);
  }
}

/** The state once a pause has been taken, at `now`. */
export function afterPause(state: WaitState, now: number): WaitState {
  return { ...state, now, paused: true };
}

/** The state once a read (`step`) came back with `outcome`, at `now`. */
export function afterRead(
  state: WaitState,
  step: Extract<WaitStep, { type: 'long-poll' | 'poll' }>,
  outcome: ReadOutcome,
  now: number,
): WaitState {
  const next = {
    ...state,
    now,
    paused: false,
    polls: step.type === 'poll' ? state.polls + 1 : state.polls,
  };
  switch (outcome.type) {
    case 'route-missing':
      return { ...next, statusSync: 'in-doubt' };
    case 'transient':
      return { ...next, failures: state.failures + 1 };
    case 'throttled':
      return next;
    case 'answer': {
      const early =
        step.type === 'long-poll' && !outcome.terminal && outcome.tookMs < step.holdMs / 2;
      return {
        ...next,
        finished: outcome.terminal,
        failures: 0,
        earlyAnswers: early ? state.earlyAnswers + 1 : 0,
        // /status knew the job after /status-sync did not: the route is what is missing.
        statusSync: state.statusSync === 'in-doubt' ? 'missing' : state.statusSync,
      };
    }
  }
}
