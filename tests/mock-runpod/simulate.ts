import type { MockEndpoint } from './endpoints';
import { countTokens, type MockReply } from './reply';
import { sampleFromSchema } from './sample-from-schema';

/**
 * What the mock answers when a test has not scripted a reply: a deterministic stand-in
 * for a vLLM server with tool and reasoning parsers and guided decoding.
 * - `response_format: json_schema` → a JSON value that fits the schema;
 * - tools offered and no tool result yet → one call per offered tool (or the named one),
 *   with arguments that fit each tool's schema, and reasoning in the endpoint's field when
 *   it has one (a thinking model reasons before it calls, e.g. Kimi);
 * - a tool result last → a sentence that quotes the results;
 * - otherwise → a greeting that quotes the last user message, with reasoning in the
 *   endpoint's style (inline `<think>` for Qwen3, a field for the others), none when the
 *   request turned thinking off (`thinkingTurnedOff`), and only `</think>` when the
 *   endpoint's template opens the block; `reasoning_effort` shows in the reasoning.
 * `max_tokens` cuts the answer to that many words with finish reason `length`.
 */
export function simulateChatReply(body: any, endpoint: MockEndpoint): MockReply {
  const messages: any[] = body.messages;
  const last = messages[messages.length - 1];
  const lastUser = [...messages].reverse().find(m => m.role === 'user');
  const userText = textOf(lastUser?.content);

  if (body.response_format?.type === 'json_schema') {
    return { content: JSON.stringify(sampleFromSchema(body.response_format.json_schema?.schema)) };
  }
  if (body.response_format?.type === 'json_object') {
    return { content: JSON.stringify({ answer: `sample answer to: ${userText}` }) };
  }

  const tools: any[] = body.tools ?? [];
  if (tools.length > 0 && body.tool_choice !== 'none' && last?.role !== 'tool') {
    const named = body.tool_choice?.function?.name;
    const chosen = named ? tools.filter(tool => tool.function.name === named) : tools;
    const names = chosen.map(tool => tool.function.name);
    return {
      toolCalls: chosen.map(tool => ({
        name: tool.function.name,
        arguments: JSON.stringify(sampleFromSchema(tool.function.parameters)),
      })),
      ...(endpoint.reasoning === 'reasoning' || endpoint.reasoning === 'reasoning_content'
        ? { reasoning: `I should call ${names.join(' and ')}.`, reasoningField: endpoint.reasoning }
        : {}),
    };
  }

  let content: string;
  if (last?.role === 'tool') {
    let first = messages.length;
    while (first > 0 && messages[first - 1].role === 'tool') first--;
    const results = messages.slice(first);
    content = `Based on the tool results: ${results.map(m => textOf(m.content)).join('; ')}.`;
  } else {
    content = `Hello from ${body.model}! You said: ${userText}`;
  }

  const effort = typeof body.reasoning_effort === 'string' ? `(${body.reasoning_effort}) ` : '';
  const reasoning = `${effort}The user said "${userText}". I should answer briefly.`;
  let reply: MockReply;
  const style = thinkingTurnedOff(body, endpoint) ? 'none' : endpoint.reasoning;
  switch (style) {
    case 'think-tags':
      reply = {
        content: `${endpoint.templateOpensThink ? '' : '<think>\n'}${reasoning}\n</think>\n\n${content}`,
      };
      break;
    case 'reasoning':
    case 'reasoning_content':
      reply = { content, reasoning, reasoningField: style };
      break;
    default:
      reply = { content };
  }
  return typeof body.max_tokens === 'number' ? truncate(reply, body.max_tokens) : reply;
}

/**
 * Whether the request turned the model's thinking off, as its server reads it:
 * - Qwen3's chat template with `enable_thinking` false ends the prompt with an empty
 *   `<think>\n\n</think>\n\n`, so the model answers without reasoning
 *   (https://huggingface.co/Qwen/Qwen3-32B, "enable_thinking"; vLLM's "Reasoning Outputs",
 *   https://docs.vllm.ai/en/latest/features/reasoning_outputs.html);
 * - Kimi K2.6: `thinking: {type: 'disabled'}` on Moonshot's API, `chat_template_kwargs:
 *   {thinking: false}` on vLLM/SGLang (https://huggingface.co/moonshotai/Kimi-K2.6,
 *   "Instant mode"); K3 and K2.7 Code think always
 *   (https://docs.runpod.io/public-endpoints/models/moonshot-kimi).
 */
function thinkingTurnedOff(body: any, endpoint: MockEndpoint): boolean {
  if (endpoint.thinkingSwitch === 'enable_thinking') {
    return body.chat_template_kwargs?.enable_thinking === false;
  }
  if (endpoint.thinkingSwitch === 'moonshot' && body.model === 'kimi-k2.6') {
    return body.thinking?.type === 'disabled' || body.chat_template_kwargs?.thinking === false;
  }
  return false;
}

/**
 * vLLM takes `reasoning_effort` `low`, `medium` or `high` only (`ChatCompletionRequest`,
 * https://github.com/vllm-project/vllm/blob/main/vllm/entrypoints/openai/protocol.py) and
 * answers anything else with a validation error; Moonshot's API (`moonshot-kimi`) takes
 * Kimi K3's `max` too. Returns undefined when the request passes.
 */
export function invalidReasoningEffort(body: any, endpoint: MockEndpoint): Response | undefined {
  const effort = body.reasoning_effort;
  if (effort == null || endpoint.thinkingSwitch === 'moonshot') return undefined;
  if (['low', 'medium', 'high'].includes(effort)) return undefined;
  return Response.json(
    {
      error: {
        message: `1 validation error for ChatCompletionRequest\nreasoning_effort\n  Input should be 'low', 'medium' or 'high' [type=literal_error, input_value=${JSON.stringify(effort)}]`,
        type: 'BadRequestError',
        code: 400,
      },
    },
    { status: 400 },
  );
}

export function simulateCompletion(body: any): { text: string; finishReason: string } {
  const prompt = typeof body.prompt === 'string' ? body.prompt : JSON.stringify(body.prompt);
  const text = ` and so the story of "${prompt.trim()}" goes on.`;
  if (typeof body.max_tokens === 'number' && countTokens(text) > body.max_tokens) {
    return {
      text: text
        .split(' ')
        .slice(0, body.max_tokens + 1)
        .join(' '),
      finishReason: 'length',
    };
  }
  return { text, finishReason: 'stop' };
}

export function promptTokensOf(body: any): number {
  if (Array.isArray(body.messages)) {
    return body.messages.reduce(
      (sum: number, m: any) => sum + countTokens(textOf(m.content)) + 4,
      0,
    );
  }
  return countTokens(typeof body.prompt === 'string' ? body.prompt : '');
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content.map(part => (part?.type === 'text' ? part.text : '')).join('');
  }
  return content == null ? '' : JSON.stringify(content);
}

function truncate(reply: MockReply, maxTokens: number): MockReply {
  const words = (reply.content ?? '').split(' ');
  if (countTokens(reply.content ?? '') + countTokens(reply.reasoning ?? '') <= maxTokens)
    return reply;
  return {
    ...reply,
    reasoning: undefined,
    content: words.slice(0, maxTokens).join(' '),
    finishReason: 'length',
  };
}
