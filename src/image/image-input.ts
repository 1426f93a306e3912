import type { ImageModelV3CallOptions } from '@ai-sdk/provider';
import { convertImageModelFileToDataUri } from '@ai-sdk/provider-utils';
import {
  asXSizes,
  type Dimensions,
  dimensionsForAspectRatio,
  findByRatio,
  nearestMegapixel,
  parseDimensions,
  reducedRatio,
  sameRatio,
  starSize,
  xSize,
} from '../media/dimensions';
import type { MediaCall } from '../media/media-call';

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
 */
function mapSize(call: MediaCall, options: ImageModelV3CallOptions): void {
  const size = options.size === undefined ? undefined : parse(call, options.size, 'x', 'size');
  const ratio =
    options.aspectRatio === undefined
      ? undefined
      : parse(call, options.aspectRatio, ':', 'aspectRatio');
  const sizeInputs = call.targets('size');
  const ratioInput = call.target('aspectRatio');
  const star = sizeInputs.find(([, parameter]) => parameter.format === 'W*H');
  const tier = sizeInputs.find(([, parameter]) => parameter.format === 'tier');
  const sides = sizeInputs.filter(([, p]) => p.format === 'width' || p.format === 'height');

  if (size !== undefined && ratio !== undefined && (sizeInputs.length > 0 || ratioInput)) {
    call.unsupported('aspectRatio', 'size and aspectRatio were both given; the size was used.');
  }

  if (size !== undefined) {
    if (sides.length > 0) {
      for (const [name, parameter] of sides)
        call.set(name, size[parameter.format as 'width'], 'size');
    } else if (star !== undefined) {
      const [name, parameter] = star;
      if (parameter.values !== undefined && !parameter.values.includes(starSize(size))) {
        call.fail('size', `takes the sizes ${asXSizes(parameter.values)}; got ${xSize(size)}`);
      }
      call.set(name, starSize(size), 'size');
    } else if (ratioInput !== undefined) {
      const [name, parameter] = ratioInput;
      const listed =
        parameter.values === undefined
          ? reducedRatio(size)
          : findByRatio(parameter.values, ':', size);
      const tierValue =
        tier === undefined || listed === undefined
          ? undefined
          : (call.option(tier[0]) ?? resolutionTier(size));
      if (tier !== undefined && tierValue !== undefined) call.set(tier[0], tierValue, 'size');
      if (listed !== undefined) call.set(name, listed, 'size');
      call.unsupported(
        'size',
        `'${call.modelId}' takes ${tier ? 'a resolution tier and an aspect ratio' : 'an aspect ratio'}, not a pixel size; ` +
          (listed === undefined
            ? `${xSize(size)} has none of its ratios (${parameter.values?.join(', ')}), so it was not sent.`
            : `${xSize(size)} was sent as ${tier ? `resolution ${String(tierValue)} and ` : ''}aspect_ratio ${listed}.`),
      );
    } else {
      call.unsupported('size');
    }
    return;
  }

  if (ratio === undefined) return;
  if (ratioInput !== undefined) {
    const [name, parameter] = ratioInput;
    const listed =
      parameter.values === undefined
        ? options.aspectRatio
        : findByRatio(parameter.values, ':', ratio);
    if (listed === undefined) {
      call.fail(
        'aspectRatio',
        `takes the aspect ratios ${parameter.values!.filter(v => String(v).includes(':')).join(', ')}; got ${options.aspectRatio}`,
      );
    }
    call.set(name, listed, 'aspectRatio');
  } else if (sides.length > 0) {
    const [, first] = sides[0];
    const dimensions = dimensionsForAspectRatio(ratio, {
      step: first.multipleOf ?? 64,
      min: first.min,
      max: first.max,
    });
    for (const [name, parameter] of sides)
      call.set(name, dimensions[parameter.format as 'width'], 'aspectRatio');
    if (!sameRatio(dimensions, ratio)) {
      call.unsupported(
        'aspectRatio',
        `'${call.modelId}' takes ${first.min} to ${first.max} pixels a side, which cannot hold ` +
          `${options.aspectRatio}; ${xSize(dimensions)}, the nearest it takes, was sent.`,
      );
    }
  } else if (star !== undefined) {
    const [name, parameter] = star;
    const value =
      parameter.values === undefined
        ? starSize(dimensionsForAspectRatio(ratio))
        : nearestMegapixel(parameter.values, ratio);
    if (value === undefined) {
      call.fail(
        'aspectRatio',
        `takes the sizes ${asXSizes(parameter.values!)}; none has the aspect ratio ${options.aspectRatio}`,
      );
    }
    call.set(name, value, 'aspectRatio');
  } else {
    call.unsupported('aspectRatio');
  }
}

function parse(call: MediaCall, value: string, separator: 'x' | ':', argument: string): Dimensions {
  return (
    parseDimensions(value, separator) ??
    call.fail(argument, `${argument} '${value}' is not of the form W${separator}H`)
  );
}

// Nominal square edge of each tier, in pixels: 1k is about one megapixel, 2k four, 4k sixteen.
const TIERS = [
  ['1k', 1024],
  ['2k', 2048],
  ['4k', 4096],
] as const;

/** The smallest tier whose pixel count covers the size's (5 % slack), else `4k`. */
function resolutionTier({ width, height }: Dimensions): string {
  const edge = Math.sqrt(width * height);
  return TIERS.find(([, tierEdge]) => edge <= tierEdge * 1.05)?.[0] ?? '4k';
}
