import type { MediaModelEntry } from './media-parameter';
import { boolean, integer, number, oneOf, text, url } from './parameters';

/**
 * RunPod's faster-whisper worker (https://github.com/runpod-workers/worker-faster_whisper),
 * which every transcription endpoint runs, as data: its inputs as the worker's code reads
 * them (`src/rp_schema.py` `INPUT_VALIDATIONS`, `src/predict.py`), under the worker's names,
 * with our camelCase aliases. The worker rejects any other key ("… is not a valid input
 * option", runpod-python's `validate`), so one passed anyway comes with a warning.
 */
export const fasterWhisperWorker = {
  inputs: {
    /** An http(s) URL the worker downloads. */
    audio: url({ from: 'audioUrl' }),
    /** The audio itself, as base64. */
    audio_base64: text({ from: 'audioData' }),
    // `predict.py` AVAILABLE_MODELS: the README also lists distil-large-v2 and distil-large-v3,
    // which the code refuses ("Invalid model name").
    model: oneOf(['tiny', 'base', 'small', 'medium', 'large-v1', 'large-v2', 'large-v3', 'turbo']),
    language: text(),
    translate: boolean(),
    transcription: oneOf(['plain_text', 'formatted_text', 'srt', 'vtt'], {
      alias: 'transcriptionFormat',
    }),
    translation: oneOf(['plain_text', 'formatted_text', 'srt', 'vtt'], {
      alias: 'translationFormat',
    }),
    temperature: number({ min: 0 }),
    best_of: integer({ min: 1, alias: 'bestOf' }),
    beam_size: integer({ min: 1, alias: 'beamSize' }),
    patience: number(),
    length_penalty: number({ alias: 'lengthPenalty' }),
    suppress_tokens: text({
      alias: 'suppressTokens',
      caveat:
        'the faster-whisper worker passes suppress_tokens=[-1] to Whisper whatever this says (src/predict.py), so it has no effect.',
    }),
    initial_prompt: text({ alias: 'initialPrompt' }),
    condition_on_previous_text: boolean({ alias: 'conditionOnPreviousText' }),
    temperature_increment_on_fallback: number({ alias: 'temperatureIncrementOnFallback' }),
    compression_ratio_threshold: number({ alias: 'compressionRatioThreshold' }),
    logprob_threshold: number({ alias: 'logprobThreshold' }),
    no_speech_threshold: number({ alias: 'noSpeechThreshold' }),
    enable_vad: boolean({ alias: 'enableVad' }),
    word_timestamps: boolean({ alias: 'wordTimestamps' }),
  },
} as const satisfies MediaModelEntry;
