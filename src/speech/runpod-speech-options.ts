import type { RunPodCatalogSpeechModelId } from '../catalog/speech-models';

/**
 * A RunPod speech model ID: a catalog ID (`resembleai/chatterbox-turbo`,
 * `minimax/speech-02-hd`), a public endpoint slug (`chatterbox-turbo`,
 * `minimax-speech-02-hd`), or the endpoint ID (or console URL) of your own speech endpoint.
 */
export type RunPodSpeechModelId = RunPodCatalogSpeechModelId | (string & {});

/**
 * `providerOptions.runpod` for speech models. Unknown keys are rejected with an
 * `InvalidArgumentError`, except on your own endpoints, where every key is sent as is in
 * the job's `input`. (See README.md, "Speech".)
 */
export interface RunPodSpeechProviderOptions {
  /** Wait at most this long for the job in all, in ms (default 300 000); then it is cancelled. */
  maxWaitMs?: number;
  /** Chatterbox Turbo: URL of a recording of the voice to clone (`voice_url`); overrides `voice`. */
  voiceUrl?: string;
  /** MiniMax Speech 02 HD: loudness (`volume`, default 1). */
  volume?: number;
  /** MiniMax Speech 02 HD: pitch shift (`pitch`, default 0). */
  pitch?: number;
  /** MiniMax Speech 02 HD: delivery (`emotion`, default `neutral`). */
  emotion?: 'happy' | 'sad' | 'neutral' | 'angry' | 'fearful' | 'surprised';
  /** MiniMax Speech 02 HD: normalise English text first (`english_normalization`, default false). */
  englishNormalization?: boolean;
  /** MiniMax Speech 02 HD: audio URL returned if generation fails (`default_audio_url`). */
  defaultAudioUrl?: string;
  /** Your own endpoint: any other key, sent as is. */
  [key: string]: unknown;
}
