import { InvalidArgumentError } from '@ai-sdk/provider';
import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import { RUNSYNC_MAX_BODY_BYTES } from '../jobs/job-client';
import {
  type RunPodTranscriptionProviderOptions,
  WORKER_OPTION_NAMES,
} from './runpod-transcription-options';

/*
 * The faster-whisper worker's input, as read from runpod-workers/worker-faster_whisper:
 * - src/rp_schema.py (INPUT_VALIDATIONS): `audio` (URL) and `audio_base64` (str), `model`
 *   (default `base`), `transcription` / `translation` (format, default `plain_text`),
 *   `translate`, `language`, `temperature`, `best_of`, `beam_size`, `patience`,
 *   `length_penalty`, `suppress_tokens`, `initial_prompt`, `condition_on_previous_text`,
 *   `temperature_increment_on_fallback`, `compression_ratio_threshold`,
 *   `logprob_threshold`, `no_speech_threshold`, `enable_vad`, `word_timestamps`;
 * - src/rp_handler.py: exactly one of `audio` (downloaded by the worker) and
 *   `audio_base64` (decoded to a temporary file); the input is checked with
 *   runpod-python's `validate`, which rejects keys the schema does not list
 *   ("Unexpected input. … is not a valid input option.");
 * - README.md, "Model Inputs": the same names, types and defaults.
 */

// `{"input":{…},"policy":{"ttl":…}}` around the audio and the options.
const ENVELOPE_BYTES = 256;

/** The worker's options from `providerOptions.runpod`, under the worker's names. */
export function workerOptions(
  options: Omit<RunPodTranscriptionProviderOptions, 'maxWaitMs'>,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(options)) {
    if (value !== undefined) {
      input[WORKER_OPTION_NAMES[name as keyof typeof WORKER_OPTION_NAMES]] = value;
    }
  }
  return input;
}

/**
 * The job's `input` for audio bytes (or base64 text, as the AI SDK may pass it): the audio
 * as base64 in `audio_base64`, then the options.
 *
 * @throws {InvalidArgumentError} when the request would exceed RunPod's `/runsync` payload
 * limit (base64 is 4/3 the size of the audio).
 */
export function inputForAudioData(
  audio: Uint8Array | string,
  options: Record<string, unknown>,
  modelId: string,
): Record<string, unknown> {
  const base64 = typeof audio === 'string' ? audio : convertUint8ArrayToBase64(audio);
  const bodyBytes = base64.length + JSON.stringify(options).length + ENVELOPE_BYTES;
  if (bodyBytes > RUNSYNC_MAX_BODY_BYTES) {
    const audioBytes =
      typeof audio === 'string' ? Math.floor((audio.length * 3) / 4) : audio.byteLength;
    throw new InvalidArgumentError({
      argument: 'audio',
      message:
        `RunPod transcription model '${modelId}': ${audioBytes} bytes of audio become a ` +
        `${bodyBytes}-byte request as base64, over RunPod's ${RUNSYNC_MAX_BODY_BYTES}-byte limit ` +
        `for /runsync (audio up to just under 15 MB fits). Host the file and pass its URL ` +
        `(audio: new URL('https://…')) so the worker downloads it, or send a shorter or ` +
        `compressed file.`,
    });
  }
  return { audio_base64: base64, ...options };
}

/** The job's `input` for an http(s) URL the worker downloads itself (`audio`). */
export function inputForAudioUrl(
  url: URL,
  options: Record<string, unknown>,
): Record<string, unknown> {
  return { audio: url.href, ...options };
}
