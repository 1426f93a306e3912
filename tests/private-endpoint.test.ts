import { APICallError, InvalidResponseDataError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { aiVersions, mockRunPod } from './helpers';

const modelsList = (...ids: string[]) => ({
  object: 'list',
  data: ids.map(id => ({ id, object: 'model', created: 1, owned_by: 'vllm' })),
});

describe.each(aiVersions)('your own serverless endpoints (%s)', (_, ai) => {
  it('looks the served model name up once with GET /openai/v1/models, then uses it', async () => {
    const mock = mockRunPod();
    const model = mock.provider()('my-vllm-endpoint');

    const first = await ai.generateText({ model, prompt: 'Hi' });
    const second = ai.streamText({ model, prompt: 'Again' });
    await second.consumeStream();

    expect(first.text).toBe('Hello from mock-org/my-vllm-endpoint! You said: Hi');
    const requests = await mock.requests();
    expect(requests.map(r => `${r.method} ${r.path}`)).toEqual([
      'GET /v2/my-vllm-endpoint/openai/v1/models',
      'POST /v2/my-vllm-endpoint/openai/v1/chat/completions',
      'POST /v2/my-vllm-endpoint/openai/v1/chat/completions',
    ]);
    expect(requests[0].headers.authorization).toMatch(/^Bearer rpa_/);
    expect((requests[1].body as any).model).toBe('mock-org/my-vllm-endpoint');
    expect((requests[2].body as any).model).toBe('mock-org/my-vllm-endpoint');
  });

  it('shares one lookup between models and concurrent calls of the same provider', async () => {
    const mock = mockRunPod();
    const provider = mock.provider();
    await Promise.all([
      ai.generateText({ model: provider('shared-endpoint'), prompt: 'One' }),
      ai.generateText({ model: provider('shared-endpoint'), prompt: 'Two' }),
      ai.generateText({ model: provider.completionModel('shared-endpoint'), prompt: 'Three' }),
    ]);
    const paths = (await mock.requests()).map(r => r.path);
    expect(paths.filter(path => path.endsWith('/models'))).toHaveLength(1);
    expect(paths).toHaveLength(4);
  });

  it('sends the servedModelName given up front, without a lookup', async () => {
    const mock = mockRunPod();
    await mock.script({ reply: { content: 'Served.' } });
    const { text } = await ai.generateText({
      model: mock.provider()('abc123xyz', { servedModelName: 'mock-org/abc123xyz' }),
      prompt: 'Hi',
    });
    expect(text).toBe('Served.');
    const requests = await mock.requests();
    expect(requests.map(r => r.path)).toEqual(['/v2/abc123xyz/openai/v1/chat/completions']);
    expect((requests[0].body as any).model).toBe('mock-org/abc123xyz');
  });

  it('accepts the endpoint console URL', async () => {
    const mock = mockRunPod();
    const model = mock.provider()(
      'https://console.runpod.io/serverless/user/endpoint/isapbl1e254mbj',
    );
    expect(model.modelId).toBe('isapbl1e254mbj');
    await ai.generateText({ model, prompt: 'Hi' });
    expect((await mock.requests()).map(r => r.path)).toEqual([
      '/v2/isapbl1e254mbj/openai/v1/models',
      '/v2/isapbl1e254mbj/openai/v1/chat/completions',
    ]);
  });

  it('splits inline <think> reasoning by default, since the model behind it is unknown', async () => {
    const mock = mockRunPod();
    await mock.script({ reply: { content: '<think>Let me see.</think>\n\nFour.' } });
    const result = await ai.generateText({
      model: mock.provider()('r1-endpoint', { servedModelName: 'mock-org/r1-endpoint' }),
      prompt: '2+2?',
    });
    expect(result.reasoningText).toBe('Let me see.');
    expect(result.text).toBe('Four.');
  });

  it('reports a failed lookup as an APICallError naming the endpoint, and asks again next time', async () => {
    const mock = mockRunPod();
    await mock.script({ status: 503, body: { error: 'no workers available' } });
    const model = mock.provider()('cold-endpoint');

    const failure = ai.generateText({ model, prompt: 'Hi', maxRetries: 0 });
    await expect(failure).rejects.toSatisfy(APICallError.isInstance);
    await expect(failure).rejects.toThrow("RunPod endpoint 'cold-endpoint': no workers available");

    const { text } = await ai.generateText({ model, prompt: 'Hi' });
    expect(text).toBe('Hello from mock-org/cold-endpoint! You said: Hi');
    expect((await mock.requests()).map(r => r.path.split('/').pop())).toEqual([
      'models',
      'models',
      'completions',
    ]);
  });

  it('fails with InvalidResponseDataError when the endpoint lists no models', async () => {
    const mock = mockRunPod();
    await mock.script({ status: 200, body: modelsList() });
    const failure = ai.generateText({
      model: mock.provider()('empty-endpoint'),
      prompt: 'Hi',
      maxRetries: 0,
    });
    await expect(failure).rejects.toSatisfy(InvalidResponseDataError.isInstance);
    await expect(failure).rejects.toThrow(/lists no models.*servedModelName/);
  });

  it('uses the first model when the endpoint serves several', async () => {
    const mock = mockRunPod();
    await mock.script({ status: 200, body: modelsList('mock-org/multi', 'other/adapter') });
    await ai.generateText({ model: mock.provider()('multi'), prompt: 'Hi' });
    const [, chat] = await mock.requests();
    expect((chat.body as any).model).toBe('mock-org/multi');
  });

  it('stops waiting for the lookup when the call is aborted', async () => {
    const mock = mockRunPod();
    await mock.script({ delayMs: 2_000, status: 200, body: modelsList('mock-org/slow') });
    const controller = new AbortController();
    const started = Date.now();
    const call = ai.generateText({
      model: mock.provider()('slow'),
      prompt: 'Hi',
      abortSignal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    await expect(call).rejects.toThrow(/abort/i);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
