import { APICallError } from '@ai-sdk/provider';
import type { FlexibleSchema } from '@ai-sdk/provider-utils';
import { describeModel } from '../core/errors';
import { endpointFor, type JobClientConfig } from '../jobs/job-client';
import { type JobClock, systemClock } from '../jobs/job-clock';
import { createJobErrorResponseHandler, jobGoneError, terminalJobError } from '../jobs/job-errors';
import {
  cancelJob,
  getJob,
  type JobEndpoint,
  type JobStreamResponse,
  streamJob,
} from '../jobs/job-requests';
import { isTerminal } from '../jobs/job-schema';
import { workerServerEndpoint } from '../jobs/local-worker';
import { workerServerOf } from '../jobs/worker-server';
import { type JobApiCall, validateOutput } from './job-api-calls';
import { DEFAULT_JOB_WAIT_MS } from './job-api-options';

/**
 * How long one `/stream` read may take before it counts as lost: RunPod holds an empty read
 * about 10 s (`STREAM_UPSTREAM_DEFAULT_WAIT_MS` in
 * https://github.com/runpod/runpod-mcp/blob/main/src/specgen/tools/jobs.ts), plus a grace.
 */
const STREAM_READ_TIMEOUT_MS = 20_000;

/** Pauses after failed reads (network errors, 429, 5xx, a lost read), in ms; the last repeats. */
const STREAM_RETRY_DELAYS_MS = [250, 500, 1_000, 2_000, 5_000];

interface StreamTarget {
  endpoint: Pick<JobEndpoint, 'url' | 'headers' | 'fetch' | 'failedResponseHandler'>;
  method: 'GET' | 'POST';
  /** RunPod's API; undefined on a worker's own server (no `/cancel`, no `/status`). */
  api: JobEndpoint | undefined;
}

/**
 * A job's partial outputs, in order, as its generator worker yields them: `/stream/{id}`
 * read again and again until the job ends. On RunPod's API a read holds while nothing is
 * new, and after the job ends the stream is read until it is empty (as runpod-python's
 * `Job.stream` does); a worker's own server answers the whole stream at once.
 *
 * Abort and the wait limit cancel the job (RunPod's API only); transient failures are
 * retried until the wait limit. A job that ends FAILED, CANCELLED or TIMED_OUT throws the
 * job client's `APICallError` (with the worker's error, read from `/status` when the stream
 * answer leaves it out) after the parts that came before.
 */
export async function* streamJobApi<PART>(call: JobApiCall, jobId: string): AsyncGenerator<PART> {
  const { config, context, options } = call;
  const target = streamTarget(config, call);
  const clock = config.clock ?? systemClock;
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_JOB_WAIT_MS;
  const deadline = clock.now() + maxWaitMs;
  const { abortSignal } = options;
  const schema = options.schema as FlexibleSchema<PART> | undefined;
  const cancel = () => {
    if (target.api !== undefined) void cancelJob(target.api, jobId);
  };
  let failures = 0;
  for (;;) {
    if (abortSignal?.aborted) {
      cancel();
      throw abortSignal.reason;
    }
    if (clock.now() >= deadline) throw await waitLimitError(call, target, jobId, maxWaitMs);
    let read: JobStreamResponse;
    try {
      read = await readStream(call, target, jobId, deadline - clock.now(), clock, abortSignal);
      failures = 0;
    } catch (error) {
      if (abortSignal?.aborted) {
        cancel();
        throw abortSignal.reason;
      }
      if (APICallError.isInstance(error) && error.statusCode === 404 && target.api) {
        throw jobGoneError({ context, jobId, url: error.url, cause: error });
      }
      if (!APICallError.isInstance(error) || !error.isRetryable) throw error;
      const pause = STREAM_RETRY_DELAYS_MS[Math.min(failures++, STREAM_RETRY_DELAYS_MS.length - 1)];
      await clock
        .sleep(Math.min(pause, Math.max(0, deadline - clock.now())), abortSignal)
        .catch((reason: unknown) => {
          cancel();
          throw reason;
        });
      continue;
    }
    const parts = read.reply.stream ?? [];
    for (const part of parts) {
      yield await validateOutput(context, jobId, part.output, schema, 'stream output');
    }
    const { status } = read.reply;
    if (!isTerminal({ status })) continue;
    if (status !== 'COMPLETED') throw await streamEndError(call, target, jobId, read);
    if (parts.length === 0 || target.api === undefined) return;
  }
}

function streamTarget(config: JobClientConfig, { context, options }: JobApiCall): StreamTarget {
  const server = workerServerOf(config, context.endpointId);
  if (server === undefined) {
    const api = endpointFor(config, context, options.headers);
    return { endpoint: api, method: 'GET', api };
  }
  const local = workerServerEndpoint(config, server, context, options.headers);
  return {
    endpoint: {
      url: server,
      headers: local.headers,
      fetch: local.fetch,
      failedResponseHandler: createJobErrorResponseHandler(context),
    },
    // runpod-python's test server takes POST (and, in later versions, GET) on /stream/{id}.
    method: 'POST',
    api: undefined,
  };
}

/**
 * One `/stream` read, given up (as a retryable `APICallError`) when no answer comes within
 * {@link STREAM_READ_TIMEOUT_MS} or the time left. A worker's own server runs the whole
 * job inside the read, so there only the time left bounds it.
 */
async function readStream(
  { context }: JobApiCall,
  target: StreamTarget,
  jobId: string,
  timeLeftMs: number,
  clock: JobClock,
  abortSignal: AbortSignal | undefined,
): Promise<JobStreamResponse> {
  const timeoutMs =
    target.api === undefined ? timeLeftMs : Math.min(STREAM_READ_TIMEOUT_MS, timeLeftMs);
  const controller = new AbortController();
  const onAbort = () => controller.abort(abortSignal?.reason);
  abortSignal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const startedAt = clock.now();
  try {
    return await streamJob(target.endpoint, jobId, {
      method: target.method,
      abortSignal: controller.signal,
    });
  } catch (error) {
    if (!controller.signal.aborted || abortSignal?.aborted) throw error;
    throw new APICallError({
      message: `${describeModel(context)}: no answer from /stream for job ${jobId} within ${clock.now() - startedAt} ms.`,
      url: `${target.endpoint.url}/stream/${jobId}`,
      requestBodyValues: undefined,
      isRetryable: true,
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    abortSignal?.removeEventListener('abort', onAbort);
  }
}

/**
 * The error for a stream that ended FAILED, CANCELLED or TIMED_OUT, with the worker's own
 * error: from the stream's answer, else (RunPod's SDKs read no `error` there) one `/status`.
 */
async function streamEndError(
  { context }: JobApiCall,
  target: StreamTarget,
  jobId: string,
  { reply, url, responseHeaders }: JobStreamResponse,
): Promise<APICallError> {
  const job = { id: reply.id ?? jobId, status: reply.status, error: reply.error };
  if (job.error == null && target.api !== undefined) {
    const read = await getJob(target.api, jobId).catch(() => undefined);
    if (read !== undefined && read.job.status === job.status) job.error = read.job.error;
  }
  const error = terminalJobError({ context, job, url, responseHeaders });
  // terminalJobError explains every terminal status but COMPLETED, which never comes here.
  return error!;
}

/** At the wait limit: cancels the job (where it can be) and says so. */
async function waitLimitError(
  { context }: JobApiCall,
  target: StreamTarget,
  jobId: string,
  maxWaitMs: number,
): Promise<APICallError> {
  const cancelled = target.api !== undefined && (await cancelJob(target.api, jobId));
  return new APICallError({
    message:
      `${describeModel(context)}: job ${jobId} was still streaming after maxWaitMs (${maxWaitMs} ms); ` +
      (cancelled
        ? 'it was cancelled.'
        : target.api === undefined
          ? "a worker's own server has no /cancel: its handler runs on."
          : 'cancelling it failed.'),
    url: `${target.endpoint.url}/stream/${jobId}`,
    requestBodyValues: undefined,
    isRetryable: false,
    data: { jobId, endpointId: context.endpointId },
  });
}
