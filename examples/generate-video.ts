/**
 * Video on RunPod's public video endpoints, run as jobs: P-Video from text, then P-Video
 * from a start image (made with Flux Schnell, whose RunPod-hosted URL is passed on), both
 * in draft mode, the cheapest video RunPod serves (about 0.03 USD for 5 seconds at 720p).
 * Video jobs take seconds to minutes: the provider submits each one, polls `/status` until
 * it ends and downloads the result, so the video comes back as bytes;
 * `providerMetadata.runpod.videos` tells each job's ID, times, cost and URL.
 * Nothing is written to disk.
 */
import { runpod } from '@runpod/ai-sdk-provider';
import { experimental_generateVideo as generateVideo, generateImage } from 'ai';

export default async function main() {
  // 1. Text to video: duration in seconds; aspectRatio and fps as P-Video takes them;
  //    `draft` is one of its own options, under providerOptions.runpod.
  const fromText = await generateVideo({
    model: runpod.video('pruna/p-video'),
    prompt: 'A timelapse of clouds moving over a mountain range at sunset',
    duration: 5,
    aspectRatio: '16:9',
    fps: 24,
    providerOptions: { runpod: { draft: true } },
  });
  const meta = (fromText.providerMetadata.runpod.videos as Array<Record<string, unknown>>)[0];
  console.log('P-Video from text:');
  console.log(`  Video: ${fromText.video.uint8Array.length} bytes, ${fromText.video.mediaType}`);
  console.log(`  Job:   ${meta.jobId} (queued ${meta.delayTime} ms, ran ${meta.executionTime} ms)`);
  console.log(`  Cost:  ${meta.cost ?? 'not reported'} USD`);
  console.log(`  URL:   ${meta.url} (kept by RunPod for 7 days)`);

  // 2. Image to video: the start image goes in the prompt, here as the URL RunPod gave the
  //    Flux image. The image sets the shape, so an aspectRatio would come back as a warning.
  const { providerMetadata: imageMetadata } = await generateImage({
    model: runpod.image('black-forest-labs/flux-1-schnell'),
    prompt: 'A lighthouse on a cliff at dusk, oil painting',
    aspectRatio: '16:9',
  });
  const imageUrl = (imageMetadata.runpod.images as Array<Record<string, unknown>>)[0].url;
  const fromImage = await generateVideo({
    model: runpod.video('pruna/p-video'),
    prompt: { image: imageUrl as string, text: 'The lighthouse beam sweeps as night falls' },
    duration: 5,
    providerOptions: { runpod: { draft: true } },
  });
  console.log('P-Video from an image:');
  console.log(`  Video: ${fromImage.video.uint8Array.length} bytes, ${fromImage.video.mediaType}`);
  console.log(`  Metadata: ${JSON.stringify(fromImage.providerMetadata.runpod)}`);
}
