import { z } from 'zod/v4';

/**
 * A RunPod job as `/run`, `/runsync`, `/status/{id}` and `/cancel/{id}` return it
 * (https://docs.runpod.io/serverless/endpoints/operation-reference). Fields RunPod may
 * leave out are optional; `status` is kept as a string so that states RunPod adds
 * (the docs also name `RUNNING`) are waited on rather than rejected.
 */
export const jobSchema = z.object({
  id: z.string().nullish(),
  status: z.string(),
  /** Time in the queue before a worker picked the job up, in ms. */
  delayTime: z.number().nullish(),
  /** Time the worker spent on the job, in ms. */
  executionTime: z.number().nullish(),
  output: z.unknown().optional(),
  error: z.unknown().optional(),
});

export type RunPodJob = z.infer<typeof jobSchema>;

/** States after which a job will not change (https://docs.runpod.io/serverless/endpoints/job-states). */
export const TERMINAL_STATUSES = new Set(['COMPLETED', 'FAILED', 'CANCELLED', 'TIMED_OUT']);

export function isTerminal(job: RunPodJob): boolean {
  return TERMINAL_STATUSES.has(job.status);
}
