import { apiKeyRefusal, type MockApiKeys } from './api-keys';
import { type MockEndpoint, mockEndpoint } from './endpoints';
import { EndpointHealth } from './health';
import { DROP_CONNECTION, JOB_ROUTE, jobApi, type JobRouteSettings } from './job-routes';
import { httpServerOf, refused } from './http-servers';
import { type Job, JobQueue, type JobScript } from './jobs';
import { WebhookInbox } from './webhooks';
import { isLocalWorkerPath, LocalWorkerServer } from './local-worker';
import { mediaBytes } from './media';
import { openaiRoute, sleep } from './openai-route';
import { ServerFronts } from './server-fronts';
import { MockRateLimits } from './rate-limits';
import type { MockReply } from './reply';

export { embeddingOf } from './openai-route';

/**
 * A stand-in for RunPod's serverless API (`https://api.runpod.ai/v2`) as
 * RunPod's docs (https://docs.runpod.io/serverless/endpoints/operation-reference), SDKs
 * and workers describe it (each route's file cites its source), written as a web-standard `Request → Response` handler so
 * that the same code serves tests over loopback HTTP (see `node-server.ts`), the examples,
 * and the benchmark in-process.
 *
 * RunPod behaviour it reproduces (and, through `http-servers.ts`, load-balancing endpoints
 * and Pods, which serve vLLM's `/v1` routes themselves, behind the fronts of
 * `server-fronts.ts`: cold starts, timeouts, worker affinity):
 * - `Authorization: Bearer <key>` on every call, else 401 `{"detail":"unauthorized access to endpoint"}`;
 *   keys a test revoked or put over their rate limit answer 401 or 429 (`api-keys.ts`);
 * - `/v2/<endpoint>/openai/v1/{chat/completions,completions,models,embeddings}` answered as
 *   vLLM (or the infinity worker) would, JSON or SSE;
 * - a `model` that is not the endpoint's served model name → HTTP 200 with vLLM's error
 *   object (worker-vllm#57);
 * - an unknown route → `{"error": {"message": "Invalid route", …}}` (400);
 * - `/v2/<endpoint>/health` (see `health.ts`);
 * - the job API (`/run`, `/runsync`, `/status`, `/status-sync`, `/cancel`, `/stream`) for media
 *   endpoints, with result retention and TTL, and media served from `/media/…` without
 *   auth, as RunPod's media hosts do (see `job-routes.ts` and `jobs.ts`);
 * - at the root (`/run`, `/runsync`, `/status/{id}`, `/stream/{id}`), a worker's own server,
 *   runpod-python's `--rp_serve_api`, without auth (see `local-worker.ts`).
 *
 * Tests steer it per request with a key header (`x-mock-key`): scripted answers for that
 * key are served first (see {@link MockScript}; status reads, `/cancel` and media requests
 * do not take scripts), and every request is recorded under its key; what a test changes on
 * an endpoint (`deploy`) holds for that key only. Per key, settings
 * ({@link JobRouteSettings}) change how the job API answers, and the job clock can be moved
 * forward. The control routes live under `/__mock/`: `POST script`, `GET requests`,
 * `POST settings` (a {@link JobRouteSettings}), `POST clock` (`{ advanceMs }`), `POST deploy`,
 * `POST api-keys` (a {@link MockApiKeys}).
 */
export interface MockScript {
  /** Wait this long before answering, in ms. */
  delayMs?: number;
  /** Answer with this status and body (JSON unless `contentType` says otherwise). */
  status?: number;
  body?: unknown;
  contentType?: string;
  /**
   * Extra headers on that answer, e.g. `retry-after-ms`, which the AI SDK's retry takes as
   * its delay: tests about retrying answer with a short one instead of waiting out the
   * 2 s backoff.
   */
  headers?: Record<string, string>;
  /** Answer with this chat reply, rendered as JSON or SSE as the request asks. */
  reply?: MockReply;
  /** Answer with these SSE `data:` payloads (objects are JSON-encoded), then `[DONE]`. */
  events?: unknown[];
  /** Wait this long between SSE events, in ms. */
  eventDelayMs?: number;
  /** Drop the connection after this many SSE events, the body unfinished (a reset). */
  resetAfterEvents?: number;
  /** Send this many SSE events, then nothing more while the connection stays open. */
  stallAfterEvents?: number;
  /** Close the connection without an answer (a network error). */
  dropConnection?: boolean;
  /** For a job submission (`/run`, `/runsync`): how the job goes. */
  job?: JobScript;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

export const KEY_HEADER = 'x-mock-key';
/**
 * Where job outputs say their media are, when not on the mock's own origin: the examples
 * runner sets it to `https://api.runpod.ai`, the origin the provider believes it talks to.
 */
export const MEDIA_ORIGIN_HEADER = 'x-mock-media-origin';
export { DROP_CONNECTION };

export interface MockRunPod {
  handle(request: Request): Promise<Response>;
  script(key: string, scripts: MockScript[]): void;
  requests(key: string): RecordedRequest[];
  /** Sets how the job API answers requests under `key`. */
  configure(key: string, settings: JobRouteSettings): void;
  /** Moves the job clock of `key` forward by `ms` (to age its jobs). */
  advanceClock(key: string, ms: number): void;
  /** A job by ID with when it was submitted and ends, on its key's clock (for the benchmark). */
  job(id: string): { submittedAt: number; endsAt: number; clockOffsetMs: number } | undefined;
  /** Changes what an endpoint serves, for requests with this key (a redeployment). */
  deploy(key: string, endpointId: string, endpoint: Partial<MockEndpoint>): void;
  /** Sets which API keys RunPod refuses, for requests under `key`. */
  apiKeys(key: string, keys: MockApiKeys): void;
  /** Per `<key> <endpoint> <operation>`: the most requests in flight, and 429s answered. */
  rateLimitStats(): Record<string, { maxInFlight: number; throttled: number }>;
}

export function createMockRunPod(): MockRunPod {
  const scripts = new Map<string, MockScript[]>();
  const recorded = new Map<string, RecordedRequest[]>();
  const settings = new Map<string, JobRouteSettings>();
  const deployments = new Map<string, Partial<MockEndpoint>>();
  const apiKeys = new Map<string, MockApiKeys>();
  const jobs = new JobQueue();
  const health = new EndpointHealth();
  const fronts = new ServerFronts();
  const localWorker = new LocalWorkerServer();
  const rateLimits = new MockRateLimits();
  const inbox = new WebhookInbox();
  let requestCount = 0;

  const mock: MockRunPod = {
    script(key, list) {
      scripts.set(key, [...(scripts.get(key) ?? []), ...list]);
    },
    requests(key) {
      return recorded.get(key) ?? [];
    },
    deploy(key, endpointId, endpoint) {
      deployments.set(`${key} ${endpointId}`, endpoint);
    },
    apiKeys(key, value) {
      apiKeys.set(key, value);
    },
    configure(key, value) {
      settings.set(key, { ...settings.get(key), ...value });
    },
    rateLimitStats: () => rateLimits.stats(),
    advanceClock(key, ms) {
      jobs.advance(key, ms);
    },
    job(id) {
      const job: Job | undefined = jobs.get(id);
      if (job === undefined) return undefined;
      const clockOffsetMs = jobs.now(job.key) - Date.now();
      return { submittedAt: job.submittedAt, endsAt: jobs.endedAt(job), clockOffsetMs };
    },
    async handle(request) {
      const url = new URL(request.url);
      if (url.pathname.startsWith('/__mock/')) return control(mock, url, request);
      if (url.pathname.startsWith('/__inbox/')) return inbox.answer(url, request);

      const text = await request.text();
      const key = request.headers.get(KEY_HEADER) ?? '';
      const entry: RecordedRequest = {
        method: request.method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: Object.fromEntries(request.headers),
        body: parseJson(text),
      };
      const log = recorded.get(key) ?? [];
      log.push(entry);
      recorded.set(key, log);
      requestCount += 1;

      if (url.pathname.startsWith('/media/')) return media(url);
      if (isLocalWorkerPath(url.pathname)) return localWorker.answer(request, url, entry.body);

      const jobRoute = JOB_ROUTE.exec(url.pathname);
      const takesScript = jobRoute === null || jobRoute[2] === 'run' || jobRoute[2] === 'runsync';
      const script = takesScript ? scripts.get(key)?.shift() : undefined;
      if (script?.delayMs) await sleep(script.delayMs, request.signal);
      if (script?.dropConnection) throw DROP_CONNECTION;

      const auth = request.headers.get('authorization') ?? '';
      const server = httpServerOf(request, url);
      if (server !== undefined) {
        const endpoint = mockEndpoint(server.id, deployments.get(`${key} ${server.id}`));
        if (script?.status !== undefined) return scripted(script);
        return (
          refused(server, auth, endpoint.apiKey) ??
          fronts.answer(
            key,
            server,
            endpoint,
            { headers: request.headers, body: entry.body },
            () =>
              openaiRoute({
                endpoint,
                route: server.route,
                body: entry.body,
                script,
                requestId: String(requestCount),
                signal: request.signal,
              }).response,
          )
        );
      }
      if (!/^Bearer rpa_\S+$/.test(auth)) {
        return Response.json({ detail: 'unauthorized access to endpoint' }, { status: 401 });
      }
      const refusal = apiKeyRefusal(apiKeys.get(key), auth);
      if (refusal !== undefined) return refusal;
      if (script?.status !== undefined) return scripted(script);
      if (jobRoute !== null) {
        const [, endpointId, operation, jobId] = jobRoute;
        return jobApi(jobs, {
          key,
          endpointId,
          operation,
          jobId,
          url,
          body: entry.body,
          jobScript: script?.job,
          settings: settings.get(key) ?? {},
          signal: request.signal,
          mediaOrigin: request.headers.get(MEDIA_ORIGIN_HEADER) ?? url.origin,
          rateLimits,
        });
      }

      const healthRoute = /^\/v2\/([A-Za-z0-9_-]+)\/health$/.exec(url.pathname);
      if (healthRoute !== null) return health.answer(key, healthRoute[1]);

      const match = /^\/v2\/([A-Za-z0-9_-]+)\/openai\/v1\/(.+)$/.exec(url.pathname);
      if (!match) {
        return Response.json({ error: `Route not found: ${url.pathname}` }, { status: 404 });
      }
      const [, endpointId, route] = match;
      const { response, ranJob } = openaiRoute({
        endpoint: mockEndpoint(endpointId, deployments.get(`${key} ${endpointId}`)),
        route,
        body: entry.body,
        script,
        requestId: String(requestCount),
        signal: request.signal,
      });
      if (ranJob) health.jobDone(key, endpointId);
      return response;
    },
  };
  return mock;
}

async function control(mock: MockRunPod, url: URL, request: Request): Promise<Response> {
  const key = url.searchParams.get('key') ?? '';
  if (url.pathname === '/__mock/script' && request.method === 'POST') {
    mock.script(key, (await request.json()) as MockScript[]);
    return Response.json({ ok: true });
  }
  if (url.pathname === '/__mock/requests') {
    return Response.json(mock.requests(key));
  }
  if (url.pathname === '/__mock/settings' && request.method === 'POST') {
    mock.configure(key, (await request.json()) as JobRouteSettings);
    return Response.json({ ok: true });
  }
  if (url.pathname === '/__mock/clock' && request.method === 'POST') {
    const { advanceMs } = (await request.json()) as { advanceMs: number };
    mock.advanceClock(key, advanceMs);
    return Response.json({ ok: true });
  }
  if (url.pathname === '/__mock/api-keys' && request.method === 'POST') {
    mock.apiKeys(key, (await request.json()) as MockApiKeys);
    return Response.json({ ok: true });
  }
  if (url.pathname === '/__mock/deploy' && request.method === 'POST') {
    mock.deploy(key, url.searchParams.get('endpoint') ?? '', await request.json());
    return Response.json({ ok: true });
  }
  return Response.json({ error: 'unknown control route' }, { status: 404 });
}

function media(url: URL): Response {
  const file = mediaBytes(url.pathname.slice('/media/'.length));
  if (file === undefined) return new Response('not found', { status: 404 });
  return new Response(file.bytes, { headers: { 'content-type': file.mediaType } });
}

function scripted(script: MockScript): Response {
  const isText = typeof script.body === 'string';
  return new Response(isText ? (script.body as string) : JSON.stringify(script.body ?? null), {
    status: script.status,
    headers: {
      'content-type': script.contentType ?? (isText ? 'text/plain' : 'application/json'),
      ...script.headers,
    },
  });
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
