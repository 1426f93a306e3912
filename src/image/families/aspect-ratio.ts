import { InvalidArgumentError } from '@ai-sdk/provider';
import { type ImageCall, type ImageFamily, sizeOrAspectRatio, unsupported } from '../image-call';
import { defined } from '../../util/defined';
import {
  imageInput,
  imageModelOptionsSchema,
  modelParameters,
  type RunPodImageModelOptions,
  seedInput,
} from './parameters';
import { findByRatio, reducedRatio } from './ratios';

/**
 * Models that take the output shape as `aspect_ratio` from a list and no pixel size
 * (P-Image and P-Image Edit; the entry's `aspectRatios`).
 *
 * - `aspectRatio` must have the ratio of a listed value, which is sent.
 * - `size` is sent as the listed aspect ratio it has, with a warning (the model picks the
 *   pixels); a size of no listed ratio is not sent, with a warning.
 */
export const aspectRatioFamily: ImageFamily<RunPodImageModelOptions> = {
  options: imageModelOptionsSchema,
  toInput(call) {
    const ratios = call.entry?.aspectRatios;
    let aspectRatio: string | undefined;
    switch (sizeOrAspectRatio(call)) {
      case 'aspectRatio':
        aspectRatio = aspectRatioInput(call, ratios);
        break;
      case 'size':
        aspectRatio = aspectRatioOfSize(call, ratios);
        unsupported(
          call,
          'size',
          `'${call.modelId}' takes an aspect ratio, not a pixel size; ` +
            (aspectRatio === undefined
              ? `${sizeText(call)} has none of its ratios (${ratios?.join(', ')}), so it was not sent.`
              : `${sizeText(call)} was sent as aspect_ratio ${aspectRatio}.`),
        );
        break;
    }
    return defined({
      prompt: call.prompt,
      ...imageInput(call),
      aspect_ratio: aspectRatio,
      seed: seedInput(call),
      ...modelParameters(call),
    });
  },
};

export const sizeText = (call: ImageCall<unknown>) => `${call.size!.width}x${call.size!.height}`;

/**
 * The `aspect_ratio` for the call's `aspectRatio`: the listed value of the same ratio, or
 * the ratio as given where the entry lists none.
 *
 * @throws {InvalidArgumentError} when the list has no value of that ratio.
 */
export function aspectRatioInput(
  call: ImageCall<unknown>,
  ratios: readonly string[] | undefined,
): string {
  const ratio = call.aspectRatio!;
  if (ratios === undefined) return ratio.text;
  const found = findByRatio(ratios, ':', ratio);
  if (found === undefined) {
    throw new InvalidArgumentError({
      argument: 'aspectRatio',
      message: `RunPod image model '${call.modelId}' takes the aspect ratios ${ratios.join(', ')}; got ${ratio.text}.`,
    });
  }
  return found;
}

/** The aspect ratio of the call's `size` as the model names it (undefined: not a listed one). */
export function aspectRatioOfSize(
  call: ImageCall<unknown>,
  ratios: readonly string[] | undefined,
): string | undefined {
  return ratios === undefined ? reducedRatio(call.size!) : findByRatio(ratios, ':', call.size!);
}
