/**
 * Text to speech on RunPod's public speech endpoints, run as jobs: Chatterbox Turbo
 * (20 preset voices, voice cloning from a URL, wav/flac/ogg) and MiniMax Speech 02 HD
 * (voice IDs, speed, emotion). The audio comes back as bytes, downloaded from the URL in
 * the job's output; `providerMetadata.runpod` tells the job ID, times, cost and that URL.
 */
import { runpod } from '@runpod/ai-sdk-provider';
import { experimental_generateSpeech as generateSpeech } from 'ai';

export default async function main() {
  // 1. Chatterbox Turbo with a preset voice, as FLAC.
  const chatterbox = await generateSpeech({
    model: runpod.speech('resembleai/chatterbox-turbo'),
    text: 'Hello from RunPod! This voice is called Walter.',
    voice: 'walter',
    outputFormat: 'flac',
  });
  const meta = chatterbox.providerMetadata.runpod;
  console.log('Chatterbox Turbo:');
  console.log(
    `  Audio:    ${chatterbox.audio.uint8Array.length} bytes, ${chatterbox.audio.mediaType}`,
  );
  console.log(
    `  Job:      ${meta.jobId} (queued ${meta.delayTime} ms, ran ${meta.executionTime} ms)`,
  );
  console.log(`  Cost:     ${meta.cost ?? 'not reported'} USD`);
  console.log(`  URL:      ${meta.url} (kept by RunPod for 7 days)`);

  // 2. MiniMax Speech 02 HD: voice ID, speed, and its own options under providerOptions.runpod.
  const minimax = await generateSpeech({
    model: runpod.speech('minimax/speech-02-hd'),
    text: 'Welcome to our text-to-speech system. This is a demonstration of natural speech.',
    voice: 'Wise_Woman',
    speed: 1.1,
    providerOptions: { runpod: { emotion: 'happy', englishNormalization: true } },
  });
  console.log('MiniMax Speech 02 HD:');
  console.log(`  Audio:    ${minimax.audio.uint8Array.length} bytes, ${minimax.audio.mediaType}`);
  console.log(`  Cost:     ${minimax.providerMetadata.runpod.cost ?? 'not reported'} USD`);

  // 3. Options a model has no parameter for come back as warnings rather than errors.
  const { warnings } = await generateSpeech({
    model: runpod.speech('resembleai/chatterbox-turbo'),
    text: 'Speed is not a Chatterbox parameter.',
    speed: 1.5,
  });
  for (const warning of warnings) console.log(`Warning:    ${JSON.stringify(warning)}`);
}
