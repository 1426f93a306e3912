import type { ImageModelV3, ImageModelV3CallOptions, JSONObject } from '@ai-sdk/provider';
import type { ImageModelCatalogEntry } from '../catalog/image-models';
import type { ResolvedMediaModel } from '../catalog/resolve-model';
import { readV1ImageCall, startMediaCall } from '../compat/read-v1-options';
import type { JobClientConfig } from '../jobs/job-client';
import { findWorkerErrors } from '../jobs/job-output';
import { readComfyUIOptions } from '../media/comfyui-options';
import { runMediaJobs } from '../media/media-jobs';
import { comfyUIJobInputs } from './comfyui-input';
import { mapImageOptions } from './image-input';

/**
 * One `doGenerate` of an image model (see `RunPodImageModel`): the call's options as the
 * model's `input`, `n` jobs (10 at a time), the images downloaded. Loaded on first use.
 * On your own endpoint with `providerOptions.runpod.workflow` (worker-comfyui), the options
 * go into the workflow instead (`comfyUIJobInputs`), and the errors the worker reports
 * beside its images are warnings.
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
  const comfy = entry.passThrough
    ? await readComfyUIOptions({ providerOptions: options.providerOptions, modelId })
    : undefined;
  const call = await startMediaCall({
    kind: 'image',
    modelId,
    entry,
    providerOptions: options.providerOptions,
  });
  call.warnings.unshift(...v1.warnings);
  let input: Record<string, unknown> | Array<Record<string, unknown>>;
  if (call.collecting) {
    input = {}; // the job was submitted earlier: nothing is sent
  } else if (comfy !== undefined) {
    input = comfyUIJobInputs(call, options, comfy);
  } else {
    mapImageOptions(call, options);
    input = { ...call.finish(), ...v1.input };
  }

  const { results, response } = await runMediaJobs(config, {
    model,
    input,
    maxWaitMs: call.maxWaitMs,
    jobOptions: call.jobOptions,
    concurrency: 10,
    options,
  });
  for (const message of results.flatMap(result => findWorkerErrors(result.job.output))) {
    call.warnings.push({ type: 'other', message: `${call.name}: the worker reported: ${message}` });
  }
  return {
    images: results.flatMap(result => result.media.map(media => media.data)),
    warnings: call.warnings,
    providerMetadata: {
      runpod: { images: results.map(result => result.metadata as JSONObject) },
    },
    response,
  };
}
