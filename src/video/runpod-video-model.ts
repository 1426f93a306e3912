import { startMediaCall } from '../compat/read-v1-options';
import type {
  Experimental_VideoModelV3,
  Experimental_VideoModelV3CallOptions,
  JSONObject,
  JSONValue,
} from '@ai-sdk/provider';
import { type ResolvedMediaModel, resolveMediaModel } from '../catalog/resolve-model';
import {
  ownVideoEndpoint,
  videoModelCatalog,
  type VideoModelCatalogEntry,
} from '../catalog/video-models';
import type { JobClientConfig } from '../jobs/job-client';
import { runMediaJobs } from '../media/media-jobs';
import type { RunPodVideoModelId } from './runpod-video-options';
import { mapVideoOptions } from './video-input';
import {
  startVideoJobs,
  type VideoStartResult,
  videoJobsStatus,
  type VideoStatusResult,
} from './video-operation';

/**
 * A video model on a RunPod queue endpoint (https://docs.runpod.io/public-endpoints/reference):
 * each video is one job (`POST /run`, then `/status-sync` long-polls; `/cancel` on abort),
 * `n` videos run as `n` jobs at once, and the
 * result URLs are downloaded, so `videos` holds bytes. `providerMetadata.runpod.videos`
 * holds one entry per video with the job ID, `delayTime` and `executionTime` (ms), `cost`
 * (USD) and `url` (valid for 7 days).
 *
 * @throws {InvalidArgumentError} before any request, for options the model cannot take (see
 * `mapVideoOptions`) and provider option values its entry does not allow.
 * @throws {APICallError} when RunPod rejects or fails the job, or it outlasts `maxWaitMs`.
 */
export class RunPodVideoModel implements Experimental_VideoModelV3 {
  readonly specificationVersion = 'v3';
  readonly provider = 'runpod.video';
  /**
   * Videos per `doGenerate` call (one job each, 4 at a time). `experimental_generateVideo`
   * splits a larger `n` into calls that each get the same `seed`.
   */
  readonly maxVideosPerCall = 20;
  readonly modelId: string;
  private readonly model: ResolvedMediaModel<VideoModelCatalogEntry>;

  constructor(
    modelId: RunPodVideoModelId,
    private readonly config: JobClientConfig,
  ) {
    this.model = resolveMediaModel({
      modelId,
      modelType: 'videoModel',
      catalog: videoModelCatalog,
      ownEndpoint: ownVideoEndpoint,
      pinned: config,
    });
    this.modelId = this.model.modelId;
  }

  async doGenerate(
    options: Experimental_VideoModelV3CallOptions,
  ): Promise<Awaited<ReturnType<Experimental_VideoModelV3['doGenerate']>>> {
    const { modelId, endpointId, catalogEntry } = this.model;
    const { call, input } = await this.prepare(options);

    const results = await runMediaJobs(this.config, {
      count: options.n,
      concurrency: 4,
      context: { modelId, endpointId },
      input,
      maxWaitMs: call.maxWaitMs,
      typicalExecutionMs: catalogEntry?.typicalExecutionMs,
      abortSignal: options.abortSignal,
      headers: options.headers,
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
      response: {
        timestamp: new Date(),
        modelId,
        headers: results[results.length - 1]?.job.responseHeaders,
      },
    };
  }

  /**
   * ai@7's start/status flow (`experimental_startVideo`, `experimental_getVideoStatus`,
   * `experimental_generateVideo` with `poll`): submits one job per video with `POST /run`
   * and returns their IDs as the operation, at once. ai@7 waits between `doStatus` calls
   * itself, so an abort there cannot cancel the jobs; `doGenerate` (the default) does.
   *
   * @throws {InvalidArgumentError} as `doGenerate` does, before any request.
   */
  async doStart(options: Experimental_VideoModelV3CallOptions): Promise<VideoStartResult> {
    const { call, input } = await this.prepare(options);
    return startVideoJobs(this.config, {
      context: { modelId: this.model.modelId, endpointId: this.model.endpointId },
      input,
      count: options.n,
      maxWaitMs: call.maxWaitMs,
      warnings: call.warnings,
      abortSignal: options.abortSignal,
      headers: options.headers,
    });
  }

  /** Reads the jobs `doStart` started, once each (`GET /status/{id}`); see {@link videoJobsStatus}. */
  doStatus(options: {
    operation: JSONValue;
    abortSignal?: AbortSignal;
    headers?: Record<string, string | undefined>;
  }): Promise<VideoStatusResult> {
    return videoJobsStatus(this.config, {
      ...options,
      context: { modelId: this.model.modelId, endpointId: this.model.endpointId },
    });
  }

  /** The call's options as the job's `input`, checked against the model's entry. */
  private async prepare(options: Experimental_VideoModelV3CallOptions) {
    const { modelId, entry, catalogEntry } = this.model;
    const call = await startMediaCall({
      kind: 'video',
      modelId,
      entry,
      providerOptions: options.providerOptions,
    });
    mapVideoOptions(call, options, { alwaysWithSound: catalogEntry?.audio === 'always' });
    return { call, input: call.finish() };
  }
}

/** The media host's content type when it names one; RunPod's video endpoints return MP4. */
function videoMediaType(contentType: string | undefined): string {
  return contentType !== undefined && contentType !== 'application/octet-stream'
    ? contentType
    : 'video/mp4';
}
