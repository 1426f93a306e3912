import { InvalidArgumentError } from '@ai-sdk/provider';
import type { RunPodConfig } from '../core/settings';
import { describeModel, type RunPodErrorContext } from '../core/errors';
import { missingJobIdError, terminalJobError } from './job-errors';
import {
  jobEndpoint,
  type JobEndpoint,
  jobRequestBody,
  type JobResponse,
  submitJob,
} from './job-requests';
import { isTerminal } from './job-schema';
import { waitForJob } from './job-wait';

/** What every job shares within one provider: its {@link RunPodConfig} and what it learned. */
export interface JobClientConfig extends Pick<
  RunPodConfig,
  'baseURL' | 'endpointId' | 'openaiBase' | 'headers' | 'fetch'
> {
  /**
   * Endpoints whose `/status-sync` answered 404 or 405 while `/status` knew the job (a
   * proxy or gateway that forwards only RunPod's documented paths): their jobs are polled
   * on `/status` for the rest of the provider's life. One set per provider.
   */
  endpointsWithoutStatusSync: Set<string>;
}

export interface RunJobOptions {
  context: RunPodErrorContext;
  /** The job's `input`. */
  input: Record<string, unknown>;
  /** Give up (and cancel the job) after this many ms in all. */
  maxWaitMs: number;
  /**
   * How long the model usually runs, in ms (the catalog's figure). Only the fallback
   * `/status` polling reads it, to cap its interval (see `nextPollDelay`).
   */
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
  /** The body that was sent to `/run` (or `/runsync`). */
  requestBody: { input: Record<string, unknown> };
  /** How many `/status-sync` and `/status` requests it took after the submission. */
  statusRequests: number;
}

/**
 * Largest request body for `/runsync`: RunPod's "20 MB"
 * (https://docs.runpod.io/serverless/endpoints/operation-reference), read as 20 000 000
 * bytes to stay on the safe side.
 */
export const RUNSYNC_MAX_BODY_BYTES = 20_000_000;
/** Largest request body for `/run`: RunPod's "10 MB" (same page), as 10 000 000 bytes. */
export const RUN_MAX_BODY_BYTES = 10_000_000;
// /runsync's shortest hold (RunPod takes `?wait=` from 1 000 ms): a body too large for /run
// still learns its job ID within about a second, for the long-polls and for a cancel.
const RUNSYNC_HOLD_MS = 1_000;

/**
 * Runs one job on a RunPod queue endpoint and returns it once COMPLETED
 * (https://docs.runpod.io/serverless/endpoints/operation-reference):
 * `POST /run`, which answers with the job ID at once, then
 * `GET /status-sync/{id}?wait=<ms>` long-polls, each answered by RunPod as soon as the
 * job ends or when the wait (at most 90 s, never more than the time left) runs out
 * (RunPod's JS SDK, `statusSync` in https://github.com/runpod/js-sdk/blob/main/src/index.ts).
 * A job up to 90 s takes two requests; one more per 90 s beyond.
 *
 * - A body over `/run`'s 10 MB (up to `/runsync`'s 20 MB) is sent to `/runsync?wait=1000`
 *   instead, whose answer carries the job ID within about a second.
 * - An abort rejects at once, also during a long-poll, and sends `POST /cancel/{id}`
 *   (during the submission: as soon as it returns the job ID).
 * - Past `maxWaitMs` the job is cancelled and an `APICallError` says so.
 * - A network error, 429 or 5xx while waiting is retried with backoff until the wait limit.
 * - `/status-sync` answering 404 or 405 while `/status` knows the job means a proxy that
 *   forwards only documented paths: that endpoint is polled on `/status` (`nextPollDelay`)
 *   from then on, for the provider's lifetime. A 404 from `/status` means RunPod no longer
 *   knows the job (its TTL or result retention ran out).
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
  const endpoint = endpointFor(config, context, options.headers);
  const deadline = Date.now() + maxWaitMs;
  const requestBody = jobRequestBody(options.input, maxWaitMs);

  const bodyBytes = checkBodySize(context, requestBody, RUNSYNC_MAX_BODY_BYTES);
  const submitted = await submitJob(
    endpoint,
    bodyBytes > RUN_MAX_BODY_BYTES ? `runsync?wait=${RUNSYNC_HOLD_MS}` : 'run',
    requestBody,
    abortSignal,
  );
  const jobId = submitted.job.id;
  if (jobId == null) {
    if (isTerminal(submitted.job)) {
      return finish(endpoint, submitted, '(no id)', requestBody, 0);
    }
    throw missingJobIdError(context, submitted.job);
  }

  const { response, statusRequests } = await waitForJob({
    endpoint,
    jobId,
    submitted,
    deadline,
    maxWaitMs,
    typicalExecutionMs: options.typicalExecutionMs,
    endpointsWithoutStatusSync: config.endpointsWithoutStatusSync,
    abortSignal,
  });
  return finish(endpoint, response, jobId, requestBody, statusRequests);
}

function finish(
  endpoint: JobEndpoint,
  { job, url, responseHeaders }: JobResponse,
  id: string,
  requestBody: { input: Record<string, unknown> },
  statusRequests: number,
): CompletedJob {
  const error = terminalJobError({
    context: endpoint.context,
    job: { ...job, id },
    url,
    responseHeaders,
  });
  if (error !== undefined) throw error;
  return {
    id,
    output: job.output,
    delayTime: job.delayTime ?? undefined,
    executionTime: job.executionTime ?? undefined,
    responseHeaders,
    requestBody,
    statusRequests,
  };
}

/** The job API of the endpoint a model runs on, with the provider's and the call's headers. */
export function endpointFor(
  config: JobClientConfig,
  context: RunPodErrorContext,
  headers: Record<string, string | undefined> | undefined,
): JobEndpoint {
  return jobEndpoint({
    baseURL: config.baseURL,
    providerHeaders: config.headers(),
    callHeaders: headers,
    fetch: config.fetch,
    context,
  });
}

/**
 * The body's size in bytes, once it is known to fit `maxBytes`. Inputs carry images and
 * audio as data URLs, and RunPod refuses too large a body, so this says so before sending.
 * (String length counts bytes for this ASCII-heavy JSON.)
 *
 * @throws {InvalidArgumentError} for a larger body.
 */
export function checkBodySize(
  context: RunPodErrorContext,
  body: unknown,
  maxBytes: number,
): number {
  const bodyBytes = JSON.stringify(body).length;
  if (bodyBytes > maxBytes) {
    throw new InvalidArgumentError({
      argument: 'input',
      message:
        `${describeModel(context)}: the job's input is ${(bodyBytes / 1e6).toFixed(1)} MB; RunPod ` +
        `takes at most ${maxBytes / 1e6} MB per request. Pass large images, audio or video as URLs instead of bytes.`,
    });
  }
  return bodyBytes;
}
