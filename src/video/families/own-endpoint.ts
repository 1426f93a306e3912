import { z } from 'zod/v4';
import { defined } from '../../util/defined';
import type { VideoFamily } from '../video-call';

/**
 * The user's own video endpoint: its worker's input is unknown, so the call sends what was
 * given of `prompt`, `image` and `last_image` (start and end frames), `images` and `videos`
 * (references), `duration` (seconds), `width`/`height` (from `resolution`), `aspect_ratio`,
 * `fps`, `seed` and `generate_audio`, with media as URLs or `data:` URLs; then every key
 * of `providerOptions.runpod` as is, overriding those.
 */
export const ownEndpointFamily: VideoFamily<Record<string, unknown>> = {
  options: z.looseObject({}),
  toInput(call) {
    return defined({
      prompt: call.prompt,
      image: call.image,
      last_image: call.lastImage,
      images: call.referenceImages.length > 0 ? call.referenceImages : undefined,
      videos: call.referenceVideos.length > 0 ? call.referenceVideos : undefined,
      duration: call.duration,
      width: call.resolution?.width,
      height: call.resolution?.height,
      aspect_ratio: call.aspectRatio,
      fps: call.fps,
      seed: call.seed,
      generate_audio: call.generateAudio,
      ...call.options,
    });
  },
};
