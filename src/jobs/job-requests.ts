import { APICallError } from '@ai-sdk/provider';
import {
  combineHeaders,
  createJsonResponseHandler,
  delay,
  type FetchFunction,
  getFromApi,
  postJsonToApi,
} from '@ai-sdk/provider-utils';
import { z } from 'zod/v4';
import type { RunPodErrorContext } from '../core/errors';
import { createRunPodFetch } from '../core/fetch';
import { raceAbort } from '../core/abort';
import { createJobErrorResponseHandler } from './job-errors';
import { isTerminal, jobSchema, type RunPodJob } from './job-schema';
import type { RateLimiter } from './rate-limit';
import { retryAfterMs } from '../core/retry-after';
import { bucketOf } from './rate-limit-plan';

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
  /** The provider's pacing of RunPod's limits; requests go unpaced without it. */
  rateLimiter?: RateLimiter;
}

export function jobEndpoint({
  baseURL,
  providerHeaders,
  callHeaders,
  fetch,
  context,
  rateLimiter,
}: {
  baseURL: string;
  providerHeaders: Record<string, string | undefined>;
  callHeaders: Record<string, string | undefined> | undefined;
  fetch: FetchFunction | undefined;
  context: RunPodErrorContext;
  rateLimiter?: RateLimiter;
}): JobEndpoint {
  return {
    context,
    url: `${baseURL}/${context.endpointId}`,
    headers: combineHeaders(providerHeaders, callHeaders),
    fetch: createRunPodFetch(fetch),
    failedResponseHandler: createJobErrorResponseHandler(context),
    rateLimiter,
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
  {
    webhook,
    kept = false,
    policy = {},
  }: { webhook?: string; kept?: boolean; policy?: Record<string, unknown> } = {},
): { input: Record<string, unknown>; policy?: Record<string, unknown>; webhook?: string } {
  // TTL counts from submission; past the wait limit plus a minute, nobody is waiting for the
  // job any more. A longer wait limit than RunPod's 7-day cap gets the cap. The caller's own
  // `policy` (runpod.jobs) wins; a kept job gets RunPod's default TTL.
  const ttl = Math.min(MAX_TTL_MS, Math.max(MIN_TTL_MS, maxWaitMs + 60_000));
  const given = Object.entries(policy).filter(([, value]) => value !== undefined);
  const merged = { ...(kept ? {} : { ttl }), ...Object.fromEntries(given) };
  return {
    input,
    ...(Object.keys(merged).length > 0 ? { policy: merged } : {}),
    ...(webhook === undefined ? {} : { webhook }),
  };
}

const isThrottled = (error: unknown): error is APICallError =>
  APICallError.isInstance(error) && error.statusCode === 429;

/**
 * Sends a request in its turn under the endpoint's rate limits, when the provider paces
 * them (`rate-limit.ts`), with the hold its slot allows (long-polls), and frees the slot
 * once answered. A 429 makes the limit's queue hold back (for `Retry-After` when given).
 * `queueSignal` stops the wait for a turn.
 */
async function paced<T>(
  endpoint: Pick<JobEndpoint, 'url' | 'rateLimiter'>,
  path: string,
  { holdMs, queueSignal }: { holdMs?: number; queueSignal?: AbortSignal },
  send: (holdMs: number | undefined) => Promise<T>,
): Promise<T> {
  const limiter = endpoint.rateLimiter;
  if (limiter === undefined) return send(holdMs);
  const slot = await limiter.acquire(endpoint.url, bucketOf(path), {
    holdMs,
    abortSignal: queueSignal,
  });
  try {
    const result = await send(slot.holdMs);
    slot.release();
    return result;
  } catch (error) {
    slot.release(
      isThrottled(error)
        ? { throttled: true, retryAfterMs: retryAfterMs(error.responseHeaders, limiter.now()) }
        : undefined,
    );
    throw error;
  }
}

/** `POST /run` or `POST /runsync?wait=…` (`path`), with the job body, in its turn. */
async function postJob(
  endpoint: JobEndpoint,
  path: string,
  body: unknown,
  {
    abortSignal,
    queueSignal = abortSignal,
  }: { abortSignal?: AbortSignal; queueSignal?: AbortSignal } = {},
): Promise<JobResponse> {
  const url = `${endpoint.url}/${path}`;
  const { value, responseHeaders } = await paced(endpoint, path, { queueSignal }, () =>
    postJsonToApi({
      url,
      headers: endpoint.headers,
      body,
      failedResponseHandler: endpoint.failedResponseHandler,
      successfulResponseHandler: createJsonResponseHandler(jobSchema),
      abortSignal,
      fetch: endpoint.fetch,
    }),
  );
  return { job: value, url, responseHeaders };
}

/**
 * {@link postJob} for a submission, sent again after a 429 (which RunPod answers before
 * queueing anything) until `retryUntil` on the limiter's clock; the limiter holds the
 * retry back as the 429 asked. Without a limiter or `retryUntil`, a 429 is thrown.
 */
async function postSubmission(
  endpoint: JobEndpoint,
  path: string,
  body: unknown,
  queueSignal: AbortSignal | undefined,
  retryUntil: number | undefined,
): Promise<JobResponse> {
  for (;;) {
    try {
      return await postJob(endpoint, path, body, { queueSignal });
    } catch (error) {
      const limiter = endpoint.rateLimiter;
      const timeLeft =
        limiter !== undefined && retryUntil !== undefined && limiter.now() < retryUntil;
      if (!isThrottled(error) || !timeLeft || queueSignal?.aborted) throw error;
    }
  }
}

/**
 * {@link postJob} for a submission, raced against the caller's abort: an abort rejects at
 * once, and the job is cancelled as soon as the submission returns its ID. A 429 is sent
 * again until `retryUntil` (ms on the limiter's clock), when given.
 */
export async function submitJob(
  endpoint: JobEndpoint,
  path: string,
  body: unknown,
  abortSignal: AbortSignal | undefined,
  retryUntil?: number,
): Promise<JobResponse> {
  if (abortSignal?.aborted) throw abortSignal.reason;
  // Not tied to the caller's signal: an abort must still learn the job ID to cancel it
  // (the signal only ends the wait for a turn, before anything is sent).
  const submission = postSubmission(endpoint, path, body, abortSignal, retryUntil);
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

/**
 * `GET /status/{id}`, or `GET /status-sync/{id}?wait=<holdMs>` (a long-poll) when `holdMs`
 * is given, in its turn: the limiter may shorten the hold when more jobs wait than RunPod
 * lets hold at once. `onSend` learns the hold actually asked for, as the request goes.
 */
export async function getJob(
  endpoint: JobEndpoint,
  jobId: string,
  {
    holdMs,
    abortSignal,
    onSend,
  }: {
    holdMs?: number;
    abortSignal?: AbortSignal;
    onSend?: (holdMs: number | undefined) => void;
  } = {},
): Promise<JobResponse> {
  let url = `${endpoint.url}/status/${jobId}`;
  const path = holdMs === undefined ? 'status' : 'status-sync';
  const { value, responseHeaders } = await paced(
    endpoint,
    path,
    { holdMs, queueSignal: abortSignal },
    grantedMs => {
      if (grantedMs !== undefined) url = `${endpoint.url}/status-sync/${jobId}?wait=${grantedMs}`;
      onSend?.(grantedMs);
      return getFromApi({
        url,
        headers: endpoint.headers,
        failedResponseHandler: endpoint.failedResponseHandler,
        successfulResponseHandler: createJsonResponseHandler(jobSchema),
        abortSignal,
        fetch: endpoint.fetch,
      });
    },
  );
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

/**
 * `/stream/{id}`'s answer: the job's status and the partial outputs a generator worker
 * yielded since the last read, each as `{ output }`. RunPod's docs show only a bare array
 * (https://docs.runpod.io/serverless/endpoints/send-requests, "/stream"); both of RunPod's
 * SDKs read `{ status, stream: [{ output }, …] }` (`EndpointStreamOutput` in
 * https://github.com/runpod/js-sdk/blob/main/src/index.ts; `Job.stream` in
 * https://github.com/runpod/runpod-python/blob/main/runpod/endpoint/runner.py), as does
 * runpod-python's own test server (`StreamOutput` in rp_fastapi.py), which adds `error`.
 */
const jobStreamSchema = z.object({
  id: z.string().nullish(),
  status: z.string(),
  stream: z.array(z.object({ output: z.unknown() })).nullish(),
  error: z.unknown().optional(),
});

export interface JobStreamResponse {
  reply: z.infer<typeof jobStreamSchema>;
  url: string;
  responseHeaders: Record<string, string> | undefined;
}

/**
 * One read of a job's stream: `GET /stream/{id}` on RunPod's API (which holds an empty
 * read for a while, about 10 s: `STREAM_UPSTREAM_DEFAULT_WAIT_MS` in
 * https://github.com/runpod/runpod-mcp/blob/main/src/specgen/tools/jobs.ts), or
 * `POST /stream/{id}` on a worker's own server (`method`), which runs the whole generator
 * inside the request. `endpoint.url` is the endpoint's (or the server's) base.
 */
export async function streamJob(
  endpoint: Pick<
    JobEndpoint,
    'url' | 'headers' | 'fetch' | 'failedResponseHandler' | 'rateLimiter'
  >,
  jobId: string,
  { abortSignal, method = 'GET' }: { abortSignal?: AbortSignal; method?: 'GET' | 'POST' } = {},
): Promise<JobStreamResponse> {
  const url = `${endpoint.url}/stream/${encodeURIComponent(jobId)}`;
  const request = {
    url,
    headers: endpoint.headers,
    failedResponseHandler: endpoint.failedResponseHandler,
    successfulResponseHandler: createJsonResponseHandler(jobStreamSchema),
    abortSignal,
    fetch: endpoint.fetch,
  };
  // `/stream` shares the status reads' rate limit (paced with them, `bucketOf`).
  const { value, responseHeaders } = await paced(
    endpoint,
    `stream/${jobId}`,
    { queueSignal: abortSignal },
    () => (method === 'GET' ? getFromApi(request) : postJsonToApi({ ...request, body: {} })),
  );
  return { reply: value, url, responseHeaders };
}
