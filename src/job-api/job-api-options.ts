import { webhookUrlSchema } from '../core/webhook-url';
import { InvalidArgumentError } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { jobEndpointId } from '../catalog/resolve-model';
import { endpointIdFromUrl, serverFromUrl, workerServerFromUrl } from '../core/model-urls';
import { invalidSettingError } from '../core/option-errors';
import { headerValueSchema, type RunPodConfig } from '../core/settings';

/** How long `run` and `stream` wait by default: RunPod's default `executionTimeout`, 10 min. */
export const DEFAULT_JOB_WAIT_MS = 600_000;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `policy` as RunPod documents it (https://docs.runpod.io/serverless/endpoints/send-requests,
 * "Execution policies"): `executionTimeout` above 5 s and at most 7 days (the endpoint
 * setting's range, https://docs.runpod.io/serverless/endpoints/endpoint-configurations),
 * `ttl` from 10 s to one week.
 */
const policySchema = z.object({
  executionTimeout: z
    .number()
    .int()
    .min(5_000)
    .max(7 * DAY_MS)
    .optional(),
  lowPriority: z.boolean().optional(),
  ttl: z
    .number()
    .int()
    .min(10_000)
    .max(7 * DAY_MS)
    .optional(),
});

const headersSchema = z.record(z.string(), headerValueSchema.optional());

/** What `runpod.jobs(endpoint, settings)` and each call take (each call's win). */
export const jobSettingsSchema = z.object({
  maxWaitMs: z.number().int().min(1_000).optional(),
  policy: policySchema.optional(),
  headers: headersSchema.optional(),
});

/** A call's own options: the settings, plus what only a call has. */
export const jobCallOptionsSchema = jobSettingsSchema.extend({
  webhook: webhookUrlSchema.optional(),
  /** `/status-sync`'s hold: 1 000–90 000 ms, as RunPod's JS SDK clamps it. */
  wait: z.number().int().min(1_000).max(90_000).optional(),
  abortSignal: z.custom<AbortSignal>(value => value instanceof AbortSignal).optional(),
  schema: z.unknown().optional(),
});

export type JobCallOptions = z.infer<typeof jobCallOptionsSchema>;

/**
 * Checks settings or a call's options before any request.
 *
 * @throws {InvalidArgumentError} naming the option at fault.
 */
export function checkJobOptions<SCHEMA extends z.ZodType>(
  schema: SCHEMA,
  options: unknown,
  subject: string,
): z.infer<SCHEMA> {
  const parsed = schema.safeParse(options ?? {});
  if (!parsed.success) {
    throw invalidSettingError({ subject, issue: parsed.error.issues[0], given: options });
  }
  return parsed.data;
}

/**
 * Where `runpod.jobs(endpoint)` sends: an endpoint ID (`abc123`, a public endpoint slug), its
 * console or API URL (`https://api.runpod.ai/v2/<id>`), or a worker's own server at its root
 * URL (`http://localhost:8000`, runpod-python's `--rp_serve_api`), whose origin is then the
 * endpoint ID. The provider's `baseURL` may pin an endpoint or a worker's server, as for
 * media models (`jobEndpointId`).
 *
 * @throws {InvalidArgumentError} for anything else: an empty ID, a load-balancing endpoint or
 * Pod's OpenAI server (no job API there), or a provider whose `baseURL` is an OpenAI base.
 */
export function resolveJobsEndpoint(
  endpoint: unknown,
  config: Pick<RunPodConfig, 'endpointId' | 'openaiBase'>,
): { modelId: string; endpointId: string } {
  const given = typeof endpoint === 'string' ? endpoint.trim() : '';
  const id =
    workerServerFromUrl(given) ?? (/^https?:\/\//i.test(given) ? endpointIdFromUrl(given) : given);
  if (id === undefined || !/^([A-Za-z0-9_-]+|https?:\/\/\S+)$/.test(id)) {
    const server = serverFromUrl(given);
    throw new InvalidArgumentError({
      argument: 'endpoint',
      message:
        `runpod.jobs() takes an endpoint ID, its URL (https://api.runpod.ai/v2/<id>) or a ` +
        `worker's own server at its root URL (http://localhost:8000), got ${JSON.stringify(endpoint)}` +
        (server !== undefined
          ? `, a ${server.type === 'pod' ? "Pod's" : "load-balancing endpoint's"} OpenAI server, which has no job API.`
          : '.'),
    });
  }
  return { modelId: given, endpointId: jobEndpointId(id, config, 'job API calls') };
}

/** The job's `input`, which RunPod requires to be an object (a worker reads its keys). */
export function checkJobInput(input: unknown, modelId: string): Record<string, unknown> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InvalidArgumentError({
      argument: 'input',
      message: `RunPod endpoint '${modelId}': a job's input must be an object (RunPod sends it to the worker as job["input"]), got ${Array.isArray(input) ? 'an array' : JSON.stringify(input)}.`,
    });
  }
  return input as Record<string, unknown>;
}

/** A job ID as RunPod gives them (letters, digits, `-`, `_`; the worker server's `test-<uuid>`). */
export function checkJobId(jobId: unknown): string {
  if (typeof jobId !== 'string' || !/^[A-Za-z0-9_-]+$/.test(jobId)) {
    throw new InvalidArgumentError({
      argument: 'jobId',
      message: `runpod.jobs(): a job ID is the string RunPod gave the job (e.g. from start()), got ${JSON.stringify(jobId)}.`,
    });
  }
  return jobId;
}
