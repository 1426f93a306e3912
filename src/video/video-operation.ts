import {
  InvalidArgumentError,
  type JSONObject,
  type JSONValue,
  type SharedV3Warning,
} from '@ai-sdk/provider';
import type { JobClientConfig } from '../jobs/job-client';
import {
  cancelStartedJob,
  getJobStatus,
  type JobStatus,
  type StartedJob,
  startJob,
} from '../jobs/job-operation';
import { jobMetadata, parseDataUrl } from '../jobs/job-output';
import { inputOfJob } from '../media/media-jobs';
import type { RunPodErrorContext } from '../core/errors';

/*
 * The start/status form of a video call, for ai@7's `experimental_startVideo` and
 * `experimental_getVideoStatus` (and `experimental_generateVideo` with `poll`): ai@7 hands a
 * V3 model's `doStart` / `doStatus` through as they are (its `asVideoModelV4` adapter only
 * changes `specificationVersion`). `@ai-sdk/provider` 3.x has no types for them, so the
 * shapes of `VideoModelV4OperationStartResult` / `…StatusResult` are declared here.
 */

type Response = { timestamp: Date; modelId: string; headers: Record<string, string> | undefined };

/**
 * What `doStart` returns: `operation` is `{ endpointId, modelId, jobIds }`, one job per video,
 * and `webhookTokens` (one per job) when RunPod was given a webhook URL.
 */
export interface VideoStartResult {
  operation: JSONValue;
  warnings: SharedV3Warning[];
  providerMetadata: { runpod: JSONObject };
  response: Response;
}

/** What `doStatus` returns. */
export type VideoStatusResult =
  | { status: 'pending'; response: Response }
  | {
      status: 'completed';
      videos: Array<
        | { type: 'url'; url: string; mediaType: string }
        | { type: 'base64'; data: string; mediaType: string }
      >;
      warnings: SharedV3Warning[];
      providerMetadata: { runpod: JSONObject };
      response: Response;
    }
  | { status: 'error'; error: string; response: Response };

/**
 * Starts `count` video jobs (`POST /run`) and returns at once with their IDs. The seed
 * counts up per job, as in `doGenerate`. When one cannot be started, the others are
 * cancelled and the error is passed on.
 *
 * @throws {InvalidArgumentError} for a body over `/run`'s 10 MB.
 * @throws {APICallError} when RunPod refuses a job.
 */
export async function startVideoJobs(
  config: JobClientConfig,
  options: {
    context: RunPodErrorContext;
    input: Record<string, unknown>;
    count: number;
    maxWaitMs: number;
    warnings: SharedV3Warning[];
    abortSignal?: AbortSignal;
    headers?: Record<string, string | undefined>;
    /** Per job, the URL sent as `/run`'s top-level `webhook`. */
    webhooks?: string[];
    /** Per job, the token its webhook URL carries, kept in the operation for the receiver. */
    webhookTokens?: string[];
  },
): Promise<VideoStartResult> {
  const { context, input, count, webhooks, webhookTokens, ...job } = options;
  const settled = await Promise.allSettled(
    Array.from({ length: count }, (_, index) =>
      startJob(config, {
        ...job,
        context,
        input: inputOfJob(input, index),
        webhook: webhooks?.[index],
      }),
    ),
  );
  const failed = settled.find(result => result.status === 'rejected');
  if (failed !== undefined) {
    // Nobody will ask for the jobs that did start: cancel them rather than pay for them.
    for (const result of settled) {
      if (result.status === 'fulfilled') {
        void cancelStartedJob(config, { context, jobId: result.value.jobId, headers: job.headers });
      }
    }
    throw failed.reason;
  }
  const started = settled.map(result => (result as PromiseFulfilledResult<StartedJob>).value);
  const jobIds = started.map(({ jobId }) => jobId);
  return {
    operation: {
      endpointId: context.endpointId,
      modelId: context.modelId,
      jobIds,
      ...(webhookTokens === undefined ? {} : { webhookTokens }),
    },
    warnings: options.warnings,
    providerMetadata: { runpod: { jobIds } },
    response: {
      timestamp: new Date(),
      modelId: context.modelId,
      headers: started.at(-1)?.responseHeaders,
    },
  };
}

/**
 * Reads every job of an operation once (`GET /status/{id}`): `error` when one failed (with
 * RunPod's text, job ID and endpoint), `pending` while one runs, else `completed` with the
 * videos as URLs (ai@7 downloads them) or base64, and per video its job ID, `delayTime` and
 * `executionTime` (ms), `cost` (USD) and `url` in `providerMetadata.runpod.videos`.
 *
 * @throws {InvalidArgumentError} for an operation that is not one `doStart` returned.
 * @throws {APICallError} when RunPod no longer knows a job (404) or the request fails.
 */
export async function videoJobsStatus(
  config: JobClientConfig,
  {
    context,
    operation,
    abortSignal,
    headers,
    delivered,
  }: {
    context: RunPodErrorContext;
    operation: JSONValue;
    abortSignal?: AbortSignal;
    headers?: Record<string, string | undefined>;
    /** Jobs RunPod has POSTed to this process's webhook, used instead of reading them. */
    delivered?: Map<string, JobStatus>;
  },
): Promise<VideoStatusResult> {
  const jobIds = jobIdsOf(operation);
  const statuses = await Promise.all(
    jobIds.map(jobId => {
      const status = delivered?.get(jobId);
      delivered?.delete(jobId);
      return status ?? getJobStatus(config, { context, jobId, abortSignal, headers });
    }),
  );
  return videoStatusOf(context, statuses);
}

/**
 * The status of an operation's jobs, as `doStatus` reports it: `error` when one failed,
 * `pending` while one runs, else `completed` with every job's videos and metadata.
 */
export function videoStatusOf(
  context: RunPodErrorContext,
  statuses: JobStatus[],
): VideoStatusResult {
  const response = (headers: Record<string, string> | undefined): Response => ({
    timestamp: new Date(),
    modelId: context.modelId,
    headers,
  });
  const last = statuses.at(-1)?.responseHeaders;
  const failed = statuses.find(status => status.status === 'error');
  if (failed?.status === 'error') {
    return {
      status: 'error',
      error: failed.error.message,
      response: response(failed.responseHeaders),
    };
  }
  if (statuses.some(status => status.status === 'pending')) {
    return { status: 'pending', response: response(last) };
  }
  const videos: Extract<VideoStatusResult, { status: 'completed' }>['videos'] = [];
  const metadata: JSONObject[] = [];
  for (const status of statuses) {
    if (status.status !== 'completed') continue;
    for (const value of status.media) videos.push(videoData(value));
    const { jobId, delayTime, executionTime, cost } = status;
    const urls = status.media.filter(value => /^https?:\/\//i.test(value));
    metadata.push(jobMetadata({ jobId, delayTime, executionTime, cost, urls }));
  }
  return {
    status: 'completed',
    videos,
    warnings: [],
    providerMetadata: { runpod: { videos: metadata } },
    response: response(last),
  };
}

/** A media value as ai@7's video data: URLs as they are, `data:` URLs and bare base64 as base64. */
function videoData(
  value: string,
): Extract<VideoStatusResult, { status: 'completed' }>['videos'][number] {
  if (/^https?:\/\//i.test(value)) return { type: 'url', url: value, mediaType: 'video/mp4' };
  const dataUrl = parseDataUrl(value);
  return dataUrl === undefined
    ? { type: 'base64', data: value, mediaType: 'video/mp4' }
    : { type: 'base64', data: dataUrl.payload, mediaType: dataUrl.mediaType ?? 'video/mp4' };
}

function jobIdsOf(operation: JSONValue): string[] {
  const jobIds = (operation as { jobIds?: unknown } | null)?.jobIds;
  if (
    !Array.isArray(jobIds) ||
    jobIds.length === 0 ||
    !jobIds.every(id => typeof id === 'string')
  ) {
    throw new InvalidArgumentError({
      argument: 'operation',
      message: `RunPod video operation must be the { endpointId, jobIds } that doStart returned, got ${JSON.stringify(operation)}.`,
    });
  }
  return jobIds;
}
