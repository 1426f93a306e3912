import { describe, expect, it } from 'vitest';
import { aiVersions, chatChunk, mockRunPod } from './helpers';

describe.each(aiVersions)('reasoning (%s)', (_, ai) => {
  it('splits Qwen3 inline <think> reasoning out of the text in generateText', async () => {
    const mock = mockRunPod();
    const result = await ai.generateText({
      model: mock.provider()('qwen/qwen3-32b-awq'),
      prompt: 'Hi',
    });

    expect(result.reasoningText).toBe('The user said "Hi". I should answer briefly.');
    expect(result.text).toBe('Hello from Qwen/Qwen3-32B-AWQ! You said: Hi');
    expect(result.content.map(part => part.type)).toEqual(['reasoning', 'text']);
  });

  it('splits <think> tags cut across stream chunks in streamText', async () => {
    const mock = mockRunPod();
    const result = ai.streamText({ model: mock.provider()('qwen/qwen3-32b-awq'), prompt: 'Hi' });

    const parts: Array<[string, string]> = [];
    for await (const part of result.fullStream) {
      if (part.type === 'reasoning-delta' || part.type === 'text-delta')
        parts.push([part.type, part.text]);
    }

    // The mock streams content in 4-character pieces, so both tags arrive split.
    expect(
      parts
        .filter(([type]) => type === 'reasoning-delta')
        .map(([, text]) => text)
        .join(''),
    ).toBe('The user said "Hi". I should answer briefly.');
    expect(
      parts
        .filter(([type]) => type === 'text-delta')
        .map(([, text]) => text)
        .join(''),
    ).toBe('Hello from Qwen/Qwen3-32B-AWQ! You said: Hi');
    expect(parts.findIndex(([type]) => type === 'text-delta')).toBeGreaterThan(
      parts.findLastIndex(([type]) => type === 'reasoning-delta'),
    );
    expect(await result.reasoningText).toBe('The user said "Hi". I should answer briefly.');
  });

  it('leaves <think> in the text when providerOptions.runpod.extractReasoningTags is false', async () => {
    const mock = mockRunPod();
    const { text, reasoningText } = await ai.generateText({
      model: mock.provider()('qwen/qwen3-32b-awq'),
      prompt: 'Hi',
      providerOptions: { runpod: { extractReasoningTags: false } },
    });
    expect(reasoningText).toBeUndefined();
    expect(text).toBe(
      '<think>\nThe user said "Hi". I should answer briefly.\n</think>\n\nHello from Qwen/Qwen3-32B-AWQ! You said: Hi',
    );
    const [request] = await mock.requests();
    expect(request.body).not.toHaveProperty('extractReasoningTags');
  });

  // [what the model wrote, whether the template opens <think> in the prompt, reasoning, text]
  it.each([
    ['Hm <think>\n step one \n</think>\n\n Answer.', false, 'step one', 'Hm Answer.'],
    // Qwen3 thinking variants, DeepSeek-R1 distills: the reply begins inside the reasoning.
    ['\nstep one \n</think>\n\nAnswer.', true, 'step one', 'Answer.'],
    ['Hm <think>step one</think> Answer.', true, 'step one', 'Hm Answer.'],
    ['A plain answer, no tags.', true, undefined, 'A plain answer, no tags.'],
  ] as const)(
    'gives the same reasoning and text wherever the stream is cut: %j (startsInReasoning %s)',
    async (content, startsInReasoning, reasoning, text) => {
      const mock = mockRunPod();
      const cuts = Array.from({ length: content.length - 1 }, (_, i) => i + 1);
      await mock.script(
        ...cuts.map(cut => ({
          events: [
            chatChunk({ content: content.slice(0, cut) }),
            chatChunk({ content: content.slice(cut) }, 'stop'),
          ],
        })),
        { reply: { content } },
      );
      const model = mock.provider()('qwen/qwen3-32b-awq', { startsInReasoning });
      for (const cut of cuts) {
        const result = ai.streamText({ model, prompt: 'Hi' });
        expect([await result.reasoningText, await result.text], `cut at ${cut}`).toEqual([
          reasoning,
          text,
        ]);
      }
      // generateText sees the whole reply, so it needs no setting to tell.
      const generated = await ai.generateText({
        model: mock.provider()('qwen/qwen3-32b-awq'),
        prompt: 'Hi',
      });
      expect([generated.reasoningText, generated.text]).toEqual([reasoning, text]);
    },
  );

  it('streams reasoning that begins the reply as reasoning once `</think>` comes', async () => {
    const mock = mockRunPod();
    await mock.script({
      events: [
        chatChunk({ content: 'The user asks ' }),
        chatChunk({ content: 'for 2+2.</th' }),
        chatChunk({ content: 'ink>\n\nFour' }),
        chatChunk({ content: '.' }, 'stop'),
      ],
    });
    const result = ai.streamText({
      model: mock.provider()('r1-distill', {
        servedModelName: 'mock-org/r1-distill',
        startsInReasoning: true,
      }),
      prompt: '2+2?',
    });
    const parts: Array<[string, string]> = [];
    for await (const part of result.fullStream) {
      if (part.type === 'reasoning-delta' || part.type === 'text-delta') {
        parts.push([part.type, part.text]);
      }
    }
    expect(parts).toEqual([
      ['reasoning-delta', 'The user asks for 2+2.'],
      ['text-delta', 'Four'],
      ['text-delta', '.'],
    ]);
  });

  it('leaves text before a first `</think>` as text in a stream without startsInReasoning', async () => {
    const mock = mockRunPod();
    await mock.script({
      events: [
        chatChunk({ content: 'Thinking.</think>' }),
        chatChunk({ content: 'Four.' }, 'stop'),
      ],
    });
    const result = ai.streamText({
      model: mock.provider()('r1-distill', { servedModelName: 'mock-org/r1-distill' }),
      prompt: '2+2?',
    });
    // A stream cannot take back text it has sent (docs/reasoning.md); this reply teaches the next ones.
    expect(await result.text).toBe('Thinking.</think>Four.');
    expect(await result.reasoningText).toBeUndefined();
  });

  it('treats an unclosed <think> at the end of a stream as reasoning', async () => {
    const mock = mockRunPod();
    await mock.script({
      events: [
        chatChunk({ content: 'Sure. <thi' }),
        chatChunk({ content: 'nk>still thinking' }, 'length'),
      ],
    });
    const result = ai.streamText({ model: mock.provider()('qwen/qwen3-32b-awq'), prompt: 'Hi' });
    expect(await result.text).toBe('Sure. ');
    expect(await result.reasoningText).toBe('still thinking');
    expect(await result.finishReason).toBe('length');
  });

  it.each([
    ['moonshotai/kimi-k3', 'reasoning_content'],
    ['openai/gpt-oss-120b', 'reasoning'],
  ])('reads %s reasoning from the %s field, in generate and stream', async (modelId, field) => {
    const mock = mockRunPod();
    const responseBodies: string[] = [];
    const model = mock.provider({
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        responseBodies.push(await response.clone().text());
        return response;
      },
    })(modelId);

    const generated = await ai.generateText({ model, prompt: 'Hi' });
    expect(generated.reasoningText).toBe('The user said "Hi". I should answer briefly.');
    expect(generated.text).toMatch(/^Hello from .*! You said: Hi$/);

    const streamed = ai.streamText({ model, prompt: 'Hi' });
    expect(await streamed.reasoningText).toBe('The user said "Hi". I should answer briefly.');
    expect(await streamed.text).toBe(generated.text);

    // The endpoint answered in that field, and only in that one.
    const message = JSON.parse(responseBodies[0]).choices[0].message;
    expect(Object.keys(message).filter(key => key.startsWith('reasoning'))).toEqual([field]);
  });

  it.each([
    ['moonshotai/kimi-k3', 'reasoning_content', 'kimi-k3'],
    ['openai/gpt-oss-120b', 'reasoning', 'openai/gpt-oss-120b'],
  ])(
    'sends %s reasoning replayed in a multi-turn history back in %s, the field it answered with',
    async (modelId, field, servedName) => {
      const mock = mockRunPod();
      const model = mock.provider()(modelId);
      const first = await ai.generateText({ model, prompt: 'Hi' });

      await ai.generateText({
        model,
        messages: [
          { role: 'user', content: 'Hi' },
          ...first.response.messages,
          { role: 'user', content: 'And again?' },
        ],
      });

      const requests = await mock.requests();
      expect((requests[1].body as any).messages[1]).toEqual({
        role: 'assistant',
        content: `Hello from ${servedName}! You said: Hi`,
        [field]: 'The user said "Hi". I should answer briefly.',
      });
    },
  );

  it.each([
    ['moonshotai/kimi-k2.7-code', 'reasoning_content'],
    ['qwen/qwen3-32b-awq', 'reasoning'],
    ['some-vllm-endpoint', 'reasoning'],
  ])(
    'replays reasoning to %s in %s before the endpoint has answered this provider',
    async (modelId, field) => {
      const mock = mockRunPod();
      await ai.generateText({
        model: mock.provider()(modelId),
        messages: [
          { role: 'user', content: 'Hi' },
          {
            role: 'assistant',
            content: [
              { type: 'reasoning', text: 'Greet back.' },
              { type: 'text', text: 'Hello!' },
            ],
          },
          { role: 'user', content: 'And again?' },
        ],
      });
      const [request] = (await mock.requests()).filter(r => r.method === 'POST');
      expect((request.body as any).messages[1]).toEqual({
        role: 'assistant',
        content: 'Hello!',
        [field]: 'Greet back.',
      });
    },
  );

  it('learns from a streamed answer that your endpoint uses reasoning_content', async () => {
    const mock = mockRunPod();
    // An endpoint on a vLLM from before the rename (vllm-project/vllm#27752).
    await mock.deploy('older-vllm', { reasoning: 'reasoning_content' });
    const model = mock.provider()('older-vllm', { servedModelName: 'mock-org/older-vllm' });

    const streamed = ai.streamText({ model, prompt: 'Hi' });
    const partTypes: string[] = [];
    for await (const part of streamed.fullStream) partTypes.push(part.type);
    const followUp = ai.streamText({
      model,
      messages: [
        { role: 'user', content: 'Hi' },
        ...(await streamed.response).messages,
        { role: 'user', content: 'And again?' },
      ],
    });
    await followUp.consumeStream();

    // The raw chunks the provider reads the field from are not passed on unasked.
    expect(partTypes).not.toContain('raw');
    const [, second] = await mock.requests();
    const assistant = (second.body as any).messages[1];
    expect(assistant.reasoning_content).toBe('The user said "Hi". I should answer briefly.');
    expect(assistant).not.toHaveProperty('reasoning');
  });

  it('passes raw chunks on when the call asks for them', async () => {
    const mock = mockRunPod();
    const result = ai.streamText({
      model: mock.provider()('moonshotai/kimi-k3'),
      prompt: 'Hi',
      includeRawChunks: true,
    });
    const raw: unknown[] = [];
    for await (const part of result.fullStream) if (part.type === 'raw') raw.push(part.rawValue);
    expect(raw.length).toBeGreaterThan(5);
    expect(await result.reasoningText).toBe('The user said "Hi". I should answer briefly.');
  });
});
