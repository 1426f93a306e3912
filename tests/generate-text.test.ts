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
