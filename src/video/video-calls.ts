import { isAllowedWebhookUrl } from '../core/webhook-url';
import {
  APICallError,
  InvalidArgumentError,
  type Experimental_VideoModelV3,
  Experimental_VideoModelV3CallOptions,
  JSONObject,
  JSONValue,
} from '@ai-sdk/provider';
import type { ResolvedMediaModel } from '../catalog/resolve-model';
import type { VideoModelCatalogEntry } from '../catalog/video-models';
import { startMediaCall } from '../compat/read-v1-options';
import type { JobClientConfig } from '../jobs/job-client';
import { runMediaJobs } from '../media/media-jobs';
import { describeModel } from '../core/errors';
import { newWebhookToken, withWebhookToken } from '../jobs/webhook-token';
import { mapVideoOptions } from './video-input';
import { settleWebhookCall, type VideoWebhookState } from './video-webhooks';
import {
  startVideoJobs,
  type VideoStartResult,
  videoJobsStatus,
  type VideoStatusResult,
} from './video-operation';

/*
 * What a video model (`RunPodVideoModel`) does when called: `doGenerate`, and ai@7's
 * `doStart` / `doStatus`. Loaded on first use.
 */

type VideoModel = ResolvedMediaModel<VideoModelCatalogEntry>;

/** One `doGenerate`: `n` jobs (4 at a time), the videos downloaded. */
export async function generateVideos(
  model: VideoModel,
  config: JobClientConfig,
  options: Experimental_VideoModelV3CallOptions,
): Promise<Awaited<ReturnType<Experimental_VideoModelV3['doGenerate']>>> {
  const { call, input } = await prepare(model, options);
  const { results, response } = await runMediaJobs(config, {
    model,
    input,
    maxWaitMs: call.maxWaitMs,
    jobOptions: call.jobOptions,
    concurrency: 4,
    options,
  });
  return {
    videos: results.flatMap(result =>
      result.media.map(media => ({
        type: 'binary' as const,
        data: media.data,
        mediaType: videoMediaType(media.mediaType),
      })),
    ),
    warnings: call.warnings,
    providerMetadata: {
      runpod: { videos: results.map(result => result.metadata as JSONObject) },
    },
    response,
  };
}

/**
 * ai@7's `doStart`: one `POST /run` per video; the job IDs are the operation. A webhook URL
 * (ai@7's `webhookUrl`, else `providerOptions.runpod.webhook`) goes to every job with a
 * token of its own, kept in the operation for `runpod.webhooks.video`; a URL that
 * `handleWebhookOption` made already carries its call's token and takes one video.
 *
 * @throws {InvalidArgumentError} for `n` > 1 with ai@7's `webhook` option.
 */
export async function startVideos(
  model: VideoModel,
  config: JobClientConfig,
  webhookState: VideoWebhookState,
  options: Experimental_VideoModelV3CallOptions & { webhookUrl?: string },
): Promise<VideoStartResult> {
  const context = { modelId: model.modelId, endpointId: model.endpointId };
  const ownCall = options.webhookUrl !== undefined && webhookState.calls.has(options.webhookUrl);
  try {
    const { call, input } = await prepare(model, options);
    if (call.collecting) {
      throw new InvalidArgumentError({
        argument: 'providerOptions.runpod.jobId',
        message: `${describeModel(context)}: experimental_startVideo starts jobs; to read a job started earlier, pass its operation to experimental_getVideoStatus (or providerOptions.runpod.jobId to experimental_generateVideo).`,
      });
    }
    if (options.webhookUrl !== undefined && !isAllowedWebhookUrl(options.webhookUrl)) {
      throw new InvalidArgumentError({
        argument: 'webhookUrl',
        message: `${describeModel(context)}: the webhook URL must be https: (or http: on localhost / 127.0.0.1), so that results do not travel in the clear.`,
      });
    }
    const webhook = options.webhookUrl ?? call.jobOptions.webhook;
    if (ownCall && options.n > 1) {
      throw new InvalidArgumentError({
        argument: 'n',
        message: `${describeModel(context)}: with the webhook option, generate one video per call (n: 1): RunPod posts each job on its own, and ai@7 waits for one delivery.`,
      });
    }
    const tokens = webhook === undefined || ownCall ? undefined : jobTokens(options.n);
    const started = await startVideoJobs(config, {
      context,
      input,
      count: options.n,
      maxWaitMs: call.maxWaitMs,
      warnings: call.warnings,
      abortSignal: options.abortSignal,
      headers: options.headers,
      webhooks:
        webhook === undefined
          ? undefined
          : (tokens?.map(token => withWebhookToken(webhook, token)) ?? [webhook]),
      webhookTokens: tokens,
    });
    if (ownCall) settleWebhookCall(webhookState, webhook!, { jobIds: jobIdsOf(started) });
    return started;
  } catch (error) {
    // ai@7 retries a retryable failure with the same URL: keep the call for it.
    const retryable = APICallError.isInstance(error) && error.isRetryable;
    if (ownCall && !retryable) settleWebhookCall(webhookState, options.webhookUrl!, { error });
    throw error;
  }
}

function jobTokens(count: number): string[] {
  return Array.from({ length: count }, () => newWebhookToken());
}

/** ai@7's `doStatus`: reads the jobs `doStart` started, once each; see {@link videoJobsStatus}. */
export function videoStatus(
  model: VideoModel,
  config: JobClientConfig,
  webhookState: VideoWebhookState,
  options: {
    operation: JSONValue;
    abortSignal?: AbortSignal;
    headers?: Record<string, string | undefined>;
  },
): Promise<VideoStatusResult> {
  return videoJobsStatus(config, {
    ...options,
    delivered: webhookState.delivered,
    context: { modelId: model.modelId, endpointId: model.endpointId },
  });
}

/** The call's options as the job's `input`, checked against the model's entry. */
async function prepare(model: VideoModel, options: Experimental_VideoModelV3CallOptions) {
  const { modelId, entry, catalogEntry } = model;
  const call = await startMediaCall({
    kind: 'video',
    modelId,
    entry,
    providerOptions: options.providerOptions,
  });
  if (!call.collecting) {
    mapVideoOptions(call, options, { alwaysWithSound: catalogEntry?.audio === 'always' });
  }
  return { call, input: call.finish() };
}

/** The media host's content type when it names one; RunPod's video endpoints return MP4. */
function videoMediaType(contentType: string | undefined): string {
  return contentType !== undefined && contentType !== 'application/octet-stream'
    ? contentType
    : 'video/mp4';
}

function jobIdsOf(started: VideoStartResult): string[] {
  return (started.operation as { jobIds: string[] }).jobIds;
}
