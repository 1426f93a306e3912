import type {
  Experimental_VideoModelV3,
  Experimental_VideoModelV3CallOptions,
  JSONObject,
} from '@ai-sdk/provider';
import { type ResolvedMediaModel, resolveMediaModel } from '../catalog/resolve-model';
import {
  ownVideoEndpoint,
  videoModelCatalog,
  type VideoModelCatalogEntry,
} from '../catalog/video-models';
import type { JobClientConfig } from '../jobs/job-client';
import { MediaCall } from '../media/media-call';
import { runMediaJobs } from '../media/media-jobs';
import type { RunPodVideoModelId } from './runpod-video-options';
import { mapVideoOptions } from './video-input';

/**
 * A video model on a RunPod queue endpoint (https://docs.runpod.io/public-endpoints/reference):
 * each video is one job (`/cancel` on abort), `n` videos run as `n` jobs at once, and the
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
  /** Videos per `doGenerate` call (one job each); `experimental_generateVideo` splits larger `n`. */
  readonly maxVideosPerCall = 4;
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
    });
    this.modelId = this.model.modelId;
  }

  async doGenerate(
    options: Experimental_VideoModelV3CallOptions,
  ): Promise<Awaited<ReturnType<Experimental_VideoModelV3['doGenerate']>>> {
    const { modelId, endpointId, entry, catalogEntry } = this.model;
    const call = await MediaCall.start({
      kind: 'video',
      modelId,
      entry,
      providerOptions: options.providerOptions,
    });
    mapVideoOptions(call, options, { alwaysWithSound: catalogEntry?.audio === 'always' });
    const input = call.finish();

    const results = await runMediaJobs(this.config, {
      count: options.n,
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
}

/** The media host's content type when it names one; RunPod's video endpoints return MP4. */
function videoMediaType(contentType: string | undefined): string {
  return contentType !== undefined && contentType !== 'application/octet-stream'
    ? contentType
    : 'video/mp4';
}
