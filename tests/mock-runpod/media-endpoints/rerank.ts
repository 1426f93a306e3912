import type { MediaEndpoint } from '../media-endpoints';

/**
 * RunPod's infinity-embedding worker on the job API, where it reranks
 * (https://github.com/runpod-workers/worker-infinity-embedding @ 8ef2eed):
 *
 * - src/handler.py picks the route from the input: `openai_route` → the OpenAI routes;
 *   a truthy `query` → rerank with `docs`, `return_docs` and `model`; a truthy `input` →
 *   embeddings; anything else → "Invalid input: …". Every error is returned as the job's
 *   output (the job COMPLETES) through `create_error_response` in src/utils.py:
 *   `{"object":"error","message","type":"BadRequestError","param":null,"code":400}`.
 * - The model is looked up in infinity's `AsyncEngineArray.__getitem__`: with one model
 *   loaded, that one whatever the name; else the named one, or "Engine for model name
 *   `…` not found. Available model names are […]". A model without a classification head
 *   raises infinity's ModelNotDeployedError ("the loaded moded cannot fullyfill `rerank`…").
 * - src/utils.py `to_rerank_response`: one result per document in document order,
 *   `{relevance_score, index}` plus `document` when `return_docs` is truthy, and
 *   `usage: {prompt_tokens, total_tokens}`. Scores are sigmoids, in (0, 1).
 *
 * Not reproduced: with infinity-emb 0.0.76, which the worker's requirements.txt pins,
 * the result holds infinity's `RerankReturnType` objects, the worker cannot serialise it
 * and the job never returns (worker issues #29 and #37); tests script that as a job that
 * stays IN_PROGRESS.
 *
 * The mock scores by shared words: the more of the query's words a document has, the
 * higher its score.
 */
type Capability = 'rerank' | 'embed';

/** The mock's infinity endpoints: their `MODEL_NAMES`, in order, and what each model does. */
export const infinityEndpoints: Record<string, Record<string, Capability>> = {
  'infinity-reranker': { 'BAAI/bge-reranker-base': 'rerank' },
  'infinity-embed-rerank': {
    'BAAI/bge-small-en-v1.5': 'embed',
    'BAAI/bge-reranker-base': 'rerank',
  },
};

function errorResponse(message: string) {
  return { object: 'error', message, type: 'BadRequestError', param: null, code: 400 };
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);
}

/** A sigmoid of the share of the query's words found in the document. */
export function mockRelevance(query: string, document: string): number {
  const queryWords = words(query);
  const documentWords = words(document);
  const shared = [...queryWords].filter(word => documentWords.has(word)).length;
  const raw = 8 * (shared / Math.max(1, queryWords.size)) - 4;
  return 1 / (1 + Math.exp(-raw));
}

function pythonList(items: string[]): string {
  return `[${items.map(item => `'${item}'`).join(', ')}]`;
}

/** The capability of the model a name picks, or infinity's error text. */
function engineFor(models: Record<string, Capability>, name: unknown): Capability | string {
  const names = Object.keys(models);
  if (names.length === 1) return models[names[0]];
  if (typeof name === 'string' && Object.hasOwn(models, name)) return models[name];
  return `Engine for model name \`${name ?? 'None'}\` not found. Available model names are ${pythonList(names)}`;
}

function rerank(models: Record<string, Capability>, input: Record<string, any>) {
  const capability = engineFor(models, input.model);
  if (capability !== 'rerank') {
    return errorResponse(
      capability === 'embed'
        ? "the loaded moded cannot fullyfill `rerank`. Options are {'embed'}."
        : capability,
    );
  }
  const docs = input.docs;
  if (!Array.isArray(docs)) {
    return errorResponse(`'${docs == null ? 'NoneType' : typeof docs}' object is not iterable`);
  }
  if (!docs.every(doc => typeof doc === 'string')) {
    // Hugging Face tokenizers' message for a document that is not text.
    return errorResponse(
      'TextEncodeInput must be Union[TextInputSequence, Tuple[InputSequence, InputSequence]]',
    );
  }
  const tokens = docs.reduce(
    (sum: number, doc: string) => sum + words(input.query).size + words(doc).size,
    0,
  );
  return {
    model: input.model ?? null,
    results: docs.map((doc: string, index: number) => ({
      relevance_score: mockRelevance(input.query, doc),
      index,
      ...(input.return_docs ? { document: doc } : {}),
    })),
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  };
}

function infinityWorker(models: Record<string, Capability>): MediaEndpoint {
  return {
    kind: 'rerank',
    validate: () => undefined, // the worker reports its errors as output
    output: input => {
      if (input.openai_route) {
        if (input.openai_route !== '/v1/models') {
          return errorResponse(`Invalid OpenAI Route: ${input.openai_route}`);
        }
        return {
          object: 'list',
          data: Object.keys(models).map(id => ({ id, stats: {}, object: 'model' })),
        };
      }
      if (input.query) return rerank(models, input);
      if (input.input) return errorResponse('the mock does not embed on the job API');
      return errorResponse(`Invalid input: ${JSON.stringify({ input })}`);
    },
    executionMs: 30,
  };
}

export const rerankEndpoints: Record<string, MediaEndpoint> = Object.fromEntries(
  Object.entries(infinityEndpoints).map(([id, models]) => [id, infinityWorker(models)]),
);

/**
 * Any other endpoint whose ID starts with `infinity` loads one reranker, which infinity
 * uses whatever `model` names (so the `mock-org/<id>` that its /openai/v1/models lists works).
 */
export const rerankEndpointsByPrefix: Record<string, MediaEndpoint> = {
  infinity: infinityWorker({ 'mock-org/reranker': 'rerank' }),
};
