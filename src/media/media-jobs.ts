import type { JobClientConfig, RunJobOptions } from '../jobs/job-client';
import { type MediaJobResult, runMediaJob } from '../jobs/media-job';

/**
 * `count` media jobs of one input (`n` images or videos), at most `concurrency` at a time,
 * via {@link runConcurrently}. Several jobs from one seed would give the same output, so a
 * seed of 0 or more counts up: `seed`, `seed + 1`, … (a negative seed means "random" to
 * RunPod's workers). The models take a large `n` in one call for that reason: the AI SDK
 * would give each of its calls the same seed.
 */
export function runMediaJobs(
  config: JobClientConfig,
  {
    count,
    concurrency,
    input,
    abortSignal,
    ...options
  }: RunJobOptions & { count: number; concurrency: number },
): Promise<MediaJobResult[]> {
  return runConcurrently(count, concurrency, abortSignal, (index, jobAbortSignal) =>
    runMediaJob(config, {
      ...options,
      input: inputOfJob(input, index),
      abortSignal: jobAbortSignal,
    }),
  );
}

/** The input of the `index`th of several jobs of one call: its seed counted up from the call's. */
export function inputOfJob(input: Record<string, unknown>, index: number): Record<string, unknown> {
  return index > 0 && typeof input.seed === 'number' && input.seed >= 0
    ? { ...input, seed: input.seed + index }
    : input;
}

/**
 * Runs `count` jobs, `limit` at a time, results in order. When one fails, the others are
 * aborted (and so cancelled) and the rest are not started, before the failure is passed on.
 */
async function runConcurrently<T>(
  count: number,
  limit: number,
  abortSignal: AbortSignal | undefined,
  run: (index: number, abortSignal: AbortSignal) => Promise<T>,
): Promise<T[]> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(abortSignal?.reason);
  if (abortSignal?.aborted) onAbort();
  abortSignal?.addEventListener('abort', onAbort, { once: true });
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      controller.signal.throwIfAborted();
      const index = next++;
      try {
        results[index] = await run(index, controller.signal);
      } catch (error) {
        controller.abort(error);
        throw error;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
    return results;
  } finally {
    abortSignal?.removeEventListener('abort', onAbort);
  }
}
