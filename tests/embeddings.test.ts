import { APICallError, InvalidArgumentError, type JSONValue } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { embeddingOf, shortEmbeddingOf } from './mock-runpod/openai-route';
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

  describe('dimensions', () => {
    const sentDimensions = async (mock: ReturnType<typeof mockRunPod>) =>
      (await mock.requests())
        .filter(r => r.path.endsWith('/embeddings'))
        .map(r => (r.body as { dimensions?: number }).dimensions);

    it('sends providerOptions.runpod.dimensions as dimensions, and gets vectors that long', async () => {
      const mock = mockRunPod();
      const { embeddings, warnings } = await ai.embedMany({
        model: mock.provider().embeddingModel('qwen3-embed'),
        values: ['sunny day', 'rainy night'],
        providerOptions: { runpod: { dimensions: 8 } },
      });
      expect(await sentDimensions(mock)).toEqual([8]);
      expect(embeddings).toEqual([
        shortEmbeddingOf('sunny day', 8),
        shortEmbeddingOf('rainy night', 8),
      ]);
      expect(warnings).toEqual([]);
    });

    it('sends no dimensions when none is asked for', async () => {
      const mock = mockRunPod();
      const { embedding } = await ai.embed({
        model: mock.provider().embeddingModel('qwen3-embed'),
        value: 'sunny day',
      });
      expect(await sentDimensions(mock)).toEqual([undefined]);
      expect(embedding).toHaveLength(16);
    });

    it.each([0, 2.5, '8'])(
      'refuses providerOptions.runpod.dimensions %j before any request',
      async dimensions => {
        const mock = mockRunPod();
        const failure = ai.embed({
          model: mock.provider().embeddingModel('qwen3-embed'),
          value: 'hi',
          providerOptions: { runpod: { dimensions } as Record<string, JSONValue> },
        });
        await expect(failure).rejects.toSatisfy(
          (error: unknown) =>
            InvalidArgumentError.isInstance(error) &&
            error.message.includes('providerOptions.runpod.dimensions') &&
            error.message.includes('positive integer'),
        );
        expect(await mock.requests()).toEqual([]);
      },
    );

    it("warns when the endpoint ignores dimensions (RunPod's infinity worker)", async () => {
      const mock = mockRunPod();
      const { embedding, warnings } = await ai.embed({
        model: mock.provider().embeddingModel('infinity-embed-rerank', {
          servedModelName: 'BAAI/bge-small-en-v1.5',
        }),
        value: 'sunny day',
        providerOptions: { runpod: { dimensions: 8 } },
      });
      expect(await sentDimensions(mock)).toEqual([8]);
      expect(embedding).toHaveLength(16);
      expect(warnings).toMatchObject([
        {
          type: 'unsupported',
          feature: 'dimensions',
          details: expect.stringContaining('returned 16-dimension embeddings, not the 8 asked for'),
        },
      ]);
    });

    it("passes vLLM's refusal on a model that is no Matryoshka model on as an APICallError", async () => {
      const mock = mockRunPod();
      await mock.deploy('bge-m3', { dimensions: 'refused', servedModelNames: ['BAAI/bge-m3'] });
      const failure = ai.embed({
        model: mock.provider().embeddingModel('bge-m3', { servedModelName: 'BAAI/bge-m3' }),
        value: 'hi',
        maxRetries: 0,
        providerOptions: { runpod: { dimensions: 8 } },
      });
      await expect(failure).rejects.toSatisfy(
        (error: unknown) =>
          APICallError.isInstance(error) &&
          error.statusCode === 400 &&
          error.message ===
            `RunPod endpoint 'bge-m3': Model "BAAI/bge-m3" does not support matryoshka representation, changing output dimensions will lead to poor results.`,
      );
    });
  });
});

// ai@7's own `dimensions` option, which it hands V3 models as an extra call option.
describe('embeddings: ai@7 dimensions', () => {
  const ai7 = aiVersions[1][1] as unknown as {
    embed: (options: Record<string, unknown>) => Promise<{ embedding: number[] }>;
  };

  it('sends ai@7 dimensions as dimensions', async () => {
    const mock = mockRunPod();
    const { embedding } = await ai7.embed({
      model: mock.provider().embeddingModel('qwen3-embed'),
      value: 'sunny day',
      dimensions: 4,
    });
    const request = (await mock.requests()).find(r => r.path.endsWith('/embeddings'));
    expect((request?.body as { dimensions?: number }).dimensions).toBe(4);
    expect(embedding).toEqual(shortEmbeddingOf('sunny day', 4));
  });

  it('lets providerOptions.runpod.dimensions win over ai@7 dimensions', async () => {
    const mock = mockRunPod();
    const { embedding } = await ai7.embed({
      model: mock.provider().embeddingModel('qwen3-embed'),
      value: 'sunny day',
      dimensions: 4,
      providerOptions: { runpod: { dimensions: 8 } },
    });
    expect(embedding).toHaveLength(8);
  });
});
