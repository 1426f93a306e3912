import { APICallError } from '@ai-sdk/provider';
import { delay } from '@ai-sdk/provider-utils';
import { describeModel } from '../core/errors';
import { jobGoneError } from './job-errors';
import { cancelJob, getJob, type JobEndpoint, type JobResponse } from './job-requests';
import { isTerminal, TERMINAL_STATUSES } from './job-schema';
import { nextPollDelay } from './poll-schedule';

/**
 * `/status-sync` holds: RunPod's JS SDK clamps `?wait=` to 1 000–90 000 ms (`statusSync`
 * in https://github.com/runpod/js-sdk/blob/main/src/index.ts). 90 s also stays below the
 * 100 s a Cloudflare proxy (RunPod's API sits behind one) waits for an answer.
 */
const MIN_HOLD_MS = 1_000;
const MAX_HOLD_MS = 90_000;
/** How long past its `wait` a long-poll may take to answer before it counts as lost. */
const HOLD_GRACE_MS = 10_000;
/** Backoff after transient failures (network error, 429, 5xx): 250 ms, doubling, up to 4 s. */
const retryDelayMs = (failures: number) => Math.min(4_000, 250 * 2 ** (failures - 1));

export interface WaitForJobOptions {
  endpoint: JobEndpoint;
  jobId: string;
  /** The submission's answer (it may already be terminal). */
  submitted: JobResponse;
  /** When to give up, in ms since the epoch. */
  deadline: number;
  maxWaitMs: number;
  typicalExecutionMs: number | undefined;
  /** The provider's memory of endpoints without `/status-sync` (read and added to). */
  endpointsWithoutStatusSync: Set<string>;
  abortSignal: AbortSignal | undefined;
}

/**
 * Waits until the job is terminal and returns the answer that said so: `/status-sync`
 * long-polls (or, on endpoints without it, `/status` polls), retried through transient
 * failures, within `deadline`. See `runJob` for the behaviour on abort, on the wait limit
 * and on 404s.
 *
 * @throws {APICallError} past the deadline (after cancelling the job), for a job RunPod
 * no longer knows, and for failures that are not transient.
 */
export async function waitForJob({
  endpoint,
  jobId,
  submitted,
  deadline,
  maxWaitMs,
  typicalExecutionMs,
  endpointsWithoutStatusSync,
  abortSignal,
}: WaitForJobOptions): Promise<{ response: JobResponse; statusRequests: number }> {
  const { context } = endpoint;
  let response = submitted;
  let statusRequests = 0;
  let polls = 0;
  let failures = 0;
  // Long-polls in a row that came back unfinished well before their `wait` (a gateway that
  // drops `?wait=`, or RunPod cutting a hold short): paced like polls, not a busy loop.
  let earlyAnswers = 0;
  let lastTransientError: unknown;
  let longPolls = !endpointsWithoutStatusSync.has(context.endpointId);
  // /status-sync just answered 404 or 405: the next /status tells a missing route (the job
  // is there) from a job RunPod no longer knows (404 there too). RunPod documents neither
  // 404 body, so the answer is not read for it.
  let routeInDoubt = false;
  const cancel = () => void cancelJob(endpoint, jobId);

  while (!isTerminal(response.job)) {
    if (abortSignal?.aborted) {
      cancel();
      throw abortSignal.reason;
    }
    const remainingMs = deadline - Date.now();
    if (remainingMs <= 0) {
      const cancelled = await cancelJob(endpoint, jobId);
      throw new APICallError({
        message:
          `${describeModel(context)}: job ${jobId} did not finish within ${maxWaitMs} ms ` +
          `(last status ${response.job.status}); ${cancelled ? 'it was cancelled' : 'cancelling it failed'}. ` +
          `Raise providerOptions.runpod.maxWaitMs to wait longer.`,
        url: response.url,
        requestBodyValues: undefined,
        isRetryable: false,
        cause: lastTransientError,
        data: { jobId, endpointId: context.endpointId, status: response.job.status },
      });
    }

    // Never ask RunPod to hold longer than the time left; in the last second (below
    // RunPod's shortest hold) wait it out and ask /status once more.
    const holdMs =
      longPolls && remainingMs >= MIN_HOLD_MS ? Math.min(MAX_HOLD_MS, remainingMs) : undefined;
    const pauseMs =
      failures > 0
        ? retryDelayMs(failures)
        : earlyAnswers > 0
          ? nextPollDelay(earlyAnswers - 1, typicalExecutionMs)
          : holdMs !== undefined || routeInDoubt
            ? 0
            : longPolls
              ? remainingMs
              : nextPollDelay(polls, typicalExecutionMs);
    if (pauseMs > 0) {
      try {
        await delay(Math.min(pauseMs, remainingMs), { abortSignal });
      } catch (error) {
        cancel();
        throw error;
      }
    }

    statusRequests += 1;
    if (holdMs === undefined) polls += 1;
    const askedAt = Date.now();
    try {
      response = await readJob(endpoint, jobId, holdMs, abortSignal);
      failures = 0;
      const early =
        holdMs !== undefined && !isTerminal(response.job) && Date.now() - askedAt < holdMs / 2;
      earlyAnswers = early ? earlyAnswers + 1 : 0;
      if (routeInDoubt) {
        endpointsWithoutStatusSync.add(context.endpointId);
        routeInDoubt = false;
      }
    } catch (error) {
      if (abortSignal?.aborted) {
        cancel();
        throw error;
      }
      if (!APICallError.isInstance(error)) {
        cancel();
        throw error;
      }
      if (holdMs !== undefined && (error.statusCode === 404 || error.statusCode === 405)) {
        longPolls = false;
        routeInDoubt = true;
        continue;
      }
      if (error.statusCode === 404) {
        throw jobGoneError({ context, jobId, url: error.url, cause: error });
      }
      if (!error.isRetryable) {
        // A FAILED job answered with an error status ends here: nothing left to cancel.
        const status = (error.data as { status?: string } | undefined)?.status;
        if (status === undefined || !TERMINAL_STATUSES.has(status)) cancel();
        throw error;
      }
      failures += 1;
      lastTransientError = error;
    }
  }
  return { response, statusRequests };
}

/**
 * One status read: `/status`, or a `/status-sync` hold of `holdMs`, given up (as a
 * transient failure) when no answer comes within the hold and {@link HOLD_GRACE_MS}.
 */
async function readJob(
  endpoint: JobEndpoint,
  jobId: string,
  holdMs: number | undefined,
  abortSignal: AbortSignal | undefined,
): Promise<JobResponse> {
  if (holdMs === undefined) return getJob(endpoint, jobId, { abortSignal });

  const controller = new AbortController();
  const onAbort = () => controller.abort(abortSignal?.reason);
  abortSignal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(), holdMs + HOLD_GRACE_MS);
  try {
    return await getJob(endpoint, jobId, { holdMs, abortSignal: controller.signal });
  } catch (error) {
    if (controller.signal.aborted && !abortSignal?.aborted) {
      throw new APICallError({
        message: `${describeModel(endpoint.context)}: no answer to a ${holdMs} ms long-poll of job ${jobId} within ${holdMs + HOLD_GRACE_MS} ms.`,
        url: `${endpoint.url}/status-sync/${jobId}?wait=${holdMs}`,
        requestBodyValues: undefined,
        isRetryable: true,
        cause: error,
      });
    }
    throw error;
  } finally {
    clearTimeout(timer);
    abortSignal?.removeEventListener('abort', onAbort);
  }
}
