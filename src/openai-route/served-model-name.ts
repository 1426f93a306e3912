import { APICallError, InvalidResponseDataError } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import {
  describeModel,
  type RunPodErrorContext,
  type RunPodErrorData,
  withNote,
} from '../core/errors';
import { getRunPodJson } from '../core/fetch';
import { raceAbort } from '../core/abort';
import type { RunPodConfig } from '../core/settings';

const modelsResponseSchema = z.object({
  data: z.array(z.object({ id: z.string() })),
});

/** One model on one endpoint: what a served-name question is about. */
export interface ServedModelTarget {
  /** The endpoint's OpenAI base, e.g. `https://api.runpod.ai/v2/<endpoint>/openai/v1`. */
  openaiBase: string;
  /** The model and endpoint, for error messages. */
  context: RunPodErrorContext;
  /** The served name the model settings or the catalog give, if any. */
  configured?: string;
  /** The model's request headers at `openaiBase`, credentials included. */
  headers: () => Record<string, string | undefined>;
}

/**
 * The served model names of one provider instance's endpoints. RunPod's vLLM and
 * infinity workers reject a `model` that is not the served name, the endpoint ID does not
 * tell it, and RunPod documents some names two ways (GPT-OSS 120B: `gpt-oss-120b` and
 * `openai/gpt-oss-120b`), so names are looked up and corrected with
 * `GET <openaiBase>/models`: at most one lookup per endpoint at a time, however many
 * calls wait for it, and a failed lookup is not kept.
 * (https://docs.runpod.io/serverless/vllm/openai-compatibility#model-name)
 */
export interface ServedModelNames {
  /**
   * The name to send: a name this provider corrected earlier, else the configured one,
   * else the first model the endpoint lists (asked once, then kept).
   *
   * @throws {APICallError} when the lookup fails.
   * @throws {InvalidResponseDataError} when the endpoint lists no models.
   */
  current(target: ServedModelTarget, abortSignal?: AbortSignal): Promise<string>;
  /**
   * After the endpoint answered that `rejected` does not exist ({@link isModelNotFoundError}):
   * the name to retry with, which is kept for later calls.
   *
   * @throws {APICallError} `error`, with the names the endpoint serves added to its
   * message, when none of them is another name for the model.
   */
  heal(
    target: ServedModelTarget,
    rejected: string,
    error: APICallError,
    abortSignal?: AbortSignal,
  ): Promise<string>;
  /**
   * What this provider has learned, read-only: `<openaiBase> <configured name>` → the
   * served name it sends instead (after a lookup or a correction).
   */
  known(): ReadonlyMap<string, string>;
}

export function createServedModelNames(config: Pick<RunPodConfig, 'fetch'>): ServedModelNames {
  const lookups = new Map<string, Promise<string[]>>();
  const corrected = new Map<string, string>();
  const keyOf = (target: ServedModelTarget) => `${target.openaiBase} ${target.configured ?? ''}`;

  const lookUp = async ({ openaiBase, context, headers }: ServedModelTarget): Promise<string[]> => {
    const { data } = await getRunPodJson({
      url: `${openaiBase}/models`,
      schema: modelsResponseSchema,
      context,
      headers: headers(),
      fetch: config.fetch,
    });
    return data.map(model => model.id);
  };

  const served = (target: ServedModelTarget, abortSignal?: AbortSignal) => {
    let pending = lookups.get(target.openaiBase);
    if (pending === undefined) {
      pending = lookUp(target);
      lookups.set(target.openaiBase, pending);
      const settled = () => lookups.delete(target.openaiBase);
      pending.then(settled, settled);
    }
    // The lookup is shared between calls, so one caller's abort must not cancel it for
    // the others: each caller stops waiting on its own signal instead.
    return raceAbort(pending, abortSignal);
  };

  return {
    known: () => new Map(corrected),
    async current(target, abortSignal) {
      const known = corrected.get(keyOf(target)) ?? target.configured;
      if (known !== undefined) return known;
      const [first] = await served(target, abortSignal);
      if (first === undefined) {
        throw new InvalidResponseDataError({
          data: [],
          message:
            `${describeModel(target.context)} lists no models at ${target.openaiBase}/models; ` +
            `pass the served model name as { servedModelName } when creating the model.`,
        });
      }
      corrected.set(keyOf(target), first);
      return first;
    },

    async heal(target, rejected, error, abortSignal) {
      // Another call may have corrected the name while this one was under way.
      const known = corrected.get(keyOf(target)) ?? target.configured;
      if (known !== undefined && known !== rejected) return known;
      let names: string[];
      try {
        names = await served(target, abortSignal);
      } catch (lookupError) {
        if (abortSignal?.aborted) throw lookupError;
        throw error;
      }
      const next = otherNameFor(rejected, names);
      if (next === undefined) throw withServedNames(error, names);
      corrected.set(keyOf(target), next);
      return next;
    },
  };
}

/**
 * Whether `error` is vLLM's answer to a `model` it does not serve:
 * `{"object":"error","type":"NotFoundError","code":404,"message":"The model \`X\` does not
 * exist."}`, which RunPod's OpenAI route delivers with HTTP 200 (worker-vllm#57), or the
 * same as `{"error":{…}}` with HTTP 404 from vLLM itself.
 */
export function isModelNotFoundError(error: unknown): error is APICallError {
  if (!APICallError.isInstance(error)) return false;
  const data = (error.data as RunPodErrorData | undefined)?.error;
  if (data === undefined || !/\bmodel\b.*\bdoes not exist\b/i.test(data.message)) return false;
  return data.type === 'NotFoundError' || Number(data.code) === 404 || error.statusCode === 404;
}

/**
 * The name among `names` to use instead of `rejected`: the one that differs only in case
 * or organisation prefix (`openai/gpt-oss-120b` for `gpt-oss-120b`), else the only one.
 */
function otherNameFor(rejected: string, names: string[]): string | undefined {
  if (names.includes(rejected)) return undefined;
  const bare = (name: string) => name.slice(name.lastIndexOf('/') + 1).toLowerCase();
  const alike = names.filter(name => bare(name) === bare(rejected));
  if (alike.length === 1) return alike[0];
  return names.length === 1 ? names[0] : undefined;
}

function withServedNames(error: APICallError, names: string[]): APICallError {
  return withNote(
    error,
    names.length === 0
      ? 'The endpoint serves no models.'
      : `The endpoint serves ${names.map(name => `'${name}'`).join(', ')}; ` +
          'pass one as { servedModelName } when creating the model.',
  );
}
