import { startMediaCall } from '../compat/read-v1-options';
import {
  InvalidArgumentError,
  type RerankingModelV3,
  type RerankingModelV3CallOptions,
  type SharedV3Warning,
} from '@ai-sdk/provider';
import { jobEndpointId, resolveModel } from '../catalog/resolve-model';
import { parseModelSettings, type RunPodModelSettings } from '../core/model-settings';
import { type JobClientConfig, runJobs } from '../jobs/job-client';
import { openaiBaseURL, type OpenAIRouteState } from '../openai-route/openai-route-state';
import type { ServedModelTarget } from '../openai-route/served-model-name';
import { describeModel, type RunPodErrorContext } from '../core/errors';
import type { MediaModelEntry } from '../catalog/media-parameter';
import { readRerankOutput } from './rerank-output';
import type { RunPodRerankingModelId } from './runpod-reranking-options';

type RerankResult = Awaited<ReturnType<RerankingModelV3['doRerank']>>;

/** What a reranking model needs from its provider: the job API and the served-name lookup. */
export interface RunPodRerankingConfig {
  jobs: JobClientConfig;
  /** The OpenAI route's shared state: the served-name lookup (`GET /openai/v1/models`). */
  openai: OpenAIRouteState;
}

/**
 * The infinity worker's rerank input (`model`, `query`, `docs`, `return_docs`;
 * https://github.com/runpod-workers/worker-infinity-embedding/blob/main/src/handler.py), all
 * filled from the call; no provider option is documented for it.
 */
const INFINITY_RERANK: MediaModelEntry = { inputs: {} };

/**
 * `rerank()` on your own endpoint running RunPod's infinity-embedding worker
 * (https://github.com/runpod-workers/worker-infinity-embedding): one job per call,
 * `POST /run` with `{"input": {"model", "query", "docs", "return_docs": false}}`, then
 * `GET /status-sync/{id}` until it ends (the worker reranks on the job API only).
 *
 * - `model` is the served model name: `settings.servedModelName`, else the first model
 *   the endpoint lists at `GET /openai/v1/models` (looked up once, as for embeddings).
 *   An endpoint that serves an embedder and a reranker needs the reranker's name given.
 * - Object documents are sent as their JSON text (the worker takes strings), with a
 *   warning.
 * - The worker scores every document; the ranking comes back most relevant first and is
 *   cut to `topN` here.
 * - `providerMetadata.runpod`: `jobId`, `delayTime` and `executionTime` (ms), and where
 *   the worker says them, `servedModelName` and `usage` (`promptTokens`, `totalTokens`).
 *
 * @throws {NoSuchModelError} when created with an ID that is no endpoint ID or console URL.
 * @throws {InvalidArgumentError} before anything is sent, for an empty query, a `topN`
 * that is not a positive integer, a wrong `maxWaitMs`, or wrong model settings.
 * @throws {APICallError} when the job fails, outlasts `maxWaitMs` (it is then cancelled),
 * or completes with the worker's error (e.g. a model that cannot rerank), with its text.
 * @throws {InvalidResponseDataError} when the job's output is no rerank result.
 */
export class RunPodRerankingModel implements RerankingModelV3 {
  readonly specificationVersion = 'v3';
  readonly provider = 'runpod.reranking';
  readonly modelId: string;
  private readonly context: RunPodErrorContext;
  /** The provider's job API, with this model's own key and headers. */
  private readonly jobs: JobClientConfig;
  private readonly servedModelTarget: ServedModelTarget;

  constructor(
    modelId: RunPodRerankingModelId,
    private readonly settings: RunPodModelSettings,
    private readonly config: RunPodRerankingConfig,
  ) {
    const resolved = resolveModel({ modelId, modelType: 'rerankingModel', catalog: {} });
    const endpointId = jobEndpointId(resolved.endpointId, config.jobs, 'reranking models');
    this.modelId = resolved.endpointId;
    this.context = { modelId: resolved.endpointId, endpointId };
    // The model's own key (in place of the provider's) and headers, for its jobs and lookups.
    const credentials = parseModelSettings(settings, this.modelId);
    this.jobs = { ...config.jobs, headers: () => config.jobs.headers(credentials) };
    const openaiBase = openaiBaseURL(config.openai, endpointId);
    this.servedModelTarget = {
      openaiBase,
      context: this.context,
      configured: settings.servedModelName,
      headers: () => config.openai.headersFor(openaiBase, credentials),
    };
  }

  async doRerank(options: RerankingModelV3CallOptions): Promise<RerankResult> {
    const { query, documents, topN, abortSignal } = options;
    if (typeof query !== 'string' || query.trim() === '') {
      // The worker reranks only when `query` is truthy:
      // https://github.com/runpod-workers/worker-infinity-embedding/blob/main/src/handler.py
      throw new InvalidArgumentError({
        argument: 'query',
        message: `${describeModel(this.context)}: the query to rerank against must be a non-empty string.`,
      });
    }
    if (topN !== undefined && (!Number.isInteger(topN) || topN < 1)) {
      throw new InvalidArgumentError({
        argument: 'topN',
        message: `${describeModel(this.context)}: topN must be a positive integer, got ${topN}.`,
      });
    }
    // Like the media models: `maxWaitMs` (and 1.x's polling options) are the provider's;
    // any other key goes into the job's input as given, with a warning.
    const call = await startMediaCall({
      kind: 'reranking',
      modelId: this.modelId,
      entry: INFINITY_RERANK,
      providerOptions: options.providerOptions,
    });
    if (documents.values.length === 0) return { ranking: [], warnings: [] };

    const warnings: SharedV3Warning[] = call.warnings;
    if (documents.type === 'object') {
      warnings.push({
        type: 'compatibility',
        feature: 'object documents',
        details: 'The infinity worker reranks text: each object was sent as its JSON text.',
      });
    }

    const servedModelName = await this.config.openai.servedModelNames.current(
      this.servedModelTarget,
      abortSignal,
    );
    call.set('model', servedModelName, 'servedModelName');
    call.set('query', query, 'query');
    call.set(
      'docs',
      documents.type === 'text'
        ? documents.values
        : documents.values.map(value => JSON.stringify(value)),
      'documents',
    );
    // The AI SDK maps indices back to the documents itself.
    call.set('return_docs', false, 'return_docs');
    const [{ job }] = await runJobs(this.jobs, {
      context: this.context,
      inputs: [call.finish()],
      output: 'data',
      maxWaitMs: call.maxWaitMs,
      abortSignal,
      headers: options.headers,
    });

    const endpointURL = `${this.config.jobs.baseURL}/${this.context.endpointId}`;
    const output = readRerankOutput({
      job,
      url: job.statusRequests > 0 ? `${endpointURL}/status-sync/${job.id}` : `${endpointURL}/run`,
      context: this.context,
      documentCount: documents.values.length,
      topN,
      hint:
        this.settings.servedModelName === undefined
          ? `(The model name '${servedModelName}' is the first one the endpoint lists; if it ` +
            `serves several models, pass the reranker's name as { servedModelName }.)`
          : undefined,
    });

    return {
      ranking: output.ranking,
      warnings,
      providerMetadata: {
        runpod: {
          jobId: job.id,
          ...(job.delayTime !== undefined ? { delayTime: job.delayTime } : {}),
          ...(job.executionTime !== undefined ? { executionTime: job.executionTime } : {}),
          ...(output.model !== undefined ? { servedModelName: output.model } : {}),
          ...(output.usage !== undefined ? { usage: output.usage } : {}),
        },
      },
      response: {
        id: job.id,
        modelId: output.model ?? servedModelName,
        headers: job.responseHeaders,
        body: job.output,
      },
    };
  }
}
