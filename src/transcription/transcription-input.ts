import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import { RUNSYNC_MAX_BODY_BYTES } from '../jobs/job-submission';
import type { MediaCall } from '../media/media-call';

// `{"input":{…},"policy":{"ttl":…}}` around the audio and the options.
const ENVELOPE_BYTES = 256;

/**
 * The audio of a `transcribe` call into the faster-whisper worker's input: bytes (or base64
 * text, as the AI SDK may pass it) as base64 in `audio_base64` (the worker decodes it to a
 * file, `src/rp_handler.py`), an http(s) URL in `audio` (the worker downloads it). An
 * `audio` URL in `providerOptions.runpod` takes the place of the call's audio.
 *
 * @throws {InvalidArgumentError} for empty audio, and when the request would exceed RunPod's
 * payload limit (base64 is 4/3 the size of the audio).
 */
export function mapTranscriptionAudio(call: MediaCall, audio: Uint8Array | string | URL): void {
  // An `audio` URL in provider options (the worker's own input) is what it downloads instead.
  if (call.option('audio') !== undefined) return;
  if (audio instanceof URL) {
    call.set('audio', audio.href, 'audio');
    return;
  }
  const base64 = typeof audio === 'string' ? audio : convertUint8ArrayToBase64(audio);
  if (base64.length === 0) call.fail('audio', 'needs audio to transcribe, got 0 bytes');

  const bodyBytes = base64.length + ENVELOPE_BYTES;
  if (bodyBytes > RUNSYNC_MAX_BODY_BYTES) {
    const audioBytes =
      typeof audio === 'string' ? Math.floor((audio.length * 3) / 4) : audio.byteLength;
    call.fail(
      'audio',
      `${audioBytes} bytes of audio become a ${bodyBytes}-byte request as base64, over ` +
        `RunPod's ${RUNSYNC_MAX_BODY_BYTES}-byte limit per request (audio up to just under ` +
        `${Math.floor((RUNSYNC_MAX_BODY_BYTES * 3) / 4 / 1e6)} MB fits). Host the file and pass ` +
        `its URL (audio: new URL('https://…')) so the worker downloads it, or send a shorter or ` +
        `compressed file`,
    );
  }
  call.set('audio_base64', base64, 'audio');
}
