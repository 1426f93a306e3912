import { z } from 'zod/v4';
import { type SpeechFamily, unsupported } from '../speech-call';
import { defined } from '../../util/defined';

/**
 * MiniMax Speech 02 HD (https://docs.runpod.io/public-endpoints/models/minimax-speech):
 * `prompt`; `voice_id` (default `Wise_Woman`; the page lists no others); `speed` (default 1);
 * `volume` (default 1); `pitch` (default 0); `emotion` (default `neutral`);
 * `english_normalization` (default false); `default_audio_url`, a fallback if generation
 * fails. It has no format, instructions or language parameter.
 */
const options = z.strictObject({
  /** Loudness (default 1). */
  volume: z.number().optional(),
  /** Pitch shift (default 0). */
  pitch: z.number().optional(),
  /** Delivery (default `neutral`). */
  emotion: z.enum(['happy', 'sad', 'neutral', 'angry', 'fearful', 'surprised']).optional(),
  /** Normalise English text (numbers, abbreviations) before speaking it (default false). */
  englishNormalization: z.boolean().optional(),
  /** Audio URL returned instead if generation fails. */
  defaultAudioUrl: z.string().min(1).optional(),
});

export const minimaxFamily: SpeechFamily<z.infer<typeof options>> = {
  options,
  toInput(call) {
    unsupported(call, ['outputFormat', 'instructions', 'language'], feature =>
      feature === 'outputFormat'
        ? `'${call.modelId}' has no format parameter; the audio comes in the endpoint's own format (MP3 in its documented example).`
        : `'${call.modelId}' has no parameter for ${feature}; it was not sent.`,
    );
    return defined({
      prompt: call.text,
      voice_id: call.voice,
      speed: call.speed,
      volume: call.options.volume,
      pitch: call.options.pitch,
      emotion: call.options.emotion,
      english_normalization: call.options.englishNormalization,
      default_audio_url: call.options.defaultAudioUrl,
    });
  },
};
