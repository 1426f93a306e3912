import type { SharedV3Warning } from '@ai-sdk/provider';

/**
 * The `transformRequestBody` hook of RunPod chat models:
 * - `model` becomes the endpoint's served model name (vLLM rejects anything else);
 * - reasoning replayed in the history goes back as `reasoning`, the field vLLM ≥ 0.16
 *   reads (vllm-project/vllm#38488); `@ai-sdk/openai-compatible` writes `reasoning_content`;
 * - `extractReasoningTags` is our option, not a request parameter.
 */
export function createRunPodChatRequestTransform({
  servedModelName,
  splitsReasoningTags,
}: {
  servedModelName: string;
  /** False when the model is used directly, without the `<think>` splitter. */
  splitsReasoningTags: boolean;
}) {
  return (args: Record<string, any>, warnings?: SharedV3Warning[]): Record<string, any> => {
    const { extractReasoningTags, ...body } = args;
    if (extractReasoningTags === true && !splitsReasoningTags) {
      warnings?.push({
        type: 'unsupported',
        feature: 'providerOptions.runpod.extractReasoningTags',
        details: 'This model returns its reasoning in a field of its own, not inline.',
      });
    }
    body.model = servedModelName;
    if (Array.isArray(body.messages)) {
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
