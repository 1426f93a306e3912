import type { RunPodMediaJobOptions } from '../media/media-options';
/**
 * A RunPod reranking model ID: the endpoint ID (or console URL
 * `https://console.runpod.io/serverless/user/endpoint/<id>`) of your own serverless
 * endpoint running RunPod's infinity-embedding worker with a reranker (a cross-encoder
 * such as `BAAI/bge-reranker-base`) among its `MODEL_NAMES`
 * (https://github.com/runpod-workers/worker-infinity-embedding). RunPod has no public
 * reranking endpoint.
 */
export type RunPodRerankingModelId = string & {};

/**
 * `providerOptions.runpod` for reranking models: `maxWaitMs`, how long to wait for the job in
 * all (queue, cold start, run and polling), in ms (default 300 000, at least 1 000; then the
 * job is cancelled and the call fails). The worker reads nothing but `model`, `query`, `docs`
 * and `return_docs`, which the call fills
 * (https://github.com/runpod-workers/worker-infinity-embedding/blob/main/src/handler.py); any
 * other key is sent in the job's input as given, with a warning. `webhook`, `onWaitLimit`
 * and `jobId` work as for the media models (docs/long-jobs.md).
 */
export type RunPodRerankingProviderOptions = RunPodMediaJobOptions;
