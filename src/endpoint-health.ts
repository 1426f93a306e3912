import {
  APICallError,
  InvalidArgumentError,
  InvalidResponseDataError,
  TypeValidationError,
} from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { languageModelAliases, languageModelCatalog } from './catalog/language-models';
import { jobEndpointId, reportedModelId, resolveModel } from './catalog/resolve-model';
import { combineHeaders } from '@ai-sdk/provider-utils';
import type { RunPodConfig } from './core/settings';
import { describeModel, withNote } from './core/errors';
import { getRunPodJson } from './core/fetch';

const count = z.number().int().nonnegative();

// `GET /v2/{endpointId}/health`: the jobs counts and `idle`/`running` are in RunPod's
// example (operation-reference, "/health"); RunPod's JS SDK types `initializing`, `ready`
// and `throttled` too (`HealthCheck` in runpod/js-sdk src/index.ts). Other worker states
// are kept as they come.
const endpointHealthSchema = z.object({
  jobs: z.object({
    completed: count,
    failed: count,
    inProgress: count,
    inQueue: count,
    retried: count,
  }),
  workers: z
    .object({
      idle: count,
      running: count,
      initializing: count.optional(),
      ready: count.optional(),
      throttled: count.optional(),
    })
    .catchall(count),
});

/**
 * An endpoint's health, as RunPod reports it at `GET /v2/{endpointId}/health`
 * (https://docs.runpod.io/serverless/endpoints/operation-reference#health).
 */
export interface RunPodEndpointHealth {
  /** Counts of the endpoint's jobs by state (RunPod keeps finished jobs for a while). */
  jobs: {
    completed: number;
    failed: number;
    inProgress: number;
    inQueue: number;
    retried: number;
  };
  /**
   * Counts of the endpoint's workers by state. `idle` workers are up and waiting, so a
   * request starts without a cold start; `initializing` ones are starting (pulling the
   * image, loading the model); `throttled` ones cannot start for lack of capacity.
   * RunPod's example shows only `idle` and `running`; other states are there when RunPod
   * sends them.
   */
  workers: {
    idle: number;
    running: number;
    initializing?: number;
    ready?: number;
    throttled?: number;
    [state: string]: number | undefined;
  };
}

/** Options of {@link getEndpointHealth} (`runpod.endpointHealth(id, options)`). */
export interface EndpointHealthOptions {
  /** Stops waiting for the answer. */
  abortSignal?: AbortSignal;
  /** Headers for this request, after the provider's. */
  headers?: Record<string, string | undefined>;
}

/**
 * Asks RunPod how an endpoint is doing: queued and running jobs, and workers that are
 * idle, starting or throttled. An app can use it to see whether a call would wait for a
 * cold start, or to check readiness before sending work.
 *
 * @param idOrModelId an endpoint ID, its console URL, or a language model catalog ID.
 * @throws {APICallError} when RunPod answers with an error. RunPod's public endpoints
 *   may answer 401 ("unauthorized access to endpoint") even to a key that runs jobs on
 *   them; the message says so.
 * @throws {InvalidResponseDataError} when the answer does not have RunPod's health shape.
 * @throws {InvalidArgumentError} for an empty ID, a Pod or load-balancing URL, or when the
 *   provider's `baseURL` is an OpenAI base or a worker's own server (no `/health` there).
 * @throws {NoSuchModelError} for an ID that is neither a catalog ID nor an endpoint ID.
 */
export async function getEndpointHealth(
  idOrModelId: string,
  options: EndpointHealthOptions | undefined,
  config: RunPodConfig,
): Promise<RunPodEndpointHealth> {
  if (config.workerServer !== undefined) {
    // runpod-python's --rp_serve_api serves /run, /runsync, /status and /stream only
    // (https://github.com/runpod/runpod-python/blob/07fc6e2b02b6a97a0e94fbdcf53c66949c1a6164/runpod/serverless/modules/rp_fastapi.py).
    throw new InvalidArgumentError({
      argument: 'baseURL',
      message:
        `RunPod endpoint health is part of RunPod's job API; the provider's baseURL ` +
        `${config.workerServer} is a worker's own server (runpod-python's --rp_serve_api), ` +
        `which has no /health route.`,
    });
  }
  const resolved = resolveModel({
    modelId: idOrModelId,
    modelType: 'languageModel',
    catalog: languageModelCatalog,
    aliases: languageModelAliases,
    servers: true,
  });
  if (resolved.kind === 'server') {
    throw new InvalidArgumentError({
      argument: 'idOrModelId',
      message:
        `RunPod endpoint health is part of the job API of queue endpoints; '${idOrModelId}' is a ` +
        `${resolved.type === 'pod' ? 'Pod' : 'load-balancing endpoint'} (its server's own health route, if any, tells instead).`,
    });
  }
  // The endpoint a `…/v2/<id>` baseURL names, as the models use it; an OpenAI base has no health.
  const endpointId = jobEndpointId(resolved.endpointId, config, 'endpoint health checks');
  const context = { modelId: reportedModelId(resolved, idOrModelId), endpointId };
  try {
    return await getRunPodJson({
      url: `${config.baseURL}/${endpointId}/health`,
      schema: endpointHealthSchema,
      context,
      headers: combineHeaders(config.headers(), options?.headers),
      fetch: config.fetch,
      abortSignal: options?.abortSignal,
    });
  } catch (error) {
    if (!APICallError.isInstance(error)) throw error;
    if (TypeValidationError.isInstance(error.cause)) {
      throw new InvalidResponseDataError({
        data: error.responseBody,
        message: `${describeModel(context)}: /health answered ${error.responseBody}, not jobs and workers counts.`,
      });
    }
    if (resolved.kind === 'catalog' && error.statusCode === 401) {
      throw withNote(
        error,
        "(RunPod's public endpoints may not answer /health, even to a key that runs jobs on them.)",
      );
    }
    throw error;
  }
}
