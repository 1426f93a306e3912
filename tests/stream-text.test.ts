import { describe, expect, it } from 'vitest';
import { aiVersions, chatChunk, mockRunPod } from './helpers';

/** Two text deltas, 600 ms apart. */
const TWO_SLOW_DELTAS = {
  events: [chatChunk({ content: 'first' }), chatChunk({ content: ' second' }, 'stop')],
  eventDelayMs: 600,
};

/** The text of {@link TWO_SLOW_DELTAS} came out as it arrived, not all at once at the end. */
async function expectDeltasAsTheyCome(textStream: AsyncIterable<string>) {
  const arrivals: Array<[string, number]> = [];
  const start = Date.now();
  for await (const delta of textStream) arrivals.push([delta, Date.now() - start]);
  expect(arrivals.map(([delta]) => delta)).toEqual(['first', ' second']);
  // A lower bound: a loaded machine only makes the gap longer.
  expect(arrivals[1][1] - arrivals[0][1]).toBeGreaterThanOrEqual(500);
}

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
    await mock.script(TWO_SLOW_DELTAS);
    const result = ai.streamText({
      model: mock.provider()('ibm-granite/granite-4.0-h-small'),
      prompt: 'Hi',
    });

    await expectDeltasAsTheyCome(result.textStream);
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

// Chat templates that open the think block in the prompt (Qwen3 thinking variants,
// DeepSeek-R1 distills) make replies that begin inside the reasoning, with only `</think>`.
describe.each(aiVersions)('streamText, replies that begin inside the reasoning (%s)', (_, ai) => {
  async function streamed(model: Parameters<typeof ai.streamText>[0]['model'], extra = {}) {
    const result = ai.streamText({ model, prompt: 'Hi', ...extra });
    return { reasoning: await result.reasoningText, text: await result.text };
  }
  const split = {
    reasoning: 'The user said "Hi". I should answer briefly.',
    text: 'Hello from mock-org/r1-distill! You said: Hi',
  };

  it('splits them once an answer of the endpoint has shown that its template opens the block', async () => {
    const mock = mockRunPod();
    await mock.deploy('r1-distill', { reasoning: 'think-tags', templateOpensThink: true });
    const runpod = mock.provider();
    const model = runpod('r1-distill', { servedModelName: 'mock-org/r1-distill' });

    // Nothing known yet: the text streams as it comes, so the first reply keeps its tag.
    expect((await streamed(model)).text).toBe(
      'The user said "Hi". I should answer briefly.\n</think>\n\nHello from mock-org/r1-distill! You said: Hi',
    );
    // That reply showed it; the next ones are split, on this model and any other of the provider's.
    expect(await streamed(model)).toEqual(split);
    expect(
      await streamed(runpod('r1-distill', { servedModelName: 'mock-org/r1-distill' })),
    ).toEqual(split);
  });

  it('learns it from a generateText answer too', async () => {
    const mock = mockRunPod();
    await mock.deploy('r1-distill', { reasoning: 'think-tags', templateOpensThink: true });
    const model = mock.provider()('r1-distill', { servedModelName: 'mock-org/r1-distill' });
    const generated = await ai.generateText({ model, prompt: 'Hi' });
    expect({ reasoning: generated.reasoningText, text: generated.text }).toEqual(split);
    expect(await streamed(model)).toEqual(split);
  });

  it('does not hold the text back when the call turned thinking off', async () => {
    const mock = mockRunPod();
    const runpod = mock.provider();
    const model = runpod('my-endpoint', { servedModelName: 'mock-org/my-endpoint' });
    await mock.script(
      {
        events: [
          chatChunk({ content: 'Thought.</think>' }),
          chatChunk({ content: 'Four.' }, 'stop'),
        ],
      },
      {
        events: [
          chatChunk({ content: 'Thought again.</think>' }),
          chatChunk({ content: 'Five.' }, 'stop'),
        ],
      },
      TWO_SLOW_DELTAS,
    );
    await ai.streamText({ model, prompt: 'Hi' }).consumeStream();
    // Learnt from that reply: one that begins inside the reasoning is split now.
    expect(await streamed(model)).toEqual({ reasoning: 'Thought again.', text: 'Five.' });

    const result = ai.streamText({
      model,
      prompt: 'Hi',
      providerOptions: { runpod: { reasoning: 'none' } },
    });
    // Held back, both would come together at the end.
    await expectDeltasAsTheyCome(result.textStream);
  });

  it('streams text as it comes from your endpoint before it has shown anything', async () => {
    const mock = mockRunPod();
    await mock.script(TWO_SLOW_DELTAS);
    const result = ai.streamText({
      model: mock.provider()('my-endpoint', { servedModelName: 'mock-org/my-endpoint' }),
      prompt: 'Hi',
    });
    await expectDeltasAsTheyCome(result.textStream);
  });
});
