/*
 * User code, type-checked (never run) against ai@6's and ai@7's own typings by
 * `npm run typecheck`: each call as an app writes it, with this package's models and
 * provider options. `UserCode` is written once and checked against both majors' `ai`.
 */
import type * as ai6 from 'ai';
import type * as ai7 from 'ai-v7';
import { z } from 'zod/v4';
import {
  createRunPod,
  runpod,
  type RunPodChatProviderOptions,
  type RunPodImageProviderOptions,
  type RunPodRerankingProviderOptions,
  type RunPodSpeechProviderOptions,
  type RunPodTranscriptionProviderOptions,
  type RunPodVideoProviderOptions,
} from '../../src';

type Ai6 = typeof ai6;
type Ai7 = typeof ai7;

async function textCalls(ai: Pick<Ai6, 'generateText' | 'streamText' | 'tool' | 'Output'>) {
  await ai.generateText({
    model: runpod('qwen/qwen3-32b-awq', { startsInReasoning: true }),
    prompt: 'Hi',
    providerOptions: {
      runpod: { extractReasoningTags: true, top_k: 20 } satisfies RunPodChatProviderOptions,
    },
  });
  ai.streamText({ model: runpod.chatModel('my-endpoint'), prompt: 'Hi' });
  await ai.generateText({
    model: runpod('openai/gpt-oss-120b'),
    prompt: 'Weather?',
    tools: {
      weather: ai.tool({
        description: 'The weather in a city',
        inputSchema: z.object({ city: z.string() }),
        execute: async ({ city }) => ({ city, celsius: 21 }),
      }),
    },
  });
  await ai.generateText({
    model: runpod.completionModel('my-endpoint'),
    prompt: 'Hi',
    output: ai.Output.object({ schema: z.object({ name: z.string() }) }),
  });
}

/** The three shapes of `apiKey`: one key, a function (sync or async), a list that rotates. */
async function credentialShapes(ai: Pick<Ai6, 'generateText'>) {
  const secrets = { get: async (name: string) => `rpa_${name}` };
  const fromSecretManager = createRunPod({ apiKey: () => secrets.get('runpod') });
  const fromEnvironment = createRunPod({ apiKey: () => process.env.RUNPOD_API_KEY ?? '' });
  const keys: readonly string[] = ['rpa_a', 'rpa_b'];
  const rotating = createRunPod({ apiKey: keys });
  for (const provider of [fromSecretManager, fromEnvironment, rotating]) {
    await ai.generateText({ model: provider('qwen/qwen3-32b-awq'), prompt: 'Hi' });
  }
  // @ts-expect-error a key is a string, not a number
  createRunPod({ apiKey: 42 });
  // @ts-expect-error the function returns the key itself, not an object
  createRunPod({ apiKey: async () => ({ key: 'rpa_a' }) });
}

async function embeddingCalls(ai: Pick<Ai6, 'embed' | 'rerank'>) {
  await ai.embed({ model: runpod.embeddingModel('my-endpoint'), value: 'Hi' });
  await ai.rerank({
    model: runpod.rerankingModel('my-endpoint', { servedModelName: 'BAAI/bge-reranker-base' }),
    query: 'fox',
    documents: ['a fox', 'a dog'],
    providerOptions: { runpod: { maxWaitMs: 60_000 } satisfies RunPodRerankingProviderOptions },
  });
}

async function imageCalls(ai: Pick<Ai6, 'generateImage'>) {
  await ai.generateImage({
    model: runpod.image('black-forest-labs/flux-1-dev'),
    prompt: 'A fox',
    aspectRatio: '16:9',
    providerOptions: {
      runpod: {
        negative_prompt: 'blur',
        maxWaitMs: 60_000,
      } satisfies RunPodImageProviderOptions<'black-forest-labs/flux-1-dev'>,
    },
  });
}

async function videoCalls(ai: { experimental_generateVideo: Ai6['experimental_generateVideo'] }) {
  await ai.experimental_generateVideo({
    model: runpod.video('alibaba/wan-2.6-t2v'),
    prompt: 'A fox',
    providerOptions: {
      runpod: {
        negative_prompt: 'blur',
      } satisfies RunPodVideoProviderOptions<'alibaba/wan-2.6-t2v'>,
    },
  });
}

const speechOptions = {
  voice_url: 'https://example.com/v.wav',
} satisfies RunPodSpeechProviderOptions;
const transcriptionOptions = { word_timestamps: true } satisfies RunPodTranscriptionProviderOptions;

/** ai@6: every call above, plus speech and transcription under ai@6's names. */
export async function underAi6(ai: Ai6) {
  await textCalls(ai);
  await embeddingCalls(ai);
  await credentialShapes(ai);
  await imageCalls(ai);
  await videoCalls(ai);
  await ai.experimental_generateSpeech({
    model: runpod.speech('resembleai/chatterbox-turbo'),
    text: 'Hi',
    providerOptions: { runpod: speechOptions },
  });
  await ai.experimental_transcribe({
    model: runpod.transcription('my-endpoint'),
    audio: new Uint8Array(),
    providerOptions: { runpod: transcriptionOptions },
  });
}

/** ai@7: the same calls against ai@7's typings, plus ai@7's own names and calls. */
export async function underAi7(ai: Ai7) {
  const provider = createRunPod({ apiKey: 'rpa_x' });
  await ai.generateText({ model: provider('qwen/qwen3-32b-awq'), prompt: 'Hi', reasoning: 'low' });
  ai.streamText({ model: provider('my-endpoint'), prompt: 'Hi' });
  await ai.embed({ model: provider.embeddingModel('my-endpoint'), value: 'Hi' });
  await ai.rerank({ model: provider.reranking('my-endpoint'), query: 'q', documents: ['d'] });
  await ai.generateImage({
    model: provider.image('black-forest-labs/flux-1-schnell'),
    prompt: 'A fox',
  });
  await ai.experimental_generateVideo({
    model: provider.video('alibaba/wan-2.6-t2v'),
    prompt: 'A fox',
  });
  await longJobs(ai, provider);
  await ai.generateSpeech({
    model: provider.speech('resembleai/chatterbox-turbo'),
    text: 'Hi',
    providerOptions: { runpod: speechOptions },
  });
  await ai.transcribe({
    model: provider.transcription('my-endpoint'),
    audio: new Uint8Array(),
    providerOptions: { runpod: transcriptionOptions },
  });
}

/** ai@7's video webhooks and start/status, and collecting a kept job (docs/long-jobs.md). */
async function longJobs(ai: Ai7, provider: ReturnType<typeof createRunPod>) {
  const model = provider.video('alibaba/wan-2.6-t2v');
  await ai.experimental_generateVideo({
    model,
    prompt: 'A fox',
    webhook: async () => ({
      url: 'https://example.com/hook',
      received: Promise.resolve({ headers: {}, body: {} }),
    }),
  });
  const { operation } = await ai.experimental_startVideo({
    model,
    prompt: 'A fox',
    webhookUrl: 'https://example.com/hook',
  });
  const status = await provider.webhooks.video(new Request('https://example.com/hook'), {
    operation,
  });
  if (status.status === 'error') return status.error;
  await ai.experimental_getVideoStatus(model, { operation });
  await ai.generateImage({
    model: provider.image('black-forest-labs/flux-1-schnell'),
    prompt: '',
    providerOptions: {
      runpod: {
        onWaitLimit: 'keep',
        jobId: 'abc',
        webhook: 'https://example.com/hook',
      } satisfies RunPodImageProviderOptions<'black-forest-labs/flux-1-schnell'>,
    },
  });
  return status.videos;
}

// Mistakes each major's typings catch with this package's types.
export function mistakes(ai: Ai7) {
  const query = { query: 'q', documents: [] };
  // @ts-expect-error startsInReasoning is a language model setting
  const reranker = runpod.reranking('x', { startsInReasoning: true });
  ai.rerank({ model: reranker, ...query });
  const image = runpod.image('black-forest-labs/flux-1-schnell');
  // @ts-expect-error an image model is no language model
  ai.generateText({ model: image, prompt: 'Hi' });
  type FluxDev = RunPodImageProviderOptions<'black-forest-labs/flux-1-dev'>;
  // @ts-expect-error Flux Dev's image_format takes png or jpeg
  const format: FluxDev = { image_format: 'webp' };
  // @ts-expect-error onWaitLimit is 'cancel' or 'keep'
  const wait: FluxDev = { onWaitLimit: 'drop' };
  return [format, wait];
}
