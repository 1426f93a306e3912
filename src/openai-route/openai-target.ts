import type { ResolvedModel } from '../catalog/resolve-model';
import type { ModelCredentials } from '../core/credentials';
import type { RunPodErrorContext } from '../core/errors';
import type { RunPodConfig } from '../core/settings';
import { openaiBaseURL } from './openai-route-state';
import { type ServerKind, serverKindOf } from './server-fronts';

/** Where an OpenAI-route model sends its requests, and with which credentials. */
export interface OpenAITarget {
  /** e.g. `https://api.runpod.ai/v2/<endpoint>/openai/v1`, `https://<pod>-8000.proxy.runpod.net/v1`. */
  openaiBase: string;
  /** The model and where it runs, for messages. */
  context: RunPodErrorContext;
  /** The served name to send, where the settings, the catalog or the `baseURL` say it. */
  configured: string | undefined;
  /** Request headers at `openaiBase`, by the one credentials rule (`requestHeaders`). */
  headers: () => Record<string, string | undefined>;
  /**
   * A load-balancing endpoint or a Pod, whose front (RunPod's load balancer, the Pod proxy)
   * answers errors of its own (`explainServerError`); undefined for a queue endpoint.
   */
  server: ServerKind | undefined;
}

/**
 * Where a language or embedding model's requests go:
 * - a load-balancing endpoint or Pod given as the model ID: its own `…/v1`;
 * - a `baseURL` that is an OpenAI base: there, with the model ID as the served name (the
 *   catalog's served name for catalog IDs) until the server says it serves another;
 * - else `<prefix>/<endpoint>/openai/v1`, the endpoint being the one a `baseURL` of
 *   `…/v2/<id>` names, or the model's.
 * Which credentials go there is the provider's one rule (`requestHeaders`): the model's
 * own `apiKey` and `headers` settings (a server started with vLLM's `--api-key`) go with
 * every request of that model; the RunPod key never goes to a Pod.
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
  settings: ModelCredentials;
  config: RunPodConfig;
}): OpenAITarget {
  let openaiBase: string;
  let endpointId: string;
  let named = configured;
  if (resolved.kind === 'server') {
    openaiBase = resolved.openaiBase;
    endpointId = resolved.host;
  } else if (config.openaiBase !== undefined) {
    openaiBase = endpointId = config.openaiBase;
    // 1.x sent the model ID as the served name to an OpenAI base; heal corrects it.
    named ??= resolved.kind === 'catalog' ? undefined : resolved.endpointId;
  } else {
    endpointId = config.endpointId ?? resolved.endpointId;
    openaiBase = openaiBaseURL(config, endpointId);
    if (config.endpointId !== undefined && resolved.kind !== 'catalog') {
      named ??= resolved.endpointId;
    }
  }
  return {
    openaiBase,
    context: { modelId, endpointId },
    configured: named,
    headers: () => config.headersFor(openaiBase, settings),
    server: serverKindOf(openaiBase),
  };
}
