import { APICallError } from '@ai-sdk/provider';
import type { RunPodErrorContext } from '../core/errors';
import { endpointFor, type JobClientConfig } from './job-client';
import { checkBodySize, RUN_MAX_BODY_BYTES } from './job-submission';
import { jobGoneError, missingJobIdError, terminalJobError } from './job-errors';
import { cancelJob, getJob, jobRequestBody, submitJob } from './job-requests';
import { findCost, requireMediaValues } from './job-output';
import { isTerminal, type RunPodJob } from './job-schema';
import { readFromWorkerServer, submitToWorkerServer, workerServerEndpoint } from './local-worker';
import { workerServerOf } from './worker-server';

/**
 * A job as two separate steps, for callers that poll on their own schedule (ai@7's
 * `experimental_startVideo` / `experimental_getVideoStatus`, through a video model's
 * `doStart` / `doStatus`): {@link startJob} submits and returns the job ID at once,
 * {@link getJobStatus} reads the job once. `runJobs` is the one-call form.
 */
export interface StartJobOptions {
  context: RunPodErrorContext;
  /** The job's `input`. */
  input: Record<string, unknown>;
  /** How long anyone will wait for the job, in ms: RunPod drops it (`policy.ttl`) a minute after. */
  maxWaitMs: number;
  /** Aborting during the submission rejects at once and cancels the job once its ID is known. */
  abortSignal?: AbortSignal;
  headers?: Record<string, string | undefined>;
  /** Sent as `/run`'s top-level `webhook`. */
  webhook?: string;
}

export interface StartedJob {
  /** RunPod's job ID, for {@link getJobStatus} and {@link cancelStartedJob}. */
  jobId: string;
  /** The job's status as `/run` answered (normally `IN_QUEUE`). */
  status: string;
  /** The body sent to `/run`. */
  requestBody: { input: Record<string, unknown> };
  responseHeaders: Record<string, string> | undefined;
}

/**
 * Submits one job with `POST /run` (https://docs.runpod.io/serverless/endpoints/operation-reference)
 * and returns as soon as RunPod (or a worker's own server, which only stores it) has given it an ID. `/run` keeps a job's result for 30
 * minutes after it ends (`/runsync` only 1), so a caller polling late still finds it.
 *
 * @throws {InvalidArgumentError} before sending, for a body over `/run`'s 10 MB.
 * @throws {APICallError} when RunPod refuses the job (retryable where the status says so).
 * @throws {InvalidResponseDataError} when RunPod's answer has no job ID.
 */
export async function startJob(
  config: JobClientConfig,
  { context, input, maxWaitMs, abortSignal, headers, webhook }: StartJobOptions,
): Promise<StartedJob> {
  const server = workerServerOf(config, context.endpointId);
  let requestBody: { input: Record<string, unknown> };
  let submitted;
  if (server !== undefined) {
    // A worker's own server stores the job on `/run` and runs it on the first `/status` read.
    requestBody = { input };
    const endpoint = workerServerEndpoint(config, server, context, headers);
    submitted = await submitToWorkerServer(endpoint, requestBody, abortSignal);
  } else {
    const endpoint = endpointFor(config, context, headers);
    requestBody = jobRequestBody(input, maxWaitMs, { webhook });
    checkBodySize(context, requestBody, RUN_MAX_BODY_BYTES);
    submitted = await submitJob(endpoint, 'run', requestBody, abortSignal);
  }
  const { job, responseHeaders } = submitted;
  if (job.id == null) throw missingJobIdError(context, job);
  return { jobId: job.id, status: job.status, requestBody, responseHeaders };
}

/** One read of a job, as {@link getJobStatus} maps it. */
export type JobStatus =
  | {
      /** Not terminal yet: `IN_QUEUE`, `IN_PROGRESS` (or a state RunPod adds). */
      status: 'pending';
      jobId: string;
      runpodStatus: string;
      /** Time in the queue so far, in ms, once a worker has the job. */
      delayTime: number | undefined;
      responseHeaders: Record<string, string> | undefined;
    }
  | {
      status: 'completed';
      jobId: string;
      /** The job's `output`. */
      output: unknown;
      /** The media values in the output (URLs, `data:` URLs or base64), in order. */
      media: string[];
      /** `output.cost` in USD, where RunPod reports it. */
      cost: number | undefined;
      delayTime: number | undefined;
      executionTime: number | undefined;
      responseHeaders: Record<string, string> | undefined;
    }
  | {
      /** FAILED, CANCELLED, TIMED_OUT, or COMPLETED with an `error` in its output. */
      status: 'error';
      jobId: string;
      runpodStatus: string;
      /** The same `APICallError` `runJobs` throws for this job (RunPod's text, job ID, endpoint). */
      error: APICallError;
      responseHeaders: Record<string, string> | undefined;
    };

/**
 * Reads one job with `GET /status/{id}` (no hold, no retry; on a worker's own server
 * `POST /status/{id}`, which runs the job inside the request) and maps it: pending,
 * completed (with its media values) or error.
 *
 * @throws {APICallError} for a 404 (RunPod no longer knows the job: its TTL or result
 * retention ran out), and for other failed requests (retryable for network errors, 429
 * and 5xx).
 * @throws {InvalidResponseDataError} for a COMPLETED job whose output holds no media,
 * when `expectMedia` is on (the default).
 */
export async function getJobStatus(
  config: JobClientConfig,
  {
    context,
    jobId,
    expectMedia = true,
    abortSignal,
    headers,
  }: {
    context: RunPodErrorContext;
    jobId: string;
    /** False for jobs whose output is data (transcription), not media. */
    expectMedia?: boolean;
    abortSignal?: AbortSignal;
    headers?: Record<string, string | undefined>;
  },
): Promise<JobStatus> {
  const server = workerServerOf(config, context.endpointId);
  let read;
  try {
    read =
      server === undefined
        ? await getJob(endpointFor(config, context, headers), jobId, { abortSignal })
        : await readFromWorkerServer(
            workerServerEndpoint(config, server, context, headers),
            jobId,
            abortSignal,
          );
  } catch (error) {
    if (APICallError.isInstance(error) && error.statusCode === 404) {
      throw jobGoneError({ context, jobId, url: error.url, cause: error });
    }
    throw error;
  }
  return jobStatusOf({ context, jobId, expectMedia, ...read });
}

/**
 * A job as RunPod answered it (a status read, or the body RunPod POSTs to a webhook),
 * mapped as {@link getJobStatus} maps it: pending, completed (with its media values) or error.
 *
 * @throws {InvalidResponseDataError} for a COMPLETED job whose output holds no media, when
 * `expectMedia` is on.
 */
export function jobStatusOf({
  context,
  jobId,
  job,
  url,
  responseHeaders,
  expectMedia = true,
}: {
  context: RunPodErrorContext;
  jobId: string;
  job: RunPodJob;
  url: string;
  responseHeaders: Record<string, string> | undefined;
  expectMedia?: boolean;
}): JobStatus {
  if (!isTerminal(job)) {
    return {
      status: 'pending',
      jobId,
      runpodStatus: job.status,
      delayTime: job.delayTime ?? undefined,
      responseHeaders,
    };
  }
  const error = terminalJobError({ context, job: { ...job, id: jobId }, url, responseHeaders });
  if (error !== undefined) {
    return { status: 'error', jobId, runpodStatus: job.status, error, responseHeaders };
  }
  const media = expectMedia ? requireMediaValues(job.output, { context, jobId }) : [];
  return {
    status: 'completed',
    jobId,
    output: job.output,
    media,
    cost: findCost(job.output),
    delayTime: job.delayTime ?? undefined,
    executionTime: job.executionTime ?? undefined,
    responseHeaders,
  };
}

/**
 * `POST /cancel/{id}` for a job {@link startJob} started (e.g. when the caller's signal
 * aborts after `doStart` returned). Retried twice on transient failures; resolves to
 * whether RunPod took the cancel and never rejects. A worker's own server has no `/cancel`:
 * false, without a request.
 */
export async function cancelStartedJob(
  config: JobClientConfig,
  {
    context,
    jobId,
    headers,
  }: {
    context: RunPodErrorContext;
    jobId: string;
    headers?: Record<string, string | undefined>;
  },
): Promise<boolean> {
  if (workerServerOf(config, context.endpointId) !== undefined) return false;
  return cancelJob(endpointFor(config, context, headers), jobId);
}
