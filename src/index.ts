export { createRunPod, createRunpod, runpod } from './runpod-provider';
export type { RunPodProvider, RunPodProviderSettings } from './runpod-provider';
export type {
  RunPodChatModelId,
  RunPodChatProviderOptions,
  RunPodCompletionModelId,
  RunPodModelSettings,
} from './chat/runpod-chat-options';
export type { RunPodEmbeddingModelId } from './embedding/runpod-embedding-model';
export { languageModelCatalog } from './catalog/language-models';
export type {
  LanguageModelCatalogEntry,
  RunPodCatalogChatModelId,
} from './catalog/language-models';
export type { RunPodErrorData } from './runpod-error';
export { VERSION } from './version';
