import {
  InvalidArgumentError,
  type RerankingModelV3,
  type RerankingModelV3CallOptions,
} from '@ai-sdk/provider';
import { jobEndpointId, resolveModel } from '../catalog/resolve-model';
import { parseModelSettings, type RunPodModelSettings } from '../core/model-settings';
import type { JobClientConfig } from '../jobs/job-client';
import { workerServerOf } from '../jobs/worker-server';
import { openaiBaseURL, type OpenAIRouteState } from '../openai-route/openai-route-state';
import type { ServedModelTarget } from '../openai-route/served-model-name';
import type { RunPodErrorContext } from '../core/errors';
import type { RerankResult, RerankTarget } from './rerank-documents';
import type { RunPodRerankingModelId } from './runpod-reranking-options';

/** What a reranking model needs from its provider: the job API and the served-name lookup. */
export interface RunPodRerankingConfig {
  jobs: JobClientConfig;
  /** The OpenAI route's shared state: the served-name lookup (`GET /openai/v1/models`). */
  openai: OpenAIRouteState;
}

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
    this.jobs = {
      ...config.jobs,
      headers: () => config.jobs.headers(credentials),
      headersFor: (url, model) => config.jobs.headersFor(url, { ...credentials, ...model }),
    };
    if (workerServerOf(config.jobs, endpointId) !== undefined && !settings.servedModelName) {
      // A worker's own server has job routes only: no `/openai/v1/models` to learn it from.
      throw new InvalidArgumentError({
        argument: 'servedModelName',
        message:
          `RunPod reranking model '${this.modelId}' runs on a worker's own server, which cannot ` +
          `list the models it serves: pass the reranker's name as { servedModelName }.`,
      });
    }
    const openaiBase = openaiBaseURL(config.openai, endpointId);
    this.servedModelTarget = {
      openaiBase,
      context: this.context,
      configured: settings.servedModelName,
      headers: () => config.openai.headersFor(openaiBase, credentials),
    };
  }

  async doRerank(options: RerankingModelV3CallOptions): Promise<RerankResult> {
    // The job road loads on first use: a language-only app's bundler can leave it out.
    const { rerankDocuments } = await import('./rerank-documents');
    return rerankDocuments(this.target, options);
  }

  private get target(): RerankTarget {
    return {
      modelId: this.modelId,
      context: this.context,
      jobs: this.jobs,
      servedModelNames: this.config.openai.servedModelNames,
      servedModelTarget: this.servedModelTarget,
      servedModelNameGiven: this.settings.servedModelName !== undefined,
    };
  }
}
