import { APICallError, LoadAPIKeyError } from '@ai-sdk/provider';
import { type FetchFunction, loadApiKey, loadOptionalSetting } from '@ai-sdk/provider-utils';
import { DynamicApiKey } from './api-key';
import { httpStatusText, runpodErrorSchema, safeJson } from './errors';
import { isPodHost, isRunPodApiHost, isSelfHostedBase } from './model-urls';

/** A model's own credentials (model settings `apiKey` and `headers`). */
export interface ModelCredentials {
  apiKey?: string;
  headers?: Record<string, string>;
  /**
   * The origin of the self-hosted server the model ID names (a worker's own server such as
   * `http://localhost:8000`), which gets the model's own credentials only.
   */
  server?: string;
}

/** The provider's credentials (provider settings `apiKey` and `headers`) and its `baseURL`. */
export interface ProviderCredentials extends Omit<ModelCredentials, 'apiKey'> {
  baseURL: string;
  /**
   * The RunPod key: one key (undefined: `RUNPOD_API_KEY`), or a list or function, whose
   * key the provider's `fetch` puts in at the last moment (`api-key.ts`).
   */
  apiKey?: string | DynamicApiKey;
}

/**
 * Who a request goes to, for its credentials:
 * - `runpod`: RunPod's API (`api.runpod.ai`, `*.api.runpod.ai`), or a `baseURL` that stands
 *   in for it (an API prefix or one endpoint's base `…/v2/<id>`: a gateway or proxy);
 * - `self-hosted base`: a `baseURL` that is a server of the user's own (an OpenAI base `…/v1`
 *   on a host that is not RunPod's, a worker's own server at a root URL);
 * - `self-hosted`: a Pod (`<pod>-<port>.proxy.runpod.net`) or the server a model ID names;
 * - `none`: anywhere else (media hosts such as `image.runpod.ai`, S3 URLs in a job's output).
 */
export type CredentialTarget = 'runpod' | 'self-hosted base' | 'self-hosted' | 'none';

/** {@link CredentialTarget} of a request to `url` (a pure decision of the URLs alone). */
export function credentialTarget(
  url: URL,
  baseURL: string,
  modelServer: string | undefined,
): CredentialTarget {
  if (isRunPodApiHost(url.hostname)) return 'runpod';
  const base = new URL(baseURL);
  if (url.origin === base.origin) return isSelfHostedBase(base) ? 'self-hosted base' : 'runpod';
  if (isPodHost(url.hostname)) return 'self-hosted';
  if (modelServer !== undefined && url.origin === new URL(modelServer).origin) return 'self-hosted';
  return 'none';
}

/**
 * The one rule for which credentials a request carries, by where it goes
 * ({@link credentialTarget}):
 * - RunPod's API, or a `baseURL` that stands in for it: `Authorization: Bearer <key>`, the
 *   key being the model's own `apiKey`, else the RunPod key (provider `apiKey`, else
 *   `RUNPOD_API_KEY`), which is required there; then the provider's `headers`, then the model's;
 * - a self-hosted server (the user's own: an OpenAI base `…/v1` off RunPod's hosts, a
 *   worker's own server, a Pod, a server given as the model ID): never the RunPod key, and
 *   no key needed; only the model's own `apiKey` and `headers`, plus the provider's
 *   `headers` when that server is the `baseURL`;
 * - anywhere else (media hosts, S3 URLs in a job's output): nothing.
 * (https://docs.runpod.io/get-started/api-keys,
 * https://docs.runpod.io/pods/configuration/expose-ports)
 *
 * The key is read when a request is made, never at import. Only its value may change per
 * request (a list that rotates, a function): where it goes is decided here all the same.
 *
 * @throws {LoadAPIKeyError} when a request to RunPod's API has no key (see {@link loadRunPodApiKey}).
 */
export function requestHeaders(
  url: string,
  provider: ProviderCredentials,
  model: ModelCredentials = {},
): Record<string, string | undefined> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return {}; // not a URL: nothing to send it (the request itself then fails as it should)
  }
  switch (credentialTarget(parsed, provider.baseURL, model.server)) {
    case 'runpod':
      return {
        ...bearer(model.apiKey ?? runpodKey(provider.apiKey)),
        ...provider.headers,
        ...model.headers,
      };
    case 'self-hosted base':
      return { ...bearer(model.apiKey), ...provider.headers, ...model.headers };
    case 'self-hosted':
      return { ...bearer(model.apiKey), ...model.headers };
    case 'none':
      return {};
  }
}

/**
 * `fetch` with one note added where the rule above surprises: when a self-hosted server
 * answers 401 or 403 and the provider has a RunPod key (which {@link requestHeaders} keeps
 * from such servers), the answer becomes an `APICallError` with the server's own message
 * and a note on how to give that server its key. Every other answer passes untouched.
 */
export function withSelfHostedAuthNote(
  baseFetch: FetchFunction | undefined,
  provider: ProviderCredentials,
): FetchFunction {
  return async (input, init) => {
    const response = await (baseFetch ?? globalThis.fetch)(input, init);
    if (response.status !== 401 && response.status !== 403) return response;
    const url = input instanceof Request ? input.url : String(input);
    const note = selfHostedAuthNote(url, provider);
    if (note === undefined) return response;
    const responseBody = await response.text();
    const parsed = runpodErrorSchema.safeParse(safeJson(responseBody));
    const message = parsed.success
      ? parsed.data.error.message
      : httpStatusText(response.status, response.statusText, responseBody);
    throw new APICallError({
      message: `Self-hosted server ${new URL(url).origin} refused the request: ${message} ${note}`,
      url,
      requestBodyValues: undefined,
      statusCode: response.status,
      responseHeaders: Object.fromEntries(response.headers.entries()),
      responseBody,
      isRetryable: false,
    });
  };
}

/**
 * The note for a refusal by a self-hosted server, when the provider has a RunPod key it
 * kept from that server; else undefined.
 */
function selfHostedAuthNote(url: string, provider: ProviderCredentials): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const target = credentialTarget(parsed, provider.baseURL, undefined);
  // A server a model ID names is told from a download URL by the model alone; the note
  // covers the `baseURL` and Pods, where most self-hosted servers are.
  if (target !== 'self-hosted base' && target !== 'self-hosted') return undefined;
  const hasKey =
    provider.apiKey instanceof DynamicApiKey ||
    loadOptionalSetting({
      settingValue: provider.apiKey,
      environmentVariableName: 'RUNPOD_API_KEY',
    }) !== undefined;
  if (!hasKey) return undefined;
  return (
    `(The RunPod API key is not sent to self-hosted servers; pass this server's own key ` +
    `as the model setting apiKey, or in the provider's headers.)`
  );
}

/**
 * What goes after `Bearer` to RunPod: a key that changes per request (a list or a
 * function) as its slot, which the provider's `fetch` fills ({@link DynamicApiKey}), else
 * the one key ({@link loadRunPodApiKey}).
 */
function runpodKey(apiKey: string | DynamicApiKey | undefined): string {
  return apiKey instanceof DynamicApiKey ? apiKey.slot() : loadRunPodApiKey(apiKey);
}

/**
 * The API key: the `apiKey` setting, else `RUNPOD_API_KEY`, read when a request is made.
 *
 * @throws {LoadAPIKeyError} when there is none, or it is empty (RunPod would answer 401).
 */
function loadRunPodApiKey(apiKey: string | undefined): string {
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

function bearer(key: string | undefined): { Authorization?: string } {
  return key === undefined ? {} : { Authorization: `Bearer ${key}` };
}
