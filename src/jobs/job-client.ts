import { InvalidArgumentError, type JSONObject } from '@ai-sdk/provider';
import { describeModel, type RunPodErrorContext } from '../core/errors';
import type { RunPodConfig } from '../core/settings';
import { runConcurrently } from './concurrency';
import { downloadMedia, type DownloadedMedia } from './download';
import { type JobClock, systemClock } from './job-clock';
import { missingJobIdError, terminalJobError } from './job-errors';
import { jobEndpoint, type JobEndpoint, jobRequestBody, type JobResponse } from './job-requests';
import { resumedJob, submitRunJob } from './job-submission';
import { findCost, jobMetadata, requireMediaValues } from './job-output';
import { isTerminal } from './job-schema';
import { type OnWaitLimit, waitForJob } from './job-wait';
import { runOnWorkerServer, workerServerEndpoint } from './local-worker';
import { workerServerOf } from './worker-server';
import type { StatusSyncSupport } from './status-sync-support';
import { createRateLimiter } from './rate-limit';
import type { RateLimitState } from './rate-limit-state';

/** What every job shares within one provider: its {@link RunPodConfig} and what it learned. */
export interface JobClientConfig extends Pick<
  RunPodConfig,
  'baseURL' | 'endpointId' | 'openaiBase' | 'workerServer' | 'headers' | 'headersFor' | 'fetch'
> {
  /** The provider's memory of endpoints without `/status-sync`. One per provider. */
  statusSyncSupport: StatusSyncSupport;
  /** The time waits read and the pauses they take; {@link systemClock} when not given. */
  clock?: JobClock;
  /** The provider's pacing of RunPod's rate limits, per endpoint (one per provider); none: unpaced. */
  rateLimits?: RateLimitState;
}

/** One call's jobs: `runJobs`' options. */
export interface RunJobsOptions {
  context: RunPodErrorContext;
  /** The jobs' `input`s, one job each. */
  inputs: Array<Record<string, unknown>>;
  /** How many jobs run at a time (default 1). */
  concurrency?: number;
  /**
   * `media`: the output points at media (URLs, `data:` URLs, base64), downloaded into
   * `media`; `data`: the output is the result itself (transcripts, rankings).
   */
  output: 'media' | 'data';
  /** Give up (and cancel the job) after this many ms in all, per job. */
  maxWaitMs: number;
  /**
   * How long the model usually runs, in ms (the catalog's figure). Only the fallback
   * `/status` polling reads it, to cap its interval (see `nextPollDelay`).
   */
  typicalExecutionMs?: number;
  abortSignal?: AbortSignal;
  headers?: Record<string, string | undefined>;
  /** Sent as `/run`'s top-level `webhook`: RunPod POSTs the job there when it completes. */
  webhook?: string;
  /**
   * RunPod's execution `policy` (`ttl`, `executionTimeout`, `lowPriority`), over the job
   * client's safety-net TTL (https://docs.runpod.io/serverless/endpoints/send-requests).
   */
  policy?: Record<string, unknown>;
  /** At the wait limit: cancel the job (default) or leave it running, to collect later. */
  onWaitLimit?: OnWaitLimit;
  /**
   * Wait for this job (submitted earlier, e.g. by a call that reached its wait limit with
   * `onWaitLimit: 'keep'`) instead of submitting one: its output is read as if this call had
   * submitted it. Takes one input only.
   */
  resumeJobId?: string;
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
  /** The URL whose answer ended the job (its submission or its last status read). */
  url: string;
}

/** One job's result: the job, its media's bytes and what RunPod said about it. */
export interface JobResult {
  job: CompletedJob;
  /** The media the output points at, downloaded (none for `output: 'data'`). */
  media: DownloadedMedia[];
  /** `providerMetadata.runpod` for this job. */
  metadata: JSONObject;
}

/**
 * The job client's one way in, for every kind of model (image, speech, transcription,
 * video, reranking): runs one job per input on a RunPod queue endpoint, `concurrency` at a
 * time, and returns them in order once COMPLETED, with their output read
 * (https://docs.runpod.io/serverless/endpoints/operation-reference). Each job is
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
 * - Past `maxWaitMs` the job is cancelled (or, with `onWaitLimit: 'keep'`, left running) and
 *   an `APICallError` says so, naming the job and how to collect it (`resumeJobId`). A
 *   long-poll asks for no more than the time left, and a `/status` read is cut off at the limit.
 * - `webhook` goes into `/run`'s body at the top level; `resumeJobId` waits for a job
 *   submitted earlier instead of submitting one.
 * - A network error, 429 or 5xx while waiting is retried with backoff until the wait limit
 *   (a 429 on a paced endpoint without a backoff of its own: the pacing holds the next read).
 * - With the provider's `rateLimits`, every request waits its turn within RunPod's limits
 *   for the endpoint (`rate-limit.ts`), and a 429 on `/run` is sent again until the wait limit.
 * - `/status-sync` answering 404 or 405 while `/status` knows the job means a proxy that
 *   forwards only documented paths: that endpoint is polled on `/status` (`nextPollDelay`)
 *   from then on, for the provider's lifetime. A 404 from `/status` means RunPod no longer
 *   knows the job (its TTL or result retention ran out).
 * - FAILED, CANCELLED and TIMED_OUT jobs, and COMPLETED jobs whose output holds an
 *   `error`, end in an `APICallError` with RunPod's error text, the job ID and the endpoint.
 * - When one job fails, the others are aborted (and so cancelled) and the rest are not
 *   started.
 * - On a worker's own server (runpod-python's `--rp_serve_api`, {@link workerServerOf}), a
 *   job is one `POST /runsync` instead, dropped after `maxWaitMs` or on abort (that server
 *   cannot cancel): see `local-worker.ts`.
 *
 * @throws {APICallError} as above, and for errors on submission (the AI SDK retries those
 * that are retryable).
 * @throws {InvalidArgumentError} before sending, for a request body over RunPod's 20 MB.
 * @throws {InvalidResponseDataError} when a completed job's output holds no media, for
 * `output: 'media'`.
 */
export function runJobs(config: JobClientConfig, options: RunJobsOptions): Promise<JobResult[]> {
  const { inputs, concurrency = 1, abortSignal, resumeJobId } = options;
  if (resumeJobId !== undefined && inputs.length !== 1) {
    throw new InvalidArgumentError({
      argument: 'jobId',
      message: `${describeModel(options.context)}: providerOptions.runpod.jobId collects one job, but this call asks for ${inputs.length}; collect each job in a call of its own (n: 1).`,
    });
  }
  return runConcurrently(inputs.length, concurrency, abortSignal, (index, jobAbortSignal) =>
    runJob(config, { ...options, abortSignal: jobAbortSignal }, inputs[index]),
  );
}

/** One job of {@link runJobs}: submitted, waited for, and its output read. */
async function runJob(
  config: JobClientConfig,
  options: RunJobsOptions,
  input: Record<string, unknown>,
): Promise<JobResult> {
  const { context, abortSignal, maxWaitMs } = options;
  const server = workerServerOf(config, context.endpointId);
  if (server !== undefined) {
    if (options.resumeJobId !== undefined) {
      // runpod-python's server runs a job inside the request that reads it, then forgets it.
      throw new InvalidArgumentError({
        argument: 'providerOptions.runpod.jobId',
        message: `${describeModel(context)}: a worker's own server (${server}) keeps no jobs to collect later; call it without jobId.`,
      });
    }
    const endpoint = workerServerEndpoint(config, server, context, options.headers);
    const requestBody =
      options.webhook === undefined ? { input } : { input, webhook: options.webhook };
    const answer = await runOnWorkerServer(endpoint, requestBody, { maxWaitMs, abortSignal });
    const job = finish(endpoint, answer, answer.job.id ?? '(no id)', requestBody, 0);
    return readOutput(config, options, job);
  }
  const clock = config.clock ?? systemClock;
  const endpoint = endpointFor(config, context, options.headers);
  const deadline = clock.now() + maxWaitMs;
  const requestBody = jobRequestBody(input, maxWaitMs, {
    webhook: options.webhook,
    policy: options.policy,
    kept: options.onWaitLimit === 'keep',
  });
  const submitted =
    options.resumeJobId === undefined
      ? await submitRunJob(endpoint, requestBody, abortSignal, deadline)
      : resumedJob(endpoint, options.resumeJobId);
  const jobId = submitted.job.id;
  if (jobId == null) {
    if (!isTerminal(submitted.job)) throw missingJobIdError(context, submitted.job);
    const job = finish(endpoint, submitted, '(no id)', requestBody, 0);
    return readOutput(config, options, job);
  }

  const { response, statusRequests } = await waitForJob({
    endpoint,
    jobId,
    submitted,
    deadline,
    maxWaitMs,
    typicalExecutionMs: options.typicalExecutionMs,
    statusSyncSupport: config.statusSyncSupport,
    clock,
    abortSignal,
    onWaitLimit: options.onWaitLimit,
  });
  const job = finish(endpoint, response, jobId, requestBody, statusRequests);
  return readOutput(config, options, job);
}

/** A completed job's media, downloaded where its output points at them, and its metadata. */
async function readOutput(
  config: JobClientConfig,
  { context, abortSignal, output }: RunJobsOptions,
  job: CompletedJob,
): Promise<JobResult> {
  const values =
    output === 'media' ? requireMediaValues(job.output, { context, jobId: job.id }) : [];
  const media = await Promise.all(
    values.map(value =>
      downloadMedia({
        value,
        // A worker's own server is trusted for its own media, as RunPod's API is.
        apiBaseURL: workerServerOf(config, context.endpointId) ?? config.baseURL,
        headersFor: config.headersFor,
        fetch: config.fetch,
        abortSignal,
        context,
      }),
    ),
  );
  return {
    job,
    media,
    metadata: jobMetadata({
      jobId: job.id,
      delayTime: job.delayTime,
      executionTime: job.executionTime,
      cost: findCost(job.output),
      urls: media.map(item => item.url).filter((url): url is string => url !== undefined),
    }),
  };
}

function finish(
  endpoint: Pick<JobEndpoint, 'context'>,
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
    url,
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
    rateLimiter:
      config.rateLimits && createRateLimiter(config.rateLimits, config.clock ?? systemClock),
  });
}
