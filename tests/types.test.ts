import type { EmbeddingModelV3, LanguageModelV3, ProviderV3 } from '@ai-sdk/provider';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createRunPod,
  createRunpod,
  runpod,
  type RunPodChatModelId,
  type RunPodChatProviderOptions,
  type RunPodEmbeddingModelId,
  type RunPodModelSettings,
  type RunPodProvider,
  type RunPodProviderSettings,
} from '../src';

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
      apiKey?: string;
      baseURL?: string;
      headers?: Record<string, string>;
      fetch?: RunPodProviderSettings['fetch'];
    }>();
    expectTypeOf<RunPodModelSettings>().toEqualTypeOf<{ servedModelName?: string }>();
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
    };
  });
});
