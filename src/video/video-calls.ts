import type {
  Experimental_VideoModelV3,
  Experimental_VideoModelV3CallOptions,
  JSONObject,
  JSONValue,
} from '@ai-sdk/provider';
import type { ResolvedMediaModel } from '../catalog/resolve-model';
import type { VideoModelCatalogEntry } from '../catalog/video-models';
import { startMediaCall } from '../compat/read-v1-options';
import type { JobClientConfig } from '../jobs/job-client';
import { runMediaJobs } from '../media/media-jobs';
import { mapVideoOptions } from './video-input';
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

/** ai@7's `doStart`: one `POST /run` per video; the job IDs are the operation. */
export async function startVideos(
  model: VideoModel,
  config: JobClientConfig,
  options: Experimental_VideoModelV3CallOptions,
): Promise<VideoStartResult> {
  const { call, input } = await prepare(model, options);
  return startVideoJobs(config, {
    context: { modelId: model.modelId, endpointId: model.endpointId },
    input,
    count: options.n,
    maxWaitMs: call.maxWaitMs,
    warnings: call.warnings,
    abortSignal: options.abortSignal,
    headers: options.headers,
  });
}

/** ai@7's `doStatus`: reads the jobs `doStart` started, once each; see {@link videoJobsStatus}. */
export function videoStatus(
  model: VideoModel,
  config: JobClientConfig,
  options: {
    operation: JSONValue;
    abortSignal?: AbortSignal;
    headers?: Record<string, string | undefined>;
  },
): Promise<VideoStatusResult> {
  return videoJobsStatus(config, {
    ...options,
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
  mapVideoOptions(call, options, { alwaysWithSound: catalogEntry?.audio === 'always' });
  return { call, input: call.finish() };
}

/** The media host's content type when it names one; RunPod's video endpoints return MP4. */
function videoMediaType(contentType: string | undefined): string {
  return contentType !== undefined && contentType !== 'application/octet-stream'
    ? contentType
    : 'video/mp4';
}
