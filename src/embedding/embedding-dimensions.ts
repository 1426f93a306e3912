import type { EmbeddingModelV3CallOptions, SharedV3Warning } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { parseRunPodOptions } from '../core/provider-options';

/**
 * The embedding options RunPod's workers read from `providerOptions.runpod`: `dimensions`,
 * the length of the vectors to return (Matryoshka models; vLLM's `/v1/embeddings`,
 * https://docs.vllm.ai/en/latest/models/pooling_models.html#matryoshka-embeddings).
 * Other keys are left to `@ai-sdk/openai-compatible`, which reads `user`.
 */
const embeddingOptionsSchema = z.looseObject({
  dimensions: z
    .number({ error: 'must be a positive integer (the vectors’ length)' })
    .int({ error: 'must be a positive integer (the vectors’ length)' })
    .positive({ error: 'must be a positive integer (the vectors’ length)' })
    .optional(),
});

/**
 * The `dimensions` one `embed` / `embedMany` call asks for: `providerOptions.runpod.dimensions`
 * (ai@6 and ai@7), else ai@7's own `dimensions` call option, which ai@7 hands V3 models as
 * an extra call option. `undefined` when neither is given.
 *
 * @throws {InvalidArgumentError} for a `providerOptions.runpod.dimensions` that is not a
 * positive integer, before any request.
 */
export async function requestedDimensions(
  options: EmbeddingModelV3CallOptions & { dimensions?: number },
  modelId: string,
): Promise<number | undefined> {
  const parsed = await parseRunPodOptions({
    providerOptions: options.providerOptions,
    schema: embeddingOptionsSchema,
    modelId,
  });
  return parsed?.dimensions ?? options.dimensions;
}

/**
 * A warning when the endpoint returned vectors of another length than `dimensions` asked
 * for: RunPod's infinity-embedding worker reads only `model` and `input` from the request
 * (https://github.com/runpod-workers/worker-infinity-embedding/blob/main/src/handler.py), so
 * it returns the model's full length.
 */
export function dimensionsWarning(
  dimensions: number | undefined,
  embeddings: ReadonlyArray<ReadonlyArray<number>>,
  modelId: string,
): SharedV3Warning | undefined {
  const length = embeddings.find(embedding => embedding.length !== dimensions)?.length;
  if (dimensions === undefined || length === undefined) return undefined;
  return {
    type: 'unsupported',
    feature: 'dimensions',
    details:
      `RunPod model '${modelId}' returned ${length}-dimension embeddings, not the ${dimensions} ` +
      'asked for: its endpoint does not take dimensions (RunPod’s infinity-embedding worker ' +
      'ignores it; vLLM takes it for Matryoshka models).',
  };
}
