import { z } from 'zod/v4';
import { warn } from '../call-helpers';
import { mediaUrl, optionsFamily } from './shared';

/**
 * Pruna P-Video: text-to-video, or image-to-video with `image` (then the image sets the
 * aspect ratio); audio-conditioned with `audio` (then the audio sets the length, and
 * `duration` is not sent); `duration` 1–10 s; `resolution` 720p or 1080p; `fps` 24 or 48.
 * (https://docs.runpod.io/public-endpoints/models/p-video)
 */
const options = z.strictObject({
  /** Audio to condition on (flac, mp3 or wav): a URL or `data:` URL. */
  audio: mediaUrl.optional(),
  /** Faster, lower-quality preview at a quarter of the price (default false). */
  draft: z.boolean().optional(),
  /** Keep the audio in the output video (default true). */
  saveAudio: z.boolean().optional(),
  /** Let the model enhance the prompt (default true). */
  promptUpsampling: z.boolean().optional(),
});

export const pVideoFamily = optionsFamily(options, {
  adjust(call, input) {
    if (call.options.audio !== undefined && input.duration !== undefined) {
      delete input.duration;
      warn(call, 'duration', 'takes the length from the audio; duration was not sent.');
    }
  },
});
