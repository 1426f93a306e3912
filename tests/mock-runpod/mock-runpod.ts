import { type MockEndpoint, mockEndpoint } from './endpoints';
import { EndpointHealth } from './health';
import { DROP, holdUntilDone, type JobScript, JobQueue } from './jobs';
import { mediaBytes } from './media';
import { openaiRoute, sleep } from './openai-route';
import type { MockReply } from './reply';

export { embeddingOf } from './openai-route';

/**
 * A stand-in for RunPod's serverless API (`https://api.runpod.ai/v2`) as
 * `runpod-api.md` describes it, written as a web-standard `Request → Response` handler so
 * that the same code serves tests over loopback HTTP (see `node-server.ts`), the examples,
 * and the benchmark in-process.
 *
 * RunPod behaviour it reproduces:
 * - `Authorization: Bearer <key>` on every call, else 401 `{"detail":"unauthorized access to endpoint"}`;
 * - `/v2/<endpoint>/openai/v1/{chat/completions,completions,models,embeddings}` answered as
 *   vLLM (or the infinity worker) would, JSON or SSE;
 * - a `model` that is not the endpoint's served model name → HTTP 200 with vLLM's error
 *   object (worker-vllm#57);
 * - an unknown route → `{"error": {"message": "Invalid route", …}}` (400);
 * - `/v2/<endpoint>/health` (see `health.ts`);
 * - the job API (`/run`, `/runsync`, `/status`, `/cancel`) for media endpoints, with media
 *   served from `/media/…` without auth, as RunPod's media hosts do (see `jobs.ts`).
 *
 * Tests steer it per request with a key header (`x-mock-key`): scripted answers for that
 * key are served first (see {@link MockScript}; `/status`, `/cancel` and media requests do
 * not take scripts), and every request is recorded under its key; what a test changes on
 * an endpoint (`deploy`) holds for that key only. The control routes live under `/__mock/`.
 */
export interface MockScript {
  /** Wait this long before answering, in ms. */
  delayMs?: number;
  /** Answer with this status and body (JSON unless `contentType` says otherwise). */
  status?: number;
  body?: unknown;
  contentType?: string;
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
export const DROP_CONNECTION = Symbol('drop-connection');

export interface MockRunPod {
  handle(request: Request): Promise<Response>;
  script(key: string, scripts: MockScript[]): void;
  requests(key: string): RecordedRequest[];
  /** Changes what an endpoint serves, for requests with this key (a redeployment). */
  deploy(key: string, endpointId: string, endpoint: Partial<MockEndpoint>): void;
}

export function createMockRunPod(): MockRunPod {
  const scripts = new Map<string, MockScript[]>();
  const recorded = new Map<string, RecordedRequest[]>();
  const deployments = new Map<string, Partial<MockEndpoint>>();
  const jobs = new JobQueue();
  const health = new EndpointHealth();
  let requestCount = 0;

  const mock: MockRunPod = {
    script(key, list) {
      scripts.set(key, [...(scripts.get(key) ?? []), ...list]);
    },
    deploy(key, endpointId, endpoint) {
      deployments.set(`${key} ${endpointId}`, endpoint);
    },
    requests(key) {
      return recorded.get(key) ?? [];
    },
    async handle(request) {
      const url = new URL(request.url);
      if (url.pathname.startsWith('/__mock/')) return control(mock, url, request);

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

      const jobRoute = /^\/v2\/([A-Za-z0-9_-]+)\/(run|runsync|status|cancel)(?:\/([^/]+))?$/.exec(
        url.pathname,
      );
      const takesScript = jobRoute === null || jobRoute[2] === 'run' || jobRoute[2] === 'runsync';
      const script = takesScript ? scripts.get(key)?.shift() : undefined;
      if (script?.delayMs) await sleep(script.delayMs, request.signal);
      if (script?.dropConnection) throw DROP_CONNECTION;

      const auth = request.headers.get('authorization') ?? '';
      if (!/^Bearer rpa_\S+$/.test(auth)) {
        return Response.json({ detail: 'unauthorized access to endpoint' }, { status: 401 });
      }
      if (script?.status !== undefined) return scripted(script);
      if (jobRoute !== null) {
        const [, endpointId, operation, jobId] = jobRoute;
        return jobApi(jobs, {
          endpointId,
          operation,
          jobId,
          url,
          body: entry.body,
          script,
          signal: request.signal,
          mediaOrigin: request.headers.get(MEDIA_ORIGIN_HEADER) ?? url.origin,
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
  if (url.pathname === '/__mock/deploy' && request.method === 'POST') {
    mock.deploy(key, url.searchParams.get('endpoint') ?? '', await request.json());
    return Response.json({ ok: true });
  }
  return Response.json({ error: 'unknown control route' }, { status: 404 });
}

async function jobApi(
  jobs: JobQueue,
  {
    endpointId,
    operation,
    jobId,
    url,
    body,
    script,
    signal,
    mediaOrigin,
  }: {
    endpointId: string;
    operation: string;
    jobId: string | undefined;
    url: URL;
    body: unknown;
    script: MockScript | undefined;
    signal: AbortSignal;
    mediaOrigin: string;
  },
): Promise<Response> {
  if (operation === 'run' || operation === 'runsync') {
    const sync = operation === 'runsync';
    const job = jobs.submit(endpointId, body, script?.job ?? {}, sync, mediaOrigin);
    if (typeof job === 'string') return Response.json({ error: job }, { status: 400 });
    if (!sync) return Response.json({ id: job.id, status: 'IN_QUEUE' });
    await holdUntilDone(jobs, job, url.searchParams.get('wait'), signal);
    const view = jobs.view(job);
    const status = view.status === 'FAILED' ? (job.script.failedHttpStatus ?? 200) : 200;
    return Response.json(view, { status });
  }
  const job = jobId === undefined ? undefined : jobs.get(jobId);
  if (job === undefined || job.endpointId !== endpointId) {
    return Response.json({ error: 'request does not exist' }, { status: 404 });
  }
  if (operation === 'cancel') {
    jobs.cancel(job);
    return Response.json({ id: job.id, status: jobs.view(job).status });
  }
  const failure = jobs.takeStatusFailure(job);
  if (failure === DROP) throw DROP_CONNECTION;
  if (failure !== undefined) {
    return Response.json({ error: `scripted HTTP ${failure}` }, { status: failure });
  }
  return Response.json(jobs.view(job));
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
    headers: { 'content-type': script.contentType ?? (isText ? 'text/plain' : 'application/json') },
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
