import { type JobClientConfig, type JobResult, runJobs } from '../jobs/job-client';
import type { MediaJobOptions } from './media-options';

/** What `runMediaJobs` needs of the model a call goes to (a resolved catalog or own model). */
export interface MediaJobsModel {
  modelId: string;
  endpointId: string;
  catalogEntry?: { typicalExecutionMs?: number };
}

/**
 * The `n` jobs of one media call (`n` images or videos) of one input, through the job
 * client's one entry point, `runJobs`, with the call's wait limit, abort signal and headers.
 * Several jobs from one seed would give the same output, so a seed of 0 or more counts up:
 * `seed`, `seed + 1`, … (a negative seed means "random" to RunPod's workers). The models take
 * a large `n` in one call for that reason: the AI SDK would give each of its calls the same
 * seed. Given a list of inputs (one per job, e.g. ComfyUI workflows with their own seeds),
 * it runs those instead. Returns the results and the call's `response` (the last job's headers).
 */
export async function runMediaJobs(
  config: JobClientConfig,
  {
    model,
    input,
    maxWaitMs,
    jobOptions,
    concurrency,
    options,
  }: {
    model: MediaJobsModel;
    input: Record<string, unknown> | Array<Record<string, unknown>>;
    maxWaitMs: number;
    /** `webhook`, `onWaitLimit` and `jobId` (see `MediaJobOptions`). */
    jobOptions?: MediaJobOptions;
    /** How many jobs run at a time. */
    concurrency: number;
    options: { n: number; abortSignal?: AbortSignal; headers?: Record<string, string | undefined> };
  },
): Promise<{
  results: JobResult[];
  response: { timestamp: Date; modelId: string; headers: Record<string, string> | undefined };
}> {
  const { modelId, endpointId, catalogEntry } = model;
  const results = await runJobs(config, {
    context: { modelId, endpointId },
    inputs: Array.isArray(input)
      ? input
      : Array.from({ length: options.n }, (_, index) => inputOfJob(input, index)),
    output: 'media',
    concurrency,
    maxWaitMs,
    typicalExecutionMs: catalogEntry?.typicalExecutionMs,
    abortSignal: options.abortSignal,
    headers: options.headers,
    ...jobOptions,
  });
  const headers = results[results.length - 1]?.job.responseHeaders;
  return { results, response: { timestamp: new Date(), modelId, headers } };
}

/** The input of the `index`th of several jobs of one call: its seed counted up from the call's. */
export function inputOfJob(input: Record<string, unknown>, index: number): Record<string, unknown> {
  return index > 0 && typeof input.seed === 'number' && input.seed >= 0
    ? { ...input, seed: input.seed + index }
    : input;
}
