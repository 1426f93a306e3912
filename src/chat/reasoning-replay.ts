import type { LanguageModelV3StreamPart } from '@ai-sdk/provider';
import type { ReasoningField } from '../catalog/language-models';

/**
 * Which field reasoning in a replayed history goes back in, per endpoint. Servers differ:
 * Moonshot's API rejects an assistant tool-call message without `reasoning_content`
 * while thinking is on ("thinking is enabled but reasoning_content is missing in
 * assistant tool call message at index N"), and vLLM 0.16 and later reads only
 * `reasoning` (vllm-project/vllm#38488). So the field follows the endpoint's own
 * answers: the last one that carried reasoning decides, and until then the catalog
 * entry (or `reasoning`).
 */
export interface ReasoningReplay {
  /** The field to send replayed reasoning in. */
  field(): ReasoningField;
  /** Whether answers should still be read for the field (none with reasoning seen yet). */
  learning(): boolean;
  /** Notes the field of a response `message` or a stream chunk's `delta`; true if it had one. */
  observe(message: unknown): boolean;
}

/**
 * @param learn whether the endpoint may answer with a reasoning field at all (catalog
 * models whose reasoning is inline or absent never do, so their streams skip the raw
 * chunks the field is read from).
 */
export function createReasoningReplay({
  memory,
  openaiBase,
  fallback,
  learn,
}: {
  memory: Map<string, ReasoningField>;
  openaiBase: string;
  fallback: ReasoningField;
  learn: boolean;
}): ReasoningReplay {
  return {
    field: () => memory.get(openaiBase) ?? fallback,
    learning: () => learn && !memory.has(openaiBase),
    observe(message) {
      const field = reasoningFieldOf(message);
      if (field !== undefined) memory.set(openaiBase, field);
      return field !== undefined;
    },
  };
}

/**
 * The field a message or delta carries reasoning in. With both (vLLM restored
 * `reasoning_content` beside `reasoning` on output, vllm-project/vllm#33635), the server
 * reads `reasoning`.
 */
function reasoningFieldOf(message: unknown): ReasoningField | undefined {
  if (message == null || typeof message !== 'object') return undefined;
  const { reasoning, reasoning_content } = message as Record<string, unknown>;
  if (typeof reasoning === 'string' && reasoning !== '') return 'reasoning';
  if (typeof reasoning_content === 'string' && reasoning_content !== '') {
    return 'reasoning_content';
  }
  return undefined;
}

/** The first choice's `message` (or `delta`) of a chat completion (chunk), if any. */
export function firstChoiceOf(body: unknown, key: 'message' | 'delta'): unknown {
  const choices = (body as { choices?: unknown } | undefined)?.choices;
  return Array.isArray(choices)
    ? (choices[0] as Record<string, unknown> | undefined)?.[key]
    : undefined;
}

/**
 * A `doStream` transform that reads the field from the raw chunks it was given for this
 * (the call asked for them), and passes them on only when the caller asked too.
 */
export function observeReasoningField(
  replay: ReasoningReplay,
  keepRawChunks: boolean,
): TransformStream<LanguageModelV3StreamPart, LanguageModelV3StreamPart> {
  let seen = false;
  return new TransformStream({
    transform(part, controller) {
      if (part.type === 'raw') {
        seen ||= replay.observe(firstChoiceOf(part.rawValue, 'delta'));
        if (!keepRawChunks) return;
      }
      controller.enqueue(part);
    },
  });
}
