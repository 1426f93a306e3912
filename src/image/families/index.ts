import type { ImageFamily } from '../image-call';
import { fluxFamily } from './flux';

/** Image model families by name; catalog entries name theirs. */
export const imageFamilies = {
  flux: fluxFamily,
} satisfies Record<string, ImageFamily<any>>;

export type ImageFamilyName = keyof typeof imageFamilies;
