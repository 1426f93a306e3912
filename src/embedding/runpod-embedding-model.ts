import { OpenAICompatibleEmbeddingModel } from '@ai-sdk/openai-compatible';
import type {
  EmbeddingModelV3,
  EmbeddingModelV3CallOptions,
  EmbeddingModelV3Result,
} from '@ai-sdk/provider';
import { reportedModelId, resolveModel } from '../catalog/resolve-model';
import { parseModelSettings, type RunPodModelSettings } from '../core/model-settings';
import type { OpenAIRouteState } from '../openai-route/openai-route-state';
import { type OpenAITarget, openaiTarget } from '../openai-route/openai-target';
import { explainFrontError } from '../openai-route/server-fronts';
import { callWithServedName } from '../openai-route/served-model-name';
import { createRunPodErrorStructure } from '../core/errors';
import { createOpenAIRouteFetch } from '../core/fetch';
import { dimensionsWarning, requestedDimensions } from './embedding-dimensions';

/**
 * An embedding model ID: the endpoint ID (or console URL) of your own serverless
 * endpoint running RunPod's infinity-embedding worker
 * (`runpod-workers/worker-infinity-embedding`). RunPod has no public embedding endpoint.
 */
export type RunPodEmbeddingModelId = string & {};

// The infinity worker takes at most 8192 inputs per request (`ITEMS_LIMIT`); RunPod's
// request payload cap is lower in practice, so stay at the OpenAI-compatible default.
const MAX_EMBEDDINGS_PER_CALL = 2048;

/**
 * `embed` / `embedMany` on `<endpoint>/openai/v1/embeddings` through
 * `OpenAICompatibleEmbeddingModel`, made once the served model name is known (one of the
 * worker's `MODEL_NAMES`; looked up with `GET /openai/v1/models` unless given, shared
 * with the provider's language models). When the endpoint answers that it does not serve
 * the name (vLLM, worker-vllm, llama.cpp or SGLang serving embeddings;
 * `isModelNotFoundError`), the name is corrected as for language models and the call
 * made once more.
 */
export class RunPodEmbeddingModel implements EmbeddingModelV3 {
  readonly specificationVersion = 'v3';
  readonly provider = 'runpod.embedding';
  readonly maxEmbeddingsPerCall = MAX_EMBEDDINGS_PER_CALL;
  readonly supportsParallelCalls = true;
  readonly modelId: string;
  private model: EmbeddingModelV3 | undefined;
  private readonly endpointId: string;
  private readonly target: OpenAITarget;

  /**
   * @throws {InvalidArgumentError} for an empty ID or an empty `servedModelName`.
   * @throws {NoSuchModelError} for an ID that is not shaped like an endpoint ID.
   */
  constructor(
    modelId: RunPodEmbeddingModelId,
    settings: RunPodModelSettings | undefined,
    private readonly config: OpenAIRouteState,
  ) {
    const resolved = resolveModel({
      modelId,
      modelType: 'embeddingModel',
      catalog: {},
      servers: true,
      servedNames: config.openaiBase !== undefined || config.endpointId !== undefined,
    });
    this.modelId = reportedModelId(resolved, modelId);
    const modelSettings = parseModelSettings(settings, this.modelId);
    this.target = openaiTarget({
      resolved,
      modelId: this.modelId,
      configured: modelSettings.servedModelName,
      settings: modelSettings,
      config,
    });
    this.endpointId = this.target.context.endpointId;
  }

  /**
   * `dimensions` (ai@7's call option, or `providerOptions.runpod.dimensions`) is sent as
   * `dimensions`; a warning says when the endpoint returned vectors of another length.
   *
   * @throws {InvalidArgumentError} for a `providerOptions.runpod.dimensions` that is not a
   * positive integer, before any request.
   */
  async doEmbed(
    options: EmbeddingModelV3CallOptions & { dimensions?: number },
  ): Promise<EmbeddingModelV3Result> {
    const dimensions = await requestedDimensions(options, this.modelId);
    const runpodOptions = { ...options.providerOptions?.runpod, dimensions };
    const callOptions = {
      ...options,
      providerOptions: { ...options.providerOptions, runpod: runpodOptions },
    };
    try {
      const result = await callWithServedName(
        this.config.servedModelNames,
        this.target,
        options.abortSignal,
        name => this.modelFor(name).doEmbed(callOptions),
      );
      const warning = dimensionsWarning(dimensions, result.embeddings, this.modelId);
      return warning === undefined
        ? result
        : { ...result, warnings: [...result.warnings, warning] };
    } catch (error) {
      // A load-balancing endpoint or a Pod: its front's errors explained (cold starts, timeouts).
      const server = this.target.server;
      throw server === undefined ? error : await explainFrontError(error, server);
    }
  }

  /** The OpenAI-compatible model for one served name, made once. */
  private modelFor(servedModelName: string): EmbeddingModelV3 {
    if (this.model?.modelId !== servedModelName) {
      this.model = this.createModel(servedModelName);
    }
    return this.model;
  }

  private get context() {
    return { modelId: this.modelId, endpointId: this.endpointId };
  }

  private createModel(servedModelName: string): EmbeddingModelV3 {
    const context = this.context;
    const baseURL = this.target.openaiBase;
    return new OpenAICompatibleEmbeddingModel(servedModelName, {
      provider: this.provider,
      url: ({ path }) => `${baseURL}${path}`,
      headers: this.target.headers,
      fetch: createOpenAIRouteFetch(context, this.config.fetch),
      errorStructure: createRunPodErrorStructure(context),
      maxEmbeddingsPerCall: MAX_EMBEDDINGS_PER_CALL,
    });
  }
}
