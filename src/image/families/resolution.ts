import { type ImageFamily, sizeOrAspectRatio, unsupported } from '../image-call';
import { defined } from '../../util/defined';
import { aspectRatioInput, aspectRatioOfSize, sizeText } from './aspect-ratio';
import {
  imageInput,
  imageModelOptionsSchema,
  modelParameters,
  type RunPodImageModelOptions,
  seedInput,
} from './parameters';

/**
 * Nano Banana Pro and Nano Banana 2 edit: the output as a `resolution` tier (`1k`, `2k`,
 * `4k`, the `resolution` provider option) and an `aspect_ratio` (from the entry's
 * `aspectRatios` where it lists them, any `W:H` otherwise).
 * (https://docs.runpod.io/public-endpoints/models/nano-banana-pro-edit, …/nano-banana-2-edit)
 *
 * - `aspectRatio` is sent as `aspect_ratio` (it must be a listed ratio where there is a list).
 * - `size` is sent as the `resolution` tier its pixel count falls in (unless the
 *   `resolution` option is set) and its `aspect_ratio`, with a warning, since the model
 *   picks the exact pixels; a size of no listed ratio is not sent, with a warning.
 */
export const resolutionFamily: ImageFamily<RunPodImageModelOptions> = {
  options: imageModelOptionsSchema,
  toInput(call) {
    const ratios = call.entry?.aspectRatios;
    let aspectRatio: string | undefined;
    let resolution: string | undefined;
    switch (sizeOrAspectRatio(call)) {
      case 'aspectRatio':
        aspectRatio = aspectRatioInput(call, ratios);
        break;
      case 'size':
        aspectRatio = aspectRatioOfSize(call, ratios);
        resolution =
          aspectRatio === undefined
            ? undefined
            : (call.options.resolution ?? resolutionTier(call.size!));
        unsupported(
          call,
          'size',
          `'${call.modelId}' takes a resolution tier and an aspect ratio, not a pixel size; ` +
            (aspectRatio === undefined
              ? `${sizeText(call)} has none of its ratios (${ratios?.join(', ')}), so it was not sent.`
              : `${sizeText(call)} was sent as resolution ${resolution} and aspect_ratio ${aspectRatio}.`),
        );
        break;
    }
    return defined({
      prompt: call.prompt,
      ...imageInput(call),
      resolution,
      aspect_ratio: aspectRatio,
      seed: seedInput(call),
      ...modelParameters(call),
    });
  },
};

// Nominal square edge of each tier, in pixels: 1k is about one megapixel, 2k four, 4k sixteen.
const TIERS = [
  ['1k', 1024],
  ['2k', 2048],
  ['4k', 4096],
] as const;

/** The smallest tier whose pixel count covers the size's (5 % slack), else `4k`. */
function resolutionTier({ width, height }: { width: number; height: number }): string {
  const edge = Math.sqrt(width * height);
  return TIERS.find(([, tierEdge]) => edge <= tierEdge * 1.05)?.[0] ?? '4k';
}
