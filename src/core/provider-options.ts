import { InvalidArgumentError } from '@ai-sdk/provider';
import { parseProviderOptions } from '@ai-sdk/provider-utils';
import type { z } from 'zod/v4';
import { invalidProviderOptionsError, zodIssuesOf } from './option-errors';

/**
 * `providerOptions.runpod`, checked against `schema` (`parseProviderOptions`), with an
 * error that names the option at fault and what is wrong with it.
 *
 * @throws {InvalidArgumentError} e.g. "RunPod model 'x': providerOptions.runpod.guidance:
 * Too big: expected number to be <=10".
 */
export async function parseRunPodOptions<SCHEMA extends z.ZodType>({
  providerOptions,
  schema,
  modelId,
  subject = `RunPod model '${modelId}'`,
}: {
  providerOptions: Parameters<typeof parseProviderOptions>[0]['providerOptions'];
  schema: SCHEMA;
  modelId: string;
  /** Whose options, for the message; default `RunPod model '<modelId>'`. */
  subject?: string;
}): Promise<z.infer<SCHEMA> | undefined> {
  try {
    return (await parseProviderOptions({ provider: 'runpod', providerOptions, schema })) as
      z.infer<SCHEMA> | undefined;
  } catch (error) {
    if (!InvalidArgumentError.isInstance(error)) throw error;
    const issues = zodIssuesOf(error) ?? [{ path: [], message: error.message }];
    throw invalidProviderOptionsError({
      subject,
      issues,
      cause: error,
    });
  }
}
