import type {
  Experimental_VideoModelV3,
  Experimental_VideoModelV3CallOptions,
  JSONObject,
} from '@ai-sdk/provider';
import { videoModelCatalog, type VideoModelCatalogEntry } from '../catalog/video-models';
import type { JobClientConfig } from '../jobs/job-client';
import { runMediaJobs } from '../jobs/media-job';
import { parseMediaOptions, resolveMediaModel } from '../jobs/media-model';
import type { RunPodErrorContext } from '../runpod-error';
import { videoFamilies } from './families';
import { ownEndpointFamily } from './families/own-endpoint';
import type { RunPodVideoModelId } from './runpod-video-options';
import { toVideoCall, type VideoFamily } from './video-call';

const DEFAULT_MAX_WAIT_MS = 1_200_000;

/**
 * A video model on a RunPod queue endpoint
 * (https://docs.runpod.io/public-endpoints/reference): each video is one job (`/runsync`,
 * then `/status` polls until it ends, `/cancel` on abort), `n` videos run as `n` jobs at
 * once, and the result URLs are downloaded, so `videos` holds bytes.
 * `providerMetadata.runpod.videos` holds one entry per video with the job ID, `delayTime`
 * and `executionTime` (ms), `cost` (USD) and `url` (valid for 7 days).
 *
 * @throws {InvalidArgumentError} before any request, for options the model cannot take
 * (see {@link toVideoCall}) and for unknown `providerOptions.runpod` keys.
 * @throws {APICallError} when RunPod rejects or fails the job, or it outlasts `maxWaitMs`.
 */
export class RunPodVideoModel implements Experimental_VideoModelV3 {
  readonly specificationVersion = 'v3';
  readonly provider = 'runpod.video';
  /** Videos per `doGenerate` call (one job each); `experimental_generateVideo` splits larger `n`. */
  readonly maxVideosPerCall = 4;
  readonly modelId: string;
  private readonly entry: VideoModelCatalogEntry | undefined;
  private readonly family: VideoFamily<any>;
  private readonly context: RunPodErrorContext;

  constructor(
    modelId: RunPodVideoModelId,
    private readonly config: JobClientConfig,
  ) {
    const resolved = resolveMediaModel({
      modelId,
      modelType: 'videoModel',
      catalog: videoModelCatalog,
      families: videoFamilies,
      ownEndpointFamily: ownEndpointFamily,
    });
    this.modelId = resolved.modelId;
    this.entry = resolved.entry;
    this.family = resolved.family;
    this.context = resolved.context;
  }

  async doGenerate(
    options: Experimental_VideoModelV3CallOptions,
  ): Promise<Awaited<ReturnType<Experimental_VideoModelV3['doGenerate']>>> {
    const { maxWaitMs, options: familyOptions } = await parseMediaOptions({
      providerOptions: options.providerOptions,
      schema: this.family.options,
      modelId: this.modelId,
      defaultMaxWaitMs: DEFAULT_MAX_WAIT_MS,
    });
    const call = toVideoCall(options, { modelId: this.modelId, entry: this.entry, familyOptions });
    const input = this.family.toInput(call);

    const results = await runMediaJobs(this.config, {
      count: options.n,
      context: this.context,
      input,
      maxWaitMs,
      typicalExecutionMs: this.entry?.typicalExecutionMs,
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
        modelId: this.modelId,
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
