import { z } from 'zod/v4';
import { optionsFamily } from './shared';

/**
 * Sora 2 and Sora 2 Pro image-to-video, with sound: `image` and `duration` (4, 8 or 12 s)
 * are required; Sora 2 Pro also takes `size` 720p or 1080p. No other parameters.
 * (https://docs.runpod.io/public-endpoints/models/sora-2, …/sora-2-pro)
 */
export const soraFamily = optionsFamily(z.strictObject({}));
