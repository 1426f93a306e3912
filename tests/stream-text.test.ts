import { describe, expect, it } from 'vitest';
import { aiVersions, chatChunk, mockRunPod } from './helpers';

describe.each(aiVersions)('streamText (%s)', (_, ai) => {
  it('streams text and reports usage from the usage chunk it asks for', async () => {
    const mock = mockRunPod();
    const result = ai.streamText({
      model: mock.provider()('ibm-granite/granite-4.0-h-small'),
      prompt: 'Count to three',
    });

    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);

    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.join('')).toBe(
      'Hello from ibm-granite/granite-4.0-h-small! You said: Count to three',
    );
    expect(await result.finishReason).toBe('stop');
    const usage = await result.usage;
    expect(usage.inputTokens).toBe(7);
    expect(usage.outputTokens).toBe(8);
    expect(usage.totalTokens).toBe(15);

    const [request] = await mock.requests();
    expect(request.path).toBe('/v2/granite-4-0-h-small/openai/v1/chat/completions');
    expect(request.body).toMatchObject({
      model: 'ibm-granite/granite-4.0-h-small',
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it('delivers the text as the server sends it, not all at once at the end', async () => {
    const mock = mockRunPod();
    await mock.script({
      events: [chatChunk({ content: 'first' }), chatChunk({ content: ' second' }, 'stop')],
      eventDelayMs: 600,
    });
    const result = ai.streamText({
      model: mock.provider()('ibm-granite/granite-4.0-h-small'),
      prompt: 'Hi',
    });

    const arrivals: Array<[string, number]> = [];
    const start = Date.now();
    for await (const delta of result.textStream) arrivals.push([delta, Date.now() - start]);

    expect(arrivals.map(([delta]) => delta)).toEqual(['first', ' second']);
    // A lower bound: a loaded machine only makes the gap longer.
    expect(arrivals[1][1] - arrivals[0][1]).toBeGreaterThanOrEqual(500);
  });

  it('stops promptly when the call is aborted mid-stream', async () => {
    const mock = mockRunPod();
    await mock.script({
      events: Array.from({ length: 20 }, (_, i) => chatChunk({ content: `word${i} ` })),
      eventDelayMs: 250,
    });
    const controller = new AbortController();
    const result = ai.streamText({
      model: mock.provider()('ibm-granite/granite-4.0-h-small'),
      prompt: 'Hi',
      abortSignal: controller.signal,
    });

    const started = Date.now();
    const deltas: string[] = [];
    for await (const delta of result.textStream) {
      deltas.push(delta);
      controller.abort();
    }

    // 20 events at 250 ms would take 5 s; the stream ends right after the abort instead.
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(deltas).toEqual(['word0 ']);
  });
});
