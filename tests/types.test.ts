import type {
  EmbeddingModelV3,
  Experimental_VideoModelV3,
  ImageModelV3,
  LanguageModelV3,
  ProviderV3,
  SharedV3ProviderOptions,
  RerankingModelV3,
  SpeechModelV3,
  TranscriptionModelV3,
} from '@ai-sdk/provider';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createRunPod,
  createRunpod,
  runpod,
  type RunPodChatModelId,
  type RunPodChatProviderOptions,
  type RunPodEndpointHealth,
  type RunPodLanguageModelSettings,
  type RunPodEmbeddingModelId,
  type RunPodImageModelId,
  type RunPodImageProviderOptions,
  type RunPodSpeechProviderOptions,
  type RunPodTranscriptionProviderOptions,
  type RunPodVideoProviderOptions,
  type RunPodSpeechModelId,
  type RunPodTranscriptionModelId,
  type RunPodVideoModelId,
  type RunPodModelInfo,
  type RunPodModelSettings,
  type RunPodRerankingModelId,
  type RunPodRerankingProviderOptions,
  type RunPodProvider,
  type RunPodProviderSettings,
} from '../src';
import type * as V1Names from '../src';

// Compile-time checks: `npm run typecheck` fails if these types drift. The `it` blocks
// also run, so a broken import shows up in the test run.
describe('public types', () => {
  it('RunPodProvider is a ProviderV3 that is also callable', () => {
    expectTypeOf<RunPodProvider>().toExtend<ProviderV3>();
    expectTypeOf(runpod).toEqualTypeOf<RunPodProvider>();
    expectTypeOf(createRunpod).toEqualTypeOf(createRunPod);
    expectTypeOf(runpod('qwen/qwen3-32b-awq')).toEqualTypeOf<LanguageModelV3>();
    expectTypeOf(runpod.embeddingModel('abc123')).toEqualTypeOf<EmbeddingModelV3>();
  });

  it('RunPodChatModelId suggests catalog IDs and accepts any endpoint ID', () => {
    expectTypeOf<'qwen/qwen3-32b-awq'>().toExtend<RunPodChatModelId>();
    expectTypeOf<'deep-cogito/deep-cogito-v2-llama-70b'>().toExtend<RunPodChatModelId>();
    expectTypeOf<'moonshotai/kimi-k3'>().toExtend<RunPodChatModelId>();
    expectTypeOf<'abc123xyz'>().toExtend<RunPodChatModelId>();
    expectTypeOf<RunPodEmbeddingModelId>().toExtend<string>();
    expectTypeOf<number>().not.toExtend<RunPodChatModelId>();
  });

  it('settings and options have the documented shapes', () => {
    expectTypeOf<RunPodProviderSettings>().toEqualTypeOf<{
      apiKey?: string | readonly string[] | (() => string | PromiseLike<string>);
      baseURL?: string;
      headers?: Record<string, string>;
      fetch?: RunPodProviderSettings['fetch'];
    }>();
    expectTypeOf<RunPodModelSettings>().toEqualTypeOf<{
      servedModelName?: string;
      apiKey?: string;
      headers?: Record<string, string>;
    }>();
    expectTypeOf<RunPodLanguageModelSettings>().toEqualTypeOf<{
      servedModelName?: string;
      apiKey?: string;
      headers?: Record<string, string>;
      startsInReasoning?: boolean;
      reasoningSwitch?: 'enable_thinking' | 'thinking' | 'reasoning_effort' | 'none';
    }>();
    expectTypeOf<{
      extractReasoningTags: false;
      top_k: 20;
    }>().toExtend<RunPodChatProviderOptions>();
    expectTypeOf<{ extractReasoningTags: 'yes' }>().not.toExtend<RunPodChatProviderOptions>();

    // Never called: only the compiler looks at these.
    const _wrongSettings = () => {
      // @ts-expect-error baseURL is a string
      createRunPod({ baseURL: 42 });
      // @ts-expect-error servedModelName is a string
      runpod('abc123', { servedModelName: 1 });
      // @ts-expect-error startsInReasoning is for language models
      runpod.embeddingModel('abc123', { startsInReasoning: true });
      // @ts-expect-error startsInReasoning is for language models
      runpod.rerankingModel('abc123', { startsInReasoning: true });
      // @ts-expect-error startsInReasoning is for language models
      runpod.reranking('abc123', { startsInReasoning: true });
    };
  });

  it('each factory takes its own settings', () => {
    expectTypeOf(runpod).parameter(1).toEqualTypeOf<RunPodLanguageModelSettings | undefined>();
    expectTypeOf(runpod.languageModel)
      .parameter(1)
      .toEqualTypeOf<RunPodLanguageModelSettings | undefined>();
    expectTypeOf(runpod.completionModel)
      .parameter(1)
      .toEqualTypeOf<RunPodLanguageModelSettings | undefined>();
    expectTypeOf(runpod.embeddingModel)
      .parameter(1)
      .toEqualTypeOf<RunPodModelSettings | undefined>();
    expectTypeOf(runpod.rerankingModel)
      .parameter(1)
      .toEqualTypeOf<RunPodModelSettings | undefined>();
    expectTypeOf(runpod.reranking).parameter(1).toEqualTypeOf<RunPodModelSettings | undefined>();
    expectTypeOf(runpod.image).parameters.toEqualTypeOf<[RunPodImageModelId]>();
    expectTypeOf(runpod.speech).parameters.toEqualTypeOf<[RunPodSpeechModelId]>();
    expectTypeOf(runpod.transcription).parameters.toEqualTypeOf<[RunPodTranscriptionModelId]>();
    expectTypeOf(runpod.video).parameters.toEqualTypeOf<[RunPodVideoModelId]>();
  });

  it('models() lists the catalog read-only', () => {
    expectTypeOf(runpod.models()).toEqualTypeOf<readonly RunPodModelInfo[]>();
    expectTypeOf(runpod.models)
      .parameter(0)
      .toEqualTypeOf<'language' | 'image' | 'speech' | 'video' | undefined>();
    expectTypeOf<RunPodModelInfo['id']>().toEqualTypeOf<string>();
    // Never called: the list cannot be changed.
    const _readOnly = (info: RunPodModelInfo) => {
      // @ts-expect-error read-only
      info.id = 'x';
      // @ts-expect-error read-only
      runpod.models().push(info);
    };
  });

  it('endpointHealth resolves to typed job and worker counts', () => {
    expectTypeOf(runpod.endpointHealth).parameters.toEqualTypeOf<
      [string, { abortSignal?: AbortSignal; headers?: Record<string, string | undefined> }?]
    >();
    expectTypeOf<
      ReturnType<typeof runpod.endpointHealth>
    >().resolves.toEqualTypeOf<RunPodEndpointHealth>();
    expectTypeOf<RunPodEndpointHealth['jobs']>().toEqualTypeOf<{
      completed: number;
      failed: number;
      inProgress: number;
      inQueue: number;
      retried: number;
    }>();
    expectTypeOf<RunPodEndpointHealth['workers']['idle']>().toEqualTypeOf<number>();
    expectTypeOf<RunPodEndpointHealth['workers']['ready']>().toEqualTypeOf<number | undefined>();
  });

  it('media model IDs suggest catalog IDs and accept endpoint IDs; factories return V3 models', () => {
    expectTypeOf<'black-forest-labs/flux-1-schnell'>().toExtend<RunPodImageModelId>();
    expectTypeOf<'google/nano-banana-pro-edit'>().toExtend<RunPodImageModelId>();
    expectTypeOf<'resembleai/chatterbox-turbo'>().toExtend<RunPodSpeechModelId>();
    expectTypeOf<'alibaba/wan-2.6-t2v'>().toExtend<RunPodVideoModelId>();
    expectTypeOf<'my-endpoint'>().toExtend<RunPodTranscriptionModelId>();
    expectTypeOf(runpod.image('x')).toEqualTypeOf<ImageModelV3>();
    expectTypeOf(runpod.speech('x')).toEqualTypeOf<SpeechModelV3>();
    expectTypeOf(runpod.transcription('x')).toEqualTypeOf<TranscriptionModelV3>();
    expectTypeOf(runpod.video('x')).toEqualTypeOf<Experimental_VideoModelV3>();
    expectTypeOf<{ maxWaitMs: 60_000 }>().toExtend<RunPodImageProviderOptions>();
  });

  it("media option types have each catalog model's keys, by RunPod's name and by alias", () => {
    type FluxDev = RunPodImageProviderOptions<'black-forest-labs/flux-1-dev'>;
    expectTypeOf<{ negative_prompt: 'blur'; numInferenceSteps: 30 }>().toExtend<FluxDev>();
    expectTypeOf<{
      image_format: 'png';
      imageFormat: 'jpeg';
      maxWaitMs: 1_000;
    }>().toExtend<FluxDev>();
    expectTypeOf<{ image_format: 'webp' }>().not.toExtend<FluxDev>();
    expectTypeOf<{ guidance: 'high' }>().not.toExtend<FluxDev>();
    expectTypeOf<
      RunPodImageProviderOptions<'google/nano-banana-pro-edit'>['resolution']
    >().toEqualTypeOf<'1k' | '2k' | '4k' | undefined>();
    expectTypeOf<{
      negative_prompt: 'blur';
      shotType: 'multi';
    }>().toExtend<RunPodVideoProviderOptions<'alibaba/wan-2.6-t2v'>>();
    expectTypeOf<{ voiceUrl: string }>().toExtend<
      RunPodSpeechProviderOptions<'resembleai/chatterbox-turbo'>
    >();
    // MiniMax's emotions are named, not a closed list.
    expectTypeOf<{ emotion: 'calm' }>().toExtend<
      RunPodSpeechProviderOptions<'minimax/speech-02-hd'>
    >();
    expectTypeOf<{
      word_timestamps: true;
      initialPrompt: 'RunPod';
      model: 'turbo';
    }>().toExtend<RunPodTranscriptionProviderOptions>();
    expectTypeOf<{ model: 'distil-large-v3' }>().not.toExtend<RunPodTranscriptionProviderOptions>();
    // They fit where the AI SDK takes provider options.
    expectTypeOf<{ runpod: FluxDev }>().toExtend<SharedV3ProviderOptions>();
    expectTypeOf<{ runpod: RunPodImageProviderOptions }>().toExtend<SharedV3ProviderOptions>();
    // Your own endpoints take any key.
    expectTypeOf<{ steps: 20 }>().toExtend<RunPodImageProviderOptions<'my-endpoint'>>();
  });

  it('reranking models take endpoint IDs and optional settings, and return V3 models', () => {
    expectTypeOf<'my-infinity-endpoint'>().toExtend<RunPodRerankingModelId>();
    expectTypeOf(runpod.rerankingModel('x')).toEqualTypeOf<RerankingModelV3>();
    expectTypeOf(
      runpod.reranking('x', { servedModelName: 'BAAI/bge-reranker-base' }),
    ).toEqualTypeOf<RerankingModelV3>();
    expectTypeOf<RunPodRerankingProviderOptions>().toEqualTypeOf<{
      maxWaitMs?: number;
      webhook?: string;
      onWaitLimit?: 'cancel' | 'keep';
      jobId?: string;
    }>();
  });

  it("keeps every type name 1.4.0's index.d.ts exported, as deprecated aliases", () => {
    expectTypeOf<V1Names.RunpodProvider>().toEqualTypeOf<RunPodProvider>();
    expectTypeOf<V1Names.RunpodProviderSettings>().toEqualTypeOf<RunPodProviderSettings>();
    expectTypeOf<V1Names.RunpodChatModelId>().toEqualTypeOf<RunPodChatModelId>();
    expectTypeOf<V1Names.RunpodCompletionModelId>().toEqualTypeOf<V1Names.RunPodCompletionModelId>();
    expectTypeOf<V1Names.RunpodImageModelId>().toEqualTypeOf<RunPodImageModelId>();
    expectTypeOf<V1Names.RunpodTranscriptionModelId>().toEqualTypeOf<RunPodTranscriptionModelId>();
    expectTypeOf<V1Names.RunpodTranscriptionProviderOptions>().toEqualTypeOf<RunPodTranscriptionProviderOptions>();
    expectTypeOf<V1Names.RunpodVideoModelId>().toEqualTypeOf<RunPodVideoModelId>();
    expectTypeOf<V1Names.RunpodVideoProviderOptions>().toEqualTypeOf<RunPodVideoProviderOptions>();
    expectTypeOf<V1Names.RunpodErrorData>().toEqualTypeOf<V1Names.RunPodErrorData>();
    // 1.x's shape, with 2.x's job fields (jobId, endpointId, status) optional beside it.
    expectTypeOf<V1Names.RunpodImageErrorData['endpointId']>().toEqualTypeOf<string | undefined>();
    // 1.x's README examples type-check against them.
    const _settings: V1Names.RunpodProviderSettings = { apiKey: 'rpa_x', headers: { a: 'b' } };
    const _model: V1Names.RunpodImageModelId = 'bytedance/seedream-3.0';
  });

  it("compiles code typed with 1.4.0's option and error types (every field 1.x declared)", () => {
    const _transcription: V1Names.RunpodTranscriptionProviderOptions = {
      audio: 'https://example.com/a.wav',
      prompt: 'Names: Ada, Grace',
      initial_prompt: 'Names: Ada, Grace',
      language: 'en',
      word_timestamps: true,
      model: 'turbo',
      transcription: 'plain_text',
      translate: false,
      enable_vad: false,
      maxPollAttempts: 120,
      pollIntervalMillis: 2000,
    };
    const _video: V1Names.RunpodVideoProviderOptions = {
      negative_prompt: 'blurry',
      guidance_scale: 5,
      maxPollAttempts: 120,
      pollIntervalMillis: 5000,
    };
    const imageError: V1Names.RunpodImageErrorData = { error: 'Job failed' };
    expectTypeOf(imageError.error).toEqualTypeOf<string | undefined>();
    expectTypeOf(imageError.message).toEqualTypeOf<string | undefined>();
  });
});
