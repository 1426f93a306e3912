import type { SpeechModelV3CallOptions } from '@ai-sdk/provider';
import type { MediaCall } from '../media/media-call';

/**
 * The AI SDK's speech options into the job's `input`, as the model's entry declares its
 * inputs: `text` → `prompt`; `voice`, `outputFormat` (lower-cased) and `speed` where the
 * model has them (a listed value, where the page lists them). `instructions`, `language` and
 * what else the model has no input for are warnings.
 *
 * @throws {InvalidArgumentError} for empty text, or a voice or format the model does not take.
 */
export function mapSpeechOptions(call: MediaCall, options: SpeechModelV3CallOptions): void {
  if (typeof options.text !== 'string' || options.text.trim() === '') {
    call.fail('text', 'needs text to speak');
  }
  call.set('prompt', options.text, 'text');

  const standard = {
    voice: options.voice,
    outputFormat: options.outputFormat?.toLowerCase(),
    speed: options.speed,
    instructions: options.instructions,
    language: options.language,
  };
  for (const [feature, value] of Object.entries(standard) as Array<
    [keyof typeof standard, unknown]
  >) {
    if (value === undefined) continue;
    const target = call.target(feature);
    if (target !== undefined) {
      call.set(target[0], value, feature);
    } else if (call.ownEndpoint) {
      call.unsupported(
        feature,
        `${feature} was not sent to your endpoint '${call.modelId}': its input is unknown. ` +
          `Pass the worker's own parameter in providerOptions.runpod.`,
      );
    } else {
      call.unsupported(feature);
    }
  }
}
