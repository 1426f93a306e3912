/**
 * Stream text from RunPod's Qwen3 32B public endpoint and print it as it arrives.
 * Qwen3's inline `<think>` reasoning is split out by the provider, so `textStream`
 * carries only the answer.
 */
import { runpod } from '@runpod/ai-sdk-provider';
import { streamText } from 'ai';

export default async function main() {
  // A stream reports an error through `onError` (by default it is logged), not by throwing.
  let streamError: unknown;
  const result = streamText({
    model: runpod('qwen/qwen3-32b-awq'),
    prompt: 'Explain in two sentences what a serverless GPU endpoint is.',
    onError: ({ error }) => {
      streamError ??= error;
    },
  });

  process.stdout.write('Text: ');
  for await (const delta of result.textStream) {
    process.stdout.write(delta);
  }
  process.stdout.write('\n');
  if (streamError !== undefined) throw streamError;

  const usage = await result.usage;
  console.log(
    `Usage: ${usage.inputTokens} input + ${usage.outputTokens} output = ${usage.totalTokens} tokens`,
  );
  console.log(`Finish reason: ${await result.finishReason}`);
}
