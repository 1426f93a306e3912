import { APICallError, InvalidResponseDataError } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import {
  describeModel,
  type RunPodErrorContext,
  type RunPodErrorData,
  withNote,
  withRunPodErrorBody,
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
 * Runs `call` with the served name to send ({@link ServedModelNames.current}); when the
 * endpoint answers that it does not serve that name ({@link isModelNotFoundError}), runs
 * it once more with the name {@link ServedModelNames.heal} gives. Errors come out as
 * RunPod errors that name the model (`withRunPodErrorBody`).
 */
export async function callWithServedName<T>(
  names: ServedModelNames,
  target: ServedModelTarget,
  abortSignal: AbortSignal | undefined,
  call: (servedModelName: string) => PromiseLike<T>,
): Promise<T> {
  const name = await names.current(target, abortSignal);
  try {
    return await call(name);
  } catch (error) {
    const runpodError = withRunPodErrorBody(error, target.context);
    if (!isModelNotFoundError(runpodError)) throw runpodError;
    const healed = await names.heal(target, name, runpodError, abortSignal);
    try {
      return await call(healed);
    } catch (retryError) {
      throw withRunPodErrorBody(retryError, target.context);
    }
  }
}

// A model name in quotes as each server writes it: backticks (vLLM), single quotes
// (llama.cpp, SGLang's `!r`), double quotes (Python's repr of a name with a quote), any of
// them escaped once (JSON or a Python repr around the message).
const QUOTED_NAME = String.raw`\\?[\x60'"][^\x60'"]*\\?[\x60'"]`;

/**
 * How each server says that it does not serve the `model` a request named, wherever the
 * sentence ends up (its own error body, worker-vllm's wrapper, a FAILED job's repr):
 * - vLLM: "The model \`X\` does not exist." (`NotFoundError`, 404; RunPod's gateway
 *   delivers it with HTTP 200, worker-vllm#57;
 *   https://github.com/vllm-project/vllm/blob/main/vllm/entrypoints/openai/serving_engine.py,
 *   `_check_model`);
 * - llama.cpp's router: "model 'X' not found" (400 `invalid_request_error`;
 *   https://github.com/ggml-org/llama.cpp/blob/master/tools/server/server-models.cpp,
 *   `router_validate_model`);
 * - SGLang: "Model 'X' is not served." (404 `NotFound`;
 *   https://github.com/sgl-project/sglang/blob/main/python/sglang/srt/entrypoints/openai/serving_base.py,
 *   `handle_request`).
 */
const NOT_SERVED = [
  new RegExp(String.raw`\bmodel ${QUOTED_NAME} does not exist\b`, 'i'),
  new RegExp(String.raw`\bmodel ${QUOTED_NAME} not found\b`, 'i'),
  new RegExp(String.raw`\bmodel ${QUOTED_NAME} is not served\b`, 'i'),
];

/**
 * Whether an answer says that the model a request named is not served, in any of the
 * shapes listed above (`NOT_SERVED`): `message` is the error's message (a Python repr already
 * read, see `python-repr.ts`), `body` the answer as it came (JSON, a repr, plain text).
 * worker-vllm 2.25+ wraps vLLM's answer as "vLLM returned HTTP 404: {…}"
 * (https://github.com/runpod-workers/worker-vllm/blob/main/src/handler.py), and
 * runpod-python 1.12 turns that item into a FAILED job whose error is its repr
 * (https://github.com/runpod/runpod-python/blob/main/runpod/serverless/modules/rp_job.py):
 * the sentence is inside either way.
 */
export function isModelNotServedAnswer({
  message,
  body,
}: {
  message?: string;
  body?: string;
}): boolean {
  return [message, body].some(
    text => text !== undefined && NOT_SERVED.some(pattern => pattern.test(text)),
  );
}

/**
 * Whether `error` is an endpoint's answer to a `model` it does not serve
 * ({@link isModelNotServedAnswer}), so that the served names are worth looking up.
 */
export function isModelNotFoundError(error: unknown): error is APICallError {
  if (!APICallError.isInstance(error)) return false;
  const data = (error.data as RunPodErrorData | undefined)?.error;
  return isModelNotServedAnswer({
    message: data?.message ?? error.message,
    body: error.responseBody,
  });
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
