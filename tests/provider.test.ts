import { InvalidArgumentError, LoadAPIKeyError, NoSuchModelError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { createRunPod, createRunpod, runpod, type RunPodProvider } from '../src';
import { mockRunPod, withoutApiKeyInEnvironment } from './helpers';

describe('createRunPod', () => {
  it('returns a V3 provider whose call, languageModel and chatModel give the same chat model', () => {
    const provider = createRunPod({ apiKey: 'rpa_x' });
    expect(provider.specificationVersion).toBe('v3');
    for (const model of [
      provider('qwen/qwen3-32b-awq'),
      provider.languageModel('qwen/qwen3-32b-awq'),
      provider.chatModel('qwen/qwen3-32b-awq'),
    ]) {
      expect(model.specificationVersion).toBe('v3');
      expect(model.provider).toBe('runpod.chat');
      expect(model.modelId).toBe('qwen/qwen3-32b-awq');
    }
    expect(provider.completionModel('qwen/qwen3-32b-awq').provider).toBe('runpod.completion');
    expect(provider.embeddingModel('abc123').provider).toBe('runpod.embedding');
    expect(provider.textEmbeddingModel('abc123').modelId).toBe('abc123');
  });

  it('offers image, speech, transcription and video models under both names', () => {
    const provider = createRunPod({ apiKey: 'rpa_x' });
    const pairs = [
      [
        provider.image('black-forest-labs/flux-1-schnell'),
        provider.imageModel('black-forest-labs/flux-1-schnell'),
        'runpod.image',
      ],
      [
        provider.speech('resembleai/chatterbox-turbo'),
        provider.speechModel('resembleai/chatterbox-turbo'),
        'runpod.speech',
      ],
      [
        provider.transcription('whisper-abc'),
        provider.transcriptionModel('whisper-abc'),
        'runpod.transcription',
      ],
      [
        provider.video('alibaba/wan-2.6-t2v'),
        provider.videoModel('alibaba/wan-2.6-t2v'),
        'runpod.video',
      ],
    ] as const;
    for (const [short, long, name] of pairs) {
      expect(short.specificationVersion).toBe('v3');
      expect(short.provider).toBe(name);
      expect(long.provider).toBe(name);
      expect(short.modelId).toBe(long.modelId);
    }
  });

  it('offers reranking models under both names, on endpoint IDs and console URLs', () => {
    const provider = createRunPod({ apiKey: 'rpa_x' });
    const short = provider.reranking('infinity-abc');
    const long = provider.rerankingModel(
      'https://console.runpod.io/serverless/user/endpoint/infinity-abc',
    );
    expect(short.specificationVersion).toBe('v3');
    expect(short.provider).toBe('runpod.reranking');
    expect(long.provider).toBe('runpod.reranking');
    expect(long.modelId).toBe('infinity-abc');
    expect(() => provider.rerankingModel('has space')).toThrow(
      /No such RunPod rerankingModel: 'has space'.*console\.runpod\.io/,
    );
    expect(() => provider.rerankingModel('')).toThrow(InvalidArgumentError);
  });

  it('exports createRunpod as the same function, for code written for earlier releases', () => {
    expect(createRunpod).toBe(createRunPod);
    expect(runpod('qwen/qwen3-32b-awq').modelId).toBe('qwen/qwen3-32b-awq');
  });
});

describe('model IDs', () => {
  const provider = createRunPod({ apiKey: 'rpa_x' });

  it.each([
    ['qwen/qwen3-32b-awq', 'qwen/qwen3-32b-awq'],
    ['qwen3-32b-awq', 'qwen/qwen3-32b-awq'],
    ['moonshot-kimi', 'moonshotai/kimi-k2.6'],
    ['deepcogito/cogito-671b-v2.1-FP8', 'deepcogito/cogito-671b-v2.1-fp8'],
    ['gpt-oss-120b', 'openai/gpt-oss-120b'],
    ['abc123xyz', 'abc123xyz'],
    ['https://console.runpod.io/serverless/user/endpoint/isapbl1e254mbj', 'isapbl1e254mbj'],
    ['https://www.console.runpod.io/serverless/user/endpoint/isapbl1e254mbj/', 'isapbl1e254mbj'],
    ['https://console.runpod.io/hub/playground/text/qwen3-32b-awq', 'qwen/qwen3-32b-awq'],
  ])('resolves %s to model ID %s', (input, modelId) => {
    expect(provider(input).modelId).toBe(modelId);
  });

  it.each([
    '',
    '   ',
    'qwen/qwen3-32b',
    'has space',
    'https://example.com/serverless/user/endpoint/abc',
  ])('rejects %j before any request is sent', async input => {
    const mock = mockRunPod();
    const create = () => mock.provider()(input);
    expect(create).toThrow(input.trim() === '' ? InvalidArgumentError : NoSuchModelError);
    expect(await mock.requests()).toEqual([]);
  });

  it('names the catalog and the endpoint-ID form in the NoSuchModelError message', () => {
    expect(() => provider('qwen/qwen3-32b')).toThrow(
      /No such RunPod languageModel: 'qwen\/qwen3-32b'.*qwen\/qwen3-32b-awq.*console\.runpod\.io/,
    );
  });
});

describe('API key', () => {
  it('is read from RUNPOD_API_KEY when a request is made, not when the provider is created', async () => {
    const mock = mockRunPod();
    await withoutApiKeyInEnvironment(async () => {
      const model = createRunPod({ baseURL: mock.baseURL, headers: { 'x-mock-key': mock.key } })(
        'qwen/qwen3-32b-awq',
      );
      process.env.RUNPOD_API_KEY = 'rpa_from_environment';
      await model.doGenerate({
        prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }],
      });
      const [request] = await mock.requests();
      expect(request.headers.authorization).toBe('Bearer rpa_from_environment');
    });
  });

  it('fails with LoadAPIKeyError, before any request, when there is none', async () => {
    const mock = mockRunPod();
    await withoutApiKeyInEnvironment(async () => {
      const model = createRunPod({ baseURL: mock.baseURL, headers: { 'x-mock-key': mock.key } })(
        'qwen/qwen3-32b-awq',
      );
      const call = model.doGenerate({
        prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }],
      });
      await expect(call).rejects.toSatisfy(LoadAPIKeyError.isInstance);
      await expect(call).rejects.toThrow(/RUNPOD_API_KEY/);
      expect(await mock.requests()).toEqual([]);
    });
  });
});

describe('settings checked before any request', () => {
  it.each([
    [
      { baseURL: 'api.runpod.ai/v2' },
      'baseURL',
      'RunPod provider setting baseURL must be an absolute http(s) URL without query or fragment, such as https://api.runpod.ai/v2, got "api.runpod.ai/v2" (string).',
    ],
    [
      { baseURL: 'ftp://api.runpod.ai/v2' },
      'baseURL',
      'RunPod provider setting baseURL must be an absolute http(s) URL without query or fragment, such as https://api.runpod.ai/v2, got "ftp://api.runpod.ai/v2" (string).',
    ],
    [
      { headers: { 'x-team': 42 } },
      'headers',
      // Header values are never echoed: they may hold a key.
      'RunPod provider setting headers["x-team"] must be a string.',
    ],
    [
      { headers: { 'x-team': 'a\r\nx-injected: 1' } },
      'headers',
      'RunPod provider setting headers["x-team"] must not contain line breaks.',
    ],
    [
      { fetch: 'fetch' },
      'fetch',
      'RunPod provider setting fetch must be a function, got "fetch" (string).',
    ],
  ])('rejects %j with an InvalidArgumentError naming %s', (settings, argument, message) => {
    const create = () => createRunPod({ apiKey: 'rpa_x', ...(settings as object) });
    expect(create).toThrow(InvalidArgumentError);
    expect(create).toThrow(message);
    try {
      create();
    } catch (error) {
      expect((error as InvalidArgumentError).argument).toBe(argument);
    }
  });

  it('fails a call with LoadAPIKeyError, before any request, when apiKey is empty', async () => {
    const mock = mockRunPod();
    const model = mock.provider({ apiKey: '' })('qwen/qwen3-32b-awq');
    const call = model.doGenerate({
      prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }],
    });
    await expect(call).rejects.toSatisfy(LoadAPIKeyError.isInstance);
    await expect(call).rejects.toThrow("RunPod API key is empty: the apiKey setting is ''.");
    expect(await mock.requests()).toEqual([]);
  });

  it('treats an empty RUNPOD_API_KEY as no key', async () => {
    const mock = mockRunPod();
    await withoutApiKeyInEnvironment(async () => {
      process.env.RUNPOD_API_KEY = '';
      const model = createRunPod({ baseURL: mock.baseURL, headers: { 'x-mock-key': mock.key } })(
        'qwen/qwen3-32b-awq',
      );
      const call = model.doGenerate({
        prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }],
      });
      await expect(call).rejects.toSatisfy(LoadAPIKeyError.isInstance);
      await expect(call).rejects.toThrow(/RUNPOD_API_KEY is set to an empty string/);
      expect(await mock.requests()).toEqual([]);
    });
  });

  it.each([
    ['chat', (provider: RunPodProvider) => provider('my-endpoint', { servedModelName: '' })],
    ['chat', (provider: RunPodProvider) => provider('my-endpoint', { servedModelName: '  ' })],
    [
      'completion',
      (provider: RunPodProvider) =>
        provider.completionModel('my-endpoint', { servedModelName: '' }),
    ],
    [
      'embedding',
      (provider: RunPodProvider) => provider.embeddingModel('my-endpoint', { servedModelName: '' }),
    ],
  ])('rejects an empty servedModelName for a %s model when it is created', (_kind, create) => {
    const provider = createRunPod({ apiKey: 'rpa_x' });
    expect(() => create(provider)).toThrow(InvalidArgumentError);
    expect(() => create(provider)).toThrow(
      /^RunPod model 'my-endpoint': servedModelName must not be empty, got " *"\.$/,
    );
  });

  it('rejects a startsInReasoning that is not a boolean', () => {
    const provider = createRunPod({ apiKey: 'rpa_x' });
    expect(() => provider('my-endpoint', { startsInReasoning: 'yes' as never })).toThrow(
      'RunPod model \'my-endpoint\': startsInReasoning must be a boolean, got "yes".',
    );
  });
});
