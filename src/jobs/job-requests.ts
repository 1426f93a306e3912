import { APICallError } from '@ai-sdk/provider';
import {
  combineHeaders,
  createJsonResponseHandler,
  delay,
  type FetchFunction,
  getFromApi,
  postJsonToApi,
} from '@ai-sdk/provider-utils';
import type { RunPodErrorContext } from '../core/errors';
import { createRunPodFetch } from '../core/fetch';
import { raceAbort } from '../core/abort';
import { createJobErrorResponseHandler } from './job-errors';
import { isTerminal, jobSchema, type RunPodJob } from './job-schema';

/**
 * The single requests of RunPod's job API
 * (https://docs.runpod.io/serverless/endpoints/operation-reference), for one endpoint.
 * `runJobs` and the start/status primitives are built from these.
 */
export interface JobEndpoint {
  context: RunPodErrorContext;
  /** `<baseURL>/<endpoint ID>` */
  url: string;
  headers: Record<string, string | undefined>;
  fetch: FetchFunction;
  failedResponseHandler: ReturnType<typeof createJobErrorResponseHandler>;
}

export function jobEndpoint({
  baseURL,
  providerHeaders,
  callHeaders,
  fetch,
  context,
}: {
  baseURL: string;
  providerHeaders: Record<string, string | undefined>;
  callHeaders: Record<string, string | undefined> | undefined;
  fetch: FetchFunction | undefined;
  context: RunPodErrorContext;
}): JobEndpoint {
  return {
    context,
    url: `${baseURL}/${context.endpointId}`,
    headers: combineHeaders(providerHeaders, callHeaders),
    fetch: createRunPodFetch(fetch),
    failedResponseHandler: createJobErrorResponseHandler(context),
  };
}

export interface JobResponse {
  job: RunPodJob;
  url: string;
  responseHeaders: Record<string, string> | undefined;
}

/**
 * `policy.ttl` bounds: RunPod takes 10 s to 7 days
 * (https://docs.runpod.io/serverless/endpoints/send-requests, "Execution policies").
 */
const MIN_TTL_MS = 10_000;
const MAX_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The job body: `input`, a TTL as a safety net (RunPod drops the job itself past it), and
 * `webhook` at the top level, never inside `input`: RunPod POSTs the job there when it
 * completes (https://docs.runpod.io/serverless/endpoints/send-requests, "Webhook
 * notifications"). A job that is `kept` past the wait limit gets RunPod's default TTL.
 */
export function jobRequestBody(
  input: Record<string, unknown>,
  maxWaitMs: number,
  { webhook, kept = false }: { webhook?: string; kept?: boolean } = {},
): { input: Record<string, unknown>; policy?: { ttl: number }; webhook?: string } {
  // TTL counts from submission; past the wait limit plus a minute, nobody is waiting for the
  // job any more. A longer wait limit than RunPod's 7-day cap gets the cap.
  const ttl = Math.min(MAX_TTL_MS, Math.max(MIN_TTL_MS, maxWaitMs + 60_000));
  return {
    input,
    ...(kept ? {} : { policy: { ttl } }),
    ...(webhook === undefined ? {} : { webhook }),
  };
}

/** `POST /run` or `POST /runsync?wait=…` (`path`), with the job body. */
async function postJob(
  endpoint: JobEndpoint,
  path: string,
  body: unknown,
  abortSignal?: AbortSignal,
): Promise<JobResponse> {
  const url = `${endpoint.url}/${path}`;
  const { value, responseHeaders } = await postJsonToApi({
    url,
    headers: endpoint.headers,
    body,
    failedResponseHandler: endpoint.failedResponseHandler,
    successfulResponseHandler: createJsonResponseHandler(jobSchema),
    abortSignal,
    fetch: endpoint.fetch,
  });
  return { job: value, url, responseHeaders };
}

/**
 * {@link postJob} for a submission, raced against the caller's abort: an abort rejects at
 * once, and the job is cancelled as soon as the submission returns its ID.
 */
export async function submitJob(
  endpoint: JobEndpoint,
  path: string,
  body: unknown,
  abortSignal: AbortSignal | undefined,
): Promise<JobResponse> {
  if (abortSignal?.aborted) throw abortSignal.reason;
  // Not tied to the caller's signal: an abort must still learn the job ID to cancel it.
  const submission = postJob(endpoint, path, body);
  try {
    return await raceAbort(submission, abortSignal);
  } catch (error) {
    if (abortSignal?.aborted) {
      submission.then(
        ({ job }) => (job.id != null && !isTerminal(job) ? cancelJob(endpoint, job.id) : undefined),
        () => undefined, // the submission failed: there is no job to cancel
      );
    }
    throw error;
  }
}

/** `GET /status/{id}`, or `GET /status-sync/{id}?wait=<holdMs>` (a long-poll) when `holdMs` is given. */
export async function getJob(
  endpoint: JobEndpoint,
  jobId: string,
  { holdMs, abortSignal }: { holdMs?: number; abortSignal?: AbortSignal } = {},
): Promise<JobResponse> {
  const url =
    holdMs === undefined
      ? `${endpoint.url}/status/${jobId}`
      : `${endpoint.url}/status-sync/${jobId}?wait=${holdMs}`;
  const { value, responseHeaders } = await getFromApi({
    url,
    headers: endpoint.headers,
    failedResponseHandler: endpoint.failedResponseHandler,
    successfulResponseHandler: createJsonResponseHandler(jobSchema),
    abortSignal,
    fetch: endpoint.fetch,
  });
  // `/status` leaves the ID out of some answers; it is the one asked for.
  return { job: { ...value, id: value.id ?? jobId }, url, responseHeaders };
}

const CANCEL_RETRY_DELAYS_MS = [250, 1_000];

/**
 * `POST /cancel/{id}`, retried twice on transient failures (`/cancel` allows 100
 * requests per 10 s). Resolves to whether RunPod took the cancel; never rejects.
 */
export async function cancelJob(endpoint: JobEndpoint, jobId: string): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      await postJob(endpoint, `cancel/${jobId}`, {});
      return true;
    } catch (error) {
      const retryable = APICallError.isInstance(error) && error.isRetryable;
      if (!retryable || attempt >= CANCEL_RETRY_DELAYS_MS.length) return false;
      await delay(CANCEL_RETRY_DELAYS_MS[attempt]);
    }
  }
}
