import type { RunPodCatalogVideoModelId } from '../catalog/video-models';

/**
 * A RunPod video model ID: a catalog ID such as `alibaba/wan-2.6-t2v` (see the video table
 * in README.md), a public endpoint slug such as `wan-2-6-t2v`, or the endpoint ID (or
 * console URL) of your own video endpoint.
 */
export type RunPodVideoModelId = RunPodCatalogVideoModelId | (string & {});

/**
 * `providerOptions.runpod` for video models. Every model takes `maxWaitMs`; the other keys
 * depend on the model (see README.md, "Video") and are checked strictly: a key the model
 * does not take is an `InvalidArgumentError`. Keys are the endpoint's parameters in
 * camelCase (`negativePrompt` is sent as `negative_prompt`). Media inputs that have no
 * standard option (InfiniteTalk's and P-Video's `audio`, Kling motion control's `video`)
 * are URLs or `data:` URLs. For your own endpoints, every key is sent as is in the job's
 * `input`.
 */
export type RunPodVideoProviderOptions = {
  /**
   * Wait at most this long for a job in all (queue, run and polling), in ms; then it is
   * cancelled and the call fails. Default 1 200 000 (20 min).
   */
  maxWaitMs?: number;
} & Record<string, unknown>;
