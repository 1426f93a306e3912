import { describe, expect, it } from 'vitest';
import { createRunPod, runpod } from '../src';
import { aiVersions, mockRunPod } from './helpers';

describe('runpod.models()', () => {
  it("lists RunPod's public endpoints with their stable facts", () => {
    const qwen = runpod.models().find(model => model.id === 'qwen/qwen3-32b-awq');
    expect(qwen).toEqual({
      id: 'qwen/qwen3-32b-awq',
      kind: 'language',
      endpointId: 'qwen3-32b-awq',
      servedModelName: 'Qwen/Qwen3-32B-AWQ',
      capabilities: expect.arrayContaining(['tools', 'structured-outputs', 'reasoning']),
      contextWindow: qwen?.contextWindow,
      maxOutputTokens: qwen?.maxOutputTokens,
      status: 'available',
      docs: expect.stringMatching(/^https:\/\/docs\.runpod\.io\/public-endpoints\/models\//),
    });
    const kinds = new Set(runpod.models().map(model => model.kind));
    expect([...kinds].sort()).toEqual(['image', 'language', 'speech', 'video']);
  });

  it('filters by kind and tells edit models from text-to-image ones', () => {
    const images = runpod.models('image');
    expect(images.length).toBeGreaterThan(5);
    expect(images.every(model => model.kind === 'image')).toBe(true);
    const byId = Object.fromEntries(images.map(model => [model.id, model.capabilities]));
    expect(byId['black-forest-labs/flux-1-schnell']).toEqual(['text-to-image']);
    expect(byId['google/nano-banana-pro-edit']).toEqual(['image-editing']);
    const videos = runpod.models('video');
    expect(videos.find(model => model.id === 'alibaba/wan-2.6-t2v')?.capabilities).toEqual([
      'text-to-video',
    ]);
    // RunPod's AI SDK page lists Kling O1 (reference-to-video) as image-to-video.
    expect(videos.find(model => model.id === 'kwaivgi/kling-video-o1-r2v')?.capabilities).toEqual([
      'image-to-video',
    ]);
  });

  it('is read-only and the same list for every provider', () => {
    const list = runpod.models();
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
    expect(createRunPod().models()).toBe(list);
    expect(runpod.models('image')).toBe(runpod.models('image'));
    expect(Object.isFrozen(runpod.models('image'))).toBe(true);
    expect(Object.isFrozen(list[0].capabilities)).toBe(true);
  });

  it.each(aiVersions)('every listed language model ID works as a model ID (%s)', async (_, ai) => {
    const mock = mockRunPod();
    const provider = mock.provider();
    const available = provider.models('language').filter(model => model.status === 'available');
    for (const model of available) {
      const { text } = await ai.generateText({
        model: provider(model.id),
        prompt: 'Hi',
        maxRetries: 0,
      });
      expect(text.length).toBeGreaterThan(0);
    }
    const paths = (await mock.requests()).map(request => request.path);
    expect(paths).toEqual(
      available.map(model => `/v2/${model.endpointId}/openai/v1/chat/completions`),
    );
  });
});
