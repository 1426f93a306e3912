/**
 * The `transformRequestBody` hook of RunPod chat models:
 * - `model` becomes the endpoint's served model name (vLLM rejects anything else);
 * - reasoning replayed in the history goes back as `reasoning`, the field vLLM ≥ 0.16
 *   reads (vllm-project/vllm#38488); `@ai-sdk/openai-compatible` writes `reasoning_content`.
 */
export function createRunPodChatRequestTransform(servedModelName: string) {
  return (args: Record<string, any>): Record<string, any> => {
    const body: Record<string, any> = { ...args, model: servedModelName };
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
