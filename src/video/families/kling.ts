import { z } from 'zod/v4';
import {
  enablePromptExpansion,
  enableSafetyChecker,
  mediaUrl,
  negativePrompt,
  optionsFamily,
} from './shared';

/**
 * Kling v2.1 I2V Pro: animates `image`; `duration` in seconds (priced for 5 and 10).
 * (https://docs.runpod.io/public-endpoints/models/kling-v2-1)
 */
export const klingI2vFamily = optionsFamily(
  z.strictObject({
    negativePrompt,
    /** How closely to follow the prompt (default 0.5). */
    guidanceScale: z.number().optional(),
    enableSafetyChecker,
  }),
);

/**
 * Kling v2.6 Motion Control: moves the character in `image` the way a reference video
 * (`video`, required) moves; `characterOrientation` (required) says whether the character
 * faces as in the `video` or the `image`. The reference video sets the length.
 * (https://docs.runpod.io/public-endpoints/models/kling-v2-6-motion-control)
 */
export const klingMotionControlFamily = optionsFamily(
  z.strictObject({
    /** The reference motion: a video URL or `data:` URL. */
    video: mediaUrl.optional(),
    characterOrientation: z.enum(['video', 'image']).optional(),
    negativePrompt,
    /** Keep the reference video's sound (default true). */
    keepOriginalSound: z.boolean().optional(),
  }),
  {
    required: {
      video: 'the reference video whose motion to transfer (a URL)',
      characterOrientation: "the character's orientation ('video' or 'image')",
    },
  },
);

/**
 * Kling Video O1 reference-to-video: 1–10 reference images (`images`, from
 * `inputReferences`) and optionally one reference video (`video`); `duration` 3–10 s;
 * `aspect_ratio` 16:9, 9:16 or 1:1.
 * (https://docs.runpod.io/public-endpoints/models/kling-video-o1-r2v)
 */
export const klingO1Family = optionsFamily(
  z.strictObject({ negativePrompt, enablePromptExpansion, enableSafetyChecker }),
);
