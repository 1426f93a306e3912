/*
 * The public API: what a user writes or catches, nothing else. Everything else in src/ is
 * internal and may change in any release.
 */
export { createRunPod, runpod } from './runpod-provider';
export type { RunPodProvider } from './runpod-provider';
export type { RunPodProviderSettings } from './core/settings';
export type { RunPodModelSettings } from './core/model-settings';
export type { RunPodModelInfo } from './model-list';
export type { RunPodEndpointHealth } from './endpoint-health';
export type { RunPodErrorData, RunPodJobErrorData } from './core/errors';
export { VERSION } from './core/version';

// Language models (OpenAI route).
export type {
  RunPodChatModelId,
  RunPodChatProviderOptions,
  RunPodCompletionModelId,
  RunPodLanguageModelSettings,
} from './chat/runpod-chat-options';
export type { RunPodEmbeddingModelId } from './embedding/runpod-embedding-model';

// Job models.
export type {
  RunPodRerankingModelId,
  RunPodRerankingProviderOptions,
} from './reranking/runpod-reranking-options';
export type { RunPodImageModelId, RunPodImageProviderOptions } from './image/runpod-image-options';
export type {
  RunPodSpeechModelId,
  RunPodSpeechProviderOptions,
} from './speech/runpod-speech-options';
export type {
  RunPodTranscriptionModelId,
  RunPodTranscriptionProviderOptions,
} from './transcription/runpod-transcription-options';
export type { RunPodVideoModelId, RunPodVideoProviderOptions } from './video/runpod-video-options';

// 1.x's names, deprecated (removed in 3.0.0).
export {
  createRunpod,
  type RunpodChatModelId,
  type RunpodCompletionModelId,
  type RunpodErrorData,
  type RunpodImageErrorData,
  type RunpodImageModelId,
  type RunpodProvider,
  type RunpodProviderSettings,
  type RunpodTranscriptionModelId,
  type RunpodTranscriptionProviderOptions,
  type RunpodVideoModelId,
  type RunpodVideoProviderOptions,
} from './legacy-names';
