import { InvalidArgumentError, LoadAPIKeyError } from '@ai-sdk/provider';
import { type FetchFunction, loadApiKey, withoutTrailingSlash } from '@ai-sdk/provider-utils';
import { z } from 'zod/v4';
import { isPodHost } from './catalog/model-urls';
import type { OpenAIRouteConfig } from './openai-route/openai-route-config';

/** RunPod's serverless API (https://docs.runpod.io/serverless/endpoints/send-requests). */
export const DEFAULT_BASE_URL = 'https://api.runpod.ai/v2';

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

const settingsSchema = z.object({
  apiKey: z.string({ error: 'must be a string' }).optional(),
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
      z
        .string({ error: 'must be a string' })
        .refine(value => !/[\r\n\0]/.test(value), 'must not contain line breaks')
        .optional(),
      { error: 'must be an object of header names and string values' },
    )
    .optional(),
  fetch: z
    .custom<FetchFunction>(value => typeof value === 'function', 'must be a function')
    .optional(),
});

/** The provider settings this file checks; `RunPodProviderSettings` documents them. */
export interface RunPodSettings {
  apiKey?: string;
  baseURL?: string;
  headers?: Record<string, string>;
  fetch?: FetchFunction;
}

/**
 * The provider's request config from its settings, checked before any request.
 *
 * @throws {InvalidArgumentError} naming the setting at fault: a `baseURL` that is not an
 * absolute http(s) URL, a header value that is not a string, a `fetch` that is not a
 * function. The API key itself is checked when a request is made (see {@link loadRunPodApiKey}).
 */
export function createRunPodConfig(settings: RunPodSettings): OpenAIRouteConfig {
  const parsed = settingsSchema.safeParse(settings);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const [name, ...rest] = issue.path.map(String);
    const where = rest.length > 0 ? `${name}[${JSON.stringify(rest.join('.'))}]` : name;
    // Never echo the API key or a header value (it may hold a key), not even a wrong one.
    const got =
      name === 'apiKey' || name === 'headers'
        ? ''
        : `, got ${describeValue(valueAt(settings, issue.path))}`;
    throw new InvalidArgumentError({
      argument: name ?? 'settings',
      message: `RunPod provider setting ${where ?? 'settings'} ${issue.message}${got}.`,
    });
  }
  const { apiKey, headers, fetch } = settings;
  const shape = baseURLShape(withoutTrailingSlash(settings.baseURL) ?? DEFAULT_BASE_URL);
  // A Pod's proxy is public and the server behind it yours: it never gets the RunPod key.
  const toPod = isPodHost(new URL(shape.baseURL).hostname);
  return {
    ...shape,
    headers: toPod
      ? modelKey => ({ ...bearer(modelKey), ...headers })
      : modelKey => ({ ...bearer(modelKey ?? loadRunPodApiKey(apiKey)), ...headers }),
    fetch,
  };
}

/**
 * What a `baseURL` is, told by the URL alone (README, "Provider settings"):
 * - a path ending in `/v1` is an OpenAI-compatible base (`http://localhost:8000/v1`,
 *   `https://api.runpod.ai/v2/<id>/openai/v1`): language models send every request there;
 * - a path ending in `/v2/<endpoint id>` is one endpoint's base: every model uses that
 *   endpoint, under the API prefix before it;
 * - anything else is the prefix of RunPod's API (`https://api.runpod.ai/v2`, or a gateway's
 *   or proxy's that forwards the same paths).
 */
export function baseURLShape(
  baseURL: string,
): Pick<OpenAIRouteConfig, 'baseURL' | 'endpointId' | 'openaiBase'> {
  const url = new URL(baseURL);
  const path = url.pathname.replace(/\/+$/, '');
  if (/\/v1$/.test(path)) return { baseURL, openaiBase: `${url.origin}${path}` };
  const endpoint = /^(.*\/v2)\/([A-Za-z0-9_-]+)$/.exec(path);
  return endpoint === null
    ? { baseURL: `${url.origin}${path}` }
    : { baseURL: `${url.origin}${endpoint[1]}`, endpointId: endpoint[2] };
}

/**
 * The API key: the `apiKey` setting, else `RUNPOD_API_KEY`, read when a request is made.
 *
 * @throws {LoadAPIKeyError} when there is none, or it is empty (RunPod would answer 401).
 */
export function loadRunPodApiKey(apiKey: string | undefined): string {
  const key = loadApiKey({
    apiKey,
    environmentVariableName: 'RUNPOD_API_KEY',
    description: 'RunPod',
  });
  if (key.trim() === '') {
    throw new LoadAPIKeyError({
      message:
        apiKey === undefined
          ? 'RunPod API key is empty: RUNPOD_API_KEY is set to an empty string. Set it to your key (rpa_…).'
          : "RunPod API key is empty: the apiKey setting is ''. Pass your key (rpa_…), or leave " +
            'apiKey out to use the RUNPOD_API_KEY environment variable.',
    });
  }
  return key;
}

/** `Authorization: Bearer <key>`, or nothing without a key. */
export function bearer(key: string | undefined): { Authorization?: string } {
  return key === undefined ? {} : { Authorization: `Bearer ${key}` };
}

function valueAt(settings: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value == null ? undefined : (value as Record<PropertyKey, unknown>)[key]),
    settings,
  );
}

function describeValue(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  const text = JSON.stringify(value);
  return `${text === undefined ? String(value) : text.slice(0, 100)} (${typeof value})`;
}
