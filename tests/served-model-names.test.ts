import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { aiVersions, mockRunPod } from './helpers';

const route = (r: { method: string; path: string; body: unknown }) =>
  `${r.method} ${r.path.replace(/^\/v2\//, '')}${
    r.method === 'POST' ? ` ${(r.body as { model: string }).model}` : ''
  }`;

describe.each(aiVersions)('served model names that heal themselves (%s)', (_, ai) => {
  it('asks /models when the catalog name does not exist, retries once with the listed name, and keeps it', async () => {
    const mock = mockRunPod();
    // RunPod documents GPT-OSS 120B's name two ways; this endpoint answers to the other one.
    await mock.deploy('gpt-oss-120b', { servedModelNames: ['gpt-oss-120b'] });
    const model = mock.provider()('openai/gpt-oss-120b');

    const first = await ai.generateText({ model, prompt: 'Hi' });
    const second = await ai.generateText({ model, prompt: 'Again' });

    expect(first.text).toBe('Hello from gpt-oss-120b! You said: Hi');
    expect(second.text).toBe('Hello from gpt-oss-120b! You said: Again');
    expect((await mock.requests()).map(route)).toEqual([
      'POST gpt-oss-120b/openai/v1/chat/completions openai/gpt-oss-120b',
      'GET gpt-oss-120b/openai/v1/models',
      'POST gpt-oss-120b/openai/v1/chat/completions gpt-oss-120b',
      'POST gpt-oss-120b/openai/v1/chat/completions gpt-oss-120b',
    ]);
  });

  it('heals a stream the same way', async () => {
    const mock = mockRunPod();
    await mock.deploy('gpt-oss-120b', { servedModelNames: ['gpt-oss-120b'] });
    const errors: unknown[] = [];
    const result = ai.streamText({
      model: mock.provider()('openai/gpt-oss-120b'),
      prompt: 'Hi',
      onError: ({ error }) => void errors.push(error),
    });

    expect(await result.text).toBe('Hello from gpt-oss-120b! You said: Hi');
    expect(errors).toEqual([]);
    expect((await mock.requests()).map(route)).toEqual([
      'POST gpt-oss-120b/openai/v1/chat/completions openai/gpt-oss-120b',
      'GET gpt-oss-120b/openai/v1/models',
      'POST gpt-oss-120b/openai/v1/chat/completions gpt-oss-120b',
    ]);
  });

  it('follows your endpoint to the model it was redeployed with', async () => {
    const mock = mockRunPod();
    const model = mock.provider()('redeployed');
    await ai.generateText({ model, prompt: 'Before' });
    await mock.deploy('redeployed', { servedModelNames: ['other-org/new-model'] });

    const after = await ai.generateText({ model, prompt: 'After' });

    expect(after.text).toBe('Hello from other-org/new-model! You said: After');
    expect((await mock.requests()).map(route)).toEqual([
      'GET redeployed/openai/v1/models',
      'POST redeployed/openai/v1/chat/completions mock-org/redeployed',
      'POST redeployed/openai/v1/chat/completions mock-org/redeployed',
      'GET redeployed/openai/v1/models',
      'POST redeployed/openai/v1/chat/completions other-org/new-model',
    ]);
  });

  it('heals vLLM answering with HTTP 404 itself, as it does off the RunPod gateway', async () => {
    const mock = mockRunPod();
    await mock.script({
      status: 404,
      body: {
        error: {
          message: 'The model `wrong/name` does not exist.',
          type: 'NotFoundError',
          param: 'model',
          code: 404,
        },
      },
    });
    const { text } = await ai.generateText({
      model: mock.provider()('direct', { servedModelName: 'wrong/name' }),
      prompt: 'Hi',
    });
    expect(text).toBe('Hello from mock-org/direct! You said: Hi');
    expect((await mock.requests()).map(route)).toEqual([
      'POST direct/openai/v1/chat/completions wrong/name',
      'GET direct/openai/v1/models',
      'POST direct/openai/v1/chat/completions mock-org/direct',
    ]);
  });

  it('lists the names the endpoint serves when none of them is the model', async () => {
    const mock = mockRunPod();
    await mock.deploy('my-endpoint', { servedModelNames: ['org/a', 'org/b'] });
    const error = await ai
      .generateText({
        model: mock.provider()('my-endpoint', { servedModelName: 'wrong/name' }),
        prompt: 'Hi',
      })
      .then(
        () => expect.unreachable('the call should fail'),
        (error: unknown) => error,
      );

    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).message).toBe(
      "RunPod endpoint 'my-endpoint': The model `wrong/name` does not exist. The endpoint " +
        "serves 'org/a', 'org/b'; pass one as { servedModelName } when creating the model.",
    );
    expect((error as APICallError).statusCode).toBe(200);
    expect((error as APICallError).isRetryable).toBe(false);
    expect((await mock.requests()).map(route)).toEqual([
      'POST my-endpoint/openai/v1/chat/completions wrong/name',
      'GET my-endpoint/openai/v1/models',
    ]);
  });

  it('makes one lookup for many calls that are told the name does not exist at once', async () => {
    const mock = mockRunPod();
    await mock.deploy('gpt-oss-120b', { servedModelNames: ['gpt-oss-120b'] });
    const provider = mock.provider();
    const prompts = ['one', 'two', 'three', 'four', 'five'];

    const results = await Promise.all(
      prompts.map(prompt =>
        // The catalog ID and the alias earlier releases took are the same model.
        ai.generateText({
          model: provider(prompt === 'two' ? 'gpt-oss-120b' : 'openai/gpt-oss-120b'),
          prompt,
        }),
      ),
    );
    await ai.generateText({ model: provider('openai/gpt-oss-120b'), prompt: 'later' });

    expect(results.map(result => result.text)).toEqual(
      prompts.map(prompt => `Hello from gpt-oss-120b! You said: ${prompt}`),
    );
    const requests = await mock.requests();
    const sent = (model: string) => requests.filter(r => (r.body as any)?.model === model);
    expect(requests.filter(r => r.method === 'GET')).toHaveLength(1);
    // Each call was told the name does not exist at most once, then sent the listed name.
    expect(sent('openai/gpt-oss-120b').length).toBeGreaterThan(1);
    expect(sent('openai/gpt-oss-120b').length).toBeLessThanOrEqual(5);
    expect(sent('gpt-oss-120b')).toHaveLength(6);
  });
});
