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
  RunPodSpeechProviderOptions,
} from './speech/runpod-speech-options';
export type {
  RunPodTranscriptionModelId,
  RunPodTranscriptionProviderOptions,
} from './transcription/runpod-transcription-options';
export { imageModelCatalog } from './catalog/image-models';
export type { ImageModelCatalogEntry, RunPodCatalogImageModelId } from './catalog/image-models';
export type { RunPodImageModelId, RunPodImageProviderOptions } from './image/runpod-image-options';
export type { RunPodImageModelOptions } from './image/families/parameters';
export { videoModelCatalog } from './catalog/video-models';
export type { RunPodCatalogVideoModelId, VideoModelCatalogEntry } from './catalog/video-models';
export type { RunPodVideoModelId, RunPodVideoProviderOptions } from './video/runpod-video-options';
export type { RunPodErrorData } from './runpod-error';
export { VERSION } from './version';
