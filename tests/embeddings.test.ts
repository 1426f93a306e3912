import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { embeddingOf } from './mock-runpod/openai-route';
import { aiVersions, mockRunPod } from './helpers';

describe.each(aiVersions)('embeddings (%s)', (_, ai) => {
  it('embed posts to /openai/v1/embeddings with the served model name', async () => {
    const mock = mockRunPod();
    const { embedding, usage } = await ai.embed({
      model: mock
        .provider()
        .embeddingModel('bge-endpoint', { servedModelName: 'mock-org/bge-endpoint' }),
      value: 'sunny day at the beach',
    });

    expect(embedding).toEqual(embeddingOf('sunny day at the beach'));
    expect(usage.tokens).toBe(5);
    const [request] = await mock.requests();
    expect(request.path).toBe('/v2/bge-endpoint/openai/v1/embeddings');
    expect(request.body).toMatchObject({
      model: 'mock-org/bge-endpoint',
      input: ['sunny day at the beach'],
    });
  });

  it('embedMany looks the served model name up and embeds every value', async () => {
    const mock = mockRunPod();
    const values = ['one', 'two', 'three'];
    const { embeddings } = await ai.embedMany({
      model: mock.provider().embeddingModel('infinity-endpoint'),
      values,
    });

    expect(embeddings).toEqual(values.map(embeddingOf));
    const requests = await mock.requests();
    expect(requests.map(r => r.path)).toEqual([
      '/v2/infinity-endpoint/openai/v1/models',
      '/v2/infinity-endpoint/openai/v1/embeddings',
    ]);
    expect((requests[1].body as any).input).toEqual(values);
  });

  it("turns the infinity worker's 200 error object into an APICallError", async () => {
    const mock = mockRunPod();
    await mock.script({
      status: 200,
      body: {
        object: 'error',
        message: 'Did not specify model in openai_input',
        type: 'BadRequestError',
        param: null,
        code: 400,
      },
    });
    const failure = ai.embed({
      model: mock.provider().embeddingModel('infinity-endpoint', { servedModelName: 'x' }),
      value: 'hi',
      maxRetries: 0,
    });
    await expect(failure).rejects.toSatisfy(
      (error: unknown) =>
        APICallError.isInstance(error) &&
        error.message ===
          "RunPod endpoint 'infinity-endpoint': Did not specify model in openai_input" &&
        error.isRetryable === false,
    );
  });
});
