import type { JSONValue } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { REASONING_EFFORTS, type RunPodCatalogChatModelId } from '../catalog/language-models';
import {
  modelSettingsSchema,
  parseModelSettings,
  type RunPodModelSettings,
} from '../core/model-settings';

/**
 * A RunPod language model ID: a catalog ID such as `qwen/qwen3-32b-awq` (see the model
 * table in README.md), a public endpoint slug such as `qwen3-32b-awq`, the endpoint ID
 * of your own vLLM serverless endpoint, or its console URL
 * `https://console.runpod.io/serverless/user/endpoint/<id>`.
 */
export type RunPodChatModelId = RunPodCatalogChatModelId | (string & {});

/** A RunPod completion model ID: the same IDs as {@link RunPodChatModelId}. */
export type RunPodCompletionModelId = RunPodChatModelId;

/** Settings for one language model (chat or completion), given when the model is created. */
export interface RunPodLanguageModelSettings extends RunPodModelSettings {
  /**
   * The endpoint's chat template opens the think block in the prompt (Qwen3 thinking
   * variants, DeepSeek-R1 distills), so replies may begin inside the reasoning and carry
   * only `</think>`. Streams then hold the text back until its first tag: text before a
   * first `</think>` is reasoning, and a reply with neither tag is text. `generateText`
   * tells this from the text without the setting.
   * Default: what the catalog says, else what the endpoint's own answers to this provider
   * have shown (a reply that began inside the reasoning); `false` never holds text back.
   */
  startsInReasoning?: boolean;
  /**
   * How your own endpoint's model turns thinking off and on, for the `reasoning` option
   * (ai@7's call option, or `providerOptions.runpod.reasoning`):
   * `'enable_thinking'` (`chat_template_kwargs.enable_thinking`: Qwen3 and Qwen3-style
   * templates), `'thinking'` (`chat_template_kwargs.thinking`: Kimi K2.5/K2.6, DeepSeek
   * V3.1), `'reasoning_effort'` (`reasoning_effort` `low`/`medium`/`high`: GPT-OSS), or
   * `'none'` (nothing is sent; a warning says so). Default `'enable_thinking'`.
   * Catalog models know theirs.
   */
  reasoningSwitch?: 'enable_thinking' | 'thinking' | 'reasoning_effort' | 'none';
}

const languageModelSettingsSchema = modelSettingsSchema.extend({
  startsInReasoning: z.boolean({ error: 'must be a boolean' }).optional(),
  reasoningSwitch: z
    .enum(['enable_thinking', 'thinking', 'reasoning_effort', 'none'], {
      error: "must be 'enable_thinking', 'thinking', 'reasoning_effort' or 'none'",
    })
    .optional(),
});

/**
 * A language model's `settings`, checked before any request.
 *
 * @throws {InvalidArgumentError} naming the setting, e.g. "RunPod model 'x':
 * startsInReasoning must be a boolean, got \"yes\"."
 */
export function parseLanguageModelSettings(
  settings: RunPodLanguageModelSettings | undefined,
  modelId: string,
): RunPodLanguageModelSettings {
  return parseModelSettings(settings, modelId, languageModelSettingsSchema);
}

/** Options this provider reads itself from `providerOptions.runpod`. */
export const runpodChatOptionsSchema = z.object({
  extractReasoningTags: z.boolean().optional(),
  reasoning: z.enum(['none', ...REASONING_EFFORTS, 'provider-default']).optional(),
});

/**
 * `providerOptions.runpod` for chat models.
 *
 * Any other key is sent as is in the request body, so vLLM's own sampling parameters
 * work: `top_k` (the AI SDK's `topK` is sent as it too), `min_p`, `repetition_penalty`,
 * `chat_template_kwargs`, … (https://docs.runpod.io/serverless/vllm/openai-compatibility).
 */
export type RunPodChatProviderOptions = {
  /**
   * Move reasoning the model writes inline as `<think>…</think>` into reasoning parts.
   * Default: on for models that write it so (Qwen3) and for your own endpoints,
   * off for catalog models that return reasoning in its own field.
   */
  extractReasoningTags?: boolean;
  /**
   * How much the model should think, as ai@7's `reasoning` call option takes it (and wins
   * over it); usable on ai@6. Sent the way the model is switched: Qwen3
   * `chat_template_kwargs.enable_thinking`, GPT-OSS and Kimi K3 `reasoning_effort` (the
   * nearest level the model takes), Kimi K2.6 `thinking`; a warning says where the model
   * cannot do it. `'provider-default'` sends nothing. See docs/reasoning.md.
   */
  reasoning?: 'none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh' | 'max' | 'provider-default';
  /**
   * Sent as `reasoning_effort`, as given (the catalog's `reasoningEfforts` lists what each
   * public model takes: Kimi K3 `low`, `high`, `max`). Wins over `reasoning`.
   */
  reasoningEffort?: string | null;
  /** Sent as `user`. */
  user?: string;
  /** Sent as `json_schema.strict` with structured outputs. Default `true`. */
  strictJsonSchema?: boolean;
  /** Sent as `verbosity`. */
  textVerbosity?: string;
} & Record<string, JSONValue | undefined>;
