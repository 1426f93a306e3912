import {
  DROP,
  holdUntilDone,
  type Job,
  type JobQueue,
  type JobScript,
  takeStreamParts,
  waitParam,
} from './jobs';
import {
  type JobRateLimits,
  limitedOperation,
  type MockRateLimits,
  RUNPOD_BASE_LIMITS,
  tooManyRequests,
} from './rate-limits';
import { deliverWebhook, type WebhookSettings } from './webhooks';

/**
 * The job API's routes as the mock answers them (https://docs.runpod.io/serverless/endpoints/operation-reference; the queue's timing,
 * retention and TTL are in `jobs.ts`):
 * - `POST /run` → `{id, status: "IN_QUEUE"}` at once;
 * - `POST /runsync?wait=` holds until the job ends or `wait` ms pass (default 90 000,
 *   1 000–300 000: https://docs.runpod.io/serverless/endpoints/operation-reference), then
 *   answers like `/status`;
 * - `GET /status/{id}` answers at once;
 * - `GET|POST /status-sync/{id}?wait=` holds like `/runsync` (wait clamped to 1 000–90 000,
 *   as RunPod's JS SDK clamps it: `statusSync` in
 *   https://github.com/runpod/js-sdk/blob/main/src/index.ts; RunPod's own bounds and its
 *   default are undocumented, the mock holds 90 s without `?wait=`). Older docs list it as
 *   "Synchronous status check", GET or POST
 *   (https://github.com/runpod/docs/blob/e875836aacbe4b227ef55de5c1e6f75a87cc184c/docs/serverless/endpoints/operations.md),
 *   and in the rate-limit table with `/status`;
 * - `POST /cancel/{id}` → `{id, status}`;
 * - `GET /stream/{id}` → `{id, status, stream: [{output}, …]}`, the partial outputs a
 *   generator worker yielded since the last read (the shape RunPod's SDKs read:
 *   `EndpointStreamOutput` in https://github.com/runpod/js-sdk/blob/main/src/index.ts,
 *   `Job.stream` in https://github.com/runpod/runpod-python/blob/main/runpod/endpoint/runner.py;
 *   RunPod's docs show only a bare array of `{output}`). While nothing is new and the job
 *   runs, the read holds up to 10 s, as RunPod's MCP server expects of an empty `/stream`
 *   (`STREAM_UPSTREAM_DEFAULT_WAIT_MS` in
 *   https://github.com/runpod/runpod-mcp/blob/main/src/specgen/tools/jobs.ts). The answer
 *   carries no `error` (neither SDK reads one there): a failed job's error is on `/status`.
 *
 * 404 bodies: RunPod documents neither the body of a job it no longer knows nor that of
 * an unknown route (https://docs.runpod.io/serverless/endpoints/send-requests#error-handling
 * lists status codes only). The mock answers a forgotten job with
 * `{"error": "request does not exist"}` and, behind {@link JobRouteSettings.statusSyncRoute},
 * a proxy's plain-text "Not Found" / "Method Not Allowed", so that the two differ as they
 * would, and the client cannot lean on either text.
 */
export interface JobRouteSettings extends WebhookSettings {
  /**
   * Play a proxy or gateway in front of RunPod that forwards only the documented paths:
   * `/status-sync` answers with this status (404 or 405) instead of reaching RunPod.
   */
  statusSyncRoute?: 404 | 405;
  /**
   * Answer holds (`/status-sync`, `/runsync`) after at most this many ms even when the
   * `wait` asked for is longer, with the job as it is then. RunPod holds for the whole
   * `wait`; this lets a test see a job outlast several holds in a few seconds.
   */
  holdLimitMs?: number;
  /**
   * Enforce RunPod's per-endpoint rate limits (`'runpod'`: the documented ones; or these),
   * answering 429 beyond them (see `rate-limits.ts`). Off unless set.
   */
  rateLimits?: 'runpod' | JobRateLimits;
  /** Send `Retry-After: <seconds>` with those 429s (RunPod documents none). */
  retryAfterSeconds?: number;
}

export const DROP_CONNECTION = Symbol('drop-connection');

export interface JobRequest {
  key: string;
  endpointId: string;
  operation: string;
  jobId: string | undefined;
  url: URL;
  body: unknown;
  /** How a submitted job goes (from the request's script). */
  jobScript: JobScript | undefined;
  settings: JobRouteSettings;
  signal: AbortSignal;
  mediaOrigin: string;
  /** The mock's rate-limit counts. */
  rateLimits: MockRateLimits;
}

/** Matches a job API path: `[, endpointId, operation, jobId?]`. */
export const JOB_ROUTE =
  /^\/v2\/([A-Za-z0-9_-]+)\/(run|runsync|status|status-sync|cancel|stream)(?:\/([^/]+))?$/;

export async function jobApi(jobs: JobQueue, request: JobRequest): Promise<Response> {
  const { settings } = request;
  const limits = settings.rateLimits === 'runpod' ? RUNPOD_BASE_LIMITS : settings.rateLimits;
  const operation = limitedOperation(request.operation);
  const limit = limits?.[operation];
  if (limit === undefined) return route(jobs, request);
  const end = request.rateLimits.admit(`${request.key} ${request.endpointId} ${operation}`, limit);
  if (end === undefined) return tooManyRequests(settings.retryAfterSeconds);
  try {
    return await route(jobs, request);
  } finally {
    end();
  }
}

async function route(jobs: JobQueue, request: JobRequest): Promise<Response> {
  const { operation, url, settings, signal } = request;
  if (operation === 'run' || operation === 'runsync') return submit(jobs, request);

  if (operation === 'status-sync' && settings.statusSyncRoute !== undefined) {
    const status = settings.statusSyncRoute;
    return new Response(status === 405 ? 'Method Not Allowed' : 'Not Found', {
      status,
      headers: { 'content-type': 'text/plain' },
    });
  }
  const job = request.jobId === undefined ? undefined : jobs.get(request.jobId);
  if (job === undefined || job.endpointId !== request.endpointId) return unknownJob();
  if (operation === 'cancel') {
    jobs.cancel(job);
    return Response.json({ id: job.id, status: jobs.view(job).status });
  }

  const failure = jobs.takeStatusFailure(job);
  if (failure === DROP) throw DROP_CONNECTION;
  if (failure !== undefined) {
    return Response.json({ error: `scripted HTTP ${failure}` }, { status: failure });
  }
  if (operation === 'stream') return streamAnswer(jobs, job, settings, signal);
  if (operation === 'status-sync') {
    const waitMs = waitParam(url.searchParams.get('wait'), 1_000, 90_000, 90_000);
    await holdUntilDone(jobs, job, Math.min(waitMs, settings.holdLimitMs ?? waitMs), signal);
    if (jobs.get(job.id) === undefined) return unknownJob();
  }
  return answer(jobs, job);
}

async function submit(jobs: JobQueue, request: JobRequest): Promise<Response> {
  const sync = request.operation === 'runsync';
  const job = jobs.submit(
    request.key,
    request.endpointId,
    request.body,
    request.jobScript ?? {},
    sync,
    request.mediaOrigin,
  );
  if (typeof job === 'string') return Response.json({ error: job }, { status: 400 });
  const webhook = (request.body as { webhook?: unknown }).webhook;
  if (typeof webhook === 'string') void deliverWebhook(jobs, job, webhook, request.settings);
  if (!sync) return Response.json({ id: job.id, status: 'IN_QUEUE' });
  const waitMs = waitParam(request.url.searchParams.get('wait'), 1_000, 300_000, 90_000);
  const { holdLimitMs = waitMs } = request.settings;
  await holdUntilDone(jobs, job, Math.min(waitMs, holdLimitMs), request.signal);
  return answer(jobs, job);
}

function answer(jobs: JobQueue, job: Job): Response {
  const view = jobs.view(job);
  const status = view.status === 'FAILED' ? (job.script.failedHttpStatus ?? 200) : 200;
  return Response.json(view, { status });
}

async function streamAnswer(
  jobs: JobQueue,
  job: Job,
  settings: JobRouteSettings,
  signal: AbortSignal,
): Promise<Response> {
  const until = Date.now() + Math.min(10_000, settings.holdLimitMs ?? 10_000);
  for (;;) {
    const parts = takeStreamParts(jobs, job);
    const { status } = jobs.view(job);
    const done = jobs.msUntilChange(job) === undefined;
    if (parts.length > 0 || done || Date.now() >= until || signal.aborted) {
      return Response.json({ id: job.id, status, stream: parts.map(output => ({ output })) });
    }
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}

function unknownJob(): Response {
  return Response.json({ error: 'request does not exist' }, { status: 404 });
}
