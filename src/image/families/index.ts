import type { ImageFamily } from '../image-call';
import { aspectRatioFamily } from './aspect-ratio';
import { fluxFamily } from './flux';
import { resolutionFamily } from './resolution';
import { sizeStringFamily } from './size-string';
import { unsizedFamily } from './unsized';

/**
 * Image model families by name, one per way of giving the output shape; catalog entries
 * name theirs. Model-specific options are shared (`parameters.ts`) and each entry lists
 * the ones its endpoint takes.
 */
export const imageFamilies = {
  /** `width` and `height` in pixels (Flux Dev, Flux Schnell). */
  flux: fluxFamily,
  /** `size` as `"W*H"`, free or from a list. */
  sizeString: sizeStringFamily,
  /** `aspect_ratio` from a list (P-Image). */
  aspectRatio: aspectRatioFamily,
  /** `resolution` tier and `aspect_ratio` (Nano Banana Pro, Nano Banana 2). */
  resolution: resolutionFamily,
  /** No shape parameter: the output follows the input images. */
  unsized: unsizedFamily,
} satisfies Record<string, ImageFamily<any>>;

export type ImageFamilyName = keyof typeof imageFamilies;
