import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod/v4';
import type {
  RunPodImageProviderOptions,
  RunPodTranscriptionProviderOptions,
  RunPodVideoProviderOptions,
} from '../../src';
import { imageModelCatalog } from '../../src/catalog/image-models';
import { videoModelCatalog } from '../../src/catalog/video-models';
// Per-model option types: what RunPod*ProviderOptions<id> are made of (internal).
import type { RunPodImageModelOptions } from '../../src/image/runpod-image-options';
import type { RunPodSpeechModelOptions } from '../../src/speech/runpod-speech-options';
import type { RunPodVideoModelOptions } from '../../src/video/runpod-video-options';

// The option types are inferred from the zod schemas the provider checks the options with:
// these pin a few, and `@ts-expect-error` proves a wrong value does not compile (`tsc -p .`
// checks this file).
describe('media option types', () => {
  it('are the types of the schemas that check them', () => {
    type RatioSchema =
      (typeof imageModelCatalog)['pruna/p-image-t2i']['inputs']['aspect_ratio']['schema'];
    expectTypeOf<
      NonNullable<RunPodImageModelOptions<'pruna/p-image-t2i'>['aspect_ratio']>
    >().toEqualTypeOf<z.input<RatioSchema>>();
    expectTypeOf<z.input<RatioSchema>>().toEqualTypeOf<
      '1:1' | '16:9' | '9:16' | '4:3' | '3:4' | '3:2' | '2:3'
    >();
    const schema = imageModelCatalog['pruna/p-image-t2i'].inputs.aspect_ratio.schema;
    expect(schema.safeParse('16:9').success).toBe(true);
    expect(schema.safeParse('custom').success).toBe(false);
  });

  it('pin per-model keys, values and aliases', () => {
    expectTypeOf<RunPodVideoModelOptions<'openai/sora-2-i2v'>['duration']>().toEqualTypeOf<
      4 | 8 | 12 | undefined
    >();
    expectTypeOf<RunPodImageModelOptions<'qwen/qwen-image-edit-2511'>['size']>().toEqualTypeOf<
      '1024*1024' | '1024*1280' | '1280*1024' | '1280*1280' | '1280*1536' | '1536*1080' | undefined
    >();
    expectTypeOf<
      RunPodImageModelOptions<'black-forest-labs/flux-1-dev'>['numInferenceSteps']
    >().toEqualTypeOf<number | undefined>();
    expectTypeOf<
      RunPodSpeechModelOptions<'resembleai/chatterbox-turbo'>['voiceUrl']
    >().toEqualTypeOf<string | undefined>();
    expectTypeOf<
      RunPodVideoModelOptions<'alibaba/wan-2.2-t2v-720-lora'>['highNoiseLoras']
    >().toEqualTypeOf<Array<{ path: string; scale: number }> | undefined>();
    expect(videoModelCatalog['openai/sora-2-i2v'].inputs.duration.values).toEqual([4, 8, 12]);
  });

  it('refuse a wrong type or value at compile time', () => {
    const ok: RunPodImageProviderOptions<'black-forest-labs/flux-1-dev'> = {
      image_format: 'png',
      numInferenceSteps: 30,
      maxWaitMs: 60_000,
    };
    const badFormat: RunPodImageProviderOptions<'black-forest-labs/flux-1-dev'> = {
      // @ts-expect-error webp is not one of Flux Dev's image formats
      image_format: 'webp',
    };
    const badGuidance: RunPodImageProviderOptions<'black-forest-labs/flux-1-dev'> = {
      // @ts-expect-error guidance is a number
      guidance: 'high',
    };
    // @ts-expect-error Sora 2 takes 4, 8 or 12 seconds
    const badDuration: RunPodVideoProviderOptions<'openai/sora-2-i2v'> = { duration: 5 };
    // @ts-expect-error the worker's model list has no distil-large-v3
    const badModel: RunPodTranscriptionProviderOptions = { model: 'distil-large-v3' };
    // 1.x's polling options still compile (deprecated).
    const v1: RunPodVideoProviderOptions<'openai/sora-2-i2v'> = { maxPollAttempts: 10 };
    expect([ok, badFormat, badGuidance, badDuration, badModel, v1]).toHaveLength(6);
  });
});
