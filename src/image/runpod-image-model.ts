import type { ImageModelV3, ImageModelV3CallOptions, JSONObject } from '@ai-sdk/provider';
import {
  imageModelAliases,
  imageModelCatalog,
  type ImageModelCatalogEntry,
} from '../catalog/image-models';
import type { JobClientConfig } from '../jobs/job-client';
import { runMediaJobs } from '../jobs/media-job';
import { parseMediaOptions, resolveMediaModel } from '../jobs/media-model';
import type { RunPodErrorContext } from '../runpod-error';
import { imageFamilies } from './families';
import { ownEndpointFamily } from './families/own-endpoint';
import type { ImageFamily } from './image-call';
import { toImageCall } from './image-call';
import type { RunPodImageModelId } from './runpod-image-options';

const DEFAULT_MAX_WAIT_MS = 300_000;

/**
 * An image model on a RunPod queue endpoint: each image is one job
 * (`/runsync` then `/status`), `n` images run as `n` jobs at once, and the result URLs
 * are downloaded. `providerMetadata.runpod.images` holds one entry per image with the
 * job ID, `delayTime` and `executionTime` (ms), `cost` (USD) and `url`.
 */
export class RunPodImageModel implements ImageModelV3 {
  readonly specificationVersion = 'v3';
  readonly provider = 'runpod.image';
  /** Images per `doGenerate` call (one job each); `generateImage` splits larger `n`. */
  readonly maxImagesPerCall = 10;
  readonly modelId: string;
  private readonly entry: ImageModelCatalogEntry | undefined;
  private readonly family: ImageFamily<any>;
  private readonly context: RunPodErrorContext;

  constructor(
    modelId: RunPodImageModelId,
    private readonly config: JobClientConfig,
  ) {
    const resolved = resolveMediaModel({
      modelId,
      modelType: 'imageModel',
      catalog: imageModelCatalog,
      aliases: imageModelAliases,
      families: imageFamilies,
      ownEndpointFamily: ownEndpointFamily,
    });
    this.modelId = resolved.modelId;
    this.entry = resolved.entry;
    this.family = resolved.family;
    this.context = resolved.context;
  }

  async doGenerate(
    options: ImageModelV3CallOptions,
  ): Promise<Awaited<ReturnType<ImageModelV3['doGenerate']>>> {
    const { maxWaitMs, options: familyOptions } = await parseMediaOptions({
      providerOptions: options.providerOptions,
      schema: this.family.options,
      modelId: this.modelId,
      defaultMaxWaitMs: DEFAULT_MAX_WAIT_MS,
    });
    const call = toImageCall(options, { modelId: this.modelId, entry: this.entry, familyOptions });
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
      images: results.flatMap(result => result.media.map(media => media.data)),
      warnings: call.warnings,
      providerMetadata: {
        runpod: { images: results.map(result => result.metadata as JSONObject) },
      },
      response: {
        timestamp: new Date(),
        modelId: this.modelId,
        headers: results[results.length - 1]?.job.responseHeaders,
      },
    };
  }
}
