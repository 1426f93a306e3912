import { z } from 'zod/v4';
import { optionsFamily } from './shared';

/** Shared by both Vidu Q3 endpoints. */
const common = {
  /** How much things move (default `auto`). */
  movementAmplitude: z.enum(['auto', 'small', 'medium', 'large']).optional(),
  /** Add background music (default true). */
  bgm: z.boolean().optional(),
};

/**
 * Vidu Q3 image-to-video: `image`; `duration` 1–16 s; `resolution` 540p, 720p or 1080p;
 * `generate_audio` (default true); `seed`.
 * (https://docs.runpod.io/public-endpoints/models/vidu-q3-i2v)
 */
export const viduI2vFamily = optionsFamily(z.strictObject(common));

/**
 * Vidu Q3 text-to-video: as image-to-video without `image`, plus `aspect_ratio` (default
 * 4:3) and `style`. (https://docs.runpod.io/public-endpoints/models/vidu-q3-t2v)
 */
export const viduT2vFamily = optionsFamily(
  z.strictObject({
    ...common,
    /** Default `general`. */
    style: z.enum(['general', 'anime']).optional(),
  }),
);
