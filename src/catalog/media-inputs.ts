import type { MediaParameter } from '../media/media-parameter';

/*
 * Inputs several of RunPod's media endpoints document under the same name and meaning
 * (https://docs.runpod.io/public-endpoints/models), declared once for the catalogs.
 */

/** `prompt`, the text the model works from (required everywhere it is listed so). */
export const prompt = { type: 'string', from: 'prompt', required: true } as const;
export const optionalPrompt = { type: 'string', from: 'prompt' } as const;
/** What the output should not show. */
export const negativePrompt = { type: 'string', alias: 'negativePrompt' } as const;
/** `seed` (RunPod's `-1` means random). */
export const seed = { type: 'integer', from: 'seed' } as const;
/** RunPod's content safety check, on unless set to false. */
export const enableSafetyChecker = { type: 'boolean', alias: 'enableSafetyChecker' } as const;
export const enablePromptExpansion = { type: 'boolean', alias: 'enablePromptExpansion' } as const;
/** Denoising steps. */
export const inferenceSteps = (max: number) =>
  ({ type: 'integer', min: 1, max, alias: 'numInferenceSteps' }) as const;
/** Prompt adherence, 0–10. */
export const guidance = { type: 'number', min: 0, max: 10 } as const;
/** LoRA weights: `[{ path, scale }]`, `path` a URL or path of the weights file. */
export const loras = { type: 'loras' } as const;
/** An output file format from a list. */
export const outputFormat = <const V extends readonly string[]>(values: V) =>
  ({ type: 'string', values, alias: 'outputFormat' }) as const;

/** The input images of an edit model: `image` (one URL) or `images` (a list, `min` to `max`). */
export const oneImage = { type: 'url', from: 'images', required: true } as const;
export const imageList = (min: number, max?: number) =>
  ({ type: 'urls', from: 'images', min, max, required: true }) as const;

/** A pixel size as RunPod's `"W*H"`, from the AI SDK's `size`; `values` where the page lists them. */
export const starSize = <const V extends readonly string[]>(values?: V) =>
  ({ type: 'string', from: 'size', format: 'W*H', values }) as const;
/** `aspect_ratio` from a list, from the AI SDK's `aspectRatio`. */
export const aspectRatio = <const V extends readonly string[]>(values?: V) =>
  ({ type: 'string', from: 'aspectRatio', values }) as const;

/** A video's length in whole seconds. */
export const duration = (
  limits: Pick<MediaParameter, 'min' | 'max' | 'required' | 'ignoredWith'> & {
    values?: readonly number[];
  } = {},
) => ({ type: 'integer', from: 'duration', unit: 'seconds', ...limits }) as const;
/** A video's start image. */
export const startImage = { type: 'url', from: 'image', required: true } as const;
/** A media input given only as a provider option: a URL (or a `data:` URL). */
export const mediaUrl = { type: 'url' } as const;
