import { z } from 'zod/v4';
import { optionsFamily } from './shared';

/**
 * Seedance 1.5 Pro image-to-video: start `image` and end frame `last_image`; `duration`
 * 4–12 s; `resolution` 480p or 720p; `aspect_ratio`; `generate_audio`; `seed`.
 * (https://docs.runpod.io/public-endpoints/models/seedance-1-5-pro)
 */
export const seedanceFamily = optionsFamily(
  z.strictObject({
    /** Keep the camera still (default false). */
    cameraFixed: z.boolean().optional(),
  }),
);
