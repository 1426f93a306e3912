export { createRunPod, createRunpod, runpod } from './runpod-provider';
export type { RunPodProvider, RunPodProviderSettings } from './runpod-provider';
export type {
  RunPodChatModelId,
  RunPodChatProviderOptions,
  RunPodCompletionModelId,
  RunPodLanguageModelSettings,
  RunPodModelSettings,
} from './chat/runpod-chat-options';
export type { RunPodEmbeddingModelId } from './embedding/runpod-embedding-model';
export { languageModelCatalog } from './catalog/language-models';
export type {
  LanguageModelCatalogEntry,
  ReasoningField,
  RunPodCatalogChatModelId,
} from './catalog/language-models';
export type { EndpointHealthOptions, RunPodEndpointHealth } from './endpoint-health';
export { speechModelCatalog } from './catalog/speech-models';
export type { RunPodCatalogSpeechModelId, SpeechModelCatalogEntry } from './catalog/speech-models';
export type {
  RunPodSpeechModelId,
  RunPodSpeechModelOptions,
  RunPodSpeechProviderOptions,
} from './speech/runpod-speech-options';
export type {
  RunPodTranscriptionModelId,
  RunPodTranscriptionProviderOptions,
} from './transcription/runpod-transcription-options';
export { imageModelCatalog } from './catalog/image-models';
export type { ImageModelCatalogEntry, RunPodCatalogImageModelId } from './catalog/image-models';
export type {
  RunPodImageModelId,
  RunPodImageModelOptions,
  RunPodImageProviderOptions,
} from './image/runpod-image-options';
export { videoModelCatalog } from './catalog/video-models';
export type { RunPodCatalogVideoModelId, VideoModelCatalogEntry } from './catalog/video-models';
export type {
  RunPodVideoModelId,
  RunPodVideoModelOptions,
  RunPodVideoProviderOptions,
} from './video/runpod-video-options';
export type { MediaParameter, StandardOption } from './media/media-parameter';
export type { RunPodMediaJobOptions } from './media/media-options';
export type {
  RunPodRerankingModelId,
  RunPodRerankingProviderOptions,
} from './reranking/runpod-reranking-options';
export type { RunPodErrorData, RunPodJobErrorData } from './runpod-error';
export { VERSION } from './version';

export type {
  RunpodChatModelId,
  RunpodCompletionModelId,
  RunpodErrorData,
  RunpodImageErrorData,
  RunpodImageModelId,
  RunpodProvider,
  RunpodProviderSettings,
  RunpodTranscriptionModelId,
  RunpodTranscriptionProviderOptions,
  RunpodVideoModelId,
  RunpodVideoProviderOptions,
} from './legacy-names';
