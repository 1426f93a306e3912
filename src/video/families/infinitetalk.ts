import { z } from 'zod/v4';
import { enableSafetyChecker, mediaUrl, optionsFamily } from './shared';

/**
 * InfiniteTalk: a talking video from a portrait (`image`) driven by speech (`audio`, a URL
 * or `data:` URL, required); `size` `480p` or `720p` (required) from `resolution`. The
 * audio sets the length. (https://docs.runpod.io/public-endpoints/models/infinitetalk)
 */
const options = z.strictObject({
  /** The speech that drives the animation: an audio URL or `data:` URL. */
  audio: mediaUrl.optional(),
  enableSafetyChecker,
});

export const infiniteTalkFamily = optionsFamily(options, {
  required: { audio: 'the audio that drives the animation (a URL)' },
});
