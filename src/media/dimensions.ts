/**
 * Sizes and aspect ratios in the notations RunPod's media endpoints use: the AI SDK's `WxH`
 * and `W:H`, RunPod's `W*H`, and `720p` (the short side).
 */

/** Width and height in pixels, or the two terms of an aspect ratio. */
export interface Dimensions {
  width: number;
  height: number;
}

/** Parses `"W<separator>H"` with positive whole numbers; undefined when it is not of that form. */
export function parseDimensions(text: string, separator: 'x' | ':' | '*'): Dimensions | undefined {
  const parts = text.split(separator);
  const [width, height] = parts.map(Number);
  return parts.length === 2 &&
    Number.isInteger(width) &&
    Number.isInteger(height) &&
    width > 0 &&
    height > 0
    ? { width, height }
    : undefined;
}

// Ratios this close count as the same: 1366x768 is 16:9, 1440*1024 is 7:5.
const RATIO_TOLERANCE = 0.01;

/** Whether two shapes have the same aspect ratio (within 1 %). */
export function sameRatio(a: Dimensions, b: Dimensions): boolean {
  const wanted = b.width / b.height;
  return Math.abs(a.width / a.height - wanted) <= wanted * RATIO_TOLERANCE;
}

/** The listed value (`"W:H"` or `"W*H"`) with the same ratio as `shape`, if any; other values (`"match_input_image"`) are skipped. */
export function findByRatio(
  listed: readonly unknown[],
  separator: ':' | '*',
  shape: Dimensions,
): string | undefined {
  return listed.find((value): value is string => {
    const parsed = typeof value === 'string' ? parseDimensions(value, separator) : undefined;
    return parsed !== undefined && sameRatio(parsed, shape);
  });
}

/** `"W:H"` in lowest terms: 1920x1080 → `16:9`. */
export function reducedRatio({ width, height }: Dimensions): string {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const divisor = gcd(width, height);
  return `${width / divisor}:${height / divisor}`;
}

/** RunPod's `"W*H"`. */
export const starSize = ({ width, height }: Dimensions) => `${width}*${height}`;

/** The AI SDK's `"WxH"`. */
export const xSize = ({ width, height }: Dimensions) => `${width}x${height}`;

/** RunPod's `"W*H"` values written as the AI SDK's `"WxH"`. */
export const asXSizes = (values: readonly unknown[]) =>
  values.map(value => String(value).replace('*', 'x')).join(', ');

/**
 * Width and height near one megapixel for an aspect ratio, as multiples of `step` within
 * `min`…`max`: both sides are scaled together, so the ratio holds unless the range cannot
 * hold it (the caller compares, with {@link sameRatio}, and warns).
 */
export function dimensionsForAspectRatio(
  ratio: Dimensions,
  { step = 64, min = 256, max = 1536 }: { step?: number; min?: number; max?: number } = {},
): Dimensions {
  const shape = ratio.width / ratio.height;
  let width = Math.sqrt(1024 * 1024 * shape);
  let height = width / shape;
  const down = Math.min(1, max / Math.max(width, height));
  width *= down;
  height *= down;
  const up = Math.max(1, min / Math.min(width, height));
  width *= up;
  height *= up;
  const snap = (value: number) => Math.min(max, Math.max(min, Math.round(value / step) * step));
  return { width: snap(width), height: snap(height) };
}

/** Of `sizes` (`"W*H"`), those with the ratio, the one nearest one megapixel. */
export function nearestMegapixel(sizes: readonly unknown[], ratio: Dimensions): string | undefined {
  const matching = sizes
    .map(size => (typeof size === 'string' ? parseDimensions(size, '*') : undefined))
    .filter((size): size is Dimensions => size !== undefined && sameRatio(size, ratio));
  if (matching.length === 0) return undefined;
  const distance = (size: Dimensions) => Math.abs(size.width * size.height - 1024 * 1024);
  return starSize(matching.reduce((best, size) => (distance(size) < distance(best) ? size : best)));
}
