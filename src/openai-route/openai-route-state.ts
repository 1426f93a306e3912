import type { ReasoningField } from '../catalog/language-models';
import type { RunPodConfig } from '../core/settings';
import { createServedModelNames, type ServedModelNames } from './served-model-name';

/**
 * {@link RunPodConfig} plus what one provider's language and embedding models learn about
 * its endpoints as they answer, kept as explicit objects (a test can look into them):
 * the served names corrected after "model does not exist" answers, the field each
 * endpoint answers with reasoning in, and whether its template opens the think block.
 */
export interface OpenAIRouteState extends RunPodConfig {
  servedModelNames: ServedModelNames;
  /** The field each endpoint (by OpenAI base) last answered with reasoning in. */
  reasoningFields: Map<string, ReasoningField>;
  /**
   * Per endpoint (by OpenAI base): whether its last reply with a think tag began inside the
   * reasoning (`</think>` first), i.e. its chat template opens the block.
   */
  templateOpensThink: Map<string, boolean>;
}

export function createOpenAIRouteState(config: RunPodConfig): OpenAIRouteState {
  return {
    ...config,
    servedModelNames: createServedModelNames(config),
    reasoningFields: new Map(),
    templateOpensThink: new Map(),
  };
}

/** `https://api.runpod.ai/v2/<endpoint>/openai/v1`: the vLLM/infinity worker's OpenAI base. */
export function openaiBaseURL(config: Pick<RunPodConfig, 'baseURL'>, endpointId: string): string {
  return `${config.baseURL}/${endpointId}/openai/v1`;
}
