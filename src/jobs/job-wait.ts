import { APICallError } from '@ai-sdk/provider';
import { describeModel } from '../core/errors';
import type { JobClock } from './job-clock';
import { jobGoneError } from './job-errors';
import { cancelJob, getJob, type JobEndpoint, type JobResponse } from './job-requests';
import { isTerminal, TERMINAL_STATUSES } from './job-schema';
import {
  afterPause,
  afterRead,
  initialWaitState,
  planNextWait,
  type ReadOutcome,
  type WaitState,
  type WaitStep,
} from './job-wait-plan';
import type { StatusSyncSupport } from './status-sync-support';

/** How long past its `wait` a long-poll may take to answer before it counts as lost. */
const HOLD_GRACE_MS = 10_000;

type ReadStep = Extract<WaitStep, { type: 'long-poll' | 'poll' }>;

export interface WaitForJobOptions {
  endpoint: JobEndpoint;
  jobId: string;
  /** The submission's answer (it may already be terminal). */
  submitted: JobResponse;
  /** When to give up, in ms since the epoch on `clock`. */
  deadline: number;
  maxWaitMs: number;
  typicalExecutionMs: number | undefined;
  /** The provider's memory of endpoints without `/status-sync` (read and added to). */
  statusSyncSupport: StatusSyncSupport;
  clock: JobClock;
  abortSignal: AbortSignal | undefined;
  /** At the wait limit: cancel the job (the default) or leave it running to be collected later. */
  onWaitLimit?: OnWaitLimit;
}

/** What happens to a job still running at the wait limit. */
export type OnWaitLimit = 'cancel' | 'keep';

/**
 * Waits until the job is terminal and returns the answer that said so. Each step (a
 * `/status-sync` long-poll, a `/status` read, a pause, giving up) is what
 * {@link planNextWait} makes of the wait's state; this loop only carries the steps out.
 * See `runJobs` for the behaviour on abort, on the wait limit and on 404s.
 *
 * @throws {APICallError} past the deadline (after cancelling the job), for a job RunPod
 * no longer knows, and for failures that are not transient.
 */
export async function waitForJob(
  options: WaitForJobOptions,
): Promise<{ response: JobResponse; statusRequests: number }> {
  const { endpoint, jobId, clock, abortSignal, statusSyncSupport } = options;
  const cancel = () => void cancelJob(endpoint, jobId);
  let response = options.submitted;
  let statusRequests = 0;
  let lastTransientError: unknown;
  let state: WaitState = initialWaitState({
    now: clock.now(),
    deadline: options.deadline,
    finished: isTerminal(response.job),
    statusSyncMissing: statusSyncSupport.isMissing(endpoint.context.endpointId),
    typicalExecutionMs: options.typicalExecutionMs,
  });

  for (;;) {
    const step = planNextWait({ ...state, now: clock.now() });
    if (step.type === 'finish') return { response, statusRequests };
    if (abortSignal?.aborted) {
      cancel();
      throw abortSignal.reason;
    }
    if (step.type === 'give-up') {
      throw await giveUp(options, response, lastTransientError);
    }
    if (step.type === 'pause') {
      await clock.sleep(step.ms, abortSignal).catch(error => {
        cancel();
        throw error;
      });
      state = afterPause(state, clock.now());
      continue;
    }

    statusRequests += 1;
    let askedAt = clock.now();
    let outcome: ReadOutcome;
    let sent: ReadStep = step;
    try {
      // The pacing may shorten a hold and keep the read waiting its turn: time from the send.
      response = await readJob(endpoint, jobId, step, abortSignal, holdMs => {
        askedAt = clock.now();
        if (holdMs !== undefined) sent = { type: 'long-poll', holdMs };
      });
      outcome = {
        type: 'answer',
        terminal: isTerminal(response.job),
        tookMs: clock.now() - askedAt,
      };
    } catch (error) {
      outcome = readFailure(error, step, options, cancel);
      if (outcome.type === 'transient' || outcome.type === 'throttled') lastTransientError = error;
    }
    const before = state.statusSync;
    state = afterRead(state, sent, outcome, clock.now());
    if (before === 'in-doubt' && state.statusSync === 'missing') {
      statusSyncSupport.markMissing(endpoint.context.endpointId);
    }
  }
}

/**
 * What a failed read means for the wait. Returns the outcomes the plan goes on from
 * (`/status-sync` missing, a transient failure), and throws for the rest: an abort or a
 * failure that is not transient (after cancelling the job, unless it ended), and a 404 on
 * `/status`, RunPod no longer knowing the job. RunPod documents neither 404 body, so the
 * answer is not read to tell a missing route from a missing job.
 */
function readFailure(
  error: unknown,
  step: ReadStep,
  { endpoint, jobId, abortSignal }: WaitForJobOptions,
  cancel: () => void,
): ReadOutcome {
  if (abortSignal?.aborted || !APICallError.isInstance(error)) {
    cancel();
    throw error;
  }
  if (step.type === 'long-poll' && (error.statusCode === 404 || error.statusCode === 405)) {
    return { type: 'route-missing' };
  }
  if (error.statusCode === 404) {
    throw jobGoneError({ context: endpoint.context, jobId, url: error.url, cause: error });
  }
  if (error.statusCode === 429 && endpoint.rateLimiter !== undefined) return { type: 'throttled' };
  if (!error.isRetryable) {
    // A FAILED job answered with an error status ends here: nothing left to cancel.
    const status = (error.data as { status?: string } | undefined)?.status;
    if (status === undefined || !TERMINAL_STATUSES.has(status)) cancel();
    throw error;
  }
  return { type: 'transient' };
}

/**
 * At the wait limit: cancels the job (or, with `onWaitLimit: 'keep'`, leaves it running) and
 * returns the error that says so, naming the job, the endpoint and how to collect the
 * result: `/run` keeps it 30 minutes after the job ends
 * (https://docs.runpod.io/serverless/endpoints/send-requests, "Result retention").
 */
async function giveUp(
  { endpoint, jobId, maxWaitMs, onWaitLimit = 'cancel' }: WaitForJobOptions,
  response: JobResponse,
  lastTransientError: unknown,
): Promise<APICallError> {
  const { context } = endpoint;
  const kept = onWaitLimit === 'keep';
  const cancelled = kept ? false : await cancelJob(endpoint, jobId);
  const collect =
    `collect its result with providerOptions.runpod.jobId: '${jobId}' on the same model ` +
    `within 30 minutes of the job's end`;
  const fate = kept
    ? `it was left running (onWaitLimit: 'keep'); ${collect}.`
    : cancelled
      ? `it was cancelled. Raise providerOptions.runpod.maxWaitMs to wait longer, or set ` +
        `onWaitLimit: 'keep' to leave such a job running and collect it later.`
      : `cancelling it failed, so it may still finish: ${collect}.`;
  return new APICallError({
    message:
      `${describeModel(context)}: job ${jobId} did not finish within ${maxWaitMs} ms ` +
      `(last status ${response.job.status}); ${fate}`,
    url: response.url,
    requestBodyValues: undefined,
    isRetryable: false,
    cause: lastTransientError,
    data: {
      jobId,
      endpointId: context.endpointId,
      status: response.job.status,
      kept: kept || !cancelled,
    },
  });
}

/**
 * One status read: a `/status-sync` hold, given up when no answer comes within the hold
 * and {@link HOLD_GRACE_MS}, or a `/status` read, given up at the wait limit. Either is
 * then a transient failure (an `APICallError`), which the plan retries or gives up on.
 */
async function readJob(
  endpoint: JobEndpoint,
  jobId: string,
  step: ReadStep,
  abortSignal: AbortSignal | undefined,
  onSend: (holdMs: number | undefined) => void,
): Promise<JobResponse> {
  let holdMs = step.type === 'long-poll' ? step.holdMs : undefined;
  let timeoutMs = step.type === 'long-poll' ? step.holdMs + HOLD_GRACE_MS : step.timeoutMs;
  const controller = new AbortController();
  const onAbort = () => controller.abort(abortSignal?.reason);
  abortSignal?.addEventListener('abort', onAbort, { once: true });
  const arm = () => setTimeout(() => controller.abort(), timeoutMs);
  // A long-poll's bound starts when it is sent (after its turn), with the hold it got.
  let timer = holdMs === undefined ? arm() : undefined;
  const sent = (granted: number | undefined) => {
    if (granted !== undefined) {
      holdMs = granted;
      timeoutMs = granted + HOLD_GRACE_MS;
      clearTimeout(timer);
      timer = arm();
    }
    onSend(granted);
  };
  try {
    return await getJob(endpoint, jobId, { holdMs, abortSignal: controller.signal, onSend: sent });
  } catch (error) {
    if (controller.signal.aborted && !abortSignal?.aborted) {
      throw new APICallError({
        message:
          `${describeModel(endpoint.context)}: ` +
          (holdMs === undefined
            ? `no answer from /status for job ${jobId} within the ${timeoutMs} ms left of the wait.`
            : `no answer to a ${holdMs} ms long-poll of job ${jobId} within ${timeoutMs} ms.`),
        url:
          holdMs === undefined
            ? `${endpoint.url}/status/${jobId}`
            : `${endpoint.url}/status-sync/${jobId}?wait=${holdMs}`,
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
