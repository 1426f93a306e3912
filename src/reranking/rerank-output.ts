import { APICallError, InvalidResponseDataError, type RerankingModelV3 } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import type { CompletedJob } from '../jobs/job-client';
import { describeModel, type RunPodErrorContext, runpodErrorSchema } from '../core/errors';

type Ranking = Awaited<ReturnType<RerankingModelV3['doRerank']>>['ranking'];

/**
 * The infinity worker's rerank answer, as `to_rerank_response` in its src/utils.py builds
 * it: one result per document with the document's position as `index`, `document` only
 * when `return_docs` is set, and the token count under `usage`.
 * (https://github.com/runpod-workers/worker-infinity-embedding/blob/main/src/utils.py)
 */
const rerankOutputSchema = z.object({
  model: z.string().nullish(),
  results: z.array(
    z.object({
      relevance_score: z.number(),
      index: z.number().int().nonnegative(),
      document: z.string().nullish(),
    }),
  ),
  usage: z
    .object({ prompt_tokens: z.number().nullish(), total_tokens: z.number().nullish() })
    .nullish(),
});

export interface RerankOutput {
  /** Most relevant first, at most `topN` entries. */
  ranking: Ranking;
  /** The model the worker says it used. */
  model: string | undefined;
  usage: { promptTokens?: number; totalTokens?: number } | undefined;
}

/**
 * Reads a completed rerank job's output: the worker's error object (its handler returns
 * errors as output, `{"object":"error","message",…}` from `create_error_response` in
 * src/utils.py, with the job COMPLETED), else its results, ranked by descending relevance
 * and cut to `topN` (the worker takes no `top_n` and answers in document order).
 *
 * @throws {APICallError} with the worker's message, when the output is an error.
 * @throws {InvalidResponseDataError} when the output is no rerank result, or its indices
 * do not name each document at most once.
 */
export function readRerankOutput({
  job,
  url,
  context,
  documentCount,
  topN,
  hint,
}: {
  job: CompletedJob;
  /** Where the output came from (`/run` or `/status-sync/{id}`). */
  url: string;
  context: RunPodErrorContext;
  documentCount: number;
  topN: number | undefined;
  /** Appended to a worker error's message. */
  hint: string | undefined;
}): RerankOutput {
  // RunPod wraps some handlers' output in a one-element list (the `output` arrays of the
  // examples on https://docs.runpod.io/public-endpoints/models/qwen3-32b).
  const output = Array.isArray(job.output) && job.output.length === 1 ? job.output[0] : job.output;

  const workerError = runpodErrorSchema.safeParse(output);
  if (workerError.success) {
    throw new APICallError({
      message:
        `${describeModel(context)}: job ${job.id} completed with an error in its output: ` +
        `${workerError.data.error.message}${hint ? ` ${hint}` : ''}`,
      url,
      requestBodyValues: job.requestBody,
      statusCode: 200,
      responseHeaders: job.responseHeaders,
      responseBody: JSON.stringify(job.output),
      isRetryable: false,
      data: {
        jobId: job.id,
        endpointId: context.endpointId,
        status: 'COMPLETED',
        ...workerError.data,
      },
    });
  }

  const parsed = rerankOutputSchema.safeParse(output);
  if (!parsed.success) {
    throw new InvalidResponseDataError({
      data: job.output,
      message: `${describeModel(context)}: job ${job.id} completed, but its output is not a rerank result ({"results":[{"relevance_score","index"}]}).`,
    });
  }

  const seen = new Set<number>();
  for (const { index } of parsed.data.results) {
    if (index >= documentCount || seen.has(index)) {
      throw new InvalidResponseDataError({
        data: job.output,
        message: `${describeModel(context)}: job ${job.id} ranked document ${index} ${index >= documentCount ? `of ${documentCount}` : 'twice'}.`,
      });
    }
    seen.add(index);
  }

  const ranking = parsed.data.results
    .map(result => ({ index: result.index, relevanceScore: result.relevance_score }))
    .sort((a, b) => b.relevanceScore - a.relevanceScore || a.index - b.index);
  const usage = parsed.data.usage;
  return {
    ranking: topN === undefined ? ranking : ranking.slice(0, topN),
    model: parsed.data.model ?? undefined,
    usage:
      usage == null
        ? undefined
        : {
            ...(usage.prompt_tokens != null ? { promptTokens: usage.prompt_tokens } : {}),
            ...(usage.total_tokens != null ? { totalTokens: usage.total_tokens } : {}),
          },
  };
}
