import type { MockEndpoint } from './endpoints';

/**
 * Moonshot's check on replayed histories, for endpoints that have it (`moonshot-kimi`):
 * while thinking is on, an assistant message with `tool_calls` must carry
 * `reasoning_content`, else HTTP 400
 * `{"error":{"type":"invalid_request_error","message":"thinking is enabled but
 * reasoning_content is missing in assistant tool call message at index N"},"type":"error"}`
 * (N counts from 0 over `messages`; the body as reported against Kimi K2.6 in
 * VicBilibily/GCMP#162, the message also in MoonshotAI/kimi-agent-sdk#169 and
 * cloudwego/eino-ext#700). Thinking is on unless the request turns it off with
 * `thinking: {"type": "disabled"}` (Moonshot's parameter; K2.7 Code and K3 always think).
 * Returns undefined when the request passes.
 */
export function replayedReasoningError(endpoint: MockEndpoint, body: any): Response | undefined {
  if (!endpoint.requiresReplayedReasoningContent) return undefined;
  if (body.thinking?.type === 'disabled') return undefined;
  const messages: any[] = Array.isArray(body.messages) ? body.messages : [];
  const index = messages.findIndex(
    message =>
      message?.role === 'assistant' &&
      Array.isArray(message.tool_calls) &&
      message.tool_calls.length > 0 &&
      typeof message.reasoning_content !== 'string',
  );
  if (index === -1) return undefined;
  return Response.json(
    {
      error: {
        type: 'invalid_request_error',
        message: `thinking is enabled but reasoning_content is missing in assistant tool call message at index ${index}`,
      },
      type: 'error',
    },
    { status: 400 },
  );
}
