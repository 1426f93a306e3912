import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { aiVersions, chatChunk, mockRunPod } from './helpers';

const MODEL = 'ibm-granite/granite-4.0-h-small';
const WHERE = "RunPod model 'ibm-granite/granite-4.0-h-small' (endpoint 'granite-4-0-h-small')";

describe.each(aiVersions)('faults inside a stream (%s)', (_, ai) => {
  /** Streams to the end and says what the user sees: text, finish reason, errors, time. */
  async function streamed(mock: ReturnType<typeof mockRunPod>, abortAfterMs?: number) {
    const errors: unknown[] = [];
    const controller = new AbortController();
    const started = Date.now();
    const result = ai.streamText({
      model: mock.provider()(MODEL),
      prompt: 'Hi',
      abortSignal: controller.signal,
      onError: ({ error }) => void errors.push(error),
    });
    const parts: string[] = [];
    let text = '';
    for await (const part of result.fullStream) {
      parts.push(part.type);
      if (part.type === 'text-delta') {
        text += part.text;
        if (abortAfterMs !== undefined) setTimeout(() => controller.abort(), abortAfterMs);
      }
    }
    return { text, parts, errors, result, ms: Date.now() - started };
  }

  it.each([
    [
      'vLLM',
      {
        error: { message: 'vLLM returned HTTP 500: engine dead', type: 'worker_error', code: null },
      },
      false,
    ],
    [
      'older vLLM',
      {
        object: 'error',
        message: 'vLLM returned HTTP 500: engine dead',
        type: 'InternalServerError',
        code: 500,
      },
      true,
    ],
  ])(
    "turns the %s error event mid-stream into an APICallError with RunPod's message, keeping the text before it",
    async (_shape, errorEvent, retryable) => {
      const mock = mockRunPod();
      await mock.script({
        events: [
          chatChunk({ content: 'Part' }),
          errorEvent,
          chatChunk({ content: ' after' }, 'stop'),
        ],
      });
      const { text, errors, result } = await streamed(mock);

      expect(text).toBe('Part');
      expect(await result.text).toBe('Part');
      expect(await result.finishReason).toBe('error');
      expect(errors).toHaveLength(1);
      expect(APICallError.isInstance(errors[0])).toBe(true);
      const error = errors[0] as APICallError;
      expect(error.message).toBe(`${WHERE}: vLLM returned HTTP 500: engine dead`);
      expect(error.isRetryable).toBe(retryable);
      expect(error.url).toBe(`${mock.baseURL}/granite-4-0-h-small/openai/v1/chat/completions`);
      expect(error.requestBodyValues).toMatchObject({ stream: true, model: MODEL });
    },
  );

  it('ends the stream promptly with a retryable APICallError when the connection resets', async () => {
    const mock = mockRunPod();
    await mock.script({
      events: [chatChunk({ content: 'Part' }), chatChunk({ content: ' never' }, 'stop')],
      resetAfterEvents: 1,
    });
    const { text, errors, result, ms } = await streamed(mock);

    expect(text).toBe('Part');
    expect(await result.finishReason).toBe('error');
    expect(errors).toHaveLength(1);
    expect(APICallError.isInstance(errors[0])).toBe(true);
    expect((errors[0] as APICallError).isRetryable).toBe(true);
    expect((errors[0] as Error).message).toMatch(
      new RegExp(
        `^${WHERE.replace(/[()]/g, '\\$&')}: the connection broke in the middle of the stream`,
      ),
    );
    expect(ms).toBeLessThan(2_000);
  });

  it('ends the stream with an APICallError at a data line that is not JSON', async () => {
    const mock = mockRunPod();
    await mock.script({
      events: [
        chatChunk({ content: 'Part' }),
        '{"id":"chatcmpl-1","choices":[{"delta":{"content":" br',
        chatChunk({ content: ' after' }, 'stop'),
      ],
    });
    const { text, errors, result, parts } = await streamed(mock);

    expect(text).toBe('Part');
    expect(await result.finishReason).toBe('error');
    expect(parts.filter(type => type === 'error')).toHaveLength(1);
    expect(APICallError.isInstance(errors[0])).toBe(true);
    expect((errors[0] as Error).message).toBe(
      `${WHERE}: a data line of the stream is not JSON: {"id":"chatcmpl-1","choices":[{"delta":{"content":" br`,
    );
    expect((errors[0] as APICallError).isRetryable).toBe(false);
  });

  it('stops a stalled body as soon as the call is aborted', async () => {
    const mock = mockRunPod();
    // One chunk, then the body stays open with nothing more, as a stuck worker would.
    await mock.script({ events: [chatChunk({ content: 'Part' })], stallAfterEvents: 1 });
    const { text, ms, parts, result } = await streamed(mock, 100);

    expect(text).toBe('Part');
    expect(ms).toBeLessThan(1_500);
    expect(parts).toContain('abort');
    await expect(result.text).rejects.toThrow(/abort/i);
  });
});
