import {
  type EmbeddingModelV3,
  type Experimental_VideoModelV3,
  type ImageModelV3,
  type LanguageModelV3,
  NoSuchModelError,
  type ProviderV3,
  type SpeechModelV3,
  type TranscriptionModelV3,
} from '@ai-sdk/provider';
import { type FetchFunction, loadApiKey, withoutTrailingSlash } from '@ai-sdk/provider-utils';
import {
  createChatLanguageModel,
  createCompletionLanguageModel,
} from './chat/create-language-model';
import type {
  RunPodChatModelId,
  RunPodCompletionModelId,
  RunPodModelSettings,
} from './chat/runpod-chat-options';
import {
  RunPodEmbeddingModel,
  type RunPodEmbeddingModelId,
} from './embedding/runpod-embedding-model';
import type { OpenAIRouteConfig } from './openai-route/openai-route-config';
import { createServedModelNameResolver } from './openai-route/served-model-name';

/** Settings for {@link createRunPod}. (https://docs.runpod.io/public-endpoints/ai-sdk) */
export interface RunPodProviderSettings {
  /**
   * RunPod API key (`rpa_…`), sent as `Authorization: Bearer <apiKey>`. Defaults to the
   * `RUNPOD_API_KEY` environment variable, read when a request is made, not at import.
   * (https://docs.runpod.io/get-started/api-keys)
   */
  apiKey?: string;
  /**
   * URL prefix of RunPod's serverless API, without a trailing slash. Default
   * `https://api.runpod.ai/v2`. An endpoint's OpenAI base is
   * `${baseURL}/<endpoint>/openai/v1`; point it at a proxy that forwards the same paths.
   */
  baseURL?: string;
  /** Headers sent with every request, after `Authorization`. */
  headers?: Record<string, string>;
  /** A `fetch` to use instead of the global one, e.g. for middleware or tests. */
  fetch?: FetchFunction;
}

/**
 * The RunPod provider: RunPod's public LLM endpoints and your own serverless endpoints
 * through the AI SDK. `runpod(id)` is `runpod.languageModel(id)`.
 *
 * Model IDs are catalog IDs (`qwen/qwen3-32b-awq`), public endpoint slugs
 * (`qwen3-32b-awq`), your endpoint IDs, or their console URLs.
 *
 * @throws {NoSuchModelError} for a model ID that is none of those, and (for now) from
 * the image, speech, transcription and video factories.
 * @throws {InvalidArgumentError} for an empty model ID.
 */
export interface RunPodProvider extends ProviderV3 {
  (modelId: RunPodChatModelId, settings?: RunPodModelSettings): LanguageModelV3;

  /** A chat model (`/openai/v1/chat/completions`). */
  languageModel(modelId: RunPodChatModelId, settings?: RunPodModelSettings): LanguageModelV3;

  /** Same as {@link RunPodProvider.languageModel}. */
  chatModel(modelId: RunPodChatModelId, settings?: RunPodModelSettings): LanguageModelV3;

  /** A completion model (`/openai/v1/completions`), for raw prompts without a chat template. */
  completionModel(
    modelId: RunPodCompletionModelId,
    settings?: RunPodModelSettings,
  ): LanguageModelV3;

  /** An embedding model on your infinity-embedding endpoint (`/openai/v1/embeddings`). */
  embeddingModel(modelId: RunPodEmbeddingModelId, settings?: RunPodModelSettings): EmbeddingModelV3;

  /** @deprecated Use {@link RunPodProvider.embeddingModel}. */
  textEmbeddingModel(
    modelId: RunPodEmbeddingModelId,
    settings?: RunPodModelSettings,
  ): EmbeddingModelV3;

  /** Not available yet: throws `NoSuchModelError`. */
  imageModel(modelId: string): ImageModelV3;

  /** Not available yet: throws `NoSuchModelError`. */
  speechModel(modelId: string): SpeechModelV3;

  /** Not available yet: throws `NoSuchModelError`. */
  transcriptionModel(modelId: string): TranscriptionModelV3;

  /** Not available yet: throws `NoSuchModelError`. */
  videoModel(modelId: string): Experimental_VideoModelV3;
}

const DEFAULT_BASE_URL = 'https://api.runpod.ai/v2';

/** Creates a RunPod provider instance. */
export function createRunPod(settings: RunPodProviderSettings = {}): RunPodProvider {
  const config: OpenAIRouteConfig = {
    baseURL: withoutTrailingSlash(settings.baseURL) ?? DEFAULT_BASE_URL,
    headers: () => ({
      Authorization: `Bearer ${loadApiKey({
        apiKey: settings.apiKey,
        environmentVariableName: 'RUNPOD_API_KEY',
        description: 'RunPod',
      })}`,
      ...settings.headers,
    }),
    fetch: settings.fetch,
  };
  const modelConfig = { ...config, resolveServedModelName: createServedModelNameResolver(config) };

  const chatModel = (modelId: RunPodChatModelId, modelSettings: RunPodModelSettings = {}) =>
    createChatLanguageModel(modelId, modelSettings, modelConfig);
  const embeddingModel = (
    modelId: RunPodEmbeddingModelId,
    modelSettings: RunPodModelSettings = {},
  ) => new RunPodEmbeddingModel(modelId, modelSettings, modelConfig);
  const notYet =
    (modelType: 'imageModel' | 'speechModel' | 'transcriptionModel' | 'videoModel') =>
    (modelId: string): never => {
      throw new NoSuchModelError({
        modelId,
        modelType,
        message: `The RunPod provider does not offer ${modelType}s yet (model '${modelId}').`,
      });
    };

  const provider = (modelId: RunPodChatModelId, modelSettings?: RunPodModelSettings) =>
    chatModel(modelId, modelSettings);

  provider.specificationVersion = 'v3' as const;
  provider.languageModel = chatModel;
  provider.chatModel = chatModel;
  provider.completionModel = (
    modelId: RunPodCompletionModelId,
    modelSettings: RunPodModelSettings = {},
  ) => createCompletionLanguageModel(modelId, modelSettings, modelConfig);
  provider.embeddingModel = embeddingModel;
  provider.textEmbeddingModel = embeddingModel;
  provider.imageModel = notYet('imageModel');
  provider.speechModel = notYet('speechModel');
  provider.transcriptionModel = notYet('transcriptionModel');
  provider.videoModel = notYet('videoModel');

  return provider;
}

/** Same as {@link createRunPod}: the name RunPod's earlier releases exported. */
export const createRunpod = createRunPod;

/** The default RunPod provider instance; reads `RUNPOD_API_KEY` when a request is made. */
export const runpod = createRunPod();
