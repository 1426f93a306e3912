import { z } from 'zod/v4';
import { type ImageFamily, sizeOrAspectRatio } from '../image-call';
import { defined } from '../../util/defined';

/**
 * The user's own image endpoint: its worker's input is unknown, so the call sends
 * `prompt`, `width`/`height` (from `size`), `aspect_ratio`, `seed` and `images` (URLs or
 * `data:` URLs) where given, and every key of `providerOptions.runpod` as is, overriding those.
 */
const options = z.looseObject({});

export const ownEndpointFamily: ImageFamily<Record<string, unknown>> = {
  options,
  toInput(call) {
    const chosen = sizeOrAspectRatio(call);
    return defined({
      prompt: call.prompt,
      width: chosen === 'size' ? call.size?.width : undefined,
      height: chosen === 'size' ? call.size?.height : undefined,
      aspect_ratio: chosen === 'aspectRatio' ? call.aspectRatio?.text : undefined,
      seed: call.seed,
      images: call.images.length > 0 ? call.images : undefined,
      ...call.options,
    });
  },
};
