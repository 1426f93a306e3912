import type { JSONValue, SharedV3ProviderOptions } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { bothNamesError } from '../core/option-errors';
import { parseRunPodOptions } from '../core/provider-options';
import { webhookUrlSchema } from '../core/webhook-url';
import {
  type MediaInputs,
  type MediaModelEntry,
  type MediaOptionsOf,
} from '../catalog/media-parameter';

/** The media model kinds, as messages name them. */
export type MediaKind = 'image' | 'speech' | 'transcription' | 'video' | 'reranking';

/** The kinds whose calls the media layer reads (reranking reads its own: `rerank-input.ts`). */
export type MediaCallKind = Exclude<MediaKind, 'reranking'>;

/**
 * How long a call waits for its job by default, in ms: RunPod's pages show image and speech
 * jobs of seconds, transcription of a long file and video jobs of minutes (Sora 2 Pro: 3 min).
 */
const DEFAULT_MAX_WAIT_MS: Record<MediaCallKind, number> = {
  image: 300_000,
  speech: 300_000,
  transcription: 600_000,
  video: 1_200_000,
};

/** The job options every job-route model takes (reranking too), as zod shape. */
export const jobOptionsShape = {
  /**
   * A URL RunPod POSTs the job to when it completes, sent as `/run`'s top-level `webhook`
   * (https://docs.runpod.io/serverless/endpoints/send-requests, "Webhook notifications").
   * `https:`, or `http:` on loopback (a receiver under development). The call still waits
   * for the result.
   */
  webhook: webhookUrlSchema.optional(),
  /**
   * At the wait limit: `'cancel'` the job (the default) or `'keep'` it running, to collect
   * its result later with `jobId`. Either way the error names the job ID.
   */
  onWaitLimit: z.enum(['cancel', 'keep']).optional(),
  /**
   * Collect this job (from a call that reached its wait limit) instead of submitting one:
   * the call waits for it and returns its result as usual. RunPod keeps a `/run` job's
   * result 30 minutes after it ends.
   */
  jobId: z.string().min(1).optional(),
};

/** `webhook`, `onWaitLimit` and `jobId` read, as the job client takes them. */
export function jobOptionsOf(options: {
  webhook?: string;
  onWaitLimit?: 'cancel' | 'keep';
  jobId?: string;
}): MediaJobOptions {
  return { webhook: options.webhook, onWaitLimit: options.onWaitLimit, resumeJobId: options.jobId };
}

/** `providerOptions.runpod` keys of the provider itself, on every media model; never sent in `input`. */
const mediaJobOptionsSchema = z.object({
  /**
   * How long to wait for the job in all (queue, run and polling), in ms. Past it the job is
   * cancelled and the call fails. Defaults: image and speech 300 000 (5 min), transcription
   * 600 000 (10 min), video 1 200 000 (20 min).
   */
  maxWaitMs: z.number().int().min(1_000).optional(),
  ...jobOptionsShape,
});

/** The provider's job options (`webhook`, `onWaitLimit`, `jobId`), as the job client takes them. */
export interface MediaJobOptions {
  webhook?: string;
  onWaitLimit?: 'cancel' | 'keep';
  resumeJobId?: string;
}

/** The provider's own options, which every media model takes. */
export type RunPodMediaJobOptions = z.infer<typeof mediaJobOptionsSchema>;

/**
 * The documented `providerOptions.runpod` keys of a catalog entry: each input under RunPod's
 * name and under its alias, typed by the zod schema that checks it (the parameter's own
 * `schema`, which {@link mediaOptionsSchema} puts under both names).
 */
export type MediaModelOptions<ENTRY extends { inputs: MediaInputs }> = MediaOptionsOf<
  ENTRY['inputs']
>;

/**
 * `providerOptions.runpod` of a model ID: for a catalog ID, its documented keys and the
 * provider's own options; for any other ID (your own endpoint), any key.
 */
export type MediaProviderOptions<
  CATALOG extends Record<string, { inputs: MediaInputs }>,
  ID extends string,
> = ID extends keyof CATALOG
  ? MediaModelOptions<CATALOG[ID]> & RunPodMediaJobOptions
  : RunPodMediaJobOptions & Record<string, JSONValue | undefined>;

/** `providerOptions.runpod`, sorted. */
export interface MediaOptions {
  maxWaitMs: number;
  jobOptions: MediaJobOptions;
  /** The documented inputs given, under RunPod's names, checked against the entry. */
  given: Record<string, unknown>;
  /** Keys the entry does not document (all keys, on your own endpoints), as given. */
  extra: Record<string, unknown>;
}

const schemas = new WeakMap<MediaInputs, z.ZodType<Record<string, unknown>>>();

/**
 * The zod schema of a model's `providerOptions.runpod`: each input under RunPod's name and
 * under its alias, the provider's own options, and any other key (kept, to be sent as is).
 * Built once per entry.
 */
function mediaOptionsSchema(inputs: MediaInputs): z.ZodType<Record<string, unknown>> {
  let schema = schemas.get(inputs);
  if (schema === undefined) {
    const shape: Record<string, z.ZodType> = { ...mediaJobOptionsSchema.shape };
    for (const [name, parameter] of Object.entries(inputs)) {
      shape[name] = parameter.schema.optional();
      if (parameter.alias !== undefined) shape[parameter.alias] = shape[name];
    }
    schema = z.looseObject(shape);
    schemas.set(inputs, schema);
  }
  return schema;
}

/**
 * Reads `providerOptions.runpod` of a media call against the model's entry: RunPod's input
 * names and our aliases are checked alike; a key the entry does not document is kept as
 * given (its caller warns about it); the provider's own options are taken out.
 *
 * @throws {InvalidArgumentError} naming the key, for a value the entry does not allow, and
 * for one parameter given under both its names.
 */
export async function parseMediaOptions({
  providerOptions,
  entry,
  kind,
  modelId,
}: {
  providerOptions: SharedV3ProviderOptions | undefined;
  entry: MediaModelEntry;
  kind: MediaCallKind;
  modelId: string;
}): Promise<MediaOptions> {
  const prefix = `RunPod ${kind} model '${modelId}'`;
  const raw = { ...providerOptions?.runpod } as Record<string, unknown>;
  const parsed: Record<string, unknown> =
    (await parseRunPodOptions({
      providerOptions: { runpod: entry.passThrough ? pickJobOptions(raw) : raw },
      schema: entry.passThrough ? mediaJobOptionsSchema : mediaOptionsSchema(entry.inputs),
      modelId,
      subject: prefix,
    })) ?? {};

  const { maxWaitMs, webhook, onWaitLimit, jobId, ...options } = (
    entry.passThrough ? { ...raw, ...parsed } : parsed
  ) as Record<string, unknown> & z.infer<typeof mediaJobOptionsSchema>;
  const given: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  const names = new Map<string, string>();
  for (const [name, parameter] of Object.entries(entry.inputs)) {
    if (parameter.alias !== undefined) names.set(parameter.alias, name);
  }
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    const name = names.get(key) ?? key;
    if (entry.passThrough || !Object.hasOwn(entry.inputs, name)) {
      extra[key] = value;
      continue;
    }
    if (given[name] !== undefined) {
      const first = Object.keys(options).find(
        other => other !== key && (names.get(other) ?? other) === name,
      );
      throw bothNamesError(prefix, String(first), key);
    }
    given[name] = value;
  }
  return {
    maxWaitMs: maxWaitMs ?? DEFAULT_MAX_WAIT_MS[kind],
    jobOptions: jobOptionsOf({ webhook, onWaitLimit, jobId }),
    given,
    extra,
  };
}

function pickJobOptions(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(mediaJobOptionsSchema.shape)
      .filter(key => raw[key] !== undefined)
      .map(key => [key, raw[key]]),
  );
}
