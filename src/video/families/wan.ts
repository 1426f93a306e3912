import { z } from 'zod/v4';
import {
  enablePromptExpansion,
  enableSafetyChecker,
  lora,
  mediaUrl,
  negativePrompt,
  optionsFamily,
} from './shared';

/**
 * WAN 2.1 and WAN 2.2 image-to-video at 720p: `size` as `"W*H"` (default `1280*720`).
 * (https://docs.runpod.io/public-endpoints/models/wan-2-1-i2v, …/wan-2-2-i2v)
 */
export const wanI2vFamily = optionsFamily(
  z.strictObject({
    negativePrompt,
    /** Denoising steps, 1–50 (default 30). */
    numInferenceSteps: z.number().int().min(1).max(50).optional(),
    /** Prompt adherence, 0–10 (default 5). */
    guidance: z.number().min(0).max(10).optional(),
    /** Default 5. */
    flowShift: z.number().int().optional(),
    enablePromptOptimization: z.boolean().optional(),
    enableSafetyChecker,
  }),
);

/**
 * WAN 2.2 I2V 720p LoRA (endpoint `wan-2-2-t2v-720-lora`): image-to-video with LoRAs for
 * the high-noise and low-noise stages; no size parameter.
 * (https://docs.runpod.io/public-endpoints/models/wan-2-2-i2v-lora)
 */
export const wanLoraFamily = optionsFamily(
  z.strictObject({
    highNoiseLoras: z.array(lora).optional(),
    lowNoiseLoras: z.array(lora).optional(),
    enableSafetyChecker,
  }),
);

/**
 * WAN 2.5 image-to-video: `size` as `"W*H"` (default `1280*720`; priced at 480p, 720p and
 * 1080p). (https://docs.runpod.io/public-endpoints/models/wan-2-5)
 */
export const wan25Family = optionsFamily(
  z.strictObject({ negativePrompt, enablePromptExpansion, enableSafetyChecker }),
);

const wan26 = {
  /** Audio to include in the video: a URL or `data:` URL. */
  audio: mediaUrl.optional(),
  negativePrompt,
  /** One shot or several (default `single`). */
  shotType: z.enum(['single', 'multi']).optional(),
  enablePromptExpansion,
};

/**
 * WAN 2.6 image-to-video: `size` `1280*720` or `1920*1080`; `duration` 5, 10 or 15 s.
 * (https://docs.runpod.io/public-endpoints/models/wan-2-6-i2v)
 */
export const wan26I2vFamily = optionsFamily(z.strictObject({ ...wan26, enableSafetyChecker }));

/**
 * WAN 2.6 text-to-video: `size` `1280*720`, `1920*1080`, `720*1280` or `1080*1920`;
 * `duration` 5, 10 or 15 s. Its page lists no safety checker parameter.
 * (https://docs.runpod.io/public-endpoints/models/wan-2-6-t2v)
 */
export const wan26T2vFamily = optionsFamily(z.strictObject(wan26));
