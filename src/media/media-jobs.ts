import {
  type JobClientConfig,
  type JobResult,
  type RunJobsOptions,
  runJobs,
} from '../jobs/job-client';

/**
 * `count` media jobs of one input (`n` images or videos), through the job client's one
 * entry point, `runJobs`. Several jobs from one seed would give the same output, so a seed
 * of 0 or more counts up: `seed`, `seed + 1`, … (a negative seed means "random" to
 * RunPod's workers). The models take a large `n` in one call for that reason: the AI SDK
 * would give each of its calls the same seed.
 */
export function runMediaJobs(
  config: JobClientConfig,
  {
    count,
    input,
    ...options
  }: Omit<RunJobsOptions, 'inputs' | 'output'> & {
    count: number;
    input: Record<string, unknown>;
  },
): Promise<JobResult[]> {
  const inputs = Array.from({ length: count }, (_, index) => inputOfJob(input, index));
  return runJobs(config, { ...options, inputs, output: 'media' });
}

/** The input of the `index`th of several jobs of one call: its seed counted up from the call's. */
export function inputOfJob(input: Record<string, unknown>, index: number): Record<string, unknown> {
  return index > 0 && typeof input.seed === 'number' && input.seed >= 0
    ? { ...input, seed: input.seed + index }
    : input;
}
