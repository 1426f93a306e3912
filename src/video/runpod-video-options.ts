import type { RunPodCatalogVideoModelId, videoModelCatalog } from '../catalog/video-models';
import type { RunPodV1PollingOptions } from '../compat/v1-options';
import type { MediaModelOptions, MediaProviderOptions } from '../media/media-options';

/**
 * A RunPod video model ID: a catalog ID such as `alibaba/wan-2.6-t2v` (see the video table
 * in README.md), a public endpoint slug such as `wan-2-6-t2v`, or the endpoint ID (or
 * console URL) of your own video endpoint.
 */
export type RunPodVideoModelId = RunPodCatalogVideoModelId | (string & {});

/**
 * The documented `providerOptions.runpod` keys of one catalog video model: each input its
 * RunPod page lists, under RunPod's name (`negative_prompt`) and under our camelCase alias
 * (`negativePrompt`), with its type and allowed values. Inferred from the schema the
 * provider checks the options with.
 */
export type RunPodVideoModelOptions<ID extends RunPodCatalogVideoModelId> = MediaModelOptions<
  (typeof videoModelCatalog)[ID]
>;

/**
 * `providerOptions.runpod` for video models. Every model takes `maxWaitMs` (in ms, default
 * 1 200 000). A catalog model takes the inputs its page documents
 * (`RunPodVideoProviderOptions<'<model id>'>`; RunPod's names or our aliases, checked before any
 * request); any other key is sent in the job's `input` as given, with a warning. Media
 * inputs (`audio`, `video`) are URLs or `data:` URLs. For your own endpoints every key is
 * sent as given.
 */
export type RunPodVideoProviderOptions<ID extends RunPodVideoModelId = RunPodVideoModelId> =
  MediaProviderOptions<typeof videoModelCatalog, ID> & RunPodV1PollingOptions;
