import { z } from 'zod/v4';

/**
 * A RunPod transcription model ID: the endpoint ID (or console URL
 * `https://console.runpod.io/serverless/user/endpoint/<id>`) of your own endpoint running
 * RunPod's faster-whisper worker (https://github.com/runpod-workers/worker-faster_whisper).
 * RunPod has no public transcription endpoint since Whisper V3 Large was retired.
 */
export type RunPodTranscriptionModelId = string & {};

const textFormat = z.enum(['plain_text', 'formatted_text', 'srt', 'vtt']);

/**
 * `providerOptions.runpod` for transcription: the faster-whisper worker's options in
 * camelCase (sent under the worker's snake_case names), plus `maxWaitMs`. Unknown keys are
 * rejected. Defaults are the worker's (src/rp_schema.py).
 */
export const transcriptionOptionsSchema = z.strictObject({
  /** Wait at most this long for the job in all, in ms (default 600 000); then it is cancelled. */
  maxWaitMs: z.number().int().min(1_000).optional(),
  /** Whisper model the worker loads: `tiny`, `base` (default), `small`, `medium`, `large-v1`, `large-v2`, `large-v3`, `distil-large-v2`, `distil-large-v3`, `turbo`. */
  model: z.string().min(1).optional(),
  /** Language spoken (ISO-639-1, e.g. `en`); left out, the worker detects it. */
  language: z.string().min(1).optional(),
  /** Also translate to English (`translate`); the translation is in `providerMetadata.runpod.translation`. */
  translate: z.boolean().optional(),
  /** Format of the text (`transcription`): `plain_text` (default), `formatted_text` (a line per segment), `srt`, `vtt`. */
  transcriptionFormat: textFormat.optional(),
  /** Format of the translation (`translation`), as for `transcriptionFormat`. */
  translationFormat: textFormat.optional(),
  /** Sampling temperature (default 0). */
  temperature: z.number().min(0).optional(),
  /** Candidates when sampling with a non-zero temperature (`best_of`, default 5). */
  bestOf: z.number().int().min(1).optional(),
  /** Beams in beam search, at temperature 0 (`beam_size`, default 5). */
  beamSize: z.number().int().min(1).optional(),
  /** Beam search patience (`patience`, default 1). */
  patience: z.number().optional(),
  /** Token length penalty (`length_penalty`). */
  lengthPenalty: z.number().optional(),
  /** Comma-separated token IDs to suppress (`suppress_tokens`, default `"-1"`). */
  suppressTokens: z.string().optional(),
  /** Text that primes the first window: names, spellings, style (`initial_prompt`). */
  initialPrompt: z.string().optional(),
  /** Feed each window's text to the next (`condition_on_previous_text`, default true). */
  conditionOnPreviousText: z.boolean().optional(),
  /** Temperature step when decoding falls back (`temperature_increment_on_fallback`, default 0.2). */
  temperatureIncrementOnFallback: z.number().optional(),
  /** Gzip compression ratio above which decoding counts as failed (`compression_ratio_threshold`, default 2.4). */
  compressionRatioThreshold: z.number().optional(),
  /** Average log probability below which decoding counts as failed (`logprob_threshold`, default -1). */
  logprobThreshold: z.number().optional(),
  /** Probability above which a segment counts as silence (`no_speech_threshold`, default 0.6). */
  noSpeechThreshold: z.number().optional(),
  /** Skip non-speech parts with Silero voice activity detection (`enable_vad`, default false). */
  enableVad: z.boolean().optional(),
  /** Word timings (`word_timestamps`, default false), in `providerMetadata.runpod.wordTimestamps`. */
  wordTimestamps: z.boolean().optional(),
});

/** `providerOptions.runpod` for transcription models (see {@link transcriptionOptionsSchema}). */
export type RunPodTranscriptionProviderOptions = z.infer<typeof transcriptionOptionsSchema>;

/** Provider option → the worker's input name. */
export const WORKER_OPTION_NAMES = {
  model: 'model',
  language: 'language',
  translate: 'translate',
  transcriptionFormat: 'transcription',
  translationFormat: 'translation',
  temperature: 'temperature',
  bestOf: 'best_of',
  beamSize: 'beam_size',
  patience: 'patience',
  lengthPenalty: 'length_penalty',
  suppressTokens: 'suppress_tokens',
  initialPrompt: 'initial_prompt',
  conditionOnPreviousText: 'condition_on_previous_text',
  temperatureIncrementOnFallback: 'temperature_increment_on_fallback',
  compressionRatioThreshold: 'compression_ratio_threshold',
  logprobThreshold: 'logprob_threshold',
  noSpeechThreshold: 'no_speech_threshold',
  enableVad: 'enable_vad',
  wordTimestamps: 'word_timestamps',
} as const satisfies Record<Exclude<keyof RunPodTranscriptionProviderOptions, 'maxWaitMs'>, string>;
