import type { RunPodCatalogImageModelId } from '../catalog/image-models';
import type { RunPodImageModelOptions } from './families/parameters';

/**
 * A RunPod image model ID: a catalog ID such as `black-forest-labs/flux-1-schnell` (see the
 * image table in README.md), a public endpoint slug, or the endpoint ID (or console URL)
 * of your own image endpoint.
 */
export type RunPodImageModelId = RunPodCatalogImageModelId | (string & {});

/**
 * `providerOptions.runpod` for image models. Every model takes `maxWaitMs`. Catalog
 * models take the {@link RunPodImageModelOptions} keys their catalog entry lists (see
 * README.md, "Image models"); any other key is an `InvalidArgumentError`. For your own
 * endpoints, every key is sent as is in the job's `input`.
 */
export type RunPodImageProviderOptions = {
  /** Wait at most this long for a job in all, in ms (default 300 000); then it is cancelled. */
  maxWaitMs?: number;
} & RunPodImageModelOptions &
  Record<string, unknown>;
