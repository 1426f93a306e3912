import type { JobClientConfig, RunJobOptions } from '../jobs/job-client';
import { type MediaJobResult, runMediaJob } from '../jobs/media-job';

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
