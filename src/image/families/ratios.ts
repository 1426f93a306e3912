/** Width and height in pixels, or the two terms of an aspect ratio. */
export interface Dimensions {
  width: number;
  height: number;
}

// Ratios this close count as the same: 1366x768 is 16:9, 1440*1024 is 7:5.
const RATIO_TOLERANCE = 0.01;

/** Whether two shapes have the same aspect ratio (within 1 %). */
export function sameRatio(a: Dimensions, b: Dimensions): boolean {
  const wanted = b.width / b.height;
  return Math.abs(a.width / a.height - wanted) <= wanted * RATIO_TOLERANCE;
}

/** Parses `"W:H"` (aspect ratios) or `"W*H"` (RunPod sizes). */
export function parsePair(text: string, separator: ':' | '*'): Dimensions {
  const [width, height] = text.split(separator).map(Number);
  return { width, height };
}

/** The listed value (`"W:H"` or `"W*H"`) with the same ratio as `shape`, if any. */
export function findByRatio(
  listed: readonly string[],
  separator: ':' | '*',
  shape: Dimensions,
): string | undefined {
  return listed.find(value => sameRatio(parsePair(value, separator), shape));
}

/** `"W:H"` in lowest terms: 1920x1080 → `16:9`. */
export function reducedRatio({ width, height }: Dimensions): string {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const divisor = gcd(width, height);
  return `${width / divisor}:${height / divisor}`;
}
