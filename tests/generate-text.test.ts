import { NoSuchModelError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { API_KEY, aiVersions, mockRunPod } from './helpers';

describe.each(aiVersions)('generateText (%s)', (_, ai) => {
  it('runs the user story example against the endpoint the story names', async () => {
    const mock = mockRunPod();
    const runpod = mock.provider();

    // The story's model, deep-cogito/deep-cogito-v2-llama-70b, is retired (see below); the
    // same call on a model RunPod serves.
    const { text, usage, finishReason, response } = await ai.generateText({
      model: runpod('ibm-granite/granite-4.0-h-small'),
      prompt: 'Write a Python function that sorts a list:',
    });

    expect(text).toBe(
      'Hello from ibm-granite/granite-4.0-h-small! You said: Write a Python function that sorts a list:',
    );
    expect(finishReason).toBe('stop');
    expect(usage.inputTokens).toBe(12);
    expect(usage.outputTokens).toBe(13);
    expect(response.modelId).toBe('ibm-granite/granite-4.0-h-small');

    const [request] = await mock.requests();
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v2/granite-4-0-h-small/openai/v1/chat/completions');
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['user-agent']).toMatch(/ai-sdk\/runpod\/\d+\.\d+\.\d+/);
    expect(request.body).toEqual({
      model: 'ibm-granite/granite-4.0-h-small',
      messages: [{ role: 'user', content: 'Write a Python function that sorts a list:' }],
    });
  });

  it.each(['deep-cogito/deep-cogito-v2-llama-70b', 'deep-cogito-v2-llama-70b'])(
    'a retired model (%s) is a NoSuchModelError naming the date and the replacement, before any request',
    async modelId => {
      const mock = mockRunPod();
      let error: unknown;
      try {
        mock.provider()(modelId);
      } catch (caught) {
        error = caught;
      }
      expect(NoSuchModelError.isInstance(error)).toBe(true);
      expect((error as Error).message).toBe(
        "RunPod retired the public endpoint 'deep-cogito-v2-llama-70b' " +
          '(deep-cogito/deep-cogito-v2-llama-70b) on 2025-09-29 ' +
          '(https://docs.runpod.io/public-endpoints/reference); use a listed model such as ' +
          "Qwen3 32B AWQ, 'qwen/qwen3-32b-awq' instead.",
      );
      expect(await mock.requests()).toEqual([]);
    },
  );
});

// Endpoint slugs and served model names as RunPod documents them (https://docs.runpod.io/public-endpoints/models),
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

describe.each(aiVersions)("vLLM's sampling knobs (%s)", (_, ai) => {
  it('sends topK as top_k, which vLLM takes, without a warning', async () => {
    const mock = mockRunPod();
    const generated = await ai.generateText({
      model: mock.provider()('qwen/qwen3-32b-awq'),
      prompt: 'Hi',
      topK: 20,
    });
    const streamed = ai.streamText({
      model: mock.provider().completionModel('qwen/qwen3-32b-awq'),
      prompt: 'Hi',
      topK: 30,
    });
    await streamed.consumeStream();

    const [chat, completion] = await mock.requests();
    expect((chat.body as any).top_k).toBe(20);
    expect((completion.body as any).top_k).toBe(30);
    expect(generated.warnings ?? []).toEqual([]);
    expect((await streamed.warnings) ?? []).toEqual([]);
  });

  it('sends providerOptions.runpod.top_k over topK, and warns about topK', async () => {
    const mock = mockRunPod();
    const { warnings } = await ai.generateText({
      model: mock.provider()('qwen/qwen3-32b-awq'),
      prompt: 'Hi',
      topK: 20,
      providerOptions: { runpod: { top_k: 5 } },
    });
    const [request] = await mock.requests();
    expect((request.body as any).top_k).toBe(5);
    expect(warnings).toEqual([
      { type: 'other', message: 'topK 20 was not sent: providerOptions.runpod.top_k (5) was.' },
    ]);
  });

  it('passes min_p, repetition_penalty and other vLLM parameters through providerOptions.runpod', async () => {
    const mock = mockRunPod();
    await ai.generateText({
      model: mock.provider()('my-endpoint', { servedModelName: 'mock-org/my-endpoint' }),
      prompt: 'Hi',
      providerOptions: {
        runpod: {
          min_p: 0.05,
          repetition_penalty: 1.1,
          skip_special_tokens: false,
          chat_template_kwargs: { enable_thinking: false },
        },
      },
    });
    const [request] = await mock.requests();
    expect(request.body).toMatchObject({
      min_p: 0.05,
      repetition_penalty: 1.1,
      skip_special_tokens: false,
      chat_template_kwargs: { enable_thinking: false },
    });
  });
});
