import { z } from 'zod/v4';
import { oneOf, type SpeechFamily, unsupported } from '../speech-call';
import { defined } from '../../util/defined';

/**
 * Chatterbox Turbo (https://docs.runpod.io/public-endpoints/models/chatterbox-turbo):
 * `prompt`; `voice`, one of 20 presets (default `lucy`); `voice_url`, audio of a voice to
 * clone, which overrides `voice`; `format`, `wav` (default), `flac` or `ogg`. It has no
 * speed, instructions or language parameter.
 */
const options = z.strictObject({
  /** URL of a short recording of the voice to clone; overrides `voice`. */
  voiceUrl: z.string().min(1).optional(),
});

export const chatterboxFamily: SpeechFamily<z.infer<typeof options>> = {
  options,
  toInput(call) {
    const voices = call.entry?.voices ?? [];
    const formats = call.entry?.formats ?? [];
    unsupported(call, ['speed', 'instructions', 'language']);
    return defined({
      prompt: call.text,
      voice: call.voice === undefined ? undefined : oneOf(call, 'voice', call.voice, voices),
      voice_url: call.options.voiceUrl,
      format:
        call.outputFormat === undefined
          ? undefined
          : oneOf(call, 'outputFormat', call.outputFormat.toLowerCase(), formats),
    });
  },
};
