import {
  type EmbeddingModelV3,
  type Experimental_VideoModelV3,
  type ImageModelV3,
  type LanguageModelV3,
  type ProviderV3,
  type RerankingModelV3,
  type SpeechModelV3,
  type TranscriptionModelV3,
} from '@ai-sdk/provider';
import {
  createChatLanguageModel,
  createCompletionLanguageModel,
} from './chat/create-language-model';
import type {
  RunPodChatModelId,
  RunPodCompletionModelId,
  RunPodLanguageModelSettings,
} from './chat/runpod-chat-options';
import type { RunPodModelSettings } from './core/model-settings';
import {
  RunPodEmbeddingModel,
  type RunPodEmbeddingModelId,
} from './embedding/runpod-embedding-model';
import { RunPodImageModel } from './image/runpod-image-model';
import type { RunPodImageModelId } from './image/runpod-image-options';
import type { JobClientConfig } from './jobs/job-client';
import { systemClock } from './jobs/job-clock';
import { createStatusSyncSupport } from './jobs/status-sync-support';
import { createRateLimitState } from './jobs/rate-limit-state';
import { RunPodRerankingModel } from './reranking/runpod-reranking-model';
import type { RunPodRerankingModelId } from './reranking/runpod-reranking-options';
import { RunPodSpeechModel } from './speech/runpod-speech-model';
import type { RunPodSpeechModelId } from './speech/runpod-speech-options';
import { RunPodTranscriptionModel } from './transcription/runpod-transcription-model';
import type { RunPodTranscriptionModelId } from './transcription/runpod-transcription-options';
import { RunPodVideoModel } from './video/runpod-video-model';
import type { RunPodVideoModelId } from './video/runpod-video-options';
import type { RunPodWebhooks } from './video/video-webhooks';
import { createOpenAIRouteState } from './openai-route/openai-route-state';
import type { EndpointHealthOptions, RunPodEndpointHealth } from './endpoint-health';
import { refuseRetired } from './compat/retired-models';
import { refuseWorkerServerBase } from './catalog/resolve-model';
import { createRunPodConfig, type RunPodProviderSettings } from './core/settings';
import { listModels, type RunPodModelInfo } from './model-list';
import { createRunPodJobs } from './job-api/runpod-jobs';
import type { RunPodJobs, RunPodJobsSettings } from './job-api/job-api-types';

/**
 * The RunPod provider: RunPod's public LLM endpoints and your own serverless endpoints
 * through the AI SDK. `runpod(id)` is `runpod.languageModel(id)`.
 *
 * Model IDs are catalog IDs (`qwen/qwen3-32b-awq`), public endpoint slugs
 * (`qwen3-32b-awq`), your endpoint IDs, or their console URLs; language and embedding
 * models also take a load-balancing endpoint (`https://<id>.api.runpod.ai`) or a Pod
 * (`https://<pod id>-<port>.proxy.runpod.net`).
 *
 * Media models (`image`, `speech`, `transcription`, `video`) run as jobs on RunPod's queue
 * endpoints (https://docs.runpod.io/serverless/endpoints/operation-reference).
 *
 * @throws {NoSuchModelError} for a model ID that is none of those.
 * @throws {InvalidArgumentError} for an empty model ID or a wrong model setting.
 */
export interface RunPodProvider extends ProviderV3 {
  (modelId: RunPodChatModelId, settings?: RunPodLanguageModelSettings): LanguageModelV3;

  /** A chat model (`/openai/v1/chat/completions`). */
  languageModel(
    modelId: RunPodChatModelId,
    settings?: RunPodLanguageModelSettings,
  ): LanguageModelV3;

  /** Same as {@link RunPodProvider.languageModel}. */
  chatModel(modelId: RunPodChatModelId, settings?: RunPodLanguageModelSettings): LanguageModelV3;

  /** A completion model (`/openai/v1/completions`), for raw prompts without a chat template. */
  completionModel(
    modelId: RunPodCompletionModelId,
    settings?: RunPodLanguageModelSettings,
  ): LanguageModelV3;

  /** An embedding model on your infinity-embedding endpoint (`/openai/v1/embeddings`). */
  embeddingModel(modelId: RunPodEmbeddingModelId, settings?: RunPodModelSettings): EmbeddingModelV3;

  /** @deprecated Use {@link RunPodProvider.embeddingModel}. */
  textEmbeddingModel(
    modelId: RunPodEmbeddingModelId,
    settings?: RunPodModelSettings,
  ): EmbeddingModelV3;

  /** An image model (text-to-image or edit) on a public image endpoint or your own. */
  imageModel(modelId: RunPodImageModelId): ImageModelV3;

  /** Same as {@link RunPodProvider.imageModel}. */
  image(modelId: RunPodImageModelId): ImageModelV3;

  /** A text-to-speech model (Chatterbox Turbo, MiniMax Speech 02 HD) or your own endpoint. */
  speechModel(modelId: RunPodSpeechModelId): SpeechModelV3;

  /** Same as {@link RunPodProvider.speechModel}. */
  speech(modelId: RunPodSpeechModelId): SpeechModelV3;

  /** A transcription model on your endpoint running RunPod's faster-whisper worker. */
  transcriptionModel(modelId: RunPodTranscriptionModelId): TranscriptionModelV3;

  /** Same as {@link RunPodProvider.transcriptionModel}. */
  transcription(modelId: RunPodTranscriptionModelId): TranscriptionModelV3;

  /** A video model (text-to-video, image-to-video) on a public video endpoint or your own. */
  videoModel(modelId: RunPodVideoModelId): Experimental_VideoModelV3;

  /** Same as {@link RunPodProvider.videoModel}. */
  video(modelId: RunPodVideoModelId): Experimental_VideoModelV3;

  /**
   * A reranking model (`rerank()`) on your endpoint running RunPod's infinity-embedding
   * worker with a reranker; jobs on `/run`.
   */
  rerankingModel(modelId: RunPodRerankingModelId, settings?: RunPodModelSettings): RerankingModelV3;

  /** Same as {@link RunPodProvider.rerankingModel}. */
  reranking(modelId: RunPodRerankingModelId, settings?: RunPodModelSettings): RerankingModelV3;

  /**
   * An endpoint's jobs and workers (`GET /v2/<endpoint>/health`); see {@link RunPodEndpointHealth}.
   * `options.abortSignal` stops waiting for the answer; `options.headers` are sent after
   * the provider's.
   *
   * @throws {APICallError} with RunPod's answer (public endpoints answer 401: their health
   * is not yours to read).
   * @throws {InvalidResponseDataError} when the answer does not have RunPod's health shape.
   * @throws {InvalidArgumentError} for an empty ID, a Pod or load-balancing endpoint, or an
   * OpenAI-compatible `baseURL`.
   * @throws {NoSuchModelError} for an ID that is neither a catalog ID nor an endpoint ID.
   */
  endpointHealth(
    idOrModelId: string,
    options?: { abortSignal?: AbortSignal; headers?: Record<string, string | undefined> },
  ): Promise<RunPodEndpointHealth>;

  /**
   * RunPod's public endpoints this package knows (its catalog), all or of one `kind`:
   * read-only, the same frozen list every call. Your own endpoints are not listed; any
   * endpoint ID works as a model ID all the same.
   */
  models(kind?: RunPodModelInfo['kind']): readonly RunPodModelInfo[];

  /**
   * RunPod's job API on one endpoint, for any worker (your lip-sync, TTS, detection or
   * ComfyUI endpoints): `run` (submit and wait), `start`, `status`, `cancel` and `stream`
   * (a generator worker's partial outputs), with this provider's credentials and `fetch`
   * (https://docs.runpod.io/serverless/endpoints/send-requests). The output is the worker's
   * own JSON, typed and checked by the `schema` a call passes. See {@link RunPodJobs}.
   *
   * ```ts
   * const { output } = await runpod.jobs('your-endpoint-id').run({ prompt: 'hello' });
   * ```
   *
   * @param endpoint an endpoint ID, its URL (`https://api.runpod.ai/v2/<id>`) or console URL,
   *   or a worker's own server at its root URL (`http://localhost:8000`, runpod-python's
   *   `--rp_serve_api`: no `/cancel` there, so abort and the wait limit leave its handler running).
   * @throws {InvalidArgumentError} for an endpoint that is none of those, a wrong setting,
   *   or a provider whose `baseURL` is an OpenAI base.
   */
  jobs(endpoint: string, settings?: RunPodJobsSettings): RunPodJobs;

  /** RunPod's webhook deliveries turned into results, on your server (`docs/long-jobs.md`). */
  readonly webhooks: RunPodWebhooks;
}

/**
 * Creates a RunPod provider instance.
 *
 * @throws {InvalidArgumentError} for a setting of the wrong shape (see {@link RunPodProviderSettings}).
 */
export function createRunPod(settings: RunPodProviderSettings = {}): RunPodProvider {
  const config = createRunPodConfig(settings);
  const modelConfig = createOpenAIRouteState(config);
  const jobConfig: JobClientConfig = {
    ...config,
    statusSyncSupport: createStatusSyncSupport(),
    clock: systemClock,
    rateLimits: createRateLimitState(),
  };

  // 1.x's retired IDs are refused here, at the edge, before any model is made.
  const servedNames = config.openaiBase !== undefined || config.endpointId !== undefined;
  const language = { servedNames };
  const chatModel = (modelId: RunPodChatModelId, modelSettings?: RunPodLanguageModelSettings) => {
    refuseRetired(modelId, 'languageModel', language);
    refuseWorkerServerBase(modelId, 'languageModel', config);
    return createChatLanguageModel(modelId, modelSettings, modelConfig);
  };
  const embeddingModel = (modelId: RunPodEmbeddingModelId, modelSettings?: RunPodModelSettings) => {
    refuseWorkerServerBase(modelId, 'embeddingModel', config);
    return new RunPodEmbeddingModel(modelId, modelSettings, modelConfig);
  };
  const imageModel = (modelId: RunPodImageModelId) => {
    refuseRetired(modelId, 'imageModel');
    return new RunPodImageModel(modelId, jobConfig);
  };
  const speechModel = (modelId: RunPodSpeechModelId) => new RunPodSpeechModel(modelId, jobConfig);
  const transcriptionModel = (modelId: RunPodTranscriptionModelId) => {
    refuseRetired(modelId, 'transcriptionModel');
    return new RunPodTranscriptionModel(modelId, jobConfig);
  };
  const videoModel = (modelId: RunPodVideoModelId) => new RunPodVideoModel(modelId, jobConfig);
  const rerankingModel = (
    modelId: RunPodRerankingModelId,
    modelSettings: RunPodModelSettings = {},
  ) => new RunPodRerankingModel(modelId, modelSettings, { jobs: jobConfig, openai: modelConfig });

  const provider = (modelId: RunPodChatModelId, modelSettings?: RunPodLanguageModelSettings) =>
    chatModel(modelId, modelSettings);

  provider.specificationVersion = 'v3' as const;
  provider.languageModel = chatModel;
  provider.chatModel = chatModel;
  provider.completionModel = (
    modelId: RunPodCompletionModelId,
    modelSettings?: RunPodLanguageModelSettings,
  ) => {
    refuseRetired(modelId, 'languageModel', language);
    refuseWorkerServerBase(modelId, 'languageModel', config);
    return createCompletionLanguageModel(modelId, modelSettings, modelConfig);
  };
  provider.embeddingModel = embeddingModel;
  provider.textEmbeddingModel = embeddingModel;
  provider.imageModel = imageModel;
  provider.image = imageModel;
  provider.speechModel = speechModel;
  provider.speech = speechModel;
  provider.transcriptionModel = transcriptionModel;
  provider.transcription = transcriptionModel;
  provider.videoModel = videoModel;
  provider.video = videoModel;
  provider.rerankingModel = rerankingModel;
  provider.reranking = rerankingModel;
  provider.endpointHealth = async (idOrModelId: string, options?: EndpointHealthOptions) => {
    refuseRetired(idOrModelId, 'languageModel', language);
    // Loaded on first use, like the job road.
    const { getEndpointHealth } = await import('./endpoint-health');
    return getEndpointHealth(idOrModelId, options, config);
  };
  provider.models = listModels;
  provider.jobs = (endpoint: string, settings?: RunPodJobsSettings) =>
    createRunPodJobs(endpoint, settings, jobConfig);

  const acceptedWebhookJobs = new Set<string>(); // replays are refused per provider
  const webhooks: RunPodWebhooks = {
    video: async (request, options) => {
      const { receiveVideoWebhook } = await import('./video/video-webhooks');
      return receiveVideoWebhook(acceptedWebhookJobs, request, options);
    },
  };
  provider.webhooks = webhooks;

  return provider;
}

/** The default RunPod provider instance; reads `RUNPOD_API_KEY` when a request is made. */
export const runpod = createRunPod();
