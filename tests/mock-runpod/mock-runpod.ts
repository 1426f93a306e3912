import { mockEndpoint } from './endpoints';
import { DROP_CONNECTION, JOB_ROUTE, jobApi, type JobRouteSettings } from './job-routes';
import { type Job, JobQueue, type JobScript } from './jobs';
import { mediaBytes } from './media';
import {
  type MockReply,
  renderChatCompletion,
  renderChatCompletionChunks,
  renderCompletion,
  renderCompletionChunks,
} from './reply';
import { promptTokensOf, simulateChatReply, simulateCompletion } from './simulate';

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
 * - the job API (`/run`, `/runsync`, `/status`, `/status-sync`, `/cancel`) for media
 *   endpoints, with result retention and TTL, and media served from `/media/…` without
 *   auth, as RunPod's media hosts do (see `job-routes.ts` and `jobs.ts`).
 *
 * Tests steer it per request with a key header (`x-mock-key`): scripted answers for that
 * key are served first (see {@link MockScript}; status reads, `/cancel` and media requests
 * do not take scripts), and every request is recorded under its key. Per key, settings
 * ({@link JobRouteSettings}) change how the job API answers, and the job clock can be moved
 * forward. The control routes live under `/__mock/`: `POST script`, `GET requests`,
 * `POST settings` (a {@link JobRouteSettings}), `POST clock` (`{ advanceMs }`).
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
}

export function createMockRunPod(): MockRunPod {
  const scripts = new Map<string, MockScript[]>();
  const recorded = new Map<string, RecordedRequest[]>();
  const settings = new Map<string, JobRouteSettings>();
  const jobs = new JobQueue();
  let requestCount = 0;

  const mock: MockRunPod = {
    script(key, list) {
      scripts.set(key, [...(scripts.get(key) ?? []), ...list]);
    },
    requests(key) {
      return recorded.get(key) ?? [];
    },
    configure(key, value) {
      settings.set(key, { ...settings.get(key), ...value });
    },
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

      const jobRoute = JOB_ROUTE.exec(url.pathname);
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
        });
      }

      const match = /^\/v2\/([A-Za-z0-9_-]+)\/openai\/v1\/(.+)$/.exec(url.pathname);
      if (!match) {
        return Response.json({ error: `Route not found: ${url.pathname}` }, { status: 404 });
      }
      return openaiRoute(
        match[1],
        match[2],
        entry.body,
        script,
        String(requestCount),
        request.signal,
      );
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
  return Response.json({ error: 'unknown control route' }, { status: 404 });
}

function media(url: URL): Response {
  const file = mediaBytes(url.pathname.slice('/media/'.length));
  if (file === undefined) return new Response('not found', { status: 404 });
  return new Response(file.bytes, { headers: { 'content-type': file.mediaType } });
}

function openaiRoute(
  endpointId: string,
  route: string,
  body: any,
  script: MockScript | undefined,
  requestId: string,
  signal: AbortSignal,
): Response {
  const endpoint = mockEndpoint(endpointId);
  if (route === 'models') {
    return Response.json({
      object: 'list',
      data: endpoint.servedModelNames.map(id => ({
        id,
        object: 'model',
        created: 1_767_225_600,
        owned_by: 'vllm',
      })),
    });
  }
  if (!['chat/completions', 'completions', 'embeddings'].includes(route)) {
    return Response.json(
      { error: { message: 'Invalid route', type: 'BadRequestError', code: 400 } },
      { status: 400 },
    );
  }
  if (body == null || typeof body !== 'object') {
    return Response.json(
      {
        error: {
          message: 'Request body must be a JSON object',
          type: 'BadRequestError',
          code: 400,
        },
      },
      { status: 400 },
    );
  }
  if (!endpoint.servedModelNames.includes(body.model)) {
    // vLLM's "model does not exist" error, delivered by RunPod with HTTP 200 (worker-vllm#57).
    return Response.json({
      object: 'error',
      message: `The model \`${body.model}\` does not exist.`,
      type: 'NotFoundError',
      param: null,
      code: 404,
    });
  }

  const includeUsage = body.stream_options?.include_usage === true;
  const promptTokens = promptTokensOf(body);

  if (route === 'embeddings') {
    const inputs: string[] = Array.isArray(body.input) ? body.input : [body.input];
    return Response.json({
      object: 'list',
      model: body.model,
      data: inputs.map((input, index) => ({
        object: 'embedding',
        embedding: embeddingOf(input),
        index,
      })),
      usage: {
        prompt_tokens: inputs.join(' ').split(/\s+/).length,
        total_tokens: inputs.join(' ').split(/\s+/).length,
      },
    });
  }

  if (script?.events) return sse(script.events, script.eventDelayMs ?? 0, signal);

  if (route === 'completions') {
    const { text, finishReason } = simulateCompletion(body);
    return body.stream
      ? sse(
          renderCompletionChunks(
            text,
            body.model,
            requestId,
            promptTokens,
            includeUsage,
            finishReason,
          ),
          script?.eventDelayMs ?? 0,
          signal,
        )
      : Response.json(renderCompletion(text, body.model, requestId, promptTokens, finishReason));
  }

  const reply = script?.reply ?? simulateChatReply(body, endpoint);
  return body.stream
    ? sse(
        renderChatCompletionChunks(reply, body.model, requestId, promptTokens, includeUsage),
        script?.eventDelayMs ?? 0,
        signal,
      )
    : Response.json(renderChatCompletion(reply, body.model, requestId, promptTokens));
}

/**
 * A deterministic 16-dimensional unit vector per text: a bag of hashed words, so that
 * texts sharing words come out similar (enough for cosine similarity to mean something).
 */
export function embeddingOf(text: string): number[] {
  const vector = new Array<number>(16).fill(0.01);
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    let hash = 7;
    for (const char of word) hash = (hash * 31 + char.charCodeAt(0)) % 65_521;
    vector[hash % 16] += 1;
  }
  const norm = Math.hypot(...vector);
  return vector.map(value => value / norm);
}

function scripted(script: MockScript): Response {
  const isText = typeof script.body === 'string';
  return new Response(isText ? (script.body as string) : JSON.stringify(script.body ?? null), {
    status: script.status,
    headers: { 'content-type': script.contentType ?? (isText ? 'text/plain' : 'application/json') },
  });
}

function sse(events: unknown[], eventDelayMs: number, signal: AbortSignal): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        for (const event of [...events, '[DONE]']) {
          if (eventDelayMs > 0) await sleep(eventDelayMs, signal);
          const data = typeof event === 'string' ? event : JSON.stringify(event);
          controller.enqueue(encoder.encode(`data: ${data}\n\n`));
        }
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
  return new Response(stream, {
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' },
  });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
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
