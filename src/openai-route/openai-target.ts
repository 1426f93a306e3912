import type { ResolvedModel } from '../catalog/resolve-model';
import type { RunPodModelSettings } from '../chat/runpod-chat-options';
import type { RunPodErrorContext } from '../runpod-error';
import { bearer } from '../runpod-settings';
import { openaiBaseURL, type OpenAIRouteConfig } from './openai-route-config';

/** Where an OpenAI-route model sends its requests, and with which credentials. */
export interface OpenAITarget {
  /** e.g. `https://api.runpod.ai/v2/<endpoint>/openai/v1`, `https://<pod>-8000.proxy.runpod.net/v1`. */
  openaiBase: string;
  /** The model and where it runs, for messages. */
  context: RunPodErrorContext;
  /** The served name to send, where the settings, the catalog or the `baseURL` say it. */
  configured: string | undefined;
  /** Request headers: the RunPod API key only for RunPod's API hosts; the model's own key where given. */
  headers: () => Record<string, string | undefined>;
}

/**
 * Where a language or embedding model's requests go (README, "Provider settings" and "Your
 * own endpoints"):
 * - a load-balancing endpoint or Pod given as the model ID: its own `…/v1`; the RunPod API
 *   key and the provider's headers go to load-balancing endpoints (`*.api.runpod.ai`), never
 *   to a Pod, which gets only the model's own `apiKey` and `headers`;
 * - a `baseURL` that is an OpenAI base: there, with the model ID as the served name (the
 *   catalog's served name for catalog IDs) until the server says it serves another;
 * - else `<prefix>/<endpoint>/openai/v1`, the endpoint being the one a `baseURL` of
 *   `…/v2/<id>` names, or the model's.
 * The model's own `apiKey` and `headers` settings (a server started with vLLM's
 * `--api-key`) go with every request of that model.
 */
export function openaiTarget({
  resolved,
  modelId,
  configured,
  settings,
  config,
}: {
  resolved: ResolvedModel<unknown>;
  /** The model ID as reported (catalog ID, endpoint ID or URL). */
  modelId: string;
  /** The served name the settings or the catalog give. */
  configured: string | undefined;
  settings: Pick<RunPodModelSettings, 'apiKey' | 'headers'>;
  config: OpenAIRouteConfig;
}): OpenAITarget {
  let openaiBase: string;
  let base = config.headers;
  let named = configured;
  if (resolved.kind === 'server') {
    openaiBase = resolved.openaiBase;
    // Neither the RunPod key nor the provider's headers (a gateway's token, say) go to a Pod.
    if (resolved.type === 'pod') base = bearer;
  } else if (config.openaiBase !== undefined) {
    openaiBase = config.openaiBase;
    // 1.x sent the model ID as the served name to an OpenAI base; heal corrects it.
    named ??= resolved.kind === 'catalog' ? undefined : resolved.endpointId;
  } else {
    openaiBase = openaiBaseURL(config, config.endpointId ?? resolved.endpointId);
    if (config.endpointId !== undefined && resolved.kind !== 'catalog') {
      named ??= resolved.endpointId;
    }
  }
  const endpointId =
    resolved.kind === 'server'
      ? resolved.host
      : config.openaiBase !== undefined
        ? config.openaiBase
        : (config.endpointId ?? resolved.endpointId);
  return {
    openaiBase,
    context: { modelId, endpointId },
    configured: named,
    headers: modelHeaders(base, settings),
  };
}

/**
 * A model's request headers: `base` (the provider's headers) with the model's own `apiKey`
 * as the key in place of the provider's, then the model's own `headers`, which win.
 */
export function modelHeaders(
  base: (apiKey?: string) => Record<string, string | undefined>,
  settings: Pick<RunPodModelSettings, 'apiKey' | 'headers'>,
): () => Record<string, string | undefined> {
  return () => ({ ...base(settings.apiKey), ...settings.headers });
}
