import { APICallError, InvalidArgumentError, InvalidResponseDataError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { aiVersions, mockRunPod, rejection, withoutApiKeyInEnvironment } from './helpers';
import { mockRelevance } from './mock-runpod/media-endpoints/rerank';

// Reranking on your own endpoint running RunPod's infinity-embedding worker, through the
// AI SDK's `rerank`. The mock's `infinity-reranker` endpoint loads one reranker;
// `infinity-embed-rerank` loads an embedder first and a reranker second.
type Mock = ReturnType<typeof mockRunPod>;

const QUERY = 'which product has warranty coverage';
const DOCUMENTS = [
  'Product B is available in red and blue colors',
  'All electronics include standard warranty coverage',
  'Product A has warranty coverage for two years',
];

async function paths(mock: Mock): Promise<string[]> {
  return (await mock.requests()).map(r => `${r.method} ${r.path}`);
}

describe.each(aiVersions)('reranking (%s)', (_, ai) => {
  /** `rerank` of the test documents with the reranker's name given. */
  const rerankDocuments = (mock: Mock, options: { providerOptions?: any } = {}) =>
    ai.rerank({
      model: mock.provider().rerankingModel('infinity-reranker', {
        servedModelName: 'BAAI/bge-reranker-base',
      }),
      query: QUERY,
      documents: DOCUMENTS,
      maxRetries: 0,
      ...options,
    });

  it('looks up the served model name, reranks as a job and ranks the documents by relevance', async () => {
    const mock = mockRunPod();
    const result = await ai.rerank({
      model: mock.provider().rerankingModel('infinity-reranker'),
      query: QUERY,
      documents: DOCUMENTS,
    });

    const scores = DOCUMENTS.map(document => mockRelevance(QUERY, document));
    expect(result.ranking).toEqual([
      { originalIndex: 2, score: scores[2], document: DOCUMENTS[2] },
      { originalIndex: 1, score: scores[1], document: DOCUMENTS[1] },
      { originalIndex: 0, score: scores[0], document: DOCUMENTS[0] },
    ]);
    expect(scores[2]).toBeGreaterThan(scores[1]);
    expect(scores[1]).toBeGreaterThan(scores[0]);
    expect(result.rerankedDocuments).toEqual([DOCUMENTS[2], DOCUMENTS[1], DOCUMENTS[0]]);

    const requests = await mock.requests();
    expect(requests.map(r => `${r.method} ${r.path}`)).toEqual([
      'GET /v2/infinity-reranker/openai/v1/models',
      'POST /v2/infinity-reranker/run',
      expect.stringMatching(/^GET \/v2\/infinity-reranker\/status-sync\/\S+$/),
    ]);
    // maxWaitMs defaults to 300 000 ms: the job's TTL is that plus a minute.
    expect(requests[1].body).toEqual({
      input: { model: 'BAAI/bge-reranker-base', query: QUERY, docs: DOCUMENTS, return_docs: false },
      policy: { ttl: 360_000 },
    });
    expect(requests[1].headers.authorization).toMatch(/^Bearer rpa_/);

    const metadata = result.providerMetadata?.runpod as Record<string, any>;
    expect(metadata.jobId).toMatch(/-u\d+$/);
    expect(metadata).toMatchObject({
      executionTime: 30,
      servedModelName: 'BAAI/bge-reranker-base',
      usage: { promptTokens: 38, totalTokens: 38 },
    });
    expect(result.response.modelId).toBe('BAAI/bge-reranker-base');
    expect(result.response.id).toBe(metadata.jobId);
  });

  it('keeps the topN most relevant documents', async () => {
    const mock = mockRunPod();
    const { ranking } = await ai.rerank({
      model: mock.provider().reranking('infinity-reranker'),
      query: QUERY,
      documents: DOCUMENTS,
      topN: 2,
    });
    expect(ranking.map(entry => entry.originalIndex)).toEqual([2, 1]);
    // The worker takes no top_n: it scores every document.
    const submit = (await mock.requests()).find(r => r.path.endsWith('/run'))!;
    expect((submit.body as any).input).not.toHaveProperty('top_n');
  });

  it('sends a given servedModelName without a lookup, picking the reranker on a two-model endpoint', async () => {
    const mock = mockRunPod();
    const { ranking } = await ai.rerank({
      model: mock.provider().rerankingModel('infinity-embed-rerank', {
        servedModelName: 'BAAI/bge-reranker-base',
      }),
      query: QUERY,
      documents: DOCUMENTS,
    });
    expect(ranking[0].originalIndex).toBe(2);
    const requests = await mock.requests();
    expect(requests.map(r => r.path)).toEqual([
      '/v2/infinity-embed-rerank/run',
      expect.stringMatching(/^\/v2\/infinity-embed-rerank\/status-sync\/\S+$/),
    ]);
    expect((requests[0].body as any).input.model).toBe('BAAI/bge-reranker-base');
  });

  it("reports the worker's error when the first listed model cannot rerank, and says what to do", async () => {
    const mock = mockRunPod();
    const error = await rejection(
      ai.rerank({
        model: mock.provider().rerankingModel('infinity-embed-rerank'),
        query: QUERY,
        documents: DOCUMENTS,
        maxRetries: 0,
      }),
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.isRetryable).toBe(false);
    expect(error.message).toMatch(
      /^RunPod endpoint 'infinity-embed-rerank': job \S+ completed with an error in its output: the loaded moded cannot fullyfill `rerank`\. Options are \{'embed'\}\. \(The model name 'BAAI\/bge-small-en-v1\.5' is the first one the endpoint lists; .*\{ servedModelName \}\.\)$/,
    );
    expect(error.url).toMatch(/\/v2\/infinity-embed-rerank\/status-sync\/\S+$/);
    expect(error.data).toMatchObject({ endpointId: 'infinity-embed-rerank', status: 'COMPLETED' });
    expect(error.message).not.toContain('rpa_');
  });

  it('names the available models when the given name is not one of them', async () => {
    const mock = mockRunPod();
    const error = await rejection(
      ai.rerank({
        model: mock
          .provider()
          .rerankingModel('infinity-embed-rerank', { servedModelName: 'BAAI/bge-reranker-large' }),
        query: QUERY,
        documents: DOCUMENTS,
        maxRetries: 0,
      }),
    );
    expect(error.message).toContain(
      "Engine for model name `BAAI/bge-reranker-large` not found. Available model names are ['BAAI/bge-small-en-v1.5', 'BAAI/bge-reranker-base']",
    );
    expect(error.message).not.toContain('first one the endpoint lists');
  });

  it('sends object documents as JSON text and maps the ranking back to the objects', async () => {
    const mock = mockRunPod();
    const documents = [
      { title: 'Colors', text: 'Product B comes in red and blue' },
      { title: 'Warranty', text: 'Product A has warranty coverage' },
    ];
    const { ranking } = await ai.rerank({
      model: mock.provider().rerankingModel('infinity-reranker'),
      query: QUERY,
      documents,
    });
    expect(ranking.map(entry => entry.document)).toEqual([documents[1], documents[0]]);
    const submit = (await mock.requests()).find(r => r.path.endsWith('/run'))!;
    expect((submit.body as any).input.docs).toEqual(documents.map(doc => JSON.stringify(doc)));
  });

  it('gives up after maxWaitMs on a job that never returns (worker issues #29, #37), and cancels it', async () => {
    const mock = mockRunPod();
    await mock.script({ job: { executionMs: 60_000 } });
    const error = await rejection(
      rerankDocuments(mock, { providerOptions: { runpod: { maxWaitMs: 1_000 } } }),
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(
      /^RunPod endpoint 'infinity-reranker': job \S+ did not finish within 1000 ms \(last status IN_PROGRESS\); it was cancelled\./,
    );
    expect((await paths(mock)).filter(path => path.includes('/cancel/'))).toHaveLength(1);
  });

  it('reports a FAILED job with its error text', async () => {
    const mock = mockRunPod();
    await mock.script({ job: { fail: 'CUDA out of memory' } });
    const error = await rejection(rerankDocuments(mock));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/job \S+ failed: CUDA out of memory/);
  });

  it('rejects output that is no rerank result, and indices outside the documents', async () => {
    for (const output of [{ scores: [0.5] }, { results: [{ relevance_score: 0.9, index: 3 }] }]) {
      const mock = mockRunPod();
      await mock.script({ job: { output } });
      const error = await rejection(rerankDocuments(mock));
      expect(InvalidResponseDataError.isInstance(error)).toBe(true);
      expect(error.message).toMatch(/^RunPod endpoint 'infinity-reranker': job \S+ /);
    }
  });

  it('refuses an empty query or a wrongly typed maxWaitMs before any request', async () => {
    const mock = mockRunPod();
    const model = mock.provider().rerankingModel('infinity-reranker');
    const emptyQuery = await rejection(
      ai.rerank({ model, query: '  ', documents: DOCUMENTS, maxRetries: 0 }),
    );
    expect(InvalidArgumentError.isInstance(emptyQuery)).toBe(true);
    expect(emptyQuery.message).toMatch(/query to rerank against must be a non-empty string/);
    const badWait = await rejection(
      ai.rerank({
        model,
        query: QUERY,
        documents: DOCUMENTS,
        maxRetries: 0,
        providerOptions: { runpod: { maxWaitMs: 'soon' } },
      }),
    );
    expect(InvalidArgumentError.isInstance(badWait)).toBe(true);
    expect(badWait.message).toMatch(/maxWaitMs/);
    expect(await mock.requests()).toEqual([]);
  });

  it('sends a provider option the worker does not document as given, with a warning, and never maxWaitMs', async () => {
    const mock = mockRunPod();
    // rerank() logs warnings rather than returning them: ask the model itself.
    const { warnings } = await mock
      .provider()
      .rerankingModel('infinity-reranker')
      .doRerank({
        query: QUERY,
        documents: { type: 'text', values: DOCUMENTS },
        providerOptions: { runpod: { top_n: 2, maxWaitMs: 60_000 } },
      });
    const submit = (await mock.requests()).find(r => r.path.endsWith('/run'))!;
    expect((submit.body as any).input).toMatchObject({ top_n: 2, query: QUERY });
    expect((submit.body as any).input).not.toHaveProperty('maxWaitMs');
    expect((submit.body as any).policy).toEqual({ ttl: 120_000 });
    expect(warnings).toContainEqual(
      expect.objectContaining({
        type: 'other',
        message: expect.stringContaining('providerOptions.runpod.top_n'),
      }),
    );
  });

  it("checks its model settings and sends the model's own apiKey and headers", async () => {
    const mock = mockRunPod();
    expect(() =>
      mock.provider().rerankingModel('infinity-reranker', { servedModelName: '' }),
    ).toThrow(/servedModelName must not be empty/);
    await ai.rerank({
      model: mock.provider().rerankingModel('infinity-reranker', {
        servedModelName: 'BAAI/bge-reranker-base',
        apiKey: 'rpa_own_key',
        headers: { 'x-team': 'search' },
      }),
      query: QUERY,
      documents: DOCUMENTS,
    });
    const submit = (await mock.requests()).find(r => r.path.endsWith('/run'))!;
    expect(submit.headers.authorization).toBe('Bearer rpa_own_key');
    expect(submit.headers['x-team']).toBe('search');
  });

  it('needs no provider key with its own, also for the served-name lookup', async () => {
    await withoutApiKeyInEnvironment(async () => {
      const mock = mockRunPod();
      const runpod = mock.provider({ apiKey: undefined });
      await ai.rerank({
        model: runpod.rerankingModel('infinity-reranker', { apiKey: 'rpa_own_key' }),
        query: QUERY,
        documents: DOCUMENTS,
      });
      const requests = await mock.requests();
      expect(requests.map(r => `${r.method} ${r.path}`).slice(0, 2)).toEqual([
        'GET /v2/infinity-reranker/openai/v1/models',
        'POST /v2/infinity-reranker/run',
      ]);
      expect(requests.every(r => r.headers.authorization === 'Bearer rpa_own_key')).toBe(true);
    });
  });
});

describe('RunPodRerankingModel.doRerank', () => {
  it('warns that object documents were sent as text', async () => {
    const mock = mockRunPod();
    const model = mock.provider().rerankingModel('infinity-reranker', {
      servedModelName: 'BAAI/bge-reranker-base',
    });
    const result = await model.doRerank({
      query: QUERY,
      documents: { type: 'object', values: [{ text: 'warranty coverage' }] },
    });
    expect(result.ranking).toEqual([
      { index: 0, relevanceScore: mockRelevance(QUERY, '{"text":"warranty coverage"}') },
    ]);
    expect(result.warnings).toEqual([
      expect.objectContaining({ type: 'compatibility', feature: 'object documents' }),
    ]);
  });

  it('refuses a topN that is not a positive integer, and sends nothing for no documents', async () => {
    const mock = mockRunPod();
    const model = mock.provider().rerankingModel('infinity-reranker');
    for (const topN of [0, -1, 1.5]) {
      const error = await rejection(
        model.doRerank({ query: QUERY, documents: { type: 'text', values: DOCUMENTS }, topN }),
      );
      expect(InvalidArgumentError.isInstance(error)).toBe(true);
    }
    expect(
      await model.doRerank({ query: QUERY, documents: { type: 'text', values: [] } }),
    ).toMatchObject({ ranking: [] });
    expect(await mock.requests()).toEqual([]);
  });
});
