import {
  APICallError,
  JSONParseError,
  type LanguageModelV3StreamPart,
  TypeValidationError,
} from '@ai-sdk/provider';
import { isAbortError } from '@ai-sdk/provider-utils';
import { describeModel, isRetryableCode, type RunPodErrorContext } from '../core/errors';

/** Where a stream came from, for the errors raised inside it. */
export interface StreamSource {
  context: RunPodErrorContext;
  url: string;
  /** The request body that was sent. */
  requestBody: unknown;
}

/**
 * Ends a `doStream` stream at its first fault, with an AI SDK error part, so that the text
 * before it stays, `onError` gets an `APICallError`, and nothing hangs:
 * - an error event in the stream (vLLM's `{"object":"error",…}` or `{"error":{…}}` data
 *   lines, also sent by RunPod's vLLM worker when the engine fails mid-answer,
 *   https://github.com/runpod-workers/worker-vllm/blob/main/src/handler.py), which
 *   `@ai-sdk/openai-compatible` passes on as a plain object, becomes an `APICallError` with
 *   RunPod's message;
 * - a data line that is not JSON, or not a chunk, becomes an `APICallError`;
 * - the connection breaking mid-body becomes a retryable `APICallError`.
 * After the fault, open text and reasoning parts are ended, a `finish` part with finish
 * reason `error` follows, and the response body is cancelled. An abort is passed on as is:
 * the AI SDK handles it.
 */
export function endStreamAtFault(
  stream: ReadableStream<LanguageModelV3StreamPart>,
  source: StreamSource,
): ReadableStream<LanguageModelV3StreamPart> {
  const reader = stream.getReader();
  const open = new Map<string, 'text-end' | 'reasoning-end'>();

  const end = (
    controller: ReadableStreamDefaultController<LanguageModelV3StreamPart>,
    error: unknown,
  ) => {
    controller.enqueue({ type: 'error', error });
    for (const [id, type] of open) controller.enqueue({ type, id });
    controller.enqueue({
      type: 'finish',
      finishReason: { unified: 'error', raw: undefined },
      usage: {
        inputTokens: {
          total: undefined,
          noCache: undefined,
          cacheRead: undefined,
          cacheWrite: undefined,
        },
        outputTokens: { total: undefined, text: undefined, reasoning: undefined },
      },
    });
    controller.close();
    reader.cancel().catch(() => {});
  };

  return new ReadableStream({
    async pull(controller) {
      let next: ReadableStreamReadResult<LanguageModelV3StreamPart>;
      try {
        next = await reader.read();
      } catch (error) {
        if (isAbortError(error)) throw error;
        return end(controller, brokenConnectionError(error, source));
      }
      if (next.done) return controller.close();
      const part = next.value;
      switch (part.type) {
        case 'error':
          return end(controller, streamFaultError(part.error, source));
        case 'text-start':
          open.set(part.id, 'text-end');
          break;
        case 'reasoning-start':
          open.set(part.id, 'reasoning-end');
          break;
        case 'text-end':
        case 'reasoning-end':
          open.delete(part.id);
          break;
      }
      controller.enqueue(part);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

/** The AI SDK error for an error part of the upstream stream. */
function streamFaultError(error: unknown, source: StreamSource): unknown {
  const where = describeModel(source.context);
  if (JSONParseError.isInstance(error) || TypeValidationError.isInstance(error)) {
    const what = JSONParseError.isInstance(error)
      ? 'is not JSON'
      : 'is not a chat completion chunk';
    const line = JSONParseError.isInstance(error) ? error.text : JSON.stringify(error.value);
    return new APICallError({
      message: `${where}: a data line of the stream ${what}: ${String(line).slice(0, 200)}`,
      url: source.url,
      requestBodyValues: source.requestBody,
      statusCode: 200,
      isRetryable: false,
      cause: error,
    });
  }
  if (error instanceof Error) return error;
  // RunPod's error object, as `runpodErrorSchema` normalised it: `{ message, type, code }`.
  const body = error as { message?: unknown; code?: unknown } | undefined;
  const message = typeof body?.message === 'string' ? body.message : JSON.stringify(error);
  return new APICallError({
    message: `${where}: ${message}`,
    url: source.url,
    requestBodyValues: source.requestBody,
    statusCode: 200,
    responseBody: JSON.stringify({ error }),
    isRetryable: isRetryableCode(body?.code),
    data: { error },
  });
}

/** A failed read of the response body: the connection broke (reset, closed) mid-stream. */
function brokenConnectionError(error: unknown, source: StreamSource): APICallError {
  const cause = APICallError.isInstance(error) && error.cause !== undefined ? error.cause : error;
  const detail = cause instanceof Error ? describeCause(cause) : String(cause);
  return new APICallError({
    message: `${describeModel(source.context)}: the connection broke in the middle of the stream (${detail})`,
    url: source.url,
    requestBodyValues: source.requestBody,
    statusCode: APICallError.isInstance(error) ? error.statusCode : undefined,
    responseHeaders: APICallError.isInstance(error) ? error.responseHeaders : undefined,
    isRetryable: true,
    cause: error,
  });
}

/** `terminated: other side closed`, from undici's `TypeError` and its cause. */
function describeCause(error: Error): string {
  const inner = error.cause instanceof Error ? error.cause.message : undefined;
  return inner && inner !== error.message ? `${error.message}: ${inner}` : error.message;
}
