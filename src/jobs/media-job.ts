import { InvalidResponseDataError, type JSONObject } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { downloadMedia, type DownloadedMedia } from './download';
import { type CompletedJob, type JobClientConfig, runJob, type RunJobOptions } from './job-client';
import { findCost, findMediaValues } from './job-output';

/** Options every media model reads from `providerOptions.runpod`. */
export const mediaJobOptionsSchema = z.object({
  /**
   * How long to wait for the job in all (queue, run and polling), in ms. Past it the job
   * is cancelled and the call fails. Defaults per kind: image and speech 300 000 (5 min),
   * transcription 600 000 (10 min), video 1 200 000 (20 min).
   */
  maxWaitMs: z.number().int().min(1_000).optional(),
});

/** A media job's result: its bytes and what RunPod said about it. */
export interface MediaJobResult {
  job: CompletedJob;
  media: DownloadedMedia[];
  /** `providerMetadata.runpod` for this job. */
  metadata: JSONObject;
}

/**
 * Runs one media job, then downloads what its output points at. Used by every media
 * model, so that submission, polling, cancel and download behave the same everywhere.
 *
 * @throws {InvalidResponseDataError} when a completed job's output holds no media.
 */
export async function runMediaJob(
  config: JobClientConfig,
  {
    expectMedia = true,
    ...options
  }: RunJobOptions & {
    /** False for jobs whose output is data (transcription), not media. */
    expectMedia?: boolean;
  },
): Promise<MediaJobResult> {
  const { context, abortSignal } = options;
  const job = await runJob(config, options);
  const values = expectMedia ? findMediaValues(job.output) : [];
  if (expectMedia && values.length === 0) {
    throw new InvalidResponseDataError({
      data: job.output,
      message: `RunPod job ${job.id} on endpoint '${context.endpointId}' completed without a media URL in its output.`,
    });
  }
  const media = await Promise.all(
    values.map(value =>
      downloadMedia({
        value,
        apiBaseURL: config.baseURL,
        headers: config.headers(),
        fetch: config.fetch,
        abortSignal,
        context,
      }),
    ),
  );
  const urls = media.map(item => item.url).filter((url): url is string => url !== undefined);
  const cost = findCost(job.output);
  return {
    job,
    media,
    metadata: {
      jobId: job.id,
      ...(job.delayTime !== undefined ? { delayTime: job.delayTime } : {}),
      ...(job.executionTime !== undefined ? { executionTime: job.executionTime } : {}),
      ...(cost !== undefined ? { cost } : {}),
      ...(urls.length === 1 ? { url: urls[0] } : urls.length > 1 ? { urls } : {}),
    },
  };
}

/**
 * `count` media jobs of one input at once (`n` images or videos), via {@link runConcurrently}.
 * Several jobs from one seed would give the same output, so a seed of 0 or more counts
 * up: `seed`, `seed + 1`, … (a negative seed means "random" to RunPod's workers).
 */
export function runMediaJobs(
  config: JobClientConfig,
  { count, input, abortSignal, ...options }: RunJobOptions & { count: number },
): Promise<MediaJobResult[]> {
  return runConcurrently(count, abortSignal, (index, jobAbortSignal) =>
    runMediaJob(config, {
      ...options,
      input:
        index > 0 && typeof input.seed === 'number' && input.seed >= 0
          ? { ...input, seed: input.seed + index }
          : input,
      abortSignal: jobAbortSignal,
    }),
  );
}

/**
 * Runs `count` jobs at once. When one fails, the others are aborted (and so cancelled)
 * before the failure is passed on.
 */
async function runConcurrently<T>(
  count: number,
  abortSignal: AbortSignal | undefined,
  run: (index: number, abortSignal: AbortSignal) => Promise<T>,
): Promise<T[]> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(abortSignal?.reason);
  if (abortSignal?.aborted) onAbort();
  abortSignal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await Promise.all(
      Array.from({ length: count }, (_, index) =>
        run(index, controller.signal).catch(error => {
          controller.abort(error);
          throw error;
        }),
      ),
    );
  } finally {
    abortSignal?.removeEventListener('abort', onAbort);
  }
}
