/**
 * Reasoning with Qwen3. RunPod's `qwen3-32b-awq` endpoint writes the model's reasoning
 * inline as `<think>…</think>` before the answer; the provider moves it into reasoning
 * parts, so `reasoningText` and `text` come apart, and a stream sends `reasoning-delta`
 * parts before the `text-delta` parts. `extractReasoningTags: false` turns that off per call.
 */
import { runpod } from '@runpod/ai-sdk-provider';
import { generateText, streamText } from 'ai';

const model = runpod('qwen/qwen3-32b-awq');
const prompt = 'Is 97 a prime number? Answer in one sentence.';

export default async function main() {
  // 1. generateText: reasoning and answer separately.
  const result = await generateText({ model, prompt });
  console.log('generateText');
  console.log(`  Reasoning: ${result.reasoningText?.trim() ?? '(none)'}`);
  console.log(`  Text:      ${result.text}`);

  // 2. streamText: reasoning deltas and text deltas as they arrive.
  console.log('streamText');
  let streamError: unknown;
  const stream = streamText({
    model,
    prompt,
    onError: ({ error }) => {
      streamError ??= error;
    },
  });
  let current: 'reasoning' | 'text' | undefined;
  let lastWritten = '';
  for await (const part of stream.fullStream) {
    if (part.type === 'reasoning-delta' || part.type === 'text-delta') {
      const kind = part.type === 'reasoning-delta' ? 'reasoning' : 'text';
      if (kind !== current) {
        if (current !== undefined && !lastWritten.endsWith('\n')) process.stdout.write('\n');
        process.stdout.write(kind === 'reasoning' ? '  [reasoning] ' : '  [text]      ');
        current = kind;
      }
      process.stdout.write(part.text);
      if (part.text !== '') lastWritten = part.text;
    }
  }
  process.stdout.write('\n');
  if (streamError !== undefined) throw streamError;

  // 3. Turned off for one call: the <think> block stays in the text.
  const raw = await generateText({
    model,
    prompt,
    providerOptions: { runpod: { extractReasoningTags: false } },
  });
  console.log('generateText with extractReasoningTags: false');
  console.log(`  Reasoning: ${raw.reasoningText ?? '(none)'}`);
  console.log(`  Text:      ${JSON.stringify(raw.text)}`);
}
