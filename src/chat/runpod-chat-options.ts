import { InvalidArgumentError, type JSONValue } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import type { RunPodCatalogChatModelId } from '../catalog/language-models';

/**
 * A RunPod language model ID: a catalog ID such as `qwen/qwen3-32b-awq` (see the model
 * table in README.md), a public endpoint slug such as `qwen3-32b-awq`, the endpoint ID
 * of your own vLLM serverless endpoint, or its console URL
 * `https://console.runpod.io/serverless/user/endpoint/<id>`.
 */
export type RunPodChatModelId = RunPodCatalogChatModelId | (string & {});

/** A RunPod completion model ID: the same IDs as {@link RunPodChatModelId}. */
export type RunPodCompletionModelId = RunPodChatModelId;

/** Settings for one language or embedding model, given when the model is created. */
export interface RunPodModelSettings {
  /**
   * The `model` name the endpoint's vLLM (or infinity) server answers to
   * (`MODEL_NAME`, or `OPENAI_SERVED_MODEL_NAME_OVERRIDE` when set), a non-empty string.
   * Given here, no lookup is made up front; left out for your own endpoint, the provider
   * asks the endpoint's `GET /openai/v1/models` once and uses the first model it lists.
   * Catalog models know theirs. When the endpoint answers that the name does not exist,
   * a language model asks `/models` and retries once with the name listed there.
   * (https://docs.runpod.io/serverless/vllm/openai-compatibility#model-name)
   */
  servedModelName?: string;
  /**
   * An API key for this model's server, sent as `Authorization: Bearer <apiKey>` in place
   * of the provider's: for a Pod or load-balancing endpoint whose server checks its own
   * key (vLLM's `--api-key`). The RunPod API key never goes to a Pod.
   */
  apiKey?: string;
  /** Headers sent with this model's requests, after the provider's. */
  headers?: Record<string, string>;
}

/** Settings for one language model (chat or completion), given when the model is created. */
export interface RunPodLanguageModelSettings extends RunPodModelSettings {
  /**
   * The endpoint's chat template opens the think block in the prompt (Qwen3 thinking
   * variants, DeepSeek-R1 distills), so replies may begin inside the reasoning and carry
   * only `</think>`. Streams then hold the text back until its first tag: text before a
   * first `</think>` is reasoning, and a reply with neither tag is text. `generateText`
   * tells this from the text without the setting. Default `false`.
   */
  startsInReasoning?: boolean;
}

const modelSettingsSchema = z.object({
  servedModelName: z
    .string({ error: 'must be a string' })
    .refine(name => name.trim() !== '', 'must not be empty')
    .optional(),
  startsInReasoning: z.boolean({ error: 'must be a boolean' }).optional(),
  apiKey: z
    .string({ error: 'must be a string' })
    .refine(key => key.trim() !== '', 'must not be empty')
    .optional(),
  headers: z
    .record(
      z.string(),
      z
        .string({ error: 'must be a string' })
        .refine(value => !/[\r\n\0]/.test(value), 'must not contain line breaks'),
      { error: 'must be an object of header names and string values' },
    )
    .optional(),
});

/**
 * `settings`, checked before any request.
 *
 * @throws {InvalidArgumentError} naming the setting, e.g. "RunPod model 'x':
 * servedModelName must not be empty."
 */
export function parseModelSettings<SETTINGS extends RunPodLanguageModelSettings>(
  settings: SETTINGS | undefined,
  modelId: string,
): SETTINGS {
  const parsed = modelSettingsSchema.safeParse(settings ?? {});
  if (parsed.success) return (settings ?? {}) as SETTINGS;
  const [issue] = parsed.error.issues;
  const name = String(issue.path[0] ?? 'settings');
  const where = issue.path.length > 1 ? `${name}[${JSON.stringify(String(issue.path[1]))}]` : name;
  // Never echo an API key or a header value (it may hold a key), not even a wrong one.
  const got =
    name === 'apiKey' || name === 'headers'
      ? ''
      : `, got ${JSON.stringify((settings as Record<string, unknown> | undefined)?.[name])}`;
  throw new InvalidArgumentError({
    argument: name,
    message: `RunPod model '${modelId}': ${where} ${issue.message}${got}.`,
  });
}

/** Options this provider reads itself from `providerOptions.runpod`. */
export const runpodChatOptionsSchema = z.object({
  extractReasoningTags: z.boolean().optional(),
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
   * Sent as `reasoning_effort`, as given (the catalog's `reasoningEfforts` lists what each
   * public model takes: Kimi K3 `low`, `high`, `max`). Wins over ai@7's `reasoning`.
   */
  reasoningEffort?: string | null;
  /** Sent as `user`. */
  user?: string;
  /** Sent as `json_schema.strict` with structured outputs. Default `true`. */
  strictJsonSchema?: boolean;
  /** Sent as `verbosity`. */
  textVerbosity?: string;
} & Record<string, JSONValue | undefined>;
