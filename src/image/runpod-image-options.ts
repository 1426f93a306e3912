import type { RunPodCatalogImageModelId } from '../catalog/image-models';

/**
 * A RunPod image model ID: a catalog ID such as `black-forest-labs/flux-1-schnell` (see the
 * image table in README.md), a public endpoint slug, or the endpoint ID (or console URL)
 * of your own image endpoint.
 */
export type RunPodImageModelId = RunPodCatalogImageModelId | (string & {});

/**
 * `providerOptions.runpod` for image models. Every model takes `maxWaitMs`; the rest
 * depends on the model's family (see README.md, "Image models"). For your own endpoints,
 * every key is sent as is in the job's `input`.
 */
export type RunPodImageProviderOptions = {
  /** Wait at most this long for a job in all, in ms (default 300 000); then it is cancelled. */
  maxWaitMs?: number;
} & Record<string, unknown>;
