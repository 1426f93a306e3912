/**
 * Generate text with one of RunPod's public LLM endpoints.
 *
 * The original user story used `deep-cogito/deep-cogito-v2-llama-70b`, which RunPod has
 * retired (that ID now throws a `NoSuchModelError` naming a replacement); this example
 * uses `qwen/qwen3-32b-awq`, against the mock or, with `RUNPOD_API_KEY` set, the real service.
 */
import { runpod } from '@runpod/ai-sdk-provider';
import { generateText } from 'ai';

const modelId = 'qwen/qwen3-32b-awq';

export default async function main() {
  const { text, usage, finishReason } = await generateText({
    model: runpod(modelId),
    prompt: 'Write a Python function that sorts a list:',
  });

  console.log(`Model:         ${modelId}`);
  console.log(`Text:          ${text}`);
  console.log(
    `Usage:         ${usage.inputTokens} input + ${usage.outputTokens} output = ${usage.totalTokens} tokens`,
  );
  console.log(`Finish reason: ${finishReason}`);
}
