import type { RunPodChatModelId, RunPodCompletionModelId } from './chat/runpod-chat-options';
import type { RunPodErrorData, RunPodJobErrorData } from './core/errors';
import type { RunPodProviderSettings } from './core/settings';
import type { RunPodImageModelId } from './image/runpod-image-options';
import { createRunPod, type RunPodProvider } from './runpod-provider';
import type {
  RunPodTranscriptionModelId,
  RunPodTranscriptionProviderOptions,
} from './transcription/runpod-transcription-options';
import type { RunPodVideoModelId, RunPodVideoProviderOptions } from './video/runpod-video-options';

/*
 * The names @runpod/ai-sdk-provider 1.x exported (every export of its index.d.ts), so that
 * code written for it still compiles and runs (README, "Upgrading from 1.x"). Each is a
 * deprecated alias of its 2.x name; they are removed in 3.0.0.
 */

/** @deprecated Use {@link createRunPod}: the same function under 1.x's name. */
export const createRunpod = createRunPod;

/** @deprecated Use {@link RunPodProvider}. */
export type RunpodProvider = RunPodProvider;
/** @deprecated Use {@link RunPodProviderSettings}. */
export type RunpodProviderSettings = RunPodProviderSettings;
/** @deprecated Use {@link RunPodChatModelId}. */
export type RunpodChatModelId = RunPodChatModelId;
/** @deprecated Use {@link RunPodCompletionModelId}. */
export type RunpodCompletionModelId = RunPodCompletionModelId;
/** @deprecated Use {@link RunPodImageModelId}. */
export type RunpodImageModelId = RunPodImageModelId;
/** @deprecated Use {@link RunPodTranscriptionModelId}. */
export type RunpodTranscriptionModelId = RunPodTranscriptionModelId;
/** @deprecated Use {@link RunPodTranscriptionProviderOptions}. */
export type RunpodTranscriptionProviderOptions = RunPodTranscriptionProviderOptions;
/** @deprecated Use {@link RunPodVideoModelId}. */
export type RunpodVideoModelId = RunPodVideoModelId;
/** @deprecated Use {@link RunPodVideoProviderOptions}. */
export type RunpodVideoProviderOptions = RunPodVideoProviderOptions;
/** @deprecated Use {@link RunPodErrorData}, `APICallError.data` of errors on the OpenAI route. */
export type RunpodErrorData = RunPodErrorData;
/**
 * @deprecated Use {@link RunPodJobErrorData}, `APICallError.data` of errors on the job API.
 * 1.x's image errors had `{ error?: string; message?: string }`, and code typed that way still
 * compiles: `error` is RunPod's error text when it gave one, `message` is never set (the
 * text is in the `APICallError`'s own `message`).
 */
export type RunpodImageErrorData = Partial<RunPodJobErrorData> & {
  error?: string;
  message?: string;
};
