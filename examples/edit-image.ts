/**
 * Image editing on RunPod's public edit endpoints, run as jobs. A source image is made
 * with Flux Schnell first, then edited three ways: by URL with FLUX.1 Kontext (the URL
 * from the first job's output), as bytes with Qwen Image Edit (sent as a `data:` URL),
 * and combined with a second image by Nano Banana Pro, which takes a resolution tier and
 * an aspect ratio. Each result is printed (media type, bytes, providerMetadata); nothing
 * is written to disk.
 */
import { runpod } from '@runpod/ai-sdk-provider';
import { generateImage } from 'ai';

export default async function main() {
  const source = await generateImage({
    model: runpod.image('black-forest-labs/flux-1-schnell'),
    prompt: 'A small bluebird perched on a branch, studio photo',
    size: '768x768',
  });
  const sourceUrl = (source.providerMetadata.runpod.images[0] as { url: string }).url;
  console.log(`Source (Flux Schnell): ${source.image.uint8Array.length} bytes at ${sourceUrl}`);

  // 1. By URL: FLUX.1 Kontext takes exactly one input image.
  const kontext = await generateImage({
    model: runpod.image('black-forest-labs/flux-1-kontext-dev'),
    prompt: {
      text: 'The same bluebird, same pose, now perched on a cloud in outer space',
      images: [sourceUrl],
    },
    providerOptions: { runpod: { guidance: 2.5, outputFormat: 'png' } },
  });
  print('FLUX.1 Kontext (URL)', kontext);

  // 2. As bytes: sent as a data: URL in the job's input.
  const qwen = await generateImage({
    model: runpod.image('qwen/qwen-image-edit'),
    prompt: { text: 'Make the bluebird red', images: [source.image.uint8Array] },
  });
  print('Qwen Image Edit (bytes)', qwen);

  // 3. Several images: Nano Banana Pro takes up to 14, a resolution and an aspect ratio.
  const banana = await generateImage({
    model: runpod.image('google/nano-banana-pro-edit'),
    prompt: {
      text: 'Put the bird from the first image into the scene of the second',
      images: [sourceUrl, (kontext.providerMetadata.runpod.images[0] as { url: string }).url],
    },
    aspectRatio: '16:9',
    providerOptions: { runpod: { resolution: '1k' } },
  });
  print('Nano Banana Pro (two images)', banana);
}

function print(label: string, result: Awaited<ReturnType<typeof generateImage>>) {
  console.log(`${label}:`);
  console.log(`  Image:    ${result.image.uint8Array.length} bytes, ${result.image.mediaType}`);
  console.log(`  Metadata: ${JSON.stringify(result.providerMetadata.runpod)}`);
  for (const warning of result.warnings) console.log(`  Warning:  ${JSON.stringify(warning)}`);
}
