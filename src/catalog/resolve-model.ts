import { InvalidArgumentError, NoSuchModelError } from '@ai-sdk/provider';
import type { MediaModelEntry } from './media-parameter';
import {
  endpointIdFromUrl,
  type ServerURL,
  serverFromUrl,
  workerServerFromUrl,
} from '../core/model-urls';

type ModelType = ConstructorParameters<typeof NoSuchModelError>[0]['modelType'];

/** What a model ID given by the user points at. */
export type ResolvedModel<ENTRY> =
  | {
      /** A catalog model: a RunPod public endpoint. */
      kind: 'catalog';
      /** The catalog ID (aliases and endpoint slugs resolve to it). */
      catalogId: string;
      endpointId: string;
      entry: ENTRY;
    }
  | {
      /**
       * One of the user's own serverless endpoints, or (for job models) a worker's own
       * server, whose origin is then the endpoint ID (`http://localhost:8000`).
       */
      kind: 'endpoint';
      endpointId: string;
    }
  | ({
      /** An HTTP server with the OpenAI API: a load-balancing endpoint or a Pod. */
      kind: 'server';
      /** Its host, which names it in messages. */
      endpointId: string;
    } & ServerURL);

// RunPod endpoint IDs and public endpoint slugs (RunPod's MCP server validates IDs the same
// way: https://github.com/runpod/runpod-mcp/blob/main/src/specgen/tools/jobs.ts).
const ENDPOINT_ID = /^[A-Za-z0-9_-]+$/;

/**
 * Resolves a model ID against a catalog: a catalog ID, an alias, a public endpoint
 * slug, a RunPod endpoint ID, or a console URL
 * (`https://console.runpod.io/serverless/user/endpoint/<id>` or a hub playground URL
 * `https://console.runpod.io/hub/playground/<kind>/<slug>`); for job models (`servers`
 * off), also a worker's own server at a root URL (`http://localhost:8000`).
 *
 * @throws {InvalidArgumentError} when the ID is empty or not a string.
 * @throws {NoSuchModelError} when the ID is neither in the catalog nor shaped like an endpoint
 * ID. (Retired models are refused before this, where the provider creates the model.)
 */
export function resolveModel<ENTRY extends { endpoint: string }>({
  modelId,
  modelType,
  catalog,
  aliases = {},
  ownEndpointRuns = '',
  servers = false,
  servedNames = false,
}: {
  modelId: string;
  modelType: ModelType;
  catalog: Record<string, ENTRY>;
  aliases?: Record<string, string>;
  /** What the user's own endpoint must run, for the error message (" running …"). */
  ownEndpointRuns?: string;
  /** Whether the model can run on an HTTP server (load-balancing endpoint, Pod). */
  servers?: boolean;
  /** The provider's `baseURL` names the server: any ID may be a served model name. */
  servedNames?: boolean;
}): ResolvedModel<ENTRY> {
  if (typeof modelId !== 'string' || modelId.trim() === '') {
    throw new InvalidArgumentError({
      argument: 'modelId',
      message: `RunPod ${modelType} ID must be a non-empty string, got ${JSON.stringify(modelId)}.`,
    });
  }

  const id = modelId.trim();
  const catalogId = Object.hasOwn(catalog, id)
    ? id
    : Object.hasOwn(aliases, id)
      ? aliases[id]
      : undefined;
  if (catalogId !== undefined) {
    const entry = catalog[catalogId];
    return { kind: 'catalog', catalogId, endpointId: entry.endpoint, entry };
  }
  const resolved = resolveEndpoint(id, modelId, modelType, catalog, servers);
  if (resolved !== undefined) return resolved;
  if (servedNames) return { kind: 'endpoint', endpointId: id };
  throw noSuchModel(modelId, modelType, Object.keys(catalog), ownEndpointRuns, servers);
}

/**
 * An ID that is not a catalog ID or alias: a server URL, an endpoint ID or console URL, or a
 * public endpoint slug (the first catalog entry served there); undefined when it is none.
 *
 * @throws {InvalidArgumentError} for a server URL where the model cannot run on a server.
 */
function resolveEndpoint<ENTRY extends { endpoint: string }>(
  id: string,
  modelId: string,
  modelType: ModelType,
  catalog: Record<string, ENTRY>,
  servers: boolean,
): ResolvedModel<ENTRY> | undefined {
  const worker = workerServerFromUrl(id);
  // A job model takes a server's root as a worker's own server (a Pod's too: RunPod's CLI
  // serves a handler there with `--rp_serve_api`); a language model takes a Pod's root as
  // its OpenAI server, and refuses any other root.
  if (worker !== undefined && !servers) return { kind: 'endpoint', endpointId: worker };
  const server = serverFromUrl(id);
  if (server !== undefined) {
    if (servers) return { kind: 'server', endpointId: server.host, ...server };
    throw new InvalidArgumentError({
      argument: 'modelId',
      message:
        `RunPod ${modelType} '${modelId}' is a ${server.type === 'pod' ? 'Pod' : 'load-balancing endpoint'}, ` +
        `which serves HTTP without RunPod's job API; media models run as jobs on a queue ` +
        `endpoint (its ID, or https://api.runpod.ai/v2/<endpoint id>) or on a worker's own ` +
        `server (its root URL, e.g. http://localhost:8000).`,
    });
  }
  if (worker !== undefined) throw workerServerRefused(modelId, modelType);
  const endpointId = /^https?:\/\//i.test(id) ? endpointIdFromUrl(id) : id;
  if (endpointId === undefined || !ENDPOINT_ID.test(endpointId)) return undefined;
  const bySlug = Object.entries(catalog).find(([, entry]) => entry.endpoint === endpointId);
  return bySlug !== undefined
    ? { kind: 'catalog', catalogId: bySlug[0], endpointId, entry: bySlug[1] }
    : { kind: 'endpoint', endpointId };
}

/** A language or embedding model given a worker's own server, which has no OpenAI routes. */
function workerServerRefused(server: string, modelType: ModelType): InvalidArgumentError {
  return new InvalidArgumentError({
    argument: 'modelId',
    message:
      `RunPod ${modelType} '${server}' is a server's root, which this package takes as a ` +
      `worker's own server (runpod-python's --rp_serve_api): it has job routes only, no ` +
      `OpenAI API. Point language and embedding models at an OpenAI base instead ` +
      `(baseURL '<server>/v1', e.g. vllm serve or llama-server), or at RunPod's API.`,
  });
}

/**
 * Refuses a language or embedding model on a provider whose `baseURL` is a worker's own
 * server (job routes only), unless its model ID names a server of its own.
 *
 * @throws {InvalidArgumentError} naming the `baseURL` and what to use instead.
 */
export function refuseWorkerServerBase(
  modelId: unknown,
  modelType: ModelType,
  config: { workerServer?: string },
): void {
  if (config.workerServer === undefined) return;
  if (typeof modelId === 'string' && /^https?:\/\//i.test(modelId.trim())) return;
  throw workerServerRefused(config.workerServer, modelType);
}

/** The error for an ID that names nothing, listing what would. */
function noSuchModel(
  modelId: string,
  modelType: ModelType,
  catalogIds: string[],
  ownEndpointRuns: string,
  servers: boolean,
): NoSuchModelError {
  return new NoSuchModelError({
    modelId,
    modelType,
    message:
      `No such RunPod ${modelType}: '${modelId}'. Use ` +
      (catalogIds.length > 0 ? `a catalog ID (${catalogIds.join(', ')}), ` : '') +
      `the ID of your own serverless endpoint${ownEndpointRuns} (letters, digits, '-' and '_'), ` +
      `or its console URL https://console.runpod.io/serverless/user/endpoint/<id>` +
      (servers
        ? `; or a load-balancing endpoint (https://<id>.api.runpod.ai) or Pod (https://<pod id>-<port>.proxy.runpod.net).`
        : `; or a worker's own server (runpod-python's --rp_serve_api) at its root URL, e.g. http://localhost:8000.`),
  });
}

/** The ID a model reports as `modelId`: the catalog ID, the endpoint ID, or a server's URL as given. */
export function reportedModelId(resolved: ResolvedModel<unknown>, modelId: string): string {
  return resolved.kind === 'catalog'
    ? resolved.catalogId
    : resolved.kind === 'server'
      ? modelId.trim()
      : resolved.endpointId;
}

/**
 * The endpoint a job-API model runs on: a worker's own server its ID names, else the one
 * the provider's `baseURL` names when it is an endpoint's base (`…/v2/<id>`), else the
 * model's own.
 *
 * @throws {InvalidArgumentError} when the `baseURL` is an OpenAI base (`…/v1`), which has no
 * job API.
 */
export function jobEndpointId(
  endpointId: string,
  pinned: { endpointId?: string; openaiBase?: string },
  /** What needs the job API, for the message: `image models`, `endpoint health`, … */
  what: string,
): string {
  // A worker's own server named by the model ID: the model's alone, whatever the baseURL.
  if (/^https?:\/\//i.test(endpointId)) return endpointId;
  if (pinned.openaiBase !== undefined) {
    throw new InvalidArgumentError({
      argument: 'baseURL',
      message:
        `RunPod ${what} need RunPod's job API, and the provider's baseURL ` +
        `${pinned.openaiBase} is an OpenAI-compatible base. Give them a RunPod API prefix ` +
        `(https://api.runpod.ai/v2) or an endpoint's base (https://api.runpod.ai/v2/<endpoint id>).`,
    });
  }
  return pinned.endpointId ?? endpointId;
}

/** A media model as its class needs it: the model ID to report, the endpoint, and the inputs it declares. */
export interface ResolvedMediaModel<ENTRY> {
  /** The catalog ID, or the endpoint ID of the user's own endpoint. */
  modelId: string;
  endpointId: string;
  /** What the call maps its options by: the catalog entry, or the kind's entry for your own endpoints. */
  entry: MediaModelEntry;
  /** The catalog entry (undefined for your own endpoints). */
  catalogEntry: ENTRY | undefined;
}

/**
 * Resolves a media model ID ({@link resolveModel}) to its catalog entry, or to `ownEndpoint`,
 * the kind's entry for the user's own endpoints.
 *
 * @throws {NoSuchModelError} | {InvalidArgumentError} as `resolveModel` does.
 */
export function resolveMediaModel<ENTRY extends MediaModelEntry & { endpoint: string }>({
  ownEndpoint,
  ...options
}: {
  modelId: string;
  modelType: ModelType;
  catalog: Record<string, ENTRY>;
  aliases?: Record<string, string>;
  ownEndpoint: MediaModelEntry;
  /** The provider's `baseURL`, where it pins an endpoint or an OpenAI base. */
  pinned: { endpointId?: string; openaiBase?: string };
}): ResolvedMediaModel<ENTRY> {
  const { pinned, ...resolve } = options;
  const resolved = resolveModel(resolve);
  const endpointId = jobEndpointId(
    resolved.endpointId,
    pinned,
    `${options.modelType.replace('Model', '')} models`,
  );
  return resolved.kind === 'catalog'
    ? {
        modelId: resolved.catalogId,
        endpointId,
        entry: resolved.entry,
        catalogEntry: resolved.entry,
      }
    : { modelId: resolved.endpointId, endpointId, entry: ownEndpoint, catalogEntry: undefined };
}
