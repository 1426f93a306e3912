import type {
  Experimental_VideoModelV3,
  Experimental_VideoModelV3CallOptions,
  JSONValue,
} from '@ai-sdk/provider';
import { type ResolvedMediaModel, resolveMediaModel } from '../catalog/resolve-model';
import {
  ownVideoEndpoint,
  videoModelCatalog,
  type VideoModelCatalogEntry,
} from '../catalog/video-models';
import type { JobClientConfig } from '../jobs/job-client';
import type { RunPodVideoModelId } from './runpod-video-options';
import type { VideoStartResult, VideoStatusResult } from './video-operation';
import type { VideoWebhookState } from './video-webhooks';

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
  /** Webhook calls in flight and the jobs RunPod delivered to them (see `video-webhooks.ts`). */
  private readonly webhooks: VideoWebhookState = { calls: new Map(), delivered: new Map() };

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

  // The job road loads on first use: a language-only app's bundler can leave it out.

  async doGenerate(
    options: Experimental_VideoModelV3CallOptions,
  ): Promise<Awaited<ReturnType<Experimental_VideoModelV3['doGenerate']>>> {
    const { generateVideos } = await import('./video-calls');
    return generateVideos(this.model, this.config, options);
  }

  /**
   * ai@7's start/status flow (`experimental_startVideo`, `experimental_getVideoStatus`,
   * `experimental_generateVideo` with `poll`): submits one job per video with `POST /run`
   * and returns their IDs as the operation, at once. ai@7 waits between `doStatus` calls
   * itself, so an abort there cannot cancel the jobs; `doGenerate` (the default) does.
   *
   * @throws {InvalidArgumentError} as `doGenerate` does, before any request.
   */
  async doStart(
    options: Experimental_VideoModelV3CallOptions & { webhookUrl?: string },
  ): Promise<VideoStartResult> {
    const { startVideos } = await import('./video-calls');
    return startVideos(this.model, this.config, this.webhooks, options);
  }

  /**
   * ai@7's `webhook` option of `experimental_generateVideo`: RunPod takes a webhook URL per
   * job (`/run`'s `webhook`), so this asks the factory for its URL, adds a random token, and
   * hands it to `doStart`. `received` resolves once RunPod has POSTed the job this call
   * started, which then becomes the call's result; any other delivery rejects it with an
   * `InvalidArgumentError`. One video per call (`n: 1`).
   */
  async handleWebhookOption<DELIVERY extends { body: JSONValue }>(options: {
    webhook: () => PromiseLike<{ url: string; received: PromiseLike<DELIVERY> }>;
  }): Promise<{ webhookUrl: string; received: Promise<DELIVERY> }> {
    const { handleVideoWebhookOption } = await import('./video-webhooks');
    const context = { modelId: this.model.modelId, endpointId: this.model.endpointId };
    return handleVideoWebhookOption(this.webhooks, context, options.webhook);
  }

  /** Reads the jobs `doStart` started, once each (`GET /status/{id}`). */
  async doStatus(options: {
    operation: JSONValue;
    abortSignal?: AbortSignal;
    headers?: Record<string, string | undefined>;
  }): Promise<VideoStatusResult> {
    const { videoStatus } = await import('./video-calls');
    return videoStatus(this.model, this.config, this.webhooks, options);
  }
}
