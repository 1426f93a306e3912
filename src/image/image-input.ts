import type { ImageModelV3CallOptions } from '@ai-sdk/provider';
import { convertImageModelFileToDataUri } from '@ai-sdk/provider-utils';
import { type Dimensions, parseDimensions } from '../media/dimensions';
import type { MediaCall } from '../media/media-call';
import {
  mapAspectRatio,
  mapPixelSize,
  type SizeMapping,
  sizeInputs,
  takesSize,
} from './image-size';

/**
 * The AI SDK's image call options into the job's `input`, as the model's entry declares
 * its inputs (`from` says which option fills which input):
 * - `prompt` → the `prompt` input; `prompt.images` → `image` (one) or `images` (a list), URLs
 *   as they are, bytes as `data:` URLs, within the entry's count;
 * - `size` and `aspectRatio` → see {@link mapSize};
 * - `seed` → `seed`.
 * What the model has no input for is a warning.
 *
 * @throws {InvalidArgumentError} for a missing prompt, a malformed size or aspect ratio, a
 * value the model does not take, or too few or too many input images.
 */
export function mapImageOptions(call: MediaCall, options: ImageModelV3CallOptions): void {
  if (options.prompt === undefined || options.prompt.trim() === '') {
    call.fail('prompt', 'needs a text prompt');
  }
  call.set('prompt', options.prompt, 'prompt');
  if (options.mask !== undefined) {
    call.unsupported('mask', 'RunPod image endpoints take no mask; it was not sent.');
  }

  const images = (options.files ?? []).map(convertImageModelFileToDataUri);
  const target = call.target('images');
  if (images.length > 0 && target === undefined) {
    call.unsupported(
      'prompt.images',
      `'${call.modelId}' generates from text only; the input images were not sent. Use an edit model.`,
    );
  } else if (target !== undefined) {
    call.setUrls(target[0], images, 'prompt.images', 'input image');
  }

  mapSize(call, options);
  if (options.seed !== undefined) {
    const seed = call.target('seed');
    if (seed === undefined) call.unsupported('seed');
    else call.set(seed[0], options.seed, 'seed');
  }
}

/**
 * `size` and `aspectRatio`, in the shape the model's inputs take (given both, the size wins):
 * - `width`/`height` in pixels (Flux): `size` as is; `aspectRatio` as the sizes of that shape
 *   nearest one megapixel, in the inputs' steps and range;
 * - `size` as `"W*H"`: `size` as such (a listed one, where the page lists them); `aspectRatio`
 *   as the listed size of that ratio nearest one megapixel, or computed as for Flux;
 * - `aspect_ratio` (from a list, where the page has one): `aspectRatio` as the listed value
 *   of that ratio; a `size` as its ratio, with a warning (the model picks the pixels);
 * - a resolution tier (`1k`, `2k`, `4k`) with `aspect_ratio` (Nano Banana): a `size` as the
 *   tier its pixel count falls in and its ratio, with a warning;
 * - none of these: a warning.
 * (`mapPixelSize` and `mapAspectRatio` decide; this applies what they decide.)
 */
function mapSize(call: MediaCall, options: ImageModelV3CallOptions): void {
  const size = options.size === undefined ? undefined : parse(call, options.size, 'x', 'size');
  const ratio =
    options.aspectRatio === undefined
      ? undefined
      : parse(call, options.aspectRatio, ':', 'aspectRatio');
  const inputs = sizeInputs(call.targets('size'), call.target('aspectRatio'));
  if (size !== undefined && ratio !== undefined && takesSize(inputs)) {
    call.unsupported('aspectRatio', 'size and aspectRatio were both given; the size was used.');
  }
  if (size !== undefined) {
    const givenTier = inputs.tier && call.option(inputs.tier[0]);
    apply(call, mapPixelSize(inputs, size, call.modelId, givenTier), 'size');
  } else if (ratio !== undefined && options.aspectRatio !== undefined) {
    apply(call, mapAspectRatio(inputs, ratio, options.aspectRatio, call.modelId), 'aspectRatio');
  }
}

/** Sets what a size mapping sets, then warns or refuses as it says. */
function apply(call: MediaCall, mapping: SizeMapping, argument: 'size' | 'aspectRatio'): void {
  if (mapping.fail !== undefined) call.fail(argument, mapping.fail);
  for (const [name, value] of mapping.set) call.set(name, value, argument);
  if (mapping.unsupported !== undefined) {
    call.unsupported(mapping.unsupported.feature, mapping.unsupported.details);
  }
}

function parse(call: MediaCall, value: string, separator: 'x' | ':', argument: string): Dimensions {
  return (
    parseDimensions(value, separator) ??
    call.fail(argument, `${argument} '${value}' is not of the form W${separator}H`)
  );
}
