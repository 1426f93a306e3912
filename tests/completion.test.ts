import { describe, expect, it } from 'vitest';
import { aiVersions, mockRunPod } from './helpers';

describe.each(aiVersions)('completion models (%s)', (_, ai) => {
  it('posts a raw prompt to /openai/v1/completions with the served model name', async () => {
    const mock = mockRunPod();
    const model = mock.provider().completionModel('qwen/qwen3-32b-awq');
    expect(model.modelId).toBe('qwen/qwen3-32b-awq');

    const { text, usage } = await ai.generateText({
      model,
      prompt: 'Once upon a time',
      maxOutputTokens: 50,
    });

    const [request] = await mock.requests();
    expect(request.path).toBe('/v2/qwen3-32b-awq/openai/v1/completions');
    // @ai-sdk/openai-compatible writes the chat prompt as a plain-text transcript.
    expect(request.body).toEqual({
      model: 'Qwen/Qwen3-32B-AWQ',
      prompt: 'user:\nOnce upon a time\n\nassistant:\n',
      max_tokens: 50,
      stop: ['\nuser:'],
    });
    expect(text).toBe(' and so the story of "user:\nOnce upon a time\n\nassistant:" goes on.');
    expect(usage.outputTokens).toBe(13);
  });

  it('streams completions with usage', async () => {
    const mock = mockRunPod();
    const result = ai.streamText({
      model: mock.provider().completionModel('ibm-granite/granite-4.0-h-small'),
      prompt: 'Roses are red',
    });
    expect(await result.text).toBe(
      ' and so the story of "user:\nRoses are red\n\nassistant:" goes on.',
    );
    expect((await result.usage).outputTokens).toBe(12);
    const [request] = await mock.requests();
    expect(request.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });
});
