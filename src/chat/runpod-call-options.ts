import type { LanguageModelV3CallOptions, SharedV3Warning } from '@ai-sdk/provider';
import type { z } from 'zod/v4';
import { parseRunPodOptions } from '../core/provider-options';
import {
  mergeUnder,
  type ReasoningControl,
  type ReasoningLevel,
  requestReasoning,
} from './reasoning-control';
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
  /** The call asked the model not to think (`reasoning: 'none'`, or a switch set off). */
  thinkingOff: boolean;
}

/** Our own keys in `providerOptions.runpod`, which are not sent as they are. */
const OWN_OPTIONS = ['extractReasoningTags', 'reasoning'];

/**
 * Maps the AI SDK call options onto what the OpenAI-compatible model sends to vLLM:
 * - our own options (`extractReasoningTags`, `reasoning`) are checked and kept out of the body;
 * - `topK` is sent as vLLM's `top_k` (`@ai-sdk/openai-compatible` warns it away;
 *   https://docs.runpod.io/serverless/vllm/openai-compatibility lists `top_k`), unless
 *   `providerOptions.runpod.top_k` is set;
 * - `reasoning` (`providerOptions.runpod.reasoning`, else ai@7's call option) becomes the
 *   fields the model is switched with ({@link requestReasoning}); fields the call sets
 *   itself in `providerOptions.runpod` win, key by key;
 * - a `toolChoice` without tools is left out (ai@7 always sets `auto`, which completion
 *   models would warn about).
 *
 * @throws {InvalidArgumentError} for an own option of the wrong type or value.
 */
export async function prepareCall(
  options: CallOptions,
  { modelId, reasoningControl }: { modelId: string; reasoningControl: ReasoningControl },
): Promise<PreparedCall> {
  const { topK, reasoning: callReasoning, ...rest } = options;
  if (!options.tools?.length) delete rest.toolChoice;
  const warnings: SharedV3Warning[] = [];
  const given = options.providerOptions?.runpod;
  let runpod: Record<string, any> | undefined = given;
  let own: z.infer<typeof runpodChatOptionsSchema> | undefined;

  if (given !== undefined && OWN_OPTIONS.some(key => key in given)) {
    own = await parseRunPodOptions({
      providerOptions: options.providerOptions,
      schema: runpodChatOptionsSchema,
      modelId,
    });
    runpod = Object.fromEntries(
      Object.entries(given).filter(([key]) => !OWN_OPTIONS.includes(key)),
    );
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

  // The provider option wins over the call option, silently, as first-party providers do
  // (https://ai-sdk.dev/docs/ai-sdk-core/reasoning, "Precedence Rules").
  const reasoning = own?.reasoning ?? asReasoningLevel(callReasoning);
  const asked = requestReasoning(reasoning, reasoningControl, modelId);
  warnings.push(...asked.warnings);
  if (Object.keys(asked.options).length > 0) runpod = mergeUnder(asked.options, runpod);

  const callOptions: LanguageModelV3CallOptions =
    runpod === given
      ? rest
      : { ...rest, providerOptions: { ...options.providerOptions, runpod: runpod ?? {} } };
  return {
    callOptions,
    warnings,
    extractReasoningTags: own?.extractReasoningTags,
    thinkingOff: reasoning === 'none' || turnsThinkingOff(runpod),
  };
}

/** The body turns thinking off by a switch, whether `reasoning` or the caller set it. */
function turnsThinkingOff(runpod: Record<string, any> | undefined): boolean {
  const kwargs = runpod?.chat_template_kwargs;
  return (
    kwargs?.enable_thinking === false ||
    kwargs?.thinking === false ||
    runpod?.thinking?.type === 'disabled'
  );
}

/** ai@7 types its `reasoning` call option; anything else it might pass is left alone. */
function asReasoningLevel(value: unknown): ReasoningLevel | undefined {
  const parsed = runpodChatOptionsSchema.shape.reasoning.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
