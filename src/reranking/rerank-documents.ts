import {
  InvalidArgumentError,
  type RerankingModelV3,
  type RerankingModelV3CallOptions,
  type SharedV3Warning,
} from '@ai-sdk/provider';
import { describeModel, type RunPodErrorContext } from '../core/errors';
import { type CompletedJob, type JobClientConfig, runJobs } from '../jobs/job-client';
import type { ServedModelNames, ServedModelTarget } from '../openai-route/served-model-name';
import { readRerankOptions, rerankInput } from './rerank-input';
import { readRerankOutput } from './rerank-output';

export type RerankResult = Awaited<ReturnType<RerankingModelV3['doRerank']>>;

/** One reranking model, as its calls need it (see `RunPodRerankingModel`). */
export interface RerankTarget {
  modelId: string;
  context: RunPodErrorContext;
  /** The provider's job API, with the model's own key and headers. */
  jobs: JobClientConfig;
  servedModelNames: ServedModelNames;
  servedModelTarget: ServedModelTarget;
  /** Whether the model settings name the served model (else it is the first one listed). */
  servedModelNameGiven: boolean;
}

/**
 * One `doRerank`: the call checked, the served name known, one job on the infinity worker,
 * its output read as the AI SDK's ranking. Loaded on first use.
 */
export async function rerankDocuments(
  target: RerankTarget,
  options: RerankingModelV3CallOptions,
): Promise<RerankResult> {
  const { context, jobs } = target;
  const { query, documents, topN, abortSignal } = options;
  checkCall(context, query, topN);
  const rerank = await readRerankOptions(target.modelId, options);
  if (documents.values.length === 0) return { ranking: [], warnings: [] };

  const warnings: SharedV3Warning[] = rerank.warnings;
  if (documents.type === 'object') {
    warnings.push({
      type: 'compatibility',
      feature: 'object documents',
      details: 'The infinity worker reranks text: each object was sent as its JSON text.',
    });
  }

  const servedModelName = await target.servedModelNames.current(
    target.servedModelTarget,
    abortSignal,
  );
  const input = rerankInput({ servedModelName, query, documents, extra: rerank.extra });
  const [{ job }] = await runJobs(jobs, {
    context,
    inputs: [input],
    output: 'data',
    maxWaitMs: rerank.maxWaitMs,
    ...rerank.jobOptions,
    abortSignal,
    headers: options.headers,
  });

  const output = readRerankOutput({
    job,
    url: job.url,
    context,
    documentCount: documents.values.length,
    topN,
    hint: !target.servedModelNameGiven
      ? `(The model name '${servedModelName}' is the first one the endpoint lists; if it ` +
        `serves several models, pass the reranker's name as { servedModelName }.)`
      : undefined,
  });

  return rerankResult({ job, output, servedModelName, warnings });
}

/**
 * Refuses what the worker cannot rerank, before any request.
 *
 * @throws {InvalidArgumentError} for an empty query or a `topN` that is no positive integer.
 */
function checkCall(context: RunPodErrorContext, query: unknown, topN: number | undefined): void {
  if (typeof query !== 'string' || query.trim() === '') {
    // The worker reranks only when `query` is truthy:
    // https://github.com/runpod-workers/worker-infinity-embedding/blob/main/src/handler.py
    throw new InvalidArgumentError({
      argument: 'query',
      message: `${describeModel(context)}: the query to rerank against must be a non-empty string.`,
    });
  }
  if (topN !== undefined && (!Number.isInteger(topN) || topN < 1)) {
    throw new InvalidArgumentError({
      argument: 'topN',
      message: `${describeModel(context)}: topN must be a positive integer, got ${topN}.`,
    });
  }
}

/** The AI SDK's rerank result from a finished job and its output. */
function rerankResult({
  job,
  output,
  servedModelName,
  warnings,
}: {
  job: CompletedJob;
  output: ReturnType<typeof readRerankOutput>;
  servedModelName: string;
  warnings: SharedV3Warning[];
}): RerankResult {
  return {
    ranking: output.ranking,
    warnings,
    providerMetadata: {
      runpod: {
        jobId: job.id,
        ...(job.delayTime !== undefined ? { delayTime: job.delayTime } : {}),
        ...(job.executionTime !== undefined ? { executionTime: job.executionTime } : {}),
        ...(output.model !== undefined ? { servedModelName: output.model } : {}),
        ...(output.usage !== undefined ? { usage: output.usage } : {}),
      },
    },
    response: {
      id: job.id,
      modelId: output.model ?? servedModelName,
      headers: job.responseHeaders,
      body: job.output,
    },
  };
}
