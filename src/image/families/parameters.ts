import { InvalidArgumentError } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { type ImageCall, unsupported } from '../image-call';

/**
 * The model-specific `providerOptions.runpod` keys of RunPod's public image models, each
 * sent under its RunPod name (in brackets). A model takes only the keys its catalog entry
 * lists (`parameters`; see the image table in README.md); any other key is an
 * `InvalidArgumentError` before a request is made. Keys left out are not sent, so RunPod
 * applies its own defaults. (https://docs.runpod.io/public-endpoints/models)
 */
export type RunPodImageModelOptions = {
  /** What the image should not show (`negative_prompt`). */
  negativePrompt?: string;
  /** Denoising steps, 1–50; Flux Schnell 1–8 (`num_inference_steps`). */
  numInferenceSteps?: number;
  /** Prompt adherence, 0–10 (`guidance`). */
  guidance?: number;
  /**
   * LoRA weights to apply (`loras`): `path` is the URL (or path) of the LoRA file,
   * `scale` its strength, typically 0–1.
   */
  loras?: Array<{ path: string; scale: number }>;
  /** Z-Image Turbo image-to-image: how far to move away from the input image, 0–1 (`strength`). */
  strength?: number;
  /** Flux Dev and Schnell: `png` or `jpeg` (`image_format`). */
  imageFormat?: 'png' | 'jpeg';
  /** Output file format; which of `png`, `jpeg`, `webp` depends on the model (`output_format`). */
  outputFormat?: 'png' | 'jpeg' | 'webp';
  /** Nano Banana Pro and 2: output resolution tier, `1k`, `2k` or `4k` (`resolution`). */
  resolution?: '1k' | '2k' | '4k';
  /** RunPod's content safety check (`enable_safety_checker`, on unless set to false). */
  enableSafetyChecker?: boolean;
  /** P-Image: turn the content safety check off (`disable_safety_checker`). */
  disableSafetyChecker?: boolean;
  /** Nano Banana 2: return the image inline as base64 instead of a URL (`enable_base64_output`). */
  enableBase64Output?: boolean;
};

/** A key of {@link RunPodImageModelOptions}. */
export type ImageParameterName = keyof RunPodImageModelOptions;

const inputNames: Record<ImageParameterName, string> = {
  negativePrompt: 'negative_prompt',
  numInferenceSteps: 'num_inference_steps',
  guidance: 'guidance',
  loras: 'loras',
  strength: 'strength',
  imageFormat: 'image_format',
  outputFormat: 'output_format',
  resolution: 'resolution',
  enableSafetyChecker: 'enable_safety_checker',
  disableSafetyChecker: 'disable_safety_checker',
  enableBase64Output: 'enable_base64_output',
};

/** The strict schema of {@link RunPodImageModelOptions}, shared by the catalog families. */
export const imageModelOptionsSchema = z.strictObject({
  negativePrompt: z.string().optional(),
  numInferenceSteps: z.number().int().min(1).max(50).optional(),
  guidance: z.number().min(0).max(10).optional(),
  loras: z
    .array(z.strictObject({ path: z.string().min(1), scale: z.number() }))
    .min(1)
    .optional(),
  strength: z.number().min(0).max(1).optional(),
  imageFormat: z.enum(['png', 'jpeg']).optional(),
  outputFormat: z.enum(['png', 'jpeg', 'webp']).optional(),
  resolution: z.enum(['1k', '2k', '4k']).optional(),
  enableSafetyChecker: z.boolean().optional(),
  disableSafetyChecker: z.boolean().optional(),
  enableBase64Output: z.boolean().optional(),
}) satisfies z.ZodType<RunPodImageModelOptions>;

type Call = ImageCall<RunPodImageModelOptions>;

/**
 * The model-specific options of a call under RunPod's names, checked against the
 * catalog entry: the keys it takes, its `outputFormats`, its `maxInferenceSteps`.
 *
 * @throws {InvalidArgumentError} for a key or a value the model does not take.
 */
export function modelParameters(call: Call): Record<string, unknown> {
  const takes: readonly string[] = call.entry?.parameters ?? [];
  const input: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(call.options) as Array<
    [ImageParameterName, unknown]
  >) {
    if (value === undefined) continue;
    if (!takes.includes(name)) {
      throw new InvalidArgumentError({
        argument: `providerOptions.runpod.${name}`,
        message:
          `RunPod image model '${call.modelId}' has no parameter ${name}; ` +
          (takes.length > 0
            ? `its options are ${takes.join(', ')} (and maxWaitMs).`
            : 'it takes no options besides maxWaitMs.'),
      });
    }
    input[inputNames[name]] = value;
  }

  const formats = call.entry?.outputFormats;
  const format = call.options.outputFormat;
  if (format !== undefined && formats !== undefined && !formats.includes(format)) {
    throw new InvalidArgumentError({
      argument: 'providerOptions.runpod.outputFormat',
      message: `RunPod image model '${call.modelId}' takes outputFormat ${formats.join(', ')}, got '${format}'.`,
    });
  }
  const maxSteps = call.entry?.maxInferenceSteps ?? 50;
  if ((call.options.numInferenceSteps ?? 0) > maxSteps) {
    throw new InvalidArgumentError({
      argument: 'providerOptions.runpod.numInferenceSteps',
      message: `RunPod image model '${call.modelId}' takes 1 to ${maxSteps} inference steps.`,
    });
  }
  return input;
}

/** The `seed` to send, or a warning when the model has no seed parameter. */
export function seedInput(call: Call): number | undefined {
  if (call.seed === undefined) return undefined;
  if (call.entry?.seed === false) {
    unsupported(call, 'seed');
    return undefined;
  }
  return call.seed;
}

/** The input images under the model's own name: `image` (one URL) or `images` (a list). */
export function imageInput(call: Call): Record<string, unknown> {
  const parameter = call.entry?.inputImages?.parameter;
  if (parameter === undefined || call.images.length === 0) return {};
  return parameter === 'image' ? { image: call.images[0] } : { images: call.images };
}
