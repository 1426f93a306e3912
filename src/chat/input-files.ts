import {
  InvalidArgumentError,
  type LanguageModelV3FilePart,
  type LanguageModelV3Prompt,
} from '@ai-sdk/provider';

/**
 * Image URLs the endpoint fetches itself, so the AI SDK sends them as they are instead of
 * downloading and inlining them: vLLM's OpenAI server takes http(s) `image_url`s
 * (https://docs.vllm.ai/en/latest/features/multimodal_inputs.html#online-serving). Bytes
 * and `data:` URLs are inlined as base64 by `@ai-sdk/openai-compatible`.
 */
export const IMAGE_URLS: Record<string, RegExp[]> = { 'image/*': [/^https?:\/\//i] };

/**
 * Refuses a prompt with image or other file parts for a model that reads text only (a
 * catalog model whose RunPod page lists no multimodal input), before any request and
 * before any image is downloaded.
 *
 * @throws {InvalidArgumentError} naming the model and the first file part's media type.
 */
export function refuseFileParts(prompt: LanguageModelV3Prompt, modelId: string): void {
  for (const message of prompt) {
    if (message.role !== 'user' && message.role !== 'assistant') continue;
    for (const part of message.content) {
      if (part.type === 'file') throw fileRefused(part, modelId);
    }
  }
}

function fileRefused(file: LanguageModelV3FilePart, modelId: string): InvalidArgumentError {
  return new InvalidArgumentError({
    argument: 'prompt',
    message:
      `RunPod model '${modelId}' reads text only (its RunPod page lists no image or file ` +
      `input), and the prompt holds ${describeFile(file.mediaType)}. Send text, or use a model ` +
      'that takes images (moonshotai/kimi-k2.6, or a vision model on your own endpoint).',
  });
}

function describeFile(mediaType: string): string {
  return mediaType === 'image' || mediaType.startsWith('image/')
    ? `an image (${mediaType})`
    : `a file (${mediaType})`;
}

/**
 * The prompt with ai@7's bare `image` media type (an image part whose subtype ai@7 did not
 * detect, e.g. a URL) written as `image/*`, which `@ai-sdk/openai-compatible` sends as
 * `image_url` (it reads only `image/…` types). The same prompt when there is none.
 */
export function withImageSubtypes(prompt: LanguageModelV3Prompt): LanguageModelV3Prompt {
  const bare = (part: { type: string; mediaType?: string }) =>
    part.type === 'file' && part.mediaType === 'image';
  if (!prompt.some(message => message.role !== 'system' && message.content.some(bare))) {
    return prompt;
  }
  return prompt.map(message =>
    message.role === 'system'
      ? message
      : ({
          ...message,
          content: message.content.map(part =>
            bare(part) ? { ...part, mediaType: 'image/*' } : part,
          ),
        } as typeof message),
  );
}
