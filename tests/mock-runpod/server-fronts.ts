import type { MockEndpoint } from './endpoints';
import type { HttpServer } from './http-servers';

/**
 * How a load-balancing endpoint's or a Pod's server is doing, as a test deploys it
 * (`mock.deploy(id, { front: … })`): what RunPod's load balancer and the Pod proxy in front
 * of it then answer instead of the server.
 */
export interface MockServerFront {
  /** Load-balancing endpoint: this many requests arrive before any worker is ready. */
  coldRequests?: number;
  /**
   * How long the server takes to answer a request. Nothing waits: past the front's limit
   * the front answers 524 at once.
   */
  answersAfterMs?: number;
  /** Load-balancing endpoint: its workers' IDs (default `<endpoint>-worker-1`). */
  workers?: string[];
  /** Workers that stay busy with other requests (strict affinity to one times out). */
  busyWorkers?: string[];
}

// "Processing timeout | 5.5 min (per request)"
// (https://docs.runpod.io/serverless/load-balancing/overview, "Timeouts and limits").
const LOAD_BALANCER_LIMIT_MS = 330_000;
// "Cloudflare enforces a maximum connection time of 100 seconds. If your service doesn't
// respond within this time, the connection closes with a 524 error"
// (https://docs.runpod.io/pods/configuration/expose-ports, "Proxy limitations and behavior").
// Cloudflare times the wait for the origin's response
// (https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/),
// so a stream, whose headers come at once, is not cut.
const POD_PROXY_LIMIT_MS = 100_000;

/** The header that names, and pins, a load-balancing endpoint's worker. */
const WORKER_HEADER = 'x-runpod-worker-id';

/**
 * RunPod's load balancer and the Pod proxy, in front of the mock's OpenAI server. Per test
 * key, it counts the requests a cold load-balancing endpoint has turned away.
 */
export class ServerFronts {
  private readonly turnedAway = new Map<string, number>();

  /**
   * The front's own answer to a request, or `serve`'s answer with what the front adds
   * (the worker that served it, on a load-balancing endpoint).
   */
  answer(
    key: string,
    server: HttpServer,
    endpoint: MockEndpoint,
    request: { headers: Headers; body: unknown },
    serve: () => Response,
  ): Response {
    const front = endpoint.front ?? {};
    const streams = (request.body as { stream?: unknown } | undefined)?.stream === true;
    if (server.kind === 'pod') {
      const tooSlow = !streams && (front.answersAfterMs ?? 0) > POD_PROXY_LIMIT_MS;
      return tooSlow ? cloudflareTimeout() : serve();
    }
    const counter = `${key} ${server.id}`;
    const turnedAway = this.turnedAway.get(counter) ?? 0;
    if (turnedAway < (front.coldRequests ?? 0)) {
      this.turnedAway.set(counter, turnedAway + 1);
      // "If you see: `{"error":"no workers available"}` after running the request, this
      // means your workers did not initialize in time to process it"
      // (https://docs.runpod.io/serverless/load-balancing/vllm-worker). The docs show the
      // body only; the status is 400, as the load balancer answers it (issue 15).
      return Response.json({ error: 'no workers available' }, { status: 400 });
    }
    const worker = pickWorker(server.id, front, request.headers.get(WORKER_HEADER));
    if (worker instanceof Response) return worker;
    // The docs give the limit, not the answer past it: a 524 (issue 15), as Cloudflare's.
    if ((front.answersAfterMs ?? 0) > LOAD_BALANCER_LIMIT_MS) return cloudflareTimeout();
    const response = serve();
    // "Every response from the load balancer includes an `X-Runpod-Worker-Id` header"
    // (https://docs.runpod.io/serverless/load-balancing/worker-affinity).
    const headers = new Headers(response.headers);
    headers.set(WORKER_HEADER, worker);
    return new Response(response.body, { status: response.status, headers });
  }
}

/**
 * The worker that takes a request, by its `X-Runpod-Worker-Id` (soft: `<id>`, preferred if
 * free; `strict <id>` / `strict-resume <id>`: that worker or an error), or the load
 * balancer's error: 404 `affinity_worker_gone` for a worker not in the endpoint's set, 400
 * `timed out waiting for worker` for one that stays busy
 * (https://docs.runpod.io/serverless/load-balancing/worker-affinity, "Strict affinity" and
 * "Error reference"). The docs give the reasons, not the body; the mock sends them in the
 * load balancer's documented error shape, `{"error": "…"}`.
 */
function pickWorker(
  endpointId: string,
  front: MockServerFront,
  pin: string | null,
): string | Response {
  const workers = front.workers ?? [`${endpointId}-worker-1`];
  const busy = new Set(front.busyWorkers ?? []);
  const free = workers.filter(worker => !busy.has(worker));
  const [, mode, id] = /^(?:(strict|strict-resume)\s+)?(\S+)$/.exec(pin?.trim() ?? '') ?? [];
  if (mode === undefined) {
    // No pin, or soft affinity: the pinned worker if it is free, else normal selection.
    return id !== undefined && free.includes(id) ? id : (free[0] ?? workers[0]);
  }
  if (!workers.includes(id)) {
    return Response.json({ error: 'affinity_worker_gone' }, { status: 404 });
  }
  if (busy.has(id)) {
    return Response.json({ error: 'timed out waiting for worker' }, { status: 400 });
  }
  return id;
}

/**
 * Cloudflare's 524, which its edge answers when the origin has not responded in time
 * (https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/);
 * to API clients its body is the short text `error code: 524`.
 */
function cloudflareTimeout(): Response {
  return new Response('error code: 524', {
    status: 524,
    headers: { 'content-type': 'text/plain; charset=UTF-8' },
  });
}
