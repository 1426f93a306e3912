import type { ReasoningField } from '../catalog/language-models';

/**
 * The `transformRequestBody` hook of RunPod chat models:
 * - `model` becomes the endpoint's served model name (vLLM rejects anything else);
 * - reasoning replayed in the history goes back in the field the endpoint uses
 *   (`reasoningField()`, see `reasoning-replay.ts`); `@ai-sdk/openai-compatible` writes
 *   `reasoning_content`.
 */
export function createRunPodChatRequestTransform(
  servedModelName: string,
  reasoningField: () => ReasoningField,
) {
  return (args: Record<string, any>): Record<string, any> => {
    const body: Record<string, any> = { ...args, model: servedModelName };
    if (Array.isArray(body.messages) && reasoningField() === 'reasoning') {
      body.messages = body.messages.map(renameReasoningField);
    }
    return body;
  };
}

function renameReasoningField(message: Record<string, any>): Record<string, any> {
  if (message.reasoning_content === undefined) return message;
  const { reasoning_content, ...rest } = message;
  return { ...rest, reasoning: reasoning_content };
}
