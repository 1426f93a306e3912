import type { ImageModelV3, ImageModelV3CallOptions, JSONObject } from '@ai-sdk/provider';
import type { ImageModelCatalogEntry } from '../catalog/image-models';
import type { ResolvedMediaModel } from '../catalog/resolve-model';
import { readV1ImageCall, startMediaCall } from '../compat/read-v1-options';
import type { JobClientConfig } from '../jobs/job-client';
import { runMediaJobs } from '../media/media-jobs';
import { mapImageOptions } from './image-input';

/**
 * One `doGenerate` of an image model (see `RunPodImageModel`): the call's options as the
 * model's `input`, `n` jobs (10 at a time), the images downloaded. Loaded on first use.
 */
export async function generateImages(
  model: ResolvedMediaModel<ImageModelCatalogEntry>,
  config: JobClientConfig,
  callOptions: ImageModelV3CallOptions,
): Promise<Awaited<ReturnType<ImageModelV3['doGenerate']>>> {
  const { modelId, entry } = model;
  // 1.x's input-image options and sizes, in RunPod's terms (1.x's values are sent as given).
  const v1 = readV1ImageCall({ modelId, entry, options: callOptions });
  const options = v1.options;
  const call = await startMediaCall({
    kind: 'image',
    modelId,
    entry,
    providerOptions: options.providerOptions,
  });
  call.warnings.unshift(...v1.warnings);
  mapImageOptions(call, options);
  const input = { ...call.finish(), ...v1.input };

  const { results, response } = await runMediaJobs(config, {
    model,
    input,
    maxWaitMs: call.maxWaitMs,
    concurrency: 10,
    options,
  });
  return {
    images: results.flatMap(result => result.media.map(media => media.data)),
    warnings: call.warnings,
    providerMetadata: {
      runpod: { images: results.map(result => result.metadata as JSONObject) },
    },
    response,
  };
}
