/**
 * The HTTP servers RunPod runs for you, which speak the OpenAI API themselves rather than
 * through the job API: load-balancing serverless endpoints at `https://<endpoint id>.api.runpod.ai`
 * (RunPod checks `Authorization: Bearer <RunPod API key>`,
 * https://docs.runpod.io/serverless/load-balancing/overview) and Pods at
 * `https://<pod id>-<port>.proxy.runpod.net` (public; the server in the Pod, e.g. `vllm serve`,
 * checks its own `--api-key` if it was given one, https://docs.runpod.io/pods/configuration/expose-ports).
 * Both answer vLLM's routes under `/v1`. Tests reach them through a `fetch` that sends the
 * host it meant in `x-mock-host` (tests/runpod-hosts.ts). A request to `/v1/…` on the mock's
 * own origin, with no `x-mock-host`, is a self-hosted server (`vllm serve`, no key unless
 * a test deploys one on `self-hosted`): what `baseURL: 'http://localhost:8000/v1'` reaches.
 */
export const HOST_HEADER = 'x-mock-host';

export interface HttpServer {
  /** The endpoint or Pod ID, which names it in the mock's endpoint table. */
  id: string;
  kind: 'load-balancing' | 'pod' | 'self-hosted';
  /** The vLLM route after `/v1/`. */
  route: string;
}

/** The HTTP server a request was meant for, if it was meant for one. */
export function httpServerOf(request: Request, url: URL): HttpServer | undefined {
  const host = request.headers.get(HOST_HEADER) ?? '';
  const route = /^\/v1\/(.+)$/.exec(url.pathname)?.[1];
  if (route === undefined) return undefined;
  if (host === '') return { id: 'self-hosted', kind: 'self-hosted', route };
  const lb = /^([a-z0-9]+)\.api\.runpod\.ai$/i.exec(host);
  if (lb !== null) return { id: lb[1], kind: 'load-balancing', route };
  const pod = /^([a-z0-9]+)-\d+\.proxy\.runpod\.net$/i.exec(host);
  return pod !== null ? { id: pod[1], kind: 'pod', route } : undefined;
}

/**
 * The answer to a request whose credentials the server refuses, or undefined: RunPod's 401
 * for a load-balancing endpoint without the RunPod key; for a Pod whose server has an API
 * key, vLLM's `{"error": "Unauthorized"}` (401) without it.
 */
export function refused(server: HttpServer, auth: string, podApiKey: string | undefined) {
  if (server.kind === 'load-balancing') {
    return /^Bearer rpa_\S+$/.test(auth)
      ? undefined
      : Response.json({ detail: 'unauthorized access to endpoint' }, { status: 401 });
  }
  return podApiKey === undefined || auth === `Bearer ${podApiKey}`
    ? undefined
    : Response.json({ error: 'Unauthorized' }, { status: 401 });
}
