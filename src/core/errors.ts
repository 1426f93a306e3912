import type { ProviderErrorStructure } from '@ai-sdk/openai-compatible';
import { APICallError } from '@ai-sdk/provider';
import { secureJsonParse } from '@ai-sdk/provider-utils';
import { z } from 'zod/v4';
import { pythonReprMessage, withReprMessage } from './python-repr';

/**
 * RunPod's error bodies, normalised to the OpenAI shape that
 * `@ai-sdk/openai-compatible` reads (`{ error: { message, type, code } }`).
 * Shapes (https://docs.runpod.io/serverless/endpoints/send-requests#error-handling,
 * https://github.com/runpod-workers/worker-vllm/blob/main/src/handler.py):
 * - gateway: `{"error": "…"}` and `{"detail": "…"}` (401 "unauthorized access to endpoint");
 * - vLLM and the worker wrapper: `{"error": {"message", "type", "code"}}`;
 * - older vLLM and the infinity worker: `{"object": "error", "message", "type", "code"}`
 *   (worker-vllm#57: sent with HTTP 200 for an unknown served model name).
 */
const codeSchema = z.union([z.string(), z.number()]).nullish();

const runpodErrorShapes = z.union([
  z.object({
    error: z.object({
      message: z.string(),
      type: z.string().nullish(),
      code: codeSchema,
    }),
  }),
  z.object({
    object: z.literal('error'),
    message: z.string(),
    type: z.string().nullish(),
    code: codeSchema,
  }),
  z.object({ error: z.string() }),
  z.object({ detail: z.unknown().refine(value => value != null) }),
]);

/**
 * A RunPod error body in one shape, whichever shape RunPod sent: `APICallError.data` of
 * errors from the OpenAI route. `code` is vLLM's (often an HTTP status such as 404).
 */
export interface RunPodErrorData {
  error: { message: string; type?: string | null; code?: string | number | null };
}

/**
 * Also, a message that is a Python dict written out (a FAILED job's `str(item["error"])`
 * from runpod-python 1.12, see `python-repr.ts`) gives its own message, type and code.
 */
export const runpodErrorSchema = runpodErrorShapes.transform((body): RunPodErrorData => ({
  error: withReprMessage(errorOfShape(body)),
}));

function errorOfShape(body: z.infer<typeof runpodErrorShapes>): RunPodErrorData['error'] {
  if ('object' in body) return { message: body.message, type: body.type, code: body.code };
  if ('detail' in body) {
    const detail = body.detail;
    return { message: typeof detail === 'string' ? detail : JSON.stringify(detail) };
  }
  return typeof body.error === 'string' ? { message: body.error } : body.error;
}

/**
 * `APICallError.data` of errors from RunPod's job API (image, speech, transcription, video,
 * reranking): the job's ID (when RunPod gave one), its endpoint, its status (`FAILED`,
 * `TIMED_OUT`, …, when known) and RunPod's own `error` value.
 * (https://docs.runpod.io/serverless/endpoints/job-states)
 */
export interface RunPodJobErrorData {
  jobId?: string | null;
  endpointId: string;
  status?: string;
  error?: unknown;
  /**
   * At the wait limit: whether the job may still be running (`onWaitLimit: 'keep'`, or a
   * cancel that failed), so that its result can be collected with
   * `providerOptions.runpod.jobId` within RunPod's 30 minutes after it ends.
   */
  kept?: boolean;
}

/** HTTP statuses worth retrying: timeouts, conflicts, rate limits and server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * Whether an error body's `code` (vLLM puts the HTTP status there, as a number or a
 * string) says the request is worth retrying; false when it is no status.
 */
export function isRetryableCode(code: unknown): boolean {
  const status = typeof code === 'number' ? code : Number.parseInt(String(code ?? ''), 10);
  return Number.isInteger(status) && isRetryableStatus(status);
}

/**
 * `HTTP 502 Bad Gateway: <body>`: an answer that is no RunPod error object, its body cut
 * at 500 characters (a Python dict written out gives its message instead).
 */
export function httpStatusText(status: number, statusText: string, body: string): string {
  const text = pythonReprMessage(body.trim());
  return `HTTP ${status} ${statusText}${text ? `: ${text.slice(0, 500)}` : ''}`;
}

/** Where a request went, for error messages: the model the user asked for and its RunPod endpoint. */
export interface RunPodErrorContext {
  modelId: string;
  endpointId: string;
}

export function describeModel({ modelId, endpointId }: RunPodErrorContext): string {
  return modelId === endpointId
    ? `RunPod endpoint '${endpointId}'`
    : `RunPod model '${modelId}' (endpoint '${endpointId}')`;
}

/** The `errorStructure` handed to the `@ai-sdk/openai-compatible` models. */
export function createRunPodErrorStructure(
  context: RunPodErrorContext,
): ProviderErrorStructure<RunPodErrorData> {
  return {
    errorSchema: runpodErrorSchema,
    errorToMessage: data => `${describeModel(context)}: ${data.error.message}`,
    isRetryable: response => isRetryableStatus(response.status),
  };
}

/**
 * The `APICallError` for a 2xx answer whose body is one of RunPod's error objects
 * (worker-vllm#57: an unknown served model name; worker and infinity errors), or
 * undefined when the body is no error. `isRetryable` follows the body's `code` when it
 * is an HTTP status.
 */
export function errorFromSuccessBody({
  body,
  url,
  statusCode,
  responseHeaders,
  requestBodyValues,
  context,
}: {
  body: string | undefined;
  url: string;
  statusCode: number | undefined;
  responseHeaders: Record<string, string> | undefined;
  requestBodyValues: unknown;
  context: RunPodErrorContext;
}): APICallError | undefined {
  // `"error"` or `"detail"` only occur unescaped as keys, never inside a string value.
  if (body === undefined || !(body.includes('"error"') || body.includes('"detail"')))
    return undefined;
  const parsed = runpodErrorSchema.safeParse(safeJson(body));
  if (!parsed.success) return undefined;
  const { message, code } = parsed.data.error;
  return new APICallError({
    message: `${describeModel(context)}: ${message}`,
    url,
    requestBodyValues,
    statusCode,
    responseHeaders,
    responseBody: body,
    isRetryable: isRetryableCode(code),
    data: parsed.data,
  });
}

/**
 * Passes `error` on, unless it is the OpenAI-compatible layer failing to parse a 2xx body
 * that is really a RunPod error object: then the RunPod error instead. Checking here, on
 * the failure path, keeps successful answers free of a second read.
 */
export function withRunPodErrorBody(error: unknown, context: RunPodErrorContext): unknown {
  if (!APICallError.isInstance(error) || error.statusCode === undefined) return error;
  if (error.statusCode < 200 || error.statusCode > 299) return error;
  return (
    errorFromSuccessBody({
      body: error.responseBody,
      url: error.url,
      statusCode: error.statusCode,
      responseHeaders: error.responseHeaders,
      requestBodyValues: error.requestBodyValues,
      context,
    }) ?? error
  );
}

export function safeJson(text: string): unknown {
  try {
    return secureJsonParse(text);
  } catch {
    return undefined;
  }
}

/**
 * `error` with `note` added to its message, and not retryable: the same RunPod answer,
 * explained (the names an endpoint serves; why a public endpoint refuses `/health`).
 */
export function withNote(error: APICallError, note: string): APICallError {
  return new APICallError({
    message: `${error.message} ${note}`,
    url: error.url,
    requestBodyValues: error.requestBodyValues,
    statusCode: error.statusCode,
    responseHeaders: error.responseHeaders,
    responseBody: error.responseBody,
    isRetryable: false,
    data: error.data,
    cause: error,
  });
}
