import { APICallError } from '@ai-sdk/provider';
import {
  combineHeaders,
  createJsonResponseHandler,
  type FetchFunction,
  postJsonToApi,
} from '@ai-sdk/provider-utils';
import { describeModel, type RunPodErrorContext } from '../core/errors';
import { createRunPodFetch } from '../core/fetch';
import type { RunPodConfig } from '../core/settings';
import { createJobErrorResponseHandler } from './job-errors';
import type { JobResponse } from './job-requests';
import { jobSchema } from './job-schema';

/**
 * A worker's own server: what runpod-python serves for a handler started with
 * `python handler.py --rp_serve_api [--rp_api_port 8000] [--rp_api_host 0.0.0.0]`
 * (https://docs.runpod.io/serverless/development/local-testing; routes in
 * https://github.com/runpod/runpod-python/blob/07fc6e2b02b6a97a0e94fbdcf53c66949c1a6164/runpod/serverless/modules/rp_fastapi.py,
 * runpod-python 1.12.0). Its routes are at the root, with no endpoint ID and no auth:
 * - `POST /runsync` runs the handler inside the request and answers
 *   `{id, status: "COMPLETED", output}` or `{id, status: "FAILED", error}`;
 * - `POST /run` only stores the job (`{id: "test-<uuid>", status: "IN_PROGRESS"}`), and
 *   `POST /status/{id}` then runs it inside that request and forgets it;
 * - there is no `/cancel`, `/status-sync` or `/health`, no TTL, and no `delayTime` or
 *   `executionTime` in its answers.
 *
 * So a job here is one request: `POST /runsync` (a `/run` + `/status` pair would hold the
 * same request open as long, one round trip later). Its wait limit is the client's alone:
 * past `maxWaitMs` the request is dropped, but the server cannot cancel the handler.
 */
export interface WorkerServerEndpoint {
  context: RunPodErrorContext;
  /** The server's origin, e.g. `http://localhost:8000`. */
  server: string;
  headers: Record<string, string | undefined>;
  fetch: FetchFunction;
}

/** The endpoint of a job on a worker's own server, with the credentials the one rule gives it. */
export function workerServerEndpoint(
  config: Pick<RunPodConfig, 'workerServer' | 'headers' | 'headersFor' | 'fetch'>,
  server: string,
  context: RunPodErrorContext,
  callHeaders: Record<string, string | undefined> | undefined,
): WorkerServerEndpoint {
  // The `baseURL` itself: the provider's headers (and a model's own credentials) go there;
  // a server a model ID names gets only what the model gives it.
  const headers =
    server === config.workerServer ? config.headers() : config.headersFor(server, { server });
  return {
    context,
    server,
    headers: combineHeaders(headers, callHeaders),
    fetch: createRunPodFetch(config.fetch),
  };
}

/**
 * One job on a worker's own server: `POST /runsync` with `{input}`, its answer as a job
 * (COMPLETED with `output`, or FAILED with the handler's `error`), cut off after `maxWaitMs`.
 *
 * @throws {APICallError} past `maxWaitMs` (saying the handler runs on), and for failed requests.
 * @throws the caller's abort reason as soon as `abortSignal` aborts.
 */
export async function runOnWorkerServer(
  endpoint: WorkerServerEndpoint,
  body: { input: Record<string, unknown> },
  { maxWaitMs, abortSignal }: { maxWaitMs: number; abortSignal: AbortSignal | undefined },
): Promise<JobResponse> {
  const url = `${endpoint.server}/runsync`;
  const tooLate = () => waitLimitError(endpoint, url, maxWaitMs);
  return withWaitLimit(maxWaitMs, abortSignal, tooLate, signal =>
    postToWorkerServer(endpoint, url, body, signal),
  );
}

/** `POST /run` on a worker's own server: the job is stored, to run on its first `/status` read. */
export function submitToWorkerServer(
  endpoint: WorkerServerEndpoint,
  body: { input: Record<string, unknown> },
  abortSignal: AbortSignal | undefined,
): Promise<JobResponse> {
  return postToWorkerServer(endpoint, `${endpoint.server}/run`, body, abortSignal);
}

/**
 * `POST /status/{id}` on a worker's own server, which runs the stored job inside this
 * request and then forgets it (a second read answers FAILED "Job ID not found").
 */
export function readFromWorkerServer(
  endpoint: WorkerServerEndpoint,
  jobId: string,
  abortSignal: AbortSignal | undefined,
): Promise<JobResponse> {
  const url = `${endpoint.server}/status/${encodeURIComponent(jobId)}`;
  return postToWorkerServer(endpoint, url, {}, abortSignal);
}

async function postToWorkerServer(
  endpoint: WorkerServerEndpoint,
  url: string,
  body: unknown,
  abortSignal: AbortSignal | undefined,
): Promise<JobResponse> {
  const { value, responseHeaders } = await postJsonToApi({
    url,
    headers: endpoint.headers,
    body,
    failedResponseHandler: createJobErrorResponseHandler(endpoint.context),
    successfulResponseHandler: createJsonResponseHandler(jobSchema),
    abortSignal,
    fetch: endpoint.fetch,
  });
  return { job: value, url, responseHeaders };
}

/**
 * Runs `request` with a signal that aborts when the caller's does (rejecting with the
 * caller's reason at once) or after `maxWaitMs` (rejecting with what `tooLate` makes).
 */
async function withWaitLimit<T>(
  maxWaitMs: number,
  abortSignal: AbortSignal | undefined,
  tooLate: () => APICallError,
  request: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  if (abortSignal?.aborted) throw abortSignal.reason;
  const controller = new AbortController();
  const onAbort = () => controller.abort(abortSignal?.reason);
  abortSignal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(tooLate()), maxWaitMs);
  const stopped = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), {
      once: true,
    });
  });
  stopped.catch(() => undefined);
  try {
    // Raced too, so that a `fetch` that ignores its signal cannot hold the caller.
    return await Promise.race([request(controller.signal), stopped]);
  } catch (error) {
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
    abortSignal?.removeEventListener('abort', onAbort);
  }
}

function waitLimitError(endpoint: WorkerServerEndpoint, url: string, maxWaitMs: number) {
  return new APICallError({
    message:
      `${describeModel(endpoint.context)}: the worker's own server did not finish the job within ` +
      `maxWaitMs (${maxWaitMs} ms). The request was dropped, but this server has no /cancel: ` +
      `the handler runs on to its end (and a synchronous handler holds the server meanwhile).`,
    url,
    requestBodyValues: undefined,
    isRetryable: false,
    data: { endpointId: endpoint.context.endpointId },
  });
}
