import { type ImageFamily, unsupported } from '../image-call';
import { defined } from '../../util/defined';
import {
  imageInput,
  imageModelOptionsSchema,
  modelParameters,
  type RunPodImageModelOptions,
  seedInput,
} from './parameters';

/**
 * Edit models with no size or aspect ratio parameter: the output follows the input
 * images (Qwen Image Edit, Nano Banana Edit). `size` and `aspectRatio` are not sent, with
 * a warning.
 * (https://docs.runpod.io/public-endpoints/models/qwen-image-edit, …/nano-banana-edit)
 */
export const unsizedFamily: ImageFamily<RunPodImageModelOptions> = {
  options: imageModelOptionsSchema,
  toInput(call) {
    if (call.size !== undefined) unsupported(call, 'size');
    if (call.aspectRatio !== undefined) unsupported(call, 'aspectRatio');
    return defined({
      prompt: call.prompt,
      ...imageInput(call),
      seed: seedInput(call),
      ...modelParameters(call),
    });
  },
};
