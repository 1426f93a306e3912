/**
 * What the runtime suite runs in Bun, Deno and workerd: a small app written as a user
 * writes one, importing `@runpod/ai-sdk-provider` (the built package, through its
 * package.json `exports`) and `ai`. It returns what it got as plain JSON for the suite to
 * check (tests/runtimes/runtimes.e2e.ts).
 */
import {
  embed,
  generateImage,
  generateObject,
  generateText,
  rerank,
  stepCountIs,
  streamText,
  tool,
} from 'ai';
import { z } from 'zod';

const getWeather = tool({
  description: 'Get the current weather in a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, temperatureC: 21 }),
});

/**
 * Runs every model kind once against `runpod` (a provider from `createRunPod`); `runtime`
 * names the runtime (`Bun`) and `version` its version.
 */
export async function runScenario(runpod, { runtime, version }) {
  const generated = await generateText({
    model: runpod('qwen/qwen3-32b-awq'),
    prompt: `Hi from ${runtime}`,
  });

  // Two steps: a tool call and its result, then reasoning and the answer.
  const streamed = streamText({
    model: runpod('moonshotai/kimi-k3'),
    tools: { getWeather },
    stopWhen: stepCountIs(2),
    prompt: 'What is the weather in Amsterdam?',
  });
  const partTypes = [];
  for await (const part of streamed.fullStream) {
    if (partTypes[partTypes.length - 1] !== part.type) partTypes.push(part.type);
  }
  const steps = await streamed.steps;

  const { object } = await generateObject({
    model: runpod('qwen/qwen3-32b-awq'),
    schema: z.object({ city: z.string(), temperatureC: z.number() }),
    prompt: 'The weather in Amsterdam as JSON',
  });

  const { embedding } = await embed({
    model: runpod.embeddingModel('infinity-endpoint'),
    value: 'sunny day at the beach',
  });

  const { image, providerMetadata } = await generateImage({
    model: runpod.image('black-forest-labs/flux-1-schnell'),
    prompt: 'a lighthouse at dawn',
    size: '512x512',
  });

  const { ranking } = await rerank({
    model: runpod.rerankingModel('infinity-reranker'),
    query: 'warranty coverage',
    documents: ['red and blue colors', 'a two-year warranty coverage'],
  });

  return {
    runtime: `${runtime} ${version}`,
    generated: { text: generated.text, reasoning: generated.reasoningText },
    streamed: {
      partTypes,
      toolCalls: steps.flatMap(step =>
        step.toolCalls.map(({ toolName, input }) => ({ toolName, input })),
      ),
      toolResults: steps.flatMap(step => step.toolResults.map(({ output }) => output)),
      reasoning: await streamed.reasoningText,
      text: await streamed.text,
    },
    object,
    embedding,
    image: {
      bytes: Array.from(image.uint8Array),
      mediaType: image.mediaType,
      jobId: providerMetadata.runpod.images[0].jobId,
    },
    ranking: ranking.map(({ originalIndex, score }) => ({ originalIndex, score })),
    globals: { Buffer: typeof globalThis.Buffer, process: typeof globalThis.process },
  };
}
