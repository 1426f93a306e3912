import { z } from 'zod/v4';
import { type SpeechFamily, unsupported } from '../speech-call';
import { defined } from '../../util/defined';

/**
 * The user's own speech endpoint: its worker's input is unknown, so the call sends `prompt`
 * and `voice` (where given) and every key of `providerOptions.runpod` as is, overriding
 * those. The other standard options are not sent (pass them as provider options under the
 * worker's own names).
 */
const options = z.looseObject({});

export const ownEndpointFamily: SpeechFamily<Record<string, unknown>> = {
  options,
  toInput(call) {
    unsupported(
      call,
      ['outputFormat', 'speed', 'instructions', 'language'],
      feature =>
        `${feature} was not sent to your endpoint '${call.modelId}': its input is unknown. ` +
        `Pass the worker's own parameter in providerOptions.runpod.`,
    );
    return defined({ prompt: call.text, voice: call.voice, ...call.options });
  },
};
