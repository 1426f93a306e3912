import {
  asXSizes,
  type Dimensions,
  dimensionsForAspectRatio,
  findByRatio,
  nearestMegapixel,
  reducedRatio,
  sameRatio,
  starSize,
  xSize,
} from '../media/dimensions';
import type { MediaParameter } from '../catalog/media-parameter';

/*
 * What the AI SDK's `size` and `aspectRatio` become on an image model, as pure functions of
 * the model's inputs: which inputs get which values, and what is warned about or refused.
 * `mapImageOptions` applies the result to the call.
 */

type Input = [name: string, parameter: MediaParameter];
type Side = [name: string, format: 'width' | 'height', parameter: MediaParameter];

/** The inputs of a model that a size or an aspect ratio fills, by how they write it. */
export interface SizeInputs {
  /** `width` and `height` in pixels (Flux). */
  sides: Side[];
  /** A `"W*H"` size. */
  star?: Input;
  /** An `aspect_ratio`. */
  ratio?: Input;
  /** A resolution tier (`1k`, `2k`, `4k`) beside the aspect ratio (Nano Banana). */
  tier?: Input;
}

/** What a size or an aspect ratio maps to. */
export interface SizeMapping {
  /** Inputs to set: `[name, value]`. */
  set: Array<[string, unknown]>;
  /** An `unsupported` warning: the option, and its details (default: "has no parameter for it"). */
  unsupported?: { feature: 'size' | 'aspectRatio'; details?: string };
  /** Why the call is refused (the option's message). */
  fail?: string;
}

/** Sorts the inputs `size` fills, and the one `aspectRatio` fills, by format. */
export function sizeInputs(sizeTargets: Input[], ratio: Input | undefined): SizeInputs {
  const sides: Side[] = [];
  for (const [name, parameter] of sizeTargets) {
    if (parameter.format === 'width' || parameter.format === 'height') {
      sides.push([name, parameter.format, parameter]);
    }
  }
  return {
    sides,
    star: sizeTargets.find(([, parameter]) => parameter.format === 'W*H'),
    ratio,
    tier: sizeTargets.find(([, parameter]) => parameter.format === 'tier'),
  };
}

/** Whether the model has any input a size or an aspect ratio fills. */
export const takesSize = (inputs: SizeInputs) =>
  inputs.sides.length > 0 ||
  inputs.star !== undefined ||
  inputs.ratio !== undefined ||
  inputs.tier !== undefined;

const sideOf = (dimensions: Dimensions, format: 'width' | 'height') =>
  format === 'width' ? dimensions.width : dimensions.height;

/**
 * A pixel size: as `width`/`height`, as a `"W*H"` (a listed one, where the page lists
 * them), or as its ratio (and tier) with a warning, where the model takes only that.
 * `givenTier` is a tier given in provider options, which wins over the size's own.
 */
export function mapPixelSize(
  inputs: SizeInputs,
  size: Dimensions,
  modelId: string,
  givenTier?: unknown,
): SizeMapping {
  const { sides, star, ratio } = inputs;
  if (sides.length > 0) {
    return { set: sides.map(([name, format]) => [name, sideOf(size, format)]) };
  }
  if (star !== undefined) {
    const [name, { values }] = star;
    return values !== undefined && !values.includes(starSize(size))
      ? { set: [], fail: `takes the sizes ${asXSizes(values)}; got ${xSize(size)}` }
      : { set: [[name, starSize(size)]] };
  }
  if (ratio !== undefined) return sizeAsRatio(inputs, ratio, size, modelId, givenTier);
  return { set: [], unsupported: { feature: 'size' } };
}

/** A pixel size on a model that takes an aspect ratio (and maybe a tier): its ratio, with a warning. */
function sizeAsRatio(
  { tier }: SizeInputs,
  [name, { values }]: Input,
  size: Dimensions,
  modelId: string,
  givenTier: unknown,
): SizeMapping {
  const listed = values === undefined ? reducedRatio(size) : findByRatio(values, ':', size);
  const tierValue =
    tier === undefined || listed === undefined ? undefined : (givenTier ?? resolutionTier(size));
  const set: Array<[string, unknown]> = [];
  if (tier !== undefined && tierValue !== undefined) set.push([tier[0], tierValue]);
  if (listed !== undefined) set.push([name, listed]);
  const takes = tier ? 'a resolution tier and an aspect ratio' : 'an aspect ratio';
  const outcome =
    listed === undefined
      ? `${xSize(size)} has none of its ratios (${values?.join(', ')}), so it was not sent.`
      : `${xSize(size)} was sent as ${tier ? `resolution ${String(tierValue)} and ` : ''}aspect_ratio ${listed}.`;
  return {
    set,
    unsupported: {
      feature: 'size',
      details: `'${modelId}' takes ${takes}, not a pixel size; ${outcome}`,
    },
  };
}

/**
 * An aspect ratio (`text` as given, `ratio` parsed): a listed `aspect_ratio`, or the
 * `width`/`height` near one megapixel, or the listed `"W*H"` of that ratio nearest one
 * megapixel (computed where the page lists none).
 */
export function mapAspectRatio(
  { sides, star, ratio: ratioInput }: SizeInputs,
  ratio: Dimensions,
  text: string,
  modelId: string,
): SizeMapping {
  if (ratioInput !== undefined) {
    const [name, { values }] = ratioInput;
    if (values === undefined) return { set: [[name, text]] };
    const listed = findByRatio(values, ':', ratio);
    const ratios = values.filter(value => String(value).includes(':')).join(', ');
    return listed === undefined
      ? { set: [], fail: `takes the aspect ratios ${ratios}; got ${text}` }
      : { set: [[name, listed]] };
  }
  if (sides.length > 0) return ratioAsSides(sides, ratio, text, modelId);
  if (star !== undefined) {
    const [name, { values }] = star;
    if (values === undefined) return { set: [[name, starSize(dimensionsForAspectRatio(ratio))]] };
    const value = nearestMegapixel(values, ratio);
    return value === undefined
      ? { set: [], fail: `takes the sizes ${asXSizes(values)}; none has the aspect ratio ${text}` }
      : { set: [[name, value]] };
  }
  return { set: [], unsupported: { feature: 'aspectRatio' } };
}

/** An aspect ratio as `width` and `height` near one megapixel, in the first side's steps and range. */
function ratioAsSides(sides: Side[], ratio: Dimensions, text: string, modelId: string) {
  const [[, , first]] = sides;
  const dimensions = dimensionsForAspectRatio(ratio, {
    step: first.multipleOf ?? 64,
    min: first.min,
    max: first.max,
  });
  const mapping: SizeMapping = {
    set: sides.map(([name, format]) => [name, sideOf(dimensions, format)]),
  };
  if (!sameRatio(dimensions, ratio)) {
    mapping.unsupported = {
      feature: 'aspectRatio',
      details:
        `'${modelId}' takes ${first.min} to ${first.max} pixels a side, which cannot hold ` +
        `${text}; ${xSize(dimensions)}, the nearest it takes, was sent.`,
    };
  }
  return mapping;
}

// Nominal square edge of each tier, in pixels: 1k is about one megapixel, 2k four, 4k sixteen.
const TIERS = [
  ['1k', 1024],
  ['2k', 2048],
  ['4k', 4096],
] as const;

/** The smallest tier whose pixel count covers the size's (5 % slack), else `4k`. */
export function resolutionTier({ width, height }: Dimensions): string {
  const edge = Math.sqrt(width * height);
  return TIERS.find(([, tierEdge]) => edge <= tierEdge * 1.05)?.[0] ?? '4k';
}
