import { delay } from '@ai-sdk/provider-utils';

/**
 * The time a job wait reads and the pauses it takes, as one object so that tests can run
 * a wait on a fake clock. Only the pauses between status reads go through `sleep`; the
 * bounds on a single read (a long-poll's grace, the wait limit on a `/status` read) are
 * real timers, since they guard against a server that does not answer.
 */
export interface JobClock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason when it aborts. */
  sleep(ms: number, abortSignal: AbortSignal | undefined): Promise<void>;
}

/** The real clock: `Date.now` and provider-utils' `delay`. */
export const systemClock: JobClock = {
  now: () => Date.now(),
  sleep: (ms, abortSignal) => delay(ms, { abortSignal }),
};
