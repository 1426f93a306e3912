import { InvalidArgumentError } from '@ai-sdk/provider';
import { dimensionsForAspectRatio, type ImageFamily, sizeOrAspectRatio } from '../image-call';
import { defined } from '../../util/defined';
import {
  imageModelOptionsSchema,
  modelParameters,
  type RunPodImageModelOptions,
  seedInput,
} from './parameters';

/**
 * Flux Dev and Flux Schnell text-to-image: the size as `width` and `height` in pixels,
 * multiples of 64 from 256 to 1536. `size` is sent as is (and checked); an `aspectRatio`
 * becomes the multiples of 64 nearest one megapixel of that shape.
 * (https://docs.runpod.io/public-endpoints/models/flux-dev, …/flux-schnell)
 */
export const fluxFamily: ImageFamily<RunPodImageModelOptions> = {
  options: imageModelOptionsSchema,
  toInput(call) {
    let dimensions: { width: number; height: number } | undefined;
    switch (sizeOrAspectRatio(call)) {
      case 'size':
        dimensions = call.size;
        for (const [name, value] of Object.entries(dimensions!)) {
          if (value % 64 !== 0 || value < 256 || value > 1536) {
            throw new InvalidArgumentError({
              argument: 'size',
              message: `RunPod image model '${call.modelId}' needs a ${name} that is a multiple of 64 from 256 to 1536 pixels, got ${value}.`,
            });
          }
        }
        break;
      case 'aspectRatio':
        dimensions = dimensionsForAspectRatio(call.aspectRatio!);
        break;
    }
    return defined({
      prompt: call.prompt,
      width: dimensions?.width,
      height: dimensions?.height,
      seed: seedInput(call),
      ...modelParameters(call),
    });
  },
};
