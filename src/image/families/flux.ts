import { InvalidArgumentError } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import {
  defined,
  dimensionsForAspectRatio,
  type ImageFamily,
  sizeOrAspectRatio,
} from '../image-call';

/**
 * Flux Dev and Flux Schnell text-to-image: `width` and `height` in pixels, multiples of 64
 * from 256 to 1536; `num_inference_steps`, `guidance`, `negative_prompt`, `image_format`.
 * (https://docs.runpod.io/public-endpoints/models/flux-dev, …/flux-schnell)
 */
const options = z.strictObject({
  negativePrompt: z.string().optional(),
  /** Denoising steps: 1–50 (Dev, default 28), 1–8 (Schnell, default 4). */
  numInferenceSteps: z.number().int().min(1).max(50).optional(),
  /** Prompt adherence, 0–10 (default 7.5). */
  guidance: z.number().min(0).max(10).optional(),
  /** Default `jpeg`. */
  imageFormat: z.enum(['png', 'jpeg']).optional(),
});

export const fluxFamily: ImageFamily<z.infer<typeof options>> = {
  options,
  toInput(call) {
    const maxSteps = call.entry?.maxInferenceSteps ?? 50;
    if ((call.options.numInferenceSteps ?? 0) > maxSteps) {
      throw new InvalidArgumentError({
        argument: 'providerOptions.runpod.numInferenceSteps',
        message: `RunPod image model '${call.modelId}' takes 1 to ${maxSteps} inference steps.`,
      });
    }
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
      negative_prompt: call.options.negativePrompt,
      width: dimensions?.width,
      height: dimensions?.height,
      num_inference_steps: call.options.numInferenceSteps,
      guidance: call.options.guidance,
      seed: call.seed,
      image_format: call.options.imageFormat,
    });
  },
};
