import type { ImageModelV3, ImageModelV3CallOptions } from '@ai-sdk/provider';
import {
  imageModelAliases,
  imageModelCatalog,
  ownImageEndpoint,
  type ImageModelCatalogEntry,
} from '../catalog/image-models';
import { type ResolvedMediaModel, resolveMediaModel } from '../catalog/resolve-model';
import type { JobClientConfig } from '../jobs/job-client';
import type { RunPodImageModelId } from './runpod-image-options';

/**
 * An image model on a RunPod queue endpoint: each image is one job, `n` images run as `n`
 * jobs at once, and the result URLs are downloaded. `providerMetadata.runpod.images` holds
 * one entry per image with the job ID, `delayTime` and `executionTime` (ms), `cost` (USD)
 * and `url`.
 *
 * @throws {InvalidArgumentError} before any request, for options the model cannot take
 * (see `mapImageOptions`) and provider option values its entry does not allow.
 * @throws {APICallError} when RunPod rejects or fails the job, or it outlasts `maxWaitMs`.
 */
export class RunPodImageModel implements ImageModelV3 {
  readonly specificationVersion = 'v3';
  readonly provider = 'runpod.image';
  /**
   * Images per `doGenerate` call (one job each, 10 at a time). `generateImage` splits a larger
   * `n` into calls that each get the same `seed`, so the seeds would repeat from there.
   */
  readonly maxImagesPerCall = 100;
  readonly modelId: string;
  private readonly model: ResolvedMediaModel<ImageModelCatalogEntry>;
  /** The sibling that runs calls with `loras`, where the entry names one. */
  private readonly lorasModel: ResolvedMediaModel<ImageModelCatalogEntry> | undefined;

  constructor(
    modelId: RunPodImageModelId,
    private readonly config: JobClientConfig,
  ) {
    this.model = resolveMediaModel({
      modelId,
      modelType: 'imageModel',
      catalog: imageModelCatalog,
      aliases: imageModelAliases,
      ownEndpoint: ownImageEndpoint,
      pinned: config,
    });
    this.modelId = this.model.modelId;
    const variant = this.model.catalogEntry?.lorasVariant;
    this.lorasModel =
      variant === undefined
        ? undefined
        : resolveMediaModel({
            modelId: variant,
            modelType: 'imageModel',
            catalog: imageModelCatalog,
            ownEndpoint: ownImageEndpoint,
            pinned: config,
          });
  }

  async doGenerate(
    options: ImageModelV3CallOptions,
  ): Promise<Awaited<ReturnType<ImageModelV3['doGenerate']>>> {
    // The job road loads on first use: a language-only app's bundler can leave it out.
    const { generateImages } = await import('./generate-images');
    const model =
      this.lorasModel !== undefined && options.providerOptions?.runpod?.loras !== undefined
        ? this.lorasModel
        : this.model;
    return generateImages(model, this.config, options);
  }
}
