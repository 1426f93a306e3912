import type { imageModelCatalog, RunPodCatalogImageModelId } from '../catalog/image-models';
import type { RunPodV1PollingOptions } from '../compat/v1-options';
import type { MediaModelOptions, MediaProviderOptions } from '../media/media-options';

/**
 * A RunPod image model ID: a catalog ID such as `black-forest-labs/flux-1-schnell` (see the
 * image table in README.md), a public endpoint slug, or the endpoint ID (or console URL)
 * of your own image endpoint.
 */
export type RunPodImageModelId = RunPodCatalogImageModelId | (string & {});

/**
 * The documented `providerOptions.runpod` keys of one catalog image model: each input its
 * RunPod page lists, under RunPod's name (`negative_prompt`) and under our camelCase alias
 * (`negativePrompt`), with its type and allowed values. Inferred from the schema the
 * provider checks the options with.
 */
export type RunPodImageModelOptions<ID extends RunPodCatalogImageModelId> = MediaModelOptions<
  (typeof imageModelCatalog)[ID]
>;

/**
 * `providerOptions.runpod` for image models. Every model takes `maxWaitMs`. A catalog model
 * takes the inputs its page documents (`RunPodImageProviderOptions<'<model id>'>`; RunPod's names or
 * our aliases, checked before any request); any other key is sent in the job's `input` as
 * given, with a warning. For your own endpoints every key is sent as given, except on a
 * ComfyUI endpoint (worker-comfyui): there `workflow` (the workflow in ComfyUI's API format),
 * `workflowNodes` (`{ prompt?, negativePrompt?, seed?, size?, images? }`: node IDs) and
 * `negativePrompt` are read, and the call's options are written into the workflow (see
 * docs/comfyui.md).
 *
 * `RunPodImageProviderOptions<'black-forest-labs/flux-1-dev'>` has the keys of that model.
 */
export type RunPodImageProviderOptions<ID extends RunPodImageModelId = RunPodImageModelId> =
  MediaProviderOptions<typeof imageModelCatalog, ID> & RunPodV1PollingOptions;
