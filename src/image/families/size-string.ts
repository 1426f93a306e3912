import { InvalidArgumentError } from '@ai-sdk/provider';
import {
  dimensionsForAspectRatio,
  type ImageCall,
  type ImageFamily,
  sizeOrAspectRatio,
} from '../image-call';
import { defined } from '../../util/defined';
import {
  imageInput,
  imageModelOptionsSchema,
  modelParameters,
  type RunPodImageModelOptions,
  seedInput,
} from './parameters';
import { type Dimensions, parsePair, sameRatio } from './ratios';

/**
 * Models that take the output size as a `"W*H"` string in `size` (Qwen Image and its LoRA
 * variant, Seedream 4.0 and 4.0 Edit, WAN 2.6 T2I, Z-Image Turbo, FLUX.1 Kontext, Qwen Image
 * Edit 2511 and its LoRA variant).
 *
 * - `size` `WxH` is sent as `"W*H"`; where the entry lists `sizes`, it must be one of them.
 * - `aspectRatio`: where the entry lists `sizes`, the listed size of that ratio nearest one
 *   megapixel (the documented default is `1024*1024`); otherwise the multiples of 64
 *   nearest one megapixel of that shape.
 */
export const sizeStringFamily: ImageFamily<RunPodImageModelOptions> = {
  options: imageModelOptionsSchema,
  toInput(call) {
    const sizes = call.entry?.sizes;
    let size: string | undefined;
    switch (sizeOrAspectRatio(call)) {
      case 'size':
        size = `${call.size!.width}*${call.size!.height}`;
        if (sizes !== undefined && !sizes.includes(size)) {
          throw new InvalidArgumentError({
            argument: 'size',
            message: `RunPod image model '${call.modelId}' takes the sizes ${listed(sizes)}; got ${call.size!.width}x${call.size!.height}.`,
          });
        }
        break;
      case 'aspectRatio':
        size =
          sizes !== undefined
            ? listedSizeFor(call, sizes)
            : starSize(dimensionsForAspectRatio(call.aspectRatio!));
        break;
    }
    return defined({
      prompt: call.prompt,
      ...imageInput(call),
      size,
      seed: seedInput(call),
      ...modelParameters(call),
    });
  },
};

const starSize = ({ width, height }: Dimensions) => `${width}*${height}`;

/** RunPod's `W*H` sizes written as the AI SDK's `WxH`. */
const listed = (sizes: readonly string[]) => sizes.map(size => size.replace('*', 'x')).join(', ');

function listedSizeFor(call: ImageCall<unknown>, sizes: readonly string[]): string {
  const ratio = call.aspectRatio!;
  const matching = sizes.map(size => parsePair(size, '*')).filter(size => sameRatio(size, ratio));
  if (matching.length === 0) {
    throw new InvalidArgumentError({
      argument: 'aspectRatio',
      message: `RunPod image model '${call.modelId}' takes the sizes ${listed(sizes)}; none has the aspect ratio ${ratio.text}.`,
    });
  }
  const megapixel = 1024 * 1024;
  const distance = (size: Dimensions) => Math.abs(size.width * size.height - megapixel);
  return starSize(matching.reduce((best, size) => (distance(size) < distance(best) ? size : best)));
}
