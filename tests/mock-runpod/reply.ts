/**
 * Rendering a chat reply the way vLLM's OpenAI server does: one JSON body, or an SSE
 * stream of `chat.completion.chunk`s with text, reasoning and tool-call argument deltas,
 * a finish reason, a usage chunk when `stream_options.include_usage` is set, and `[DONE]`.
 */
interface MockToolCall {
  id?: string;
  name: string;
  /** JSON text of the arguments. */
  arguments: string;
}

export interface MockReply {
  content?: string;
  reasoning?: string;
  /** Which field carries `reasoning` (vLLM renamed `reasoning_content` to `reasoning`). */
  reasoningField?: 'reasoning' | 'reasoning_content';
  toolCalls?: MockToolCall[];
  finishReason?: 'stop' | 'length' | 'tool_calls' | 'content_filter';
  usage?: { prompt_tokens: number; completion_tokens: number };
}

const CREATED = 1_767_225_600; // 2026-01-01, fixed so that responses are reproducible

export function countTokens(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function usageOf(reply: MockReply, promptTokens: number) {
  const completion =
    reply.usage?.completion_tokens ??
    countTokens(reply.content ?? '') +
      countTokens(reply.reasoning ?? '') +
      (reply.toolCalls ?? []).reduce((sum, call) => sum + countTokens(call.arguments) + 1, 0);
  const prompt = reply.usage?.prompt_tokens ?? promptTokens;
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
  };
}

function toolCallId(call: MockToolCall, index: number): string {
  return call.id ?? `chatcmpl-tool-${index + 1}`;
}

function finishReasonOf(reply: MockReply): string {
  return reply.finishReason ?? (reply.toolCalls?.length ? 'tool_calls' : 'stop');
}

export function renderChatCompletion(
  reply: MockReply,
  model: string,
  requestId: string,
  promptTokens: number,
) {
  return {
    id: `chatcmpl-${requestId}`,
    object: 'chat.completion',
    created: CREATED,
    model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: reply.toolCalls?.length && !reply.content ? null : (reply.content ?? ''),
          ...(reply.reasoning !== undefined
            ? { [reply.reasoningField ?? 'reasoning']: reply.reasoning }
            : {}),
          tool_calls: (reply.toolCalls ?? []).map((call, index) => ({
            id: toolCallId(call, index),
            type: 'function',
            function: { name: call.name, arguments: call.arguments },
          })),
        },
        logprobs: null,
        finish_reason: finishReasonOf(reply),
        stop_reason: null,
      },
    ],
    usage: usageOf(reply, promptTokens),
  };
}

/** Splits text into small deltas, as a token stream would (tags and words get cut). */
function pieces(text: string, size: number): string[] {
  const result: string[] = [];
  for (let i = 0; i < text.length; i += size) result.push(text.slice(i, i + size));
  return result;
}

export function renderChatCompletionChunks(
  reply: MockReply,
  model: string,
  requestId: string,
  promptTokens: number,
  includeUsage: boolean,
): unknown[] {
  const chunk = (delta: Record<string, unknown>, finishReason: string | null = null) => ({
    id: `chatcmpl-${requestId}`,
    object: 'chat.completion.chunk',
    created: CREATED,
    model,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
  });
  const chunks: unknown[] = [chunk({ role: 'assistant', content: '' })];
  for (const piece of pieces(reply.reasoning ?? '', 6)) {
    chunks.push(chunk({ [reply.reasoningField ?? 'reasoning']: piece }));
  }
  for (const piece of pieces(reply.content ?? '', 4)) {
    chunks.push(chunk({ content: piece }));
  }
  (reply.toolCalls ?? []).forEach((call, index) => {
    chunks.push(
      chunk({
        tool_calls: [
          {
            index,
            id: toolCallId(call, index),
            type: 'function',
            function: { name: call.name, arguments: '' },
          },
        ],
      }),
    );
    for (const piece of pieces(call.arguments, 8)) {
      chunks.push(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
    }
  });
  chunks.push(chunk({}, finishReasonOf(reply)));
  if (includeUsage) {
    chunks.push({
      id: `chatcmpl-${requestId}`,
      object: 'chat.completion.chunk',
      created: CREATED,
      model,
      choices: [],
      usage: usageOf(reply, promptTokens),
    });
  }
  return chunks;
}

export function renderCompletion(
  text: string,
  model: string,
  requestId: string,
  promptTokens: number,
  finishReason = 'stop',
) {
  const completion = countTokens(text);
  return {
    id: `cmpl-${requestId}`,
    object: 'text_completion',
    created: CREATED,
    model,
    choices: [{ index: 0, text, logprobs: null, finish_reason: finishReason, stop_reason: null }],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completion,
      total_tokens: promptTokens + completion,
    },
  };
}

export function renderCompletionChunks(
  text: string,
  model: string,
  requestId: string,
  promptTokens: number,
  includeUsage: boolean,
  finishReason = 'stop',
): unknown[] {
  const base = { id: `cmpl-${requestId}`, object: 'text_completion', created: CREATED, model };
  const chunks: unknown[] = pieces(text, 4).map(piece => ({
    ...base,
    choices: [{ index: 0, text: piece, logprobs: null, finish_reason: null }],
  }));
  chunks.push({
    ...base,
    choices: [{ index: 0, text: '', logprobs: null, finish_reason: finishReason }],
  });
  if (includeUsage) {
    const completion = countTokens(text);
    chunks.push({
      ...base,
      choices: [],
      usage: {
        prompt_tokens: promptTokens,
        completion_tokens: completion,
        total_tokens: promptTokens + completion,
      },
    });
  }
  return chunks;
}
