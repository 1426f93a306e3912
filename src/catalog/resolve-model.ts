import { InvalidArgumentError, NoSuchModelError } from '@ai-sdk/provider';
import type { MediaModelEntry } from '../media/media-options';

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
      /** One of the user's own serverless endpoints. */
      kind: 'endpoint';
      endpointId: string;
    };

/** A public endpoint RunPod has removed: model creation fails with a `NoSuchModelError` saying so. */
export interface RetiredModel {
  /** Its endpoint slug. */
  endpoint: string;
  /** When RunPod removed it from its docs (YYYY-MM-DD). */
  retiredOn: string;
  /** What to use instead. */
  replacement: string;
  /** Where RunPod's removal shows. */
  source: string;
}

// RunPod endpoint IDs and public endpoint slugs (`mcp: jobs.ts` validates IDs the same way).
const ENDPOINT_ID = /^[A-Za-z0-9_-]+$/;
const CONSOLE_HOSTS = new Set(['console.runpod.io', 'www.console.runpod.io']);

/**
 * Resolves a model ID against a catalog: a catalog ID, an alias, a public endpoint
 * slug, a RunPod endpoint ID, or a console URL
 * (`https://console.runpod.io/serverless/user/endpoint/<id>` or a hub playground URL
 * `https://console.runpod.io/hub/playground/<kind>/<slug>`).
 *
 * @throws {InvalidArgumentError} when the ID is empty or not a string.
 * @throws {NoSuchModelError} when the ID is neither in the catalog nor shaped like an endpoint ID.
 */
export function resolveModel<ENTRY extends { endpoint: string }>({
  modelId,
  modelType,
  catalog,
  aliases = {},
  retired = {},
  ownEndpointRuns = '',
}: {
  modelId: string;
  modelType: ModelType;
  catalog: Record<string, ENTRY>;
  aliases?: Record<string, string>;
  retired?: Record<string, RetiredModel>;
  /** What the user's own endpoint must run, for the error message (" running …"). */
  ownEndpointRuns?: string;
}): ResolvedModel<ENTRY> {
  if (typeof modelId !== 'string' || modelId.trim() === '') {
    throw new InvalidArgumentError({
      argument: 'modelId',
      message: `RunPod ${modelType} ID must be a non-empty string, got ${JSON.stringify(modelId)}.`,
    });
  }

  const id = modelId.trim();
  const gone = Object.entries(retired).find(
    ([retiredId, { endpoint }]) => id === retiredId || id === endpoint,
  );
  if (gone !== undefined) {
    const [retiredId, { endpoint, retiredOn, replacement, source }] = gone;
    throw new NoSuchModelError({
      modelId,
      modelType,
      message:
        `RunPod retired the public endpoint '${endpoint}' (${retiredId}) on ${retiredOn} ` +
        `(${source}); use ${replacement} instead.`,
    });
  }
  const catalogId = Object.hasOwn(catalog, id)
    ? id
    : Object.hasOwn(aliases, id)
      ? aliases[id]
      : undefined;
  if (catalogId !== undefined) {
    const entry = catalog[catalogId];
    return { kind: 'catalog', catalogId, endpointId: entry.endpoint, entry };
  }

  const endpointId = /^https?:\/\//i.test(id) ? endpointIdFromUrl(id) : id;
  if (endpointId !== undefined && ENDPOINT_ID.test(endpointId)) {
    // A public endpoint slug resolves to the first catalog entry served there.
    const bySlug = Object.entries(catalog).find(([, entry]) => entry.endpoint === endpointId);
    if (bySlug !== undefined) {
      return { kind: 'catalog', catalogId: bySlug[0], endpointId, entry: bySlug[1] };
    }
    return { kind: 'endpoint', endpointId };
  }

  const catalogIds = Object.keys(catalog);
  throw new NoSuchModelError({
    modelId,
    modelType,
    message:
      `No such RunPod ${modelType}: '${modelId}'. Use ` +
      (catalogIds.length > 0 ? `a catalog ID (${catalogIds.join(', ')}), ` : '') +
      `the ID of your own serverless endpoint${ownEndpointRuns} (letters, digits, '-' and '_'), ` +
      `or its console URL https://console.runpod.io/serverless/user/endpoint/<id>.`,
  });
}

function endpointIdFromUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (!CONSOLE_HOSTS.has(url.hostname)) return undefined;
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments[0] === 'serverless' && segments[1] === 'user' && segments[2] === 'endpoint') {
    return segments[3];
  }
  if (segments[0] === 'hub' && segments[1] === 'playground' && segments.length === 4) {
    return segments[3];
  }
  return undefined;
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
  retired?: Record<string, RetiredModel>;
  ownEndpoint: MediaModelEntry;
}): ResolvedMediaModel<ENTRY> {
  const resolved = resolveModel(options);
  return resolved.kind === 'catalog'
    ? {
        modelId: resolved.catalogId,
        endpointId: resolved.endpointId,
        entry: resolved.entry,
        catalogEntry: resolved.entry,
      }
    : {
        modelId: resolved.endpointId,
        endpointId: resolved.endpointId,
        entry: ownEndpoint,
        catalogEntry: undefined,
      };
}
