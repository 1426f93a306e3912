/**
 * Text to image on RunPod's public image endpoints, run as jobs: Flux Schnell with an
 * aspect ratio and a seed (two images, two jobs, seeds 42 and 43), then Qwen Image with a
 * pixel size and a negative prompt. The images come back as bytes, downloaded from the
 * URLs in the jobs' output; `providerMetadata.runpod.images` tells each job's ID, times,
 * cost and URL. Nothing is written to disk.
 */
import { runpod } from '@runpod/ai-sdk-provider';
import { generateImage } from 'ai';

export default async function main() {
  // 1. Flux Schnell: the aspect ratio becomes width and height (1344x768 for 16:9).
  const flux = await generateImage({
    model: runpod.image('black-forest-labs/flux-1-schnell'),
    prompt: 'A lighthouse on a cliff at dusk, oil painting',
    aspectRatio: '16:9',
    seed: 42,
    n: 2,
  });
  console.log('Flux Schnell:');
  flux.images.forEach((image, index) => {
    const meta = flux.providerMetadata.runpod.images[index] as Record<string, unknown>;
    console.log(`  Image ${index + 1}: ${image.uint8Array.length} bytes, ${image.mediaType}`);
    console.log(
      `    Job:  ${meta.jobId} (queued ${meta.delayTime} ms, ran ${meta.executionTime} ms)`,
    );
    console.log(`    Cost: ${meta.cost ?? 'not reported'} USD`);
    console.log(`    URL:  ${meta.url} (kept by RunPod for 7 days)`);
  });

  // 2. Qwen Image: the size is sent as "W*H"; its own options go under providerOptions.runpod.
  const qwen = await generateImage({
    model: runpod.image('qwen/qwen-image'),
    prompt: 'A fashion-forward woman sitting at a cobblestone street café in Paris',
    size: '1328x1328',
    providerOptions: { runpod: { negativePrompt: 'blurry, text, watermark' } },
  });
  console.log('Qwen Image:');
  console.log(`  Image: ${qwen.image.uint8Array.length} bytes, ${qwen.image.mediaType}`);
  console.log(`  Metadata: ${JSON.stringify(qwen.providerMetadata.runpod)}`);

  // 3. P-Image takes an aspect ratio, not pixels: a size is sent as its ratio, with a warning.
  const pImage = await generateImage({
    model: runpod.image('pruna/p-image-t2i'),
    prompt: 'A majestic lion standing on a rocky cliff at sunset',
    size: '1920x1080',
  });
  console.log('P-Image:');
  console.log(`  Image: ${pImage.image.uint8Array.length} bytes, ${pImage.image.mediaType}`);
  for (const warning of pImage.warnings) console.log(`  Warning: ${JSON.stringify(warning)}`);
}
