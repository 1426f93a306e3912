import { LoadAPIKeyError } from '@ai-sdk/provider';
import { loadApiKey } from '@ai-sdk/provider-utils';
import { isPodHost, isRunPodApiHost } from './model-urls';

/** A model's own credentials (model settings `apiKey` and `headers`). */
export interface ModelCredentials {
  apiKey?: string;
  headers?: Record<string, string>;
}

/** The provider's credentials (provider settings `apiKey` and `headers`) and its `baseURL`. */
export interface ProviderCredentials extends ModelCredentials {
  baseURL: string;
}

/**
 * The one rule for which credentials a request carries, by where it goes:
 * - RunPod's API hosts (`api.runpod.ai`, load-balancing endpoints on `*.api.runpod.ai`) and
 *   the `baseURL`'s host (RunPod's API, a gateway in front of it, or a server the user
 *   points the provider at): `Authorization: Bearer <key>`, the key being the model's own
 *   `apiKey` or else the provider's (`RUNPOD_API_KEY`), then the provider's `headers`, then
 *   the model's;
 * - a Pod's public proxy (`<pod>-<port>.proxy.runpod.net`), answered by the user's own
 *   server: never the RunPod key, only the model's own `apiKey` and `headers` (and the
 *   provider's `headers` when the Pod is the `baseURL` itself);
 * - anywhere else (media hosts such as `image.runpod.ai`, S3 URLs in a job's output):
 *   nothing. (https://docs.runpod.io/get-started/api-keys,
 *   https://docs.runpod.io/pods/configuration/expose-ports)
 *
 * The key is read when a request is made, never at import.
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
  const { hostname, origin } = parsed;
  const base = new URL(provider.baseURL);
  const isBase = origin === base.origin;
  if (isPodHost(hostname)) {
    return { ...bearer(model.apiKey), ...(isBase ? provider.headers : {}), ...model.headers };
  }
  if (isBase || isRunPodApiHost(hostname)) {
    return {
      ...bearer(model.apiKey ?? loadRunPodApiKey(provider.apiKey)),
      ...provider.headers,
      ...model.headers,
    };
  }
  return {};
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
