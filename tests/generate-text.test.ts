import { describe, expect, it } from 'vitest';
import { API_KEY, aiVersions, mockRunPod } from './helpers';

describe.each(aiVersions)('generateText (%s)', (_, ai) => {
  it('runs the user story example against the endpoint the story names', async () => {
    const mock = mockRunPod();
    const runpod = mock.provider();

    const { text, usage, finishReason, response } = await ai.generateText({
      model: runpod('deep-cogito/deep-cogito-v2-llama-70b'),
      prompt: 'Write a Python function that sorts a list:',
    });

    expect(text).toBe(
      'Hello from deepcogito/cogito-v2-preview-llama-70B! You said: Write a Python function that sorts a list:',
    );
    expect(finishReason).toBe('stop');
    expect(usage.inputTokens).toBe(12);
    expect(usage.outputTokens).toBe(13);
    expect(response.modelId).toBe('deepcogito/cogito-v2-preview-llama-70B');

    const [request] = await mock.requests();
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v2/deep-cogito-v2-llama-70b/openai/v1/chat/completions');
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['user-agent']).toMatch(/ai-sdk\/runpod\/\d+\.\d+\.\d+/);
    expect(request.body).toEqual({
      model: 'deepcogito/cogito-v2-preview-llama-70B',
      messages: [{ role: 'user', content: 'Write a Python function that sorts a list:' }],
    });
  });
});

// Endpoint slugs and served model names as RunPod documents them (runpod-api.md §2.2),
// written out here rather than read from the catalog, so that a wrong catalog entry fails.
const publicEndpoints = [
  ['qwen/qwen3-32b-awq', 'qwen3-32b-awq', 'Qwen/Qwen3-32B-AWQ'],
  ['ibm-granite/granite-4.0-h-small', 'granite-4-0-h-small', 'ibm-granite/granite-4.0-h-small'],
  ['moonshotai/kimi-k2.6', 'moonshot-kimi', 'kimi-k2.6'],
  ['moonshotai/kimi-k2.7-code', 'moonshot-kimi', 'kimi-k2.7-code'],
  ['moonshotai/kimi-k3', 'moonshot-kimi', 'kimi-k3'],
  ['openai/gpt-oss-120b', 'gpt-oss-120b', 'openai/gpt-oss-120b'],
  [
    'deepcogito/cogito-671b-v2.1-fp8',
    'cogito-671b-v2-1-fp8-dynamic',
    'cogito-671b-v2-1-fp8-dynamic',
  ],
  [
    'deep-cogito/deep-cogito-v2-llama-70b',
    'deep-cogito-v2-llama-70b',
    'deepcogito/cogito-v2-preview-llama-70B',
  ],
] as const;

describe.each(aiVersions)('catalog models (%s)', (_, ai) => {
  it.each(publicEndpoints)(
    '%s posts to /v2/%s/openai/v1 with model %s',
    async (modelId, endpoint, servedName) => {
      const mock = mockRunPod();
      const { text } = await ai.generateText({ model: mock.provider()(modelId), prompt: 'Hi' });

      expect(text).toContain(`Hello from ${servedName}! You said: Hi`);
      const requests = await mock.requests();
      expect(requests).toHaveLength(1);
      expect(requests[0].path).toBe(`/v2/${endpoint}/openai/v1/chat/completions`);
      expect((requests[0].body as any).model).toBe(servedName);
    },
  );

  it('sends the standard call settings as vLLM request parameters', async () => {
    const mock = mockRunPod();
    await ai.generateText({
      model: mock.provider()('moonshotai/kimi-k3'),
      system: 'Be brief.',
      prompt: 'Hi',
      maxOutputTokens: 64,
      temperature: 0.3,
      topP: 0.9,
      seed: 7,
      stopSequences: ['\n\n'],
      frequencyPenalty: 0.1,
      presencePenalty: 0.2,
      providerOptions: { runpod: { top_k: 20, repetition_penalty: 1.05, reasoningEffort: 'max' } },
    });

    const [request] = await mock.requests();
    expect(request.body).toEqual({
      model: 'kimi-k3',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
      ],
      max_tokens: 64,
      temperature: 0.3,
      top_p: 0.9,
      seed: 7,
      stop: ['\n\n'],
      frequency_penalty: 0.1,
      presence_penalty: 0.2,
      top_k: 20,
      repetition_penalty: 1.05,
      reasoning_effort: 'max',
    });
  });

  it('reports finish reason length when max_tokens cuts the answer', async () => {
    const mock = mockRunPod();
    const { text, finishReason } = await ai.generateText({
      model: mock.provider()('ibm-granite/granite-4.0-h-small'),
      prompt: 'Tell me everything',
      maxOutputTokens: 3,
    });
    expect(text).toBe('Hello from ibm-granite/granite-4.0-h-small!');
    expect(finishReason).toBe('length');
  });
});

describe.each(aiVersions)('provider settings (%s)', (_, ai) => {
  it('takes baseURL as a prefix, with or without a trailing slash', async () => {
    const mock = mockRunPod();
    await ai.generateText({
      model: mock.provider({ baseURL: `${mock.baseURL}/` })('ibm-granite/granite-4.0-h-small'),
      prompt: 'Hi',
    });
    const [request] = await mock.requests();
    expect(request.path).toBe('/v2/granite-4-0-h-small/openai/v1/chat/completions');
  });

  it('sends custom provider headers and per-call headers', async () => {
    const mock = mockRunPod();
    await ai.generateText({
      model: mock.provider({ headers: { 'x-team': 'search' } })('ibm-granite/granite-4.0-h-small'),
      prompt: 'Hi',
      headers: { 'x-call': 'one' },
    });
    const [request] = await mock.requests();
    expect(request.headers['x-team']).toBe('search');
    expect(request.headers['x-call']).toBe('one');
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it('sends every request through a custom fetch', async () => {
    const mock = mockRunPod();
    const seen: string[] = [];
    await ai.generateText({
      model: mock.provider({
        fetch: async (input, init) => {
          seen.push(String(input));
          return fetch(input, init);
        },
      })('ibm-granite/granite-4.0-h-small'),
      prompt: 'Hi',
    });
    expect(seen).toEqual([`${mock.baseURL}/granite-4-0-h-small/openai/v1/chat/completions`]);
  });
});
