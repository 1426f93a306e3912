import type { JSONObject } from '@ai-sdk/provider';
import { downloadMedia, type DownloadedMedia } from './download';
import { type CompletedJob, type JobClientConfig, runJob, type RunJobOptions } from './job-client';
import { findCost, jobMetadata, requireMediaValues } from './job-output';

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
  const values = expectMedia ? requireMediaValues(job.output, { context, jobId: job.id }) : [];
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
  return {
    job,
    media,
    metadata: jobMetadata({
      jobId: job.id,
      delayTime: job.delayTime,
      executionTime: job.executionTime,
      cost: findCost(job.output),
      urls: media.map(item => item.url).filter((url): url is string => url !== undefined),
    }),
  };
}
