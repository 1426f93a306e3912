import type { LanguageModelV3CallOptions, SharedV3Warning } from '@ai-sdk/provider';
import { parseRunPodOptions } from '../core/provider-options';
import { runpodChatOptionsSchema } from './runpod-chat-options';

/** ai@7 hands V3 models its V4 call options as they are, `reasoning` included. */
type CallOptions = LanguageModelV3CallOptions & { reasoning?: unknown };

export interface PreparedCall {
  /** What the OpenAI-compatible model gets. */
  callOptions: LanguageModelV3CallOptions;
  /** Warnings of ours, added to the model's. */
  warnings: SharedV3Warning[];
  /** `providerOptions.runpod.extractReasoningTags`, if the call gives it. */
  extractReasoningTags: boolean | undefined;
}

/**
 * Maps the AI SDK call options onto what the OpenAI-compatible model sends to vLLM:
 * - our own options (`extractReasoningTags`) are checked and kept out of the body;
 * - `topK` is sent as vLLM's `top_k` (`@ai-sdk/openai-compatible` warns it away;
 *   https://docs.runpod.io/serverless/vllm/openai-compatibility lists `top_k`), unless
 *   `providerOptions.runpod.top_k` is set;
 * - ai@7's `reasoning` is sent as `reasoning_effort` when the model takes that value
 *   (`reasoningEfforts`, from the catalog), and warned about otherwise;
 * - a `toolChoice` without tools is left out (ai@7 always sets `auto`, which completion
 *   models would warn about).
 *
 * @throws {InvalidArgumentError} for an own option of the wrong type.
 */
export async function prepareCall(
  options: CallOptions,
  {
    modelId,
    reasoningEfforts,
  }: { modelId: string; reasoningEfforts: readonly string[] | undefined },
): Promise<PreparedCall> {
  const { topK, reasoning, ...rest } = options;
  if (!options.tools?.length) delete rest.toolChoice;
  const warnings: SharedV3Warning[] = [];
  const given = options.providerOptions?.runpod;
  let runpod: Record<string, any> | undefined = given;
  let extractReasoningTags: boolean | undefined;

  if (given !== undefined && 'extractReasoningTags' in given) {
    const parsed = await parseRunPodOptions({
      providerOptions: options.providerOptions,
      schema: runpodChatOptionsSchema,
      modelId,
    });
    extractReasoningTags = parsed?.extractReasoningTags;
    const { extractReasoningTags: _, ...others } = given;
    runpod = others;
  }

  if (topK != null) {
    if (runpod?.top_k === undefined) {
      runpod = { ...runpod, top_k: topK };
    } else if (runpod.top_k !== topK) {
      warnings.push({
        type: 'other',
        message: `topK ${topK} was not sent: providerOptions.runpod.top_k (${runpod.top_k}) was.`,
      });
    }
  }

  if (reasoning !== undefined && reasoning !== 'provider-default') {
    const setByOption =
      runpod?.reasoningEffort !== undefined || runpod?.reasoning_effort !== undefined;
    if (typeof reasoning === 'string' && reasoningEfforts?.includes(reasoning)) {
      if (!setByOption) runpod = { ...runpod, reasoningEffort: reasoning };
    } else if (!setByOption) {
      warnings.push({
        type: 'unsupported',
        feature: 'reasoning',
        details:
          reasoningEfforts === undefined
            ? `RunPod model '${modelId}' is not known to take reasoning_effort; ` +
              `set providerOptions.runpod.reasoningEffort to send one.`
            : `RunPod model '${modelId}' takes reasoning ${reasoningEfforts.join(', ')}; ` +
              `got ${JSON.stringify(reasoning)}.`,
      });
    }
  }

  const callOptions: LanguageModelV3CallOptions =
    runpod === given
      ? rest
      : { ...rest, providerOptions: { ...options.providerOptions, runpod: runpod ?? {} } };
  return { callOptions, warnings, extractReasoningTags };
}
