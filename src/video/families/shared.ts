import { z } from 'zod/v4';
import { fail } from '../call-helpers';
import { defined } from '../../util/defined';
import type { VideoCall, VideoFamily } from '../video-call';

/** An input medium given in provider options: an `http(s)` URL or a `data:` URL. */
export const mediaUrl = z
  .string()
  .regex(/^(https?:\/\/|data:)/i, 'must be an http(s) URL or a data: URL');

/** A LoRA: `path` (URL or path of the weights file) and `scale` (its weight). */
export const lora = z.strictObject({ path: z.string().min(1), scale: z.number() });

/** Options several endpoints share, under the names their pages give them. */
export const negativePrompt = z.string().optional();
export const enableSafetyChecker = z.boolean().optional();
export const enablePromptExpansion = z.boolean().optional();

/** `negativePrompt` → `negative_prompt`: provider option keys are the endpoint's fields in camelCase. */
export function snakeCaseKeys(options: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(options).map(([key, value]) => [
      key.replace(/[A-Z]/g, letter => `_${letter.toLowerCase()}`),
      value,
    ]),
  );
}

/**
 * A family whose provider options all go into `input` under their snake_case names, after
 * the standard options. `required` names options the endpoint cannot run without (what
 * they are, for the error); `adjust` edits the input for the family's own rules.
 *
 * @throws {InvalidArgumentError} when a required option is missing.
 */
export function optionsFamily<SCHEMA extends z.ZodObject>(
  options: SCHEMA,
  {
    required = {},
    adjust,
  }: {
    required?: Partial<Record<keyof z.infer<SCHEMA> & string, string>>;
    adjust?: (call: VideoCall<z.infer<SCHEMA>>, input: Record<string, unknown>) => void;
  } = {},
): VideoFamily<z.infer<SCHEMA>> {
  return {
    options,
    toInput(call) {
      for (const [key, what] of Object.entries(required) as Array<[string, string]>) {
        if (call.options[key] === undefined) {
          fail(
            call.modelId,
            `providerOptions.runpod.${key}`,
            `needs ${what} in providerOptions.runpod.${key}`,
          );
        }
      }
      const input = defined({ ...call.input, ...snakeCaseKeys(call.options) });
      adjust?.(call, input);
      return input;
    },
  };
}
