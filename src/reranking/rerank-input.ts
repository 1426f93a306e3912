import type { RerankingModelV3CallOptions, SharedV3Warning } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { readV1PollingOptions } from '../compat/read-v1-options';
import { parseRunPodOptions } from '../core/provider-options';
import { jobOptionsOf, jobOptionsShape, type MediaJobOptions } from '../media/media-options';

/** How long a rerank waits for its job by default, in ms: a cold start loads the reranker first. */
const DEFAULT_MAX_WAIT_MS = 300_000;

const rerankOptionsSchema = z.looseObject({
  /** How long to wait for the job in all, in ms; then it is cancelled and the call fails. */
  maxWaitMs: z.number().int().min(1_000).optional(),
  ...jobOptionsShape,
});

/** A rerank call's `providerOptions.runpod`, read: the wait limit and the keys to send as given. */
export interface RerankOptions {
  maxWaitMs: number;
  /** `webhook`, `onWaitLimit` and `jobId` (see `jobOptionsShape`). */
  jobOptions: MediaJobOptions;
  /** Keys the worker does not document, sent in the job's input as given. */
  extra: Record<string, unknown>;
  warnings: SharedV3Warning[];
}

/**
 * `providerOptions.runpod` of a rerank call: `maxWaitMs` (1.x's polling options become it,
 * with a warning) is the provider's; any other key goes into the job's input as given, with
 * a warning, since the worker documents none.
 *
 * @throws {InvalidArgumentError} for a `maxWaitMs` that is no whole number of ms ≥ 1 000.
 */
export async function readRerankOptions(
  modelId: string,
  options: Pick<RerankingModelV3CallOptions, 'providerOptions'>,
): Promise<RerankOptions> {
  const subject = `RunPod reranking model '${modelId}'`;
  const v1 = readV1PollingOptions('reranking', modelId, options.providerOptions);
  const parsed = await parseRunPodOptions({
    providerOptions: v1.providerOptions,
    schema: rerankOptionsSchema,
    modelId,
    subject,
  });
  const { maxWaitMs, webhook, onWaitLimit, jobId, ...extra } = parsed ?? {};
  const warnings: SharedV3Warning[] = [...v1.warnings];
  for (const key of Object.keys(extra)) {
    warnings.push({
      type: 'other',
      message:
        `${subject}: providerOptions.runpod.${key} is not an input the infinity worker ` +
        `documents; it was sent as input.${key}, as given.`,
    });
  }
  return {
    maxWaitMs: maxWaitMs ?? DEFAULT_MAX_WAIT_MS,
    jobOptions: jobOptionsOf({ webhook, onWaitLimit, jobId }),
    extra,
    warnings,
  };
}

/**
 * The infinity worker's rerank input: `model` (the served name), `query`, `docs` (object
 * documents as their JSON text; the worker takes strings) and `return_docs: false` (the AI
 * SDK maps indices back to the documents itself), then the caller's extra keys, which win.
 * (https://github.com/runpod-workers/worker-infinity-embedding/blob/main/src/handler.py)
 */
export function rerankInput({
  servedModelName,
  query,
  documents,
  extra,
}: {
  servedModelName: string;
  query: string;
  documents: RerankingModelV3CallOptions['documents'];
  extra: Record<string, unknown>;
}): Record<string, unknown> {
  const docs =
    documents.type === 'text'
      ? documents.values
      : documents.values.map(value => JSON.stringify(value));
  return { model: servedModelName, query, docs, return_docs: false, ...extra };
}
