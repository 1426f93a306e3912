import { z } from 'zod/v4';
import { headerValueSchema } from './settings';
import { invalidSettingError } from './option-errors';

/**
 * Settings for one model on the OpenAI route or a reranking endpoint, given when the model
 * is created: `runpod(id, settings)`, `runpod.embeddingModel(id, settings)`,
 * `runpod.rerankingModel(id, settings)`.
 */
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

const nonEmpty = (what: string) =>
  z
    .string({ error: 'must be a string' })
    .refine(value => value.trim() !== '', `must not be ${what}`);

/** The schema of {@link RunPodModelSettings}; a kind with more settings extends it. */
export const modelSettingsSchema = z.object({
  servedModelName: nonEmpty('empty').optional(),
  apiKey: nonEmpty('empty').optional(),
  headers: z
    .record(z.string(), headerValueSchema, {
      error: 'must be an object of header names and string values',
    })
    .optional(),
});

/**
 * `settings`, checked against `schema` before any request.
 *
 * @throws {InvalidArgumentError} naming the setting, e.g. "RunPod model 'x':
 * servedModelName must not be empty."
 */
export function parseModelSettings<SETTINGS extends RunPodModelSettings>(
  settings: SETTINGS | undefined,
  modelId: string,
  schema: z.ZodType = modelSettingsSchema,
): SETTINGS {
  const parsed = schema.safeParse(settings ?? {});
  if (parsed.success) return settings ?? ({} as SETTINGS);
  throw invalidSettingError({
    subject: `RunPod model '${modelId}':`,
    issue: parsed.error.issues[0],
    given: settings,
  });
}
