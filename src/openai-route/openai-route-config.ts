import type { FetchFunction } from '@ai-sdk/provider-utils';
import type { ReasoningField } from '../catalog/language-models';
import { createServedModelNames, type ServedModelNames } from './served-model-name';

/** What every model (OpenAI route and job API) shares within one provider. */
export interface OpenAIRouteConfig {
  /** Job API prefix, e.g. `https://api.runpod.ai/v2` (no trailing slash). */
  baseURL: string;
  /** The one endpoint every model uses, when `baseURL` is an endpoint's base (`…/v2/<id>`). */
  endpointId?: string;
  /** The one OpenAI base every language model uses, when `baseURL` is one (`…/v1`). */
  openaiBase?: string;
  /**
   * Request headers for RunPod's API, built per request: `Authorization: Bearer <key>` and
   * the provider's `headers`. The key is `apiKey` (a model's own) when given, else the
   * provider's, read here, never at import.
   */
  headers: (apiKey?: string) => Record<string, string | undefined>;
  /** The user's `fetch`, if any. */
  fetch?: FetchFunction;
}

/** {@link OpenAIRouteConfig} plus what the provider's models learn about its endpoints. */
export interface OpenAIRouteState extends OpenAIRouteConfig {
  servedModelNames: ServedModelNames;
  /** The field each endpoint (by OpenAI base) last answered with reasoning in. */
  reasoningFields: Map<string, ReasoningField>;
}

export function createOpenAIRouteState(config: OpenAIRouteConfig): OpenAIRouteState {
  return {
    ...config,
    servedModelNames: createServedModelNames(config),
    reasoningFields: new Map(),
  };
}

/** `https://api.runpod.ai/v2/<endpoint>/openai/v1`: the vLLM/infinity worker's OpenAI base. */
export function openaiBaseURL(config: OpenAIRouteConfig, endpointId: string): string {
  return `${config.baseURL}/${endpointId}/openai/v1`;
}
