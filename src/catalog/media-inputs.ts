import type { ParameterSpec } from './media-parameter';
import {
  boolean,
  integer,
  loras as lorasParameter,
  number,
  oneOf,
  oneOfIntegers,
  text,
  url,
  urls,
} from './parameters';

/*
 * Inputs several of RunPod's media endpoints document under the same name and meaning
 * (https://docs.runpod.io/public-endpoints/models), declared once for the catalogs.
 */

/** `prompt`, the text the model works from (required everywhere it is listed so). */
export const prompt = text({ from: 'prompt', required: true });
export const optionalPrompt = text({ from: 'prompt' });
/** What the output should not show. */
export const negativePrompt = text({ alias: 'negativePrompt' });
/** `seed` (RunPod's `-1` means random). */
export const seed = integer({ from: 'seed' });
/** RunPod's content safety check, on unless set to false. */
export const enableSafetyChecker = boolean({ alias: 'enableSafetyChecker' });
export const enablePromptExpansion = boolean({ alias: 'enablePromptExpansion' });
/** Denoising steps. */
export const inferenceSteps = <const MAX extends number>(max: MAX) =>
  integer({ min: 1, max, alias: 'numInferenceSteps' });
/** Prompt adherence, 0–10. */
export const guidance = number({ min: 0, max: 10 });
/** LoRA weights: `[{ path, scale }]`, `path` a URL or path of the weights file. */
export const loras = lorasParameter();
/** An output file format from a list. */
export const outputFormat = <const V extends readonly [string, ...string[]]>(values: V) =>
  oneOf(values, { alias: 'outputFormat' });

/** The input images of an edit model: `image` (one URL) or `images` (a list, `min` to `max`). */
export const oneImage = url({ from: 'images', required: true });
export const imageList = <const MIN extends number, const MAX extends number | undefined>(
  min: MIN,
  max?: MAX,
) => urls({ from: 'images', min, max, required: true });

/** A pixel size as RunPod's `"W*H"`, from the AI SDK's `size`, any size. */
export const starSize = () => text({ from: 'size', format: 'W*H' });
/** A pixel size as RunPod's `"W*H"`, from the AI SDK's `size`, one of those its page lists. */
export const listedStarSize = <const V extends readonly [string, ...string[]]>(values: V) =>
  oneOf(values, { from: 'size', format: 'W*H' });
/** `aspect_ratio`, from the AI SDK's `aspectRatio`: any `W:H`. */
export const aspectRatio = () => text({ from: 'aspectRatio' });
/** `aspect_ratio` from a list, from the AI SDK's `aspectRatio`. */
export const aspectRatios = <const V extends readonly [string, ...string[]]>(values: V) =>
  oneOf(values, { from: 'aspectRatio' });

/** A video's length in whole seconds. */
export const duration = <
  const L extends Pick<ParameterSpec, 'min' | 'max' | 'required' | 'ignoredWith'>,
>(
  limits?: L,
) => integer(Object.assign({ from: 'duration' as const, unit: 'seconds' as const }, limits));
/** A video's length in seconds, one of a list. */
export const durations = <
  const V extends readonly [number, ...number[]],
  const L extends Pick<ParameterSpec, 'required'>,
>(
  values: V,
  limits?: L,
) =>
  oneOfIntegers(
    values,
    Object.assign({ from: 'duration' as const, unit: 'seconds' as const }, limits),
  );
/** A video's start image. */
export const startImage = url({ from: 'image', required: true });
/** A media input given only as a provider option: a URL (or a `data:` URL). */
export const mediaUrl = url();
