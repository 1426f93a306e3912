import { APICallError, InvalidArgumentError, InvalidResponseDataError } from '@ai-sdk/provider';
import {
  combineHeaders,
  createJsonResponseHandler,
  delay,
  type FetchFunction,
  getFromApi,
  postJsonToApi,
} from '@ai-sdk/provider-utils';
import { describeModel, type RunPodErrorContext } from '../runpod-error';
import { createRunPodFetch } from '../runpod-fetch';
import { raceAbort } from '../util/abort';
import {
  createJobErrorResponseHandler,
  jobErrorText,
  jobFailedError,
  outputErrorText,
} from './job-errors';
import { isTerminal, jobSchema, type RunPodJob } from './job-schema';
import { DEFAULT_POLL_SCHEDULE, nextPollDelay, type PollSchedule } from './poll-schedule';

/** What every job shares within one provider. */
export interface JobClientConfig {
  /** Job API prefix, e.g. `https://api.runpod.ai/v2` (no trailing slash). */
  baseURL: string;
  headers: () => Record<string, string | undefined>;
  fetch?: FetchFunction;
  /** Execution times (ms) seen per endpoint, to place polls near the expected finish. */
  executionTimes: Map<string, number>;
  /** `/runsync` hold in ms (RunPod's `?wait=`, 1 000 to 300 000). */
  holdMs?: number;
  schedule?: PollSchedule;
  /** The clock, in ms. */
  now?: () => number;
}

export interface RunJobOptions {
  context: RunPodErrorContext;
  /** The job's `input`. */
  input: Record<string, unknown>;
  /** Give up (and cancel the job) after this many ms in all. */
  maxWaitMs: number;
  /** How long the model usually runs, in ms, until this provider has seen a job of its own. */
  typicalExecutionMs?: number;
  abortSignal?: AbortSignal;
  headers?: Record<string, string | undefined>;
}

export interface CompletedJob {
  id: string;
  /** The job's `output`. */
  output: unknown;
  /** Time in RunPod's queue, in ms. */
  delayTime: number | undefined;
  /** Time the worker ran, in ms. */
  executionTime: number | undefined;
  responseHeaders: Record<string, string> | undefined;
  /** The body that was sent to `/runsync`. */
  requestBody: { input: Record<string, unknown> };
  /** How many `/status` requests it took. */
  statusPolls: number;
}

// A short hold: a job that ends within it comes back with the answer, and a call aborted
// during it still learns the job ID within about a second, to cancel the job.
const DEFAULT_HOLD_MS = 1_000;
/**
 * Largest request body for `/runsync`: RunPod's "20 MB"
 * (https://docs.runpod.io/serverless/endpoints/operation-reference), read as 20 000 000
 * bytes to stay on the safe side.
 */
export const RUNSYNC_MAX_BODY_BYTES = 20_000_000;

// Past its wait limit, a job RunPod has not started yet is dropped by RunPod itself.
const TTL_MARGIN_MS = 60_000;

/**
 * Runs one job on a RunPod queue endpoint and returns it once COMPLETED
 * (https://docs.runpod.io/serverless/endpoints/operation-reference):
 * `POST /runsync?wait=<holdMs>` and, when the job outlasts the hold,
 * `GET /status/{id}` on the {@link nextPollDelay} schedule.
 *
 * - An abort rejects at once (also between polls) and sends `POST /cancel/{id}`; when it
 *   comes during the hold, the cancel follows as soon as the hold returns the job ID.
 * - Past `maxWaitMs` the job is cancelled and an `APICallError` says so.
 * - A network error, 429 or 5xx while polling is retried on the schedule until the wait
 *   limit; a 404 means RunPod no longer knows the job (its TTL or result retention ran out).
 * - FAILED, CANCELLED and TIMED_OUT jobs, and COMPLETED jobs whose output holds an
 *   `error`, end in an `APICallError` with RunPod's error text, the job ID and the endpoint.
 *
 * @throws {APICallError} as above, and for errors on submission (the AI SDK retries those
 * that are retryable).
 * @throws {InvalidArgumentError} before sending, for a request body over RunPod's 20 MB.
 */
export async function runJob(
  config: JobClientConfig,
  options: RunJobOptions,
): Promise<CompletedJob> {
  const { context, abortSignal, maxWaitMs } = options;
  const now = config.now ?? Date.now;
  const schedule = config.schedule ?? DEFAULT_POLL_SCHEDULE;
  const endpointURL = `${config.baseURL}/${context.endpointId}`;
  const headers = combineHeaders(config.headers(), options.headers);
  const fetch = createRunPodFetch(config.fetch);
  const failedResponseHandler = createJobErrorResponseHandler(context);
  const cancel = (jobId: string) =>
    cancelJob({ endpointURL, jobId, headers, fetch, failedResponseHandler });

  const submittedAt = now();
  const deadline = submittedAt + maxWaitMs;
  const requestBody = {
    input: options.input,
    policy: { ttl: Math.max(10_000, maxWaitMs + TTL_MARGIN_MS) },
  };

  // Inputs carry images and audio as data URLs: too large a body is refused by RunPod,
  // so say so before sending it. (String length counts bytes for this ASCII-heavy JSON.)
  const bodyLength = JSON.stringify(requestBody).length;
  if (bodyLength > RUNSYNC_MAX_BODY_BYTES) {
    throw new InvalidArgumentError({
      argument: 'input',
      message:
        `${describeModel(context)}: the job's input is ${(bodyLength / 1e6).toFixed(1)} MB; RunPod ` +
        `takes at most 20 MB per request. Pass large images, audio or video as URLs instead of bytes.`,
    });
  }

  // Not tied to the caller's signal: an abort must still learn the job ID to cancel it.
  const submission = postJsonToApi({
    url: `${endpointURL}/runsync?wait=${config.holdMs ?? DEFAULT_HOLD_MS}`,
    headers,
    body: requestBody,
    failedResponseHandler,
    successfulResponseHandler: createJsonResponseHandler(jobSchema),
    fetch,
  });
  let submitted: Awaited<typeof submission>;
  try {
    submitted = await raceAbort(submission, abortSignal);
  } catch (error) {
    if (abortSignal?.aborted) {
      submission.then(
        ({ value }) => (value.id != null && !isTerminal(value) ? cancel(value.id) : undefined),
        () => undefined, // the submission failed: there is no job to cancel
      );
    }
    throw error;
  }

  let job: RunPodJob = submitted.value;
  let responseHeaders = submitted.responseHeaders;
  const jobId = job.id;
  if (jobId == null) {
    if (isTerminal(job)) return finish(job, '(no id)');
    throw new InvalidResponseDataError({
      data: job,
      message: `${describeModel(context)}: RunPod accepted the job but did not say its ID (status ${job.status}).`,
    });
  }

  const statusURL = `${endpointURL}/status/${jobId}`;
  let statusPolls = 0;
  let pollsInPhase = 0;
  let lastTransientError: unknown;
  let startedAt = startTime(job, submittedAt, now);
  const learnedMs = config.executionTimes.get(context.endpointId);
  const expected =
    learnedMs !== undefined
      ? { executionMs: learnedMs, uncertainty: schedule.uncertainty }
      : options.typicalExecutionMs !== undefined
        ? { executionMs: options.typicalExecutionMs, uncertainty: schedule.catalogUncertainty }
        : undefined;

  while (!isTerminal(job)) {
    const { delayMs, resetPhase } = nextPollDelay(
      { now: now(), startedAt, expected, pollsInPhase },
      schedule,
    );
    const waitMs = Math.min(delayMs, deadline - now());
    if (waitMs <= 0) {
      const cancelled = await cancel(jobId);
      throw new APICallError({
        message:
          `${describeModel(context)}: job ${jobId} did not finish within ${maxWaitMs} ms ` +
          `(last status ${job.status}); ${cancelled ? 'it was cancelled' : 'cancelling it failed'}. ` +
          `Raise providerOptions.runpod.maxWaitMs to wait longer.`,
        url: statusURL,
        requestBodyValues: requestBody,
        isRetryable: false,
        cause: lastTransientError,
        data: { jobId, endpointId: context.endpointId, status: job.status },
      });
    }
    try {
      await delay(waitMs, { abortSignal });
    } catch (error) {
      void cancel(jobId);
      throw error;
    }
    pollsInPhase = resetPhase ? 0 : pollsInPhase + 1;

    try {
      statusPolls += 1;
      const polled = await getFromApi({
        url: statusURL,
        headers,
        failedResponseHandler,
        successfulResponseHandler: createJsonResponseHandler(jobSchema),
        abortSignal,
        fetch,
      });
      job = { ...polled.value, id: polled.value.id ?? jobId };
      responseHeaders = polled.responseHeaders;
      startedAt ??= startTime(job, submittedAt, now);
    } catch (error) {
      if (abortSignal?.aborted) {
        void cancel(jobId);
        throw error;
      }
      if (APICallError.isInstance(error) && error.statusCode === 404) {
        throw new APICallError({
          message:
            `${describeModel(context)}: RunPod no longer knows job ${jobId} (HTTP 404 on /status): ` +
            `its TTL or result retention ran out.`,
          url: statusURL,
          requestBodyValues: undefined,
          statusCode: 404,
          responseBody: error.responseBody,
          isRetryable: false,
          data: { jobId, endpointId: context.endpointId },
        });
      }
      if (!APICallError.isInstance(error) || !error.isRetryable) {
        void cancel(jobId);
        throw error;
      }
      lastTransientError = error; // the job is still running: poll again
    }
  }
  return finish(job, jobId);

  function finish(done: RunPodJob, id: string): CompletedJob {
    const url = done === submitted.value ? `${endpointURL}/runsync` : statusURL;
    if (done.status !== 'COMPLETED') {
      const reason =
        done.status === 'FAILED'
          ? `failed: ${jobErrorText(done.error) ?? 'RunPod gave no reason'}`
          : done.status === 'CANCELLED'
            ? 'was cancelled'
            : `timed out${done.error != null ? `: ${jobErrorText(done.error)}` : ''}`;
      throw jobFailedError({
        context,
        job: { ...done, id },
        url,
        statusCode: 200,
        responseHeaders,
        message: reason,
      });
    }
    const outputError = outputErrorText(done.output);
    if (outputError !== undefined) {
      throw jobFailedError({
        context,
        job: { ...done, id },
        url,
        statusCode: 200,
        responseHeaders,
        message: `completed with an error in its output: ${outputError}`,
      });
    }
    if (done.executionTime != null) {
      const seen = config.executionTimes.get(context.endpointId);
      config.executionTimes.set(
        context.endpointId,
        seen === undefined ? done.executionTime : (seen + done.executionTime) / 2,
      );
    }
    return {
      id,
      output: done.output,
      delayTime: done.delayTime ?? undefined,
      executionTime: done.executionTime ?? undefined,
      responseHeaders,
      requestBody,
      statusPolls,
    };
  }
}

/** When the worker started the job: submission plus its queue time, once it has left the queue. */
function startTime(job: RunPodJob, submittedAt: number, now: () => number): number | undefined {
  if (job.status === 'IN_QUEUE') return undefined;
  return job.delayTime != null ? submittedAt + job.delayTime : now();
}

const CANCEL_RETRY_DELAYS_MS = [250, 1_000];

/**
 * `POST /cancel/{id}`, retried twice on transient failures (`/cancel` allows 100
 * requests per 10 s). Resolves to whether RunPod took the cancel; never rejects.
 */
async function cancelJob({
  endpointURL,
  jobId,
  headers,
  fetch,
  failedResponseHandler,
}: {
  endpointURL: string;
  jobId: string;
  headers: Record<string, string | undefined>;
  fetch: FetchFunction;
  failedResponseHandler: ReturnType<typeof createJobErrorResponseHandler>;
}): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      await postJsonToApi({
        url: `${endpointURL}/cancel/${jobId}`,
        headers,
        body: {},
        failedResponseHandler,
        successfulResponseHandler: createJsonResponseHandler(jobSchema),
        fetch,
      });
      return true;
    } catch (error) {
      const retryable = APICallError.isInstance(error) && error.isRetryable;
      if (!retryable || attempt >= CANCEL_RETRY_DELAYS_MS.length) return false;
      await delay(CANCEL_RETRY_DELAYS_MS[attempt]);
    }
  }
}
