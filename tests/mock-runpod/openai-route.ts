import type { MockEndpoint } from './endpoints';
import { replayedReasoningError } from './moonshot';
import { DROP_CONNECTION, type MockScript } from './mock-runpod';
import { notServedResponse } from './not-served';
import {
  renderChatCompletion,
  renderChatCompletionChunks,
  renderCompletion,
  renderCompletionChunks,
} from './reply';
import {
  invalidReasoningEffort,
  promptTokensOf,
  simulateChatReply,
  simulateCompletion,
} from './simulate';

/**
 * `/v2/<endpoint>/openai/v1/<route>` as RunPod's vLLM worker (or the infinity worker)
 * answers it (https://github.com/runpod-workers/worker-vllm/blob/main/src/handler.py): `models`, `chat/completions`, `completions`, `embeddings`,
 * JSON or SSE, with vLLM's "model does not exist" error delivered with HTTP 200
 * (worker-vllm#57), or another server's answer to a model it does not serve
 * (`not-served.ts`: worker-vllm's wrapped and FAILED forms, llama.cpp, SGLang). Returns undefined when the request did not reach a model (so it is
 * no job on the endpoint).
 */
export function openaiRoute({
  endpoint,
  route,
  body,
  script,
  requestId,
  signal,
}: {
  endpoint: MockEndpoint;
  route: string;
  body: any;
  script: MockScript | undefined;
  requestId: string;
  signal: AbortSignal;
}): { response: Response; ranJob: boolean } {
  const failed = (response: Response) => ({ response, ranJob: false });
  if (route === 'models') {
    return {
      response: Response.json({
        object: 'list',
        data: endpoint.servedModelNames.map(id => ({
          id,
          object: 'model',
          created: 1_767_225_600,
          owned_by: 'vllm',
        })),
      }),
      ranJob: true,
    };
  }
  if (!['chat/completions', 'completions', 'embeddings'].includes(route)) {
    return failed(
      Response.json(
        { error: { message: 'Invalid route', type: 'BadRequestError', code: 400 } },
        { status: 400 },
      ),
    );
  }
  if (body == null || typeof body !== 'object') {
    return failed(
      Response.json(
        {
          error: {
            message: 'Request body must be a JSON object',
            type: 'BadRequestError',
            code: 400,
          },
        },
        { status: 400 },
      ),
    );
  }
  if (!endpoint.servedModelNames.includes(body.model)) {
    // vLLM's "model does not exist" error, delivered by RunPod with HTTP 200
    // (worker-vllm#57), or what the endpoint's other software answers (`not-served.ts`).
    return failed(notServedResponse(endpoint.notServed ?? 'vllm', String(body.model)));
  }

  const includeUsage = body.stream_options?.include_usage === true;
  const promptTokens = promptTokensOf(body);
  const stream = (events: unknown[]) => sse(events, script ?? {}, signal);

  if (route === 'embeddings') {
    const inputs: string[] = Array.isArray(body.input) ? body.input : [body.input];
    const tokens = inputs.join(' ').split(/\s+/).length;
    const refusal = dimensionsRefusal(endpoint, body);
    if (refusal !== undefined) return failed(refusal);
    const dimensions = endpoint.dimensions === 'ignored' ? undefined : body.dimensions;
    return {
      response: Response.json({
        object: 'list',
        model: body.model,
        data: inputs.map((input, index) => ({
          object: 'embedding',
          embedding: shortEmbeddingOf(input, dimensions ?? EMBEDDING_LENGTH),
          index,
        })),
        usage: { prompt_tokens: tokens, total_tokens: tokens },
      }),
      ranJob: true,
    };
  }

  if (route === 'chat/completions') {
    const rejection =
      replayedReasoningError(endpoint, body) ?? invalidReasoningEffort(body, endpoint);
    if (rejection !== undefined) return failed(rejection);
  }
  if (script?.events) return { response: stream(script.events), ranJob: true };

  if (route === 'completions') {
    const { text, finishReason } = simulateCompletion(body);
    const response = body.stream
      ? stream(
          renderCompletionChunks(
            text,
            body.model,
            requestId,
            promptTokens,
            includeUsage,
            finishReason,
          ),
        )
      : Response.json(renderCompletion(text, body.model, requestId, promptTokens, finishReason));
    return { response, ranJob: true };
  }

  const reply = script?.reply ?? simulateChatReply(body, endpoint);
  const response = body.stream
    ? stream(renderChatCompletionChunks(reply, body.model, requestId, promptTokens, includeUsage))
    : Response.json(renderChatCompletion(reply, body.model, requestId, promptTokens));
  return { response, ranJob: true };
}

/** The mock's embedding models return 16-dimension vectors. */
const EMBEDDING_LENGTH = 16;

/**
 * A deterministic 16-dimensional unit vector per text: a bag of hashed words, so that
 * texts sharing words come out similar (enough for cosine similarity to mean something).
 */
export function embeddingOf(text: string): number[] {
  return shortEmbeddingOf(text, EMBEDDING_LENGTH);
}

/** {@link embeddingOf} as a Matryoshka model shortens it to `dimensions`: its start, normalised again. */
export function shortEmbeddingOf(text: string, dimensions: number): number[] {
  const vector = new Array<number>(EMBEDDING_LENGTH).fill(0.01);
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    let hash = 7;
    for (const char of word) hash = (hash * 31 + char.charCodeAt(0)) % 65_521;
    vector[hash % EMBEDDING_LENGTH] += 1;
  }
  const kept = vector.slice(0, dimensions);
  const norm = Math.hypot(...kept);
  return kept.map(value => value / norm);
}

/**
 * vLLM's answer to `dimensions` on a model that is no Matryoshka model
 * (https://docs.vllm.ai/en/latest/models/pooling_models.html#matryoshka-embeddings shows it
 * for `BAAI/bge-m3`). RunPod's infinity worker never refuses: it ignores `dimensions`.
 */
function dimensionsRefusal(endpoint: MockEndpoint, body: any): Response | undefined {
  if (body.dimensions == null || endpoint.dimensions !== 'refused') return undefined;
  const message = `Model "${body.model}" does not support matryoshka representation, changing output dimensions will lead to poor results.`;
  return Response.json(
    { object: 'error', message, type: 'BadRequestError', param: null, code: 400 },
    { status: 400 },
  );
}

/**
 * An SSE response: each event as a `data:` line (objects JSON-encoded, strings as they
 * are), then `data: [DONE]`. With `resetAfterEvents` the connection is dropped after that
 * many events, with the body unfinished; with `stallAfterEvents` the body stops there and
 * stays open until the client goes away.
 */
function sse(
  events: unknown[],
  {
    eventDelayMs = 0,
    resetAfterEvents,
    stallAfterEvents,
  }: Pick<MockScript, 'eventDelayMs' | 'resetAfterEvents' | 'stallAfterEvents'>,
  signal: AbortSignal,
): Response {
  const encoder = new TextEncoder();
  const items = [...events, '[DONE]'];
  let index = 0;
  // Pulled one event at a time, so that what was sent before a reset reaches the client.
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (index === stallAfterEvents) await sleep(2 ** 31 - 1, signal);
      if (eventDelayMs > 0) await sleep(eventDelayMs, signal);
      if (index === resetAfterEvents) {
        // A moment later, so that the events before it are on the wire.
        await sleep(20, signal);
        controller.error(DROP_CONNECTION);
        return;
      }
      if (index === items.length) {
        controller.close();
        return;
      }
      const event = items[index++];
      const data = typeof event === 'string' ? event : JSON.stringify(event);
      controller.enqueue(encoder.encode(`data: ${data}\n\n`));
    },
  });
  return new Response(stream, {
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' },
  });
}

/** Waits `ms`, or rejects when `signal` aborts; the listener goes when the wait ends. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
