import { InvalidResponseDataError, type JSONObject } from '@ai-sdk/provider';
import { downloadMedia, type DownloadedMedia } from './download';
import { type CompletedJob, type JobClientConfig, runJob, type RunJobOptions } from './job-client';
import { findCost, findMediaValues } from './job-output';

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
