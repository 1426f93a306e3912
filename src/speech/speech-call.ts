import {
  InvalidArgumentError,
  type SharedV3Warning,
  type SpeechModelV3CallOptions,
} from '@ai-sdk/provider';
import type { z } from 'zod/v4';
import type { SpeechModelCatalogEntry } from '../catalog/speech-models';

/** One speech model family: its `providerOptions.runpod` schema and its mapping to `input`. */
export interface SpeechFamily<OPTIONS extends Record<string, unknown>> {
  /** Family-specific provider options (camelCase), a strict zod object. */
  options: z.ZodObject;
  /** Maps one call to the endpoint's `input`; pushes warnings for what it cannot honour. */
  toInput(call: SpeechCall<OPTIONS>): Record<string, unknown>;
}

/** What a family mapper gets: the AI SDK's options, checked. */
export interface SpeechCall<OPTIONS> {
  modelId: string;
  text: string;
  voice: string | undefined;
  outputFormat: string | undefined;
  instructions: string | undefined;
  speed: number | undefined;
  language: string | undefined;
  options: OPTIONS;
  entry: SpeechModelCatalogEntry | undefined;
  warnings: SharedV3Warning[];
}

/**
 * Turns the AI SDK's call options into a {@link SpeechCall}.
 *
 * @throws {InvalidArgumentError} for empty text.
 */
export function toSpeechCall<OPTIONS>(
  options: SpeechModelV3CallOptions,
  {
    modelId,
    entry,
    familyOptions,
  }: { modelId: string; entry: SpeechModelCatalogEntry | undefined; familyOptions: OPTIONS },
): SpeechCall<OPTIONS> {
  if (typeof options.text !== 'string' || options.text.trim() === '') {
    throw new InvalidArgumentError({
      argument: 'text',
      message: `RunPod speech model '${modelId}' needs text to speak.`,
    });
  }
  return {
    modelId,
    text: options.text,
    voice: options.voice,
    outputFormat: options.outputFormat,
    instructions: options.instructions,
    speed: options.speed,
    language: options.language,
    options: familyOptions,
    entry,
    warnings: [],
  };
}

type StandardOption = 'voice' | 'outputFormat' | 'instructions' | 'speed' | 'language';

/** Warns, for each standard option that was given, that the model has no parameter for it. */
export function unsupported(
  call: SpeechCall<unknown>,
  features: StandardOption[],
  details?: (feature: StandardOption) => string,
): void {
  for (const feature of features) {
    if (call[feature] === undefined) continue;
    call.warnings.push({
      type: 'unsupported',
      feature,
      details:
        details?.(feature) ?? `'${call.modelId}' has no parameter for ${feature}; it was not sent.`,
    });
  }
}

/**
 * Checks a value against a model's documented list.
 *
 * @throws {InvalidArgumentError} naming the accepted values.
 */
export function oneOf(
  call: SpeechCall<unknown>,
  argument: 'voice' | 'outputFormat',
  value: string,
  allowed: readonly string[],
): string {
  if (!allowed.includes(value)) {
    throw new InvalidArgumentError({
      argument,
      message: `RunPod speech model '${call.modelId}' takes ${argument} ${allowed.map(v => `'${v}'`).join(', ')}; got '${value}'.`,
    });
  }
  return value;
}
