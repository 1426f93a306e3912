import { InvalidArgumentError } from '@ai-sdk/provider';

/**
 * The URLs a model ID can be: RunPod console and hub pages, endpoint URLs on the job API,
 * and the HTTP servers RunPod runs for you (load-balancing endpoints and Pods).
 */

const CONSOLE_HOSTS = new Set(['console.runpod.io', 'www.console.runpod.io']);

/** An HTTP server that speaks the OpenAI API itself (vLLM, SGLang, …), with no job API. */
export interface ServerURL {
  /** Its OpenAI base: `https://<host>/v1`. */
  openaiBase: string;
  /** Its host, which names it in messages. */
  host: string;
  /**
   * `load-balancing`: a load-balancing serverless endpoint, `https://<endpointId>.api.runpod.ai`,
   * which takes your RunPod API key (https://docs.runpod.io/serverless/load-balancing/overview).
   * `pod`: a Pod's HTTP proxy, `https://<podId>-<port>.proxy.runpod.net`, public and
   * answered by your own server, which never gets your RunPod API key
   * (https://docs.runpod.io/pods/configuration/expose-ports).
   */
  type: 'load-balancing' | 'pod';
}

const LOAD_BALANCING_HOST = /^[a-z0-9]+\.api\.runpod\.ai$/i;
const POD_HOST = /^[a-z0-9]+-\d+\.proxy\.runpod\.net$/i;

function parse(value: string): URL | undefined {
  if (!/^https?:\/\//i.test(value)) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * The endpoint ID in a console URL (`https://console.runpod.io/serverless/user/endpoint/<id>`),
 * a hub playground URL (`…/hub/playground/<kind>/<slug>`) or an endpoint URL of the job API
 * (`https://api.runpod.ai/v2/<id>`, as 1.x took it), else undefined.
 */
export function endpointIdFromUrl(value: string): string | undefined {
  const url = parse(value);
  if (url === undefined) return undefined;
  const segments = url.pathname.split('/').filter(Boolean);
  if (url.hostname === 'api.runpod.ai') {
    return segments[0] === 'v2' && segments.length === 2 ? segments[1] : undefined;
  }
  if (!CONSOLE_HOSTS.has(url.hostname)) return undefined;
  if (segments[0] === 'serverless' && segments[1] === 'user' && segments[2] === 'endpoint') {
    return segments[3];
  }
  if (segments[0] === 'hub' && segments[1] === 'playground' && segments.length === 4) {
    return segments[3];
  }
  return undefined;
}

/**
 * A load-balancing endpoint or Pod URL, as the console shows it (with or without `/v1`),
 * else undefined.
 */
export function serverFromUrl(value: string): ServerURL | undefined {
  const url = parse(value);
  if (url === undefined || !/^\/?(v1\/?)?$/.test(url.pathname) || url.search || url.hash) {
    return undefined;
  }
  const type = LOAD_BALANCING_HOST.test(url.hostname)
    ? 'load-balancing'
    : POD_HOST.test(url.hostname)
      ? 'pod'
      : undefined;
  if (type === undefined) return undefined;
  // A load-balancing endpoint takes the RunPod key, which must not travel in the clear
  // (RunPod serves it over https only). A Pod gets no RunPod credentials at all.
  if (type === 'load-balancing' && url.protocol !== 'https:') {
    throw new InvalidArgumentError({
      argument: 'modelId',
      message: `RunPod load-balancing endpoint URL '${value}' must use https://: it takes your RunPod API key.`,
    });
  }
  return { openaiBase: `${url.origin}/v1`, host: url.host, type };
}

/** Whether a host is RunPod's API: `api.runpod.ai`, or a load-balancing endpoint's `<id>.api.runpod.ai`. */
export function isRunPodApiHost(hostname: string): boolean {
  return hostname === 'api.runpod.ai' || LOAD_BALANCING_HOST.test(hostname);
}

/** Whether a host is a Pod's HTTP proxy (`<pod id>-<port>.proxy.runpod.net`), public and yours. */
export function isPodHost(hostname: string): boolean {
  return POD_HOST.test(hostname);
}

/**
 * The origin of a worker's own server given as a model ID: an http(s) URL with an empty
 * path (`http://localhost:8000`, `https://<pod>-8080.proxy.runpod.net`) on a host that is
 * not RunPod's API or console, where runpod-python's `--rp_serve_api` answers its job
 * routes at the root
 * (https://github.com/runpod/runpod-python/blob/07fc6e2b02b6a97a0e94fbdcf53c66949c1a6164/runpod/serverless/modules/rp_fastapi.py);
 * else undefined.
 */
export function workerServerFromUrl(value: string): string | undefined {
  const url = parse(value);
  if (url === undefined || !/^\/?$/.test(url.pathname) || url.search || url.hash) return undefined;
  if (isRunPodApiHost(url.hostname) || CONSOLE_HOSTS.has(url.hostname)) return undefined;
  return url.origin;
}

/**
 * Whether a `baseURL` is a server of the user's own rather than RunPod's API or a stand-in
 * for it: a root URL off RunPod's API hosts (a worker's own server), or an OpenAI base
 * (`…/v1`) off RunPod's API hosts whose path is not RunPod's route `…/v2/<id>/openai/v1`.
 * An API prefix or an endpoint's base (`…/v2/<id>`) on any host stands in for RunPod's API.
 */
export function isSelfHostedBase(baseURL: URL): boolean {
  if (isRunPodApiHost(baseURL.hostname)) return false;
  const path = baseURL.pathname.replace(/\/+$/, '');
  if (path === '') return true;
  return /\/v1$/.test(path) && !/\/v2\/[A-Za-z0-9_-]+\/openai\/v1$/.test(path);
}
