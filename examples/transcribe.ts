/**
 * Transcription on your own serverless endpoint running RunPod's faster-whisper worker
 * (https://github.com/runpod-workers/worker-faster_whisper; RunPod has no public
 * transcription endpoint). The audio here is a one-second WAV file built in memory and sent
 * as base64; with `ai@7`, `audio: new URL('https://…')` sends a URL for the worker to
 * download instead.
 *
 *   RUNPOD_WHISPER_ENDPOINT_ID  your faster-whisper endpoint ID
 */
import { runpod } from '@runpod/ai-sdk-provider';
import { experimental_transcribe as transcribe, NoTranscriptGeneratedError } from 'ai';

// Read when the module loads: with your own API key, this example needs your endpoint.
const skip = Boolean(process.env.RUNPOD_API_KEY) && !process.env.RUNPOD_WHISPER_ENDPOINT_ID;
const endpointId = process.env.RUNPOD_WHISPER_ENDPOINT_ID ?? 'whisper-your-endpoint-id';

/** `seconds` of a 16 kHz mono 16-bit PCM WAV file: a 440 Hz tone that fades out. */
function toneWav(seconds: number): Uint8Array {
  const sampleRate = 16_000;
  const samples = Math.round(seconds * sampleRate);
  const bytes = new Uint8Array(44 + samples * 2);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, value: string) =>
    [...value].forEach((char, i) => view.setUint8(offset + i, char.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per sample
  view.setUint16(34, 16, true); // bits per sample
  text(36, 'data');
  view.setUint32(40, samples * 2, true);
  for (let i = 0; i < samples; i++) {
    const fade = 1 - i / samples;
    view.setInt16(
      44 + i * 2,
      Math.round(Math.sin((2 * Math.PI * 440 * i) / sampleRate) * 12_000 * fade),
      true,
    );
  }
  return bytes;
}

export default async function main() {
  if (skip) {
    console.log(
      'Skipped: set RUNPOD_WHISPER_ENDPOINT_ID to the ID of your faster-whisper endpoint.',
    );
    return;
  }

  const audio = toneWav(1);
  try {
    const result = await transcribe({
      model: runpod.transcription(endpointId),
      audio,
      providerOptions: { runpod: { model: 'turbo', enableVad: false, wordTimestamps: true } },
    });
    console.log(`Endpoint: ${endpointId}`);
    console.log(`Audio:    ${audio.length} bytes of WAV`);
    console.log(`Text:     ${result.text}`);
    console.log(`Language: ${result.language}`);
    console.log(`Duration: ${result.durationInSeconds} s`);
    for (const segment of result.segments) {
      console.log(
        `  [${segment.startSecond.toFixed(2)}–${segment.endSecond.toFixed(2)} s] ${segment.text}`,
      );
    }
    const words = result.providerMetadata.runpod?.wordTimestamps;
    console.log(`Words:    ${Array.isArray(words) ? words.length : 0} with timings`);
  } catch (error) {
    // A tone has no words in it: a real Whisper model hears nothing, and the AI SDK says so.
    if (!NoTranscriptGeneratedError.isInstance(error)) throw error;
    console.log('No speech heard in the tone (as expected from a real Whisper model).');
  }
}
