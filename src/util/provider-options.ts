import { InvalidArgumentError, TypeValidationError } from '@ai-sdk/provider';
import { parseProviderOptions } from '@ai-sdk/provider-utils';
import type { z } from 'zod/v4';

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
}: {
  providerOptions: Record<string, Record<string, unknown>> | undefined;
  schema: SCHEMA;
  modelId: string;
}): Promise<z.infer<SCHEMA> | undefined> {
  try {
    return (await parseProviderOptions({
      provider: 'runpod',
      providerOptions: providerOptions as any,
      schema,
    })) as z.infer<SCHEMA> | undefined;
  } catch (error) {
    if (!InvalidArgumentError.isInstance(error)) throw error;
    throw new InvalidArgumentError({
      argument: 'providerOptions.runpod',
      message: `RunPod model '${modelId}': ${describeIssues(error.cause) ?? error.message}.`,
      cause: error,
    });
  }
}

function describeIssues(cause: unknown): string | undefined {
  const zodError = TypeValidationError.isInstance(cause) ? cause.cause : cause;
  const issues = (zodError as { issues?: Array<{ path: PropertyKey[]; message: string }> })?.issues;
  if (!Array.isArray(issues) || issues.length === 0) return undefined;
  return issues
    .map(
      issue =>
        `${['providerOptions.runpod', ...issue.path.map(String)].join('.')}: ${issue.message}`,
    )
    .join('; ');
}
