/**
 * Generate text with one of RunPod's public LLM endpoints.
 *
 * `deep-cogito/deep-cogito-v2-llama-70b` is the model from the original user story, but
 * RunPod has retired that endpoint: against the real service use `qwen/qwen3-32b-awq`.
 * This example does so whenever `RUNPOD_API_KEY` is set.
 */
import { runpod } from '@runpod/ai-sdk-provider';
import { generateText } from 'ai';

// Decided when the module loads: with your own API key, call a model RunPod still serves.
const modelId = process.env.RUNPOD_API_KEY
  ? 'qwen/qwen3-32b-awq'
  : 'deep-cogito/deep-cogito-v2-llama-70b';

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
