import type { SharedV3ProviderOptions } from '@ai-sdk/provider';
import type { z } from 'zod/v4';
import { resolveModel } from '../catalog/resolve-model';
import type { RunPodErrorContext } from '../runpod-error';
import { parseRunPodOptions } from '../util/provider-options';
import { mediaJobOptionsSchema } from './media-job';

type ModelType = Parameters<typeof resolveModel>[0]['modelType'];

/** What a media model needs to know about itself, resolved once when it is created. */
export interface ResolvedMediaModel<ENTRY, FAMILY> {
  /** The catalog ID, or the endpoint ID of the user's own endpoint. */
  modelId: string;
  entry: ENTRY | undefined;
  /** The input mapping: the entry's family, or the own-endpoint family. */
  family: FAMILY;
  context: RunPodErrorContext;
}

/**
 * Resolves a media model ID against its kind's catalog and picks its input family.
 *
 * @throws {NoSuchModelError} | {InvalidArgumentError} as `resolveModel` does.
 */
export function resolveMediaModel<ENTRY extends { endpoint: string; family: string }, FAMILY>({
  modelId,
  modelType,
  catalog,
  aliases,
  families,
  ownEndpointFamily,
}: {
  modelId: string;
  modelType: ModelType;
  catalog: Record<string, ENTRY>;
  aliases?: Record<string, string>;
  families: Record<ENTRY['family'], FAMILY>;
  ownEndpointFamily: FAMILY;
}): ResolvedMediaModel<ENTRY, FAMILY> {
  const resolved = resolveModel({ modelId, modelType, catalog, aliases });
  const entry = resolved.kind === 'catalog' ? resolved.entry : undefined;
  const id = resolved.kind === 'catalog' ? resolved.catalogId : resolved.endpointId;
  return {
    modelId: id,
    entry,
    family: entry === undefined ? ownEndpointFamily : families[entry.family as ENTRY['family']],
    context: { modelId: id, endpointId: resolved.endpointId },
  };
}

/**
 * `providerOptions.runpod` of a media call: the family's options plus `maxWaitMs`.
 *
 * @throws {InvalidArgumentError} naming the option at fault.
 */
export async function parseMediaOptions<OPTIONS extends z.ZodObject>({
  providerOptions,
  schema,
  modelId,
  defaultMaxWaitMs,
}: {
  providerOptions: SharedV3ProviderOptions | undefined;
  schema: OPTIONS;
  modelId: string;
  defaultMaxWaitMs: number;
}): Promise<{ maxWaitMs: number; options: Record<string, unknown> }> {
  const { maxWaitMs, ...options } =
    ((await parseRunPodOptions({
      providerOptions,
      schema: schema.extend(mediaJobOptionsSchema.shape),
      modelId,
    })) as Record<string, unknown> | undefined) ?? {};
  return { maxWaitMs: (maxWaitMs as number | undefined) ?? defaultMaxWaitMs, options };
}
