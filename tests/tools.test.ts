import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { aiVersions, mockRunPod } from './helpers';

describe.each(aiVersions)('tools (%s)', (_, ai) => {
  const weather = ai.tool({
    description: 'Current weather in a city',
    inputSchema: z.object({ city: z.string() }),
    execute: async ({ city }) => ({ city, celsius: 21 }),
  });
  const time = ai.tool({
    description: 'Local time in a city',
    inputSchema: z.object({ city: z.string(), format: z.enum(['24h', '12h']) }),
    execute: async ({ city }) => ({ city, time: '14:05' }),
  });

  it('sends the tool as an OpenAI function and returns the call the model makes', async () => {
    const mock = mockRunPod();
    const { toolCalls, finishReason } = await ai.generateText({
      model: mock.provider()('openai/gpt-oss-120b'),
      tools: {
        weather: ai.tool({
          description: 'Current weather in a city',
          inputSchema: z.object({ city: z.string() }),
        }),
      },
      toolChoice: 'required',
      prompt: 'Weather in Paris?',
    });

    expect(finishReason).toBe('tool-calls');
    expect(toolCalls).toHaveLength(1);
    expect(toolCalls[0]).toMatchObject({ toolName: 'weather', input: { city: 'sample city' } });
    const [request] = await mock.requests();
    expect((request.body as any).tool_choice).toBe('required');
    expect((request.body as any).tools).toEqual([
      {
        type: 'function',
        function: {
          name: 'weather',
          description: 'Current weather in a city',
          parameters: expect.objectContaining({
            type: 'object',
            properties: { city: { type: 'string' } },
            required: ['city'],
          }),
        },
      },
    ]);
  });

  it('handles parallel calls and replays calls and results in the next step', async () => {
    const mock = mockRunPod();
    const result = await ai.generateText({
      model: mock.provider()('moonshotai/kimi-k3'),
      tools: { weather, time },
      stopWhen: ai.stepCountIs(3),
      prompt: 'Weather and time in Paris?',
    });

    expect(result.steps).toHaveLength(2);
    expect(result.steps[0].toolCalls.map(call => call.toolName)).toEqual(['weather', 'time']);
    expect(result.steps[0].toolResults.map(r => r.output)).toEqual([
      { city: 'sample city', celsius: 21 },
      { city: 'sample city', time: '14:05' },
    ]);
    expect(result.text).toBe(
      'Based on the tool results: {"city":"sample city","celsius":21}; {"city":"sample city","time":"14:05"}.',
    );

    const [, second] = await mock.requests();
    const messages = (second.body as any).messages;
    expect(messages.map((m: any) => m.role)).toEqual(['user', 'assistant', 'tool', 'tool']);
    // Kimi reasons before it calls; Moonshot-style servers want that back in
    // `reasoning_content` (the mock rejects the history otherwise).
    expect(messages[1].reasoning_content).toBe('I should call weather and time.');
    expect(messages[1]).not.toHaveProperty('reasoning');
    expect(messages[1].tool_calls).toEqual([
      {
        id: 'chatcmpl-tool-1',
        type: 'function',
        function: { name: 'weather', arguments: '{"city":"sample city"}' },
      },
      {
        id: 'chatcmpl-tool-2',
        type: 'function',
        function: { name: 'time', arguments: '{"city":"sample city","format":"24h"}' },
      },
    ]);
    expect(messages[2]).toEqual({
      role: 'tool',
      tool_call_id: 'chatcmpl-tool-1',
      content: '{"city":"sample city","celsius":21}',
    });
    expect(messages[3].tool_call_id).toBe('chatcmpl-tool-2');
  });

  it('assembles streamed tool-call argument deltas', async () => {
    const mock = mockRunPod();
    const result = ai.streamText({
      model: mock.provider()('qwen/qwen3-32b-awq'),
      tools: { time },
      stopWhen: ai.stepCountIs(2),
      prompt: 'Time in Paris?',
    });

    const inputDeltas: string[] = [];
    for await (const part of result.fullStream) {
      if (part.type === 'tool-input-delta') inputDeltas.push(part.delta);
    }
    // The mock sends the arguments in 8-character pieces.
    expect(inputDeltas.length).toBeGreaterThan(2);
    expect(inputDeltas.join('')).toBe('{"city":"sample city","format":"24h"}');
    const steps = await result.steps;
    expect(steps[0].toolCalls[0].input).toEqual({ city: 'sample city', format: '24h' });
    expect(await result.text).toBe(
      'Based on the tool results: {"city":"sample city","time":"14:05"}.',
    );
  });

  it('sends a named tool choice', async () => {
    const mock = mockRunPod();
    const { toolCalls } = await ai.generateText({
      model: mock.provider()('moonshotai/kimi-k3'),
      tools: { weather, time },
      toolChoice: { type: 'tool', toolName: 'time' },
      prompt: 'Time?',
    });
    expect(toolCalls.map(call => call.toolName)).toEqual(['time']);
    const [request] = await mock.requests();
    expect((request.body as any).tool_choice).toEqual({
      type: 'function',
      function: { name: 'time' },
    });
  });

  it('replays Kimi reasoning as reasoning_content in a streamed tool loop', async () => {
    const mock = mockRunPod();
    const errors: unknown[] = [];
    const result = ai.streamText({
      model: mock.provider()('moonshotai/kimi-k2.6'),
      tools: { weather },
      stopWhen: ai.stepCountIs(3),
      prompt: 'Weather in Paris?',
      onError: ({ error }) => void errors.push(error),
    });

    expect(await result.text).toBe(
      'Based on the tool results: {"city":"sample city","celsius":21}.',
    );
    expect(errors).toEqual([]);
    const requests = await mock.requests();
    expect(requests).toHaveLength(2);
    const assistant = (requests[1].body as any).messages[1];
    expect(assistant).toMatchObject({
      role: 'assistant',
      content: null,
      reasoning_content: 'I should call weather.',
    });
    expect(assistant).not.toHaveProperty('reasoning');
  });

  it.each([
    ['openai/gpt-oss-120b', 'gpt-oss-120b'],
    ['my-vllm-endpoint', 'my-vllm-endpoint'],
  ])(
    'replays %s reasoning as `reasoning`, the field vLLM answers with and reads',
    async modelId => {
      const mock = mockRunPod();
      const result = await ai.generateText({
        model: mock.provider()(modelId),
        tools: { weather },
        stopWhen: ai.stepCountIs(3),
        prompt: 'Weather in Paris?',
      });

      expect(result.steps).toHaveLength(2);
      const chats = (await mock.requests()).filter(r => r.method === 'POST');
      const assistant = (chats[1].body as any).messages[1];
      expect(assistant.reasoning).toBe('I should call weather.');
      expect(assistant).not.toHaveProperty('reasoning_content');
      expect(assistant.tool_calls).toHaveLength(1);
    },
  );

  it("passes on Moonshot's rejection of a tool-call history without reasoning_content", async () => {
    const mock = mockRunPod();
    const call = ai.generateText({
      model: mock.provider()('moonshotai/kimi-k3'),
      maxRetries: 0,
      messages: [
        { role: 'user', content: 'Weather in Paris?' },
        {
          role: 'assistant',
          content: [
            {
              type: 'tool-call',
              toolCallId: 'call-1',
              toolName: 'weather',
              input: { city: 'Paris' },
            },
          ],
        },
        {
          role: 'tool',
          content: [
            {
              type: 'tool-result',
              toolCallId: 'call-1',
              toolName: 'weather',
              output: { type: 'json', value: { celsius: 21 } },
            },
          ],
        },
      ],
    });
    await expect(call).rejects.toThrow(
      "RunPod model 'moonshotai/kimi-k3' (endpoint 'moonshot-kimi'): thinking is enabled but " +
        'reasoning_content is missing in assistant tool call message at index 1',
    );
  });
});
