import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { imageModelCatalog } from '../../src/catalog/image-models';
import { fasterWhisperWorker } from '../../src/catalog/transcription-models';
import {
  readV1ImageCall,
  readV1ProviderOptions,
  withV1Metadata,
} from '../../src/compat/read-v1-options';
import { findRetiredModel, retiredModels } from '../../src/compat/retired-models';
import { V1_VALUES } from '../../src/compat/v1-options';
import type { MediaParameter } from '../../src/catalog/media-parameter';

const transcription = (runpod: Record<string, unknown>) =>
  readV1ProviderOptions({
    kind: 'transcription',
    modelId: 'whisper1',
    entry: fasterWhisperWorker,
    providerOptions: { runpod: runpod as never },
  });

describe('readV1ProviderOptions', () => {
  it('leaves options without 1.x keys as they are (the same object)', () => {
    const providerOptions = { runpod: { initial_prompt: 'x', maxWaitMs: 5_000 } };
    const read = readV1ProviderOptions({
      kind: 'transcription',
      modelId: 'whisper1',
      entry: fasterWhisperWorker,
      providerOptions,
    });
    expect(read).toEqual({ providerOptions, warnings: [] });
    expect(read.providerOptions).toBe(providerOptions);
  });

  it("turns 1.x's polling options into maxWaitMs, with the kind's 1.x defaults", () => {
    expect(transcription({ maxPollAttempts: 10 })).toMatchObject({
      providerOptions: { runpod: { maxWaitMs: 20_000 } },
      warnings: [{ type: 'compatibility', feature: 'providerOptions.runpod.maxPollAttempts' }],
    });
    // maxWaitMs wins; at least one second.
    expect(transcription({ pollIntervalMillis: 1, maxWaitMs: 9_000 }).providerOptions).toEqual({
      runpod: { maxWaitMs: 9_000 },
    });
    expect(transcription({ maxPollAttempts: 1, pollIntervalMillis: 1 }).providerOptions).toEqual({
      runpod: { maxWaitMs: 1_000 },
    });
  });

  it('refuses a polling option that is not a positive number', () => {
    expect(() => transcription({ maxPollAttempts: 0 })).toThrow(InvalidArgumentError);
    expect(() => transcription({ pollIntervalMillis: 'often' })).toThrow(
      /providerOptions\.runpod\.pollIntervalMillis/,
    );
  });

  it("renames 1.x's option names, and refuses them beside RunPod's name or alias", () => {
    expect(transcription({ prompt: 'RunPod' })).toEqual({
      providerOptions: { runpod: { initial_prompt: 'RunPod' } },
      warnings: [
        {
          type: 'compatibility',
          feature: 'providerOptions.runpod.prompt',
          details: "prompt is 1.x's name for initial_prompt; it was sent as initial_prompt.",
        },
      ],
    });
    expect(() => transcription({ prompt: 'a', initialPrompt: 'b' })).toThrow(
      "RunPod transcription model 'whisper1': providerOptions.runpod has both initialPrompt and prompt, two names of one parameter; give one.",
    );
  });
});

describe('readV1ImageCall', () => {
  const base = { prompt: 'x', n: 1, size: undefined, aspectRatio: undefined, seed: undefined };
  const call = (id: keyof typeof imageModelCatalog, options: Record<string, unknown>) =>
    readV1ImageCall({
      modelId: id,
      entry: imageModelCatalog[id],
      options: { ...base, providerOptions: {}, ...options } as never,
    });

  it("moves 1.x's input-image option of the other name into prompt.images", () => {
    const read = call('black-forest-labs/flux-1-kontext-dev', {
      providerOptions: { runpod: { images: ['https://example.com/a.png'] } },
    });
    expect(read.options.files).toEqual([{ type: 'url', url: 'https://example.com/a.png' }]);
    expect(read.options.providerOptions).toEqual({ runpod: {} });
    expect(read.warnings).toMatchObject([{ feature: 'providerOptions.runpod.images' }]);
  });

  it("takes 1.x's sizes out of the call, to be sent as given", () => {
    const bySize = call('alibaba/wan-2.6-t2i', { size: '1280x720' });
    expect(bySize.input).toEqual({ size: '1280*720' });
    expect(bySize.options.size).toBeUndefined();
    const byRatio = call('tongyi-mai/z-image-turbo', { aspectRatio: '3:2' });
    expect(byRatio.input).toEqual({ size: '768*512' });
    // A ratio a listed size has is left to the media layer.
    expect(call('alibaba/wan-2.6-t2i', { aspectRatio: '4:3' }).input).toEqual({});
  });

  it('every 1.x value row names a catalog input that does not list those values', () => {
    for (const row of V1_VALUES) {
      const entry: { inputs: Record<string, MediaParameter> } | undefined =
        imageModelCatalog[row.model as keyof typeof imageModelCatalog];
      const parameter = entry?.inputs[row.input];
      expect(parameter, `${row.model} ${row.input}`).toBeDefined();
      for (const value of row.values) expect(parameter?.values ?? []).not.toContain(value);
    }
  });
});

describe('retired models', () => {
  it('are found by ID or endpoint slug, for their own kind only', () => {
    expect(findRetiredModel('imageModel', 'seedream-3-0-t2i')?.[0]).toBe('bytedance/seedream-3.0');
    expect(findRetiredModel('languageModel', 'bytedance/seedream-3.0')).toBeUndefined();
    for (const row of Object.values(retiredModels)) {
      expect(row.retiredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.source).toMatch(/^https:\/\//);
    }
  });
});

describe('withV1Metadata', () => {
  it("adds 1.x's metadata names beside RunPod's", () => {
    expect(withV1Metadata('speech', { url: 'https://a/b.wav' })).toEqual({
      url: 'https://a/b.wav',
      audioUrl: 'https://a/b.wav',
    });
    expect(withV1Metadata('image', { url: 'u' })).toEqual({ url: 'u' });
  });
});
