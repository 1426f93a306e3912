import { type FetchFunction, withoutTrailingSlash } from '@ai-sdk/provider-utils';
import { z } from 'zod/v4';
import { dynamicApiKey, type RunPodApiKey, withApiKey } from './api-key';
import { type ModelCredentials, requestHeaders, withSelfHostedAuthNote } from './credentials';
import { isRunPodApiHost } from './model-urls';
import { invalidSettingError } from './option-errors';

/** RunPod's serverless API (https://docs.runpod.io/serverless/endpoints/send-requests). */
const DEFAULT_BASE_URL = 'https://api.runpod.ai/v2';

/** Settings for `createRunPod`. (https://docs.runpod.io/public-endpoints/ai-sdk) */
export interface RunPodProviderSettings {
  /**
   * RunPod API key (`rpa_…`). Defaults to the `RUNPOD_API_KEY` environment variable, read
   * when a request is made, not at import. It goes only to RunPod's API (`api.runpod.ai`,
   * `*.api.runpod.ai`) and to a `baseURL` that stands in for it (an API prefix or one
   * endpoint's base, e.g. a gateway), and is required only there; self-hosted servers (an
   * OpenAI base off RunPod's hosts, a worker's own server, a Pod) never get it: give such a
   * server its own key with the model setting `apiKey`, or in `headers`.
   * (https://docs.runpod.io/get-started/api-keys)
   *
   * Three shapes:
   * - a string: that key;
   * - a function returning the key, or a promise of it (`() => secrets.get('runpod')`): called
   *   for every request that carries the key, retries included, so a key rotated in a secret
   *   manager is picked up as soon as the function returns it;
   * - a non-empty list of keys, which rotate: each request takes the next key round-robin
   *   (a job keeps the key that submitted it for its status reads and cancel). A key RunPod
   *   answers with 429 sits out `Retry-After` (else 10 s, RunPod's rate-limit window) for
   *   that endpoint and operation, and the AI SDK's retry takes the next; one answered with
   *   401 or 403 sits out 10 minutes there, and the request is sent again at once with the
   *   next key. With every key sitting out, the call fails with an `APICallError` that says
   *   so, without sending.
   * Keys never appear in errors or warnings.
   */
  apiKey?: RunPodApiKey;
  /**
   * Where requests go, an absolute http(s) URL, told apart by its shape:
   * - RunPod's API prefix (default `https://api.runpod.ai/v2`, or a proxy's or gateway's):
   *   chat on `<prefix>/<endpoint>/openai/v1`, jobs on `<prefix>/<endpoint>/run`;
   * - one endpoint's base (`…/v2/<endpoint id>`): every model uses that endpoint;
   * - an OpenAI-compatible base (path ends in `/v1`, e.g. `http://localhost:8000/v1`): language
   *   and embedding models send there, the model ID as the served name; media models refuse it;
   * - a server's root (`http://localhost:8000`, empty path, not a RunPod API host): a worker's
   *   own server (runpod-python's `--rp_serve_api`), where image, speech, transcription,
   *   video and reranking models run their jobs with `POST /runsync`; language and embedding
   *   models refuse it.
   */
  baseURL?: string;
  /**
   * Headers sent with every request to RunPod's API and to the `baseURL`, after
   * `Authorization`; every value a string.
   */
  headers?: Record<string, string>;
  /** A `fetch` to use instead of the global one, e.g. for middleware or tests. */
  fetch?: FetchFunction;
}

/** What every model of one provider shares, on both roads (OpenAI route and job API). */
export interface RunPodConfig {
  /** Job API prefix, e.g. `https://api.runpod.ai/v2` (no trailing slash). */
  baseURL: string;
  /** The one endpoint every model uses, when `baseURL` is an endpoint's base (`…/v2/<id>`). */
  endpointId?: string;
  /** The one OpenAI base every language model uses, when `baseURL` is one (`…/v1`). */
  openaiBase?: string;
  /**
   * A worker's own server (runpod-python's `--rp_serve_api`, routes at the root), when
   * `baseURL` is a server's root: every job model runs there.
   */
  workerServer?: string;
  /**
   * Headers for a request to RunPod's API (the `baseURL`), built per request by the one
   * credentials rule ({@link requestHeaders}), with a model's own key and headers if given.
   */
  headers: (model?: ModelCredentials) => Record<string, string | undefined>;
  /** Headers for a request to `url`, by the same rule. */
  headersFor: (url: string, model?: ModelCredentials) => Record<string, string | undefined>;
  /**
   * The user's `fetch` (else the global one), with a note added to a self-hosted server's
   * 401 or 403 when the RunPod key was kept from it ({@link withSelfHostedAuthNote}), and,
   * for an `apiKey` list or function, the key put in per request ({@link withApiKey}).
   */
  fetch?: FetchFunction;
}

// RFC 9110 token characters: what `fetch` accepts as a header name.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function isHttpURL(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && !url.search && !url.hash;
}

/** A header value `fetch` takes without splitting a request: a string with no line breaks. */
export const headerValueSchema = z
  .string({ error: 'must be a string' })
  .refine(value => !/[\r\n\0]/.test(value), 'must not contain line breaks');

const API_KEY_SHAPES = 'must be a string, a non-empty list of strings or a function';

const apiKeySchema = z.union(
  [
    z.string(),
    z
      .array(
        z
          .string({ error: 'must be a string' })
          .refine(key => key.trim() !== '', 'must not be empty'),
      )
      .nonempty(API_KEY_SHAPES),
    z.custom<() => string>(value => typeof value === 'function'),
  ],
  { error: API_KEY_SHAPES },
);

const settingsSchema = z.object({
  apiKey: apiKeySchema.optional(),
  baseURL: z
    .string({ error: 'must be a string' })
    .refine(
      isHttpURL,
      'must be an absolute http(s) URL without query or fragment, such as https://api.runpod.ai/v2',
    )
    .optional(),
  headers: z
    .record(
      z.string().regex(HEADER_NAME, 'is not a valid header name'),
      headerValueSchema.optional(),
      {
        error: 'must be an object of header names and string values',
      },
    )
    .optional(),
  fetch: z
    .custom<FetchFunction>(value => typeof value === 'function', 'must be a function')
    .optional(),
});

/**
 * The provider's request config from its settings, checked before any request.
 *
 * @throws {InvalidArgumentError} naming the setting at fault: a `baseURL` that is not an
 * absolute http(s) URL, a header value that is not a string, a `fetch` that is not a
 * function, an `apiKey` of none of its shapes or a list with an empty key. The key itself
 * (one string, or what a function returns) is checked when a request is made.
 */
export function createRunPodConfig(settings: RunPodProviderSettings): RunPodConfig {
  const parsed = settingsSchema.safeParse(settings);
  if (!parsed.success) {
    throw invalidSettingError({
      subject: 'RunPod provider setting',
      issue: parsed.error.issues[0],
      given: settings,
      showType: true,
    });
  }
  const { apiKey, headers, fetch } = settings;
  const shape = baseURLShape(withoutTrailingSlash(settings.baseURL) ?? DEFAULT_BASE_URL);
  // A list or a function: its key is put in by `fetch`, where `requestHeaders` left its slot.
  const dynamicKey = dynamicApiKey(apiKey);
  const credentials = {
    apiKey: dynamicKey ?? (apiKey as string | undefined),
    headers,
    baseURL: shape.baseURL,
  };
  return {
    ...shape,
    headers: model => requestHeaders(shape.baseURL, credentials, model),
    headersFor: (url, model) => requestHeaders(url, credentials, model),
    fetch: withApiKey(withSelfHostedAuthNote(fetch, credentials), dynamicKey),
  };
}

/**
 * What a `baseURL` is, told by the URL alone:
 * - a path ending in `/v1` is an OpenAI-compatible base (`http://localhost:8000/v1`,
 *   `https://api.runpod.ai/v2/<id>/openai/v1`): language models send every request there;
 * - a path ending in `/v2/<endpoint id>` is one endpoint's base: every model uses that
 *   endpoint, under the API prefix before it;
 * - an empty path on a host that is not RunPod's API (`http://localhost:8000`) is a worker's
 *   own server, runpod-python's `--rp_serve_api` with its job routes at the root
 *   (https://github.com/runpod/runpod-python/blob/07fc6e2b02b6a97a0e94fbdcf53c66949c1a6164/runpod/serverless/modules/rp_fastapi.py),
 *   as 1.x read it too;
 * - anything else is the prefix of RunPod's API (`https://api.runpod.ai/v2`, or a gateway's
 *   or proxy's that forwards the same paths, which always has a path).
 */
export function baseURLShape(
  baseURL: string,
): Pick<RunPodConfig, 'baseURL' | 'endpointId' | 'openaiBase' | 'workerServer'> {
  const url = new URL(baseURL);
  const path = url.pathname.replace(/\/+$/, '');
  if (/\/v1$/.test(path)) return { baseURL, openaiBase: `${url.origin}${path}` };
  if (path === '' && !isRunPodApiHost(url.hostname)) {
    return { baseURL: url.origin, workerServer: url.origin };
  }
  const endpoint = /^(.*\/v2)\/([A-Za-z0-9_-]+)$/.exec(path);
  return endpoint === null
    ? { baseURL: `${url.origin}${path}` }
    : { baseURL: `${url.origin}${endpoint[1]}`, endpointId: endpoint[2] };
}
