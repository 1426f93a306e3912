import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '@ai-sdk/provider';
import { aiVersions, mockRunPod, rejection } from './helpers';

// The warnings are asserted on; printing them too only fills the log.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

const VALUES = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] as const;
type Value = (typeof VALUES)[number];
/** The body fields a value should send, and the type of the warning it should give. */
type Expected = [fields: Record<string, unknown>, warning?: 'compatibility' | 'unsupported'];

const enableThinking = (on: boolean) => ({ chat_template_kwargs: { enable_thinking: on } });
const effort = (level: string) => ({ reasoning_effort: level });
const efforts =
  (table: Record<Value, [string, boolean?]>) =>
  (value: Value): Expected => {
    const [level, warns] = table[value];
    return warns ? [effort(level), 'compatibility'] : [effort(level)];
  };

// What each catalog model's request must carry for each value (docs/reasoning.md explains why).
const catalog: Record<string, (value: Value) => Expected> = {
  // Qwen3's template: enable_thinking (https://huggingface.co/Qwen/Qwen3-32B-AWQ).
  'qwen/qwen3-32b-awq': value =>
    value === 'none' ? [enableThinking(false)] : [enableThinking(true), 'compatibility'],
  'ibm-granite/granite-4.0-h-small': value => (value === 'none' ? [{}] : [{}, 'unsupported']),
  // Kimi K2.6: off by Moonshot's `thinking` and Kimi's template; on by RunPod's reasoning_effort "max".
  'moonshotai/kimi-k2.6': value =>
    value === 'none'
      ? [{ thinking: { type: 'disabled' }, chat_template_kwargs: { thinking: false } }]
      : value === 'max'
        ? [effort('max')]
        : [effort('max'), 'compatibility'],
  'moonshotai/kimi-k2.7-code': () => [{}, 'unsupported'],
  'moonshotai/kimi-k3': efforts({
    none: ['low', true],
    minimal: ['low', true],
    low: ['low'],
    medium: ['low', true],
    high: ['high'],
    xhigh: ['high', true],
    max: ['max'],
  }),
  'openai/gpt-oss-120b': efforts({
    none: ['low', true],
    minimal: ['low', true],
    low: ['low'],
    medium: ['medium'],
    high: ['high'],
    xhigh: ['high', true],
    max: ['high', true],
  }),
  'deepcogito/cogito-671b-v2.1-fp8': value => (value === 'none' ? [{}] : [{}, 'unsupported']),
};

const REASONING_KEYS = ['reasoning_effort', 'chat_template_kwargs', 'thinking', 'reasoning'];
const reasoningFieldsOf = (body: any) =>
  Object.fromEntries(Object.entries(body).filter(([key]) => REASONING_KEYS.includes(key)));
const reasoningWarningTypes = (warnings: any[] | undefined) =>
  (warnings ?? []).filter(warning => warning.feature === 'reasoning').map(warning => warning.type);

// ai@6 has no `reasoning` call option: the provider option is how it is asked there.
const ways = [
  ['ai@6', 'providerOptions.runpod.reasoning'],
  ['ai@7', 'providerOptions.runpod.reasoning'],
  ['ai@7', 'the reasoning call option'],
] as const;

describe.each(ways)('reasoning control (%s, %s)', (major, way) => {
  const ai = aiVersions.find(([name]) => name === major)![1] as any;
  const ask = (value: string) =>
    way === 'the reasoning call option'
      ? { reasoning: value }
      : { providerOptions: { runpod: { reasoning: value } } };

  it.each(Object.entries(catalog))(
    'sends what %s takes for each value, with a warning where it cannot do it',
    async (modelId, expected) => {
      const mock = mockRunPod();
      const model = mock.provider()(modelId);
      for (const value of [...VALUES, 'provider-default'] as const) {
        const { warnings } = await ai.generateText({ model, prompt: 'Hi', ...ask(value) });
        const [fields, warning] = value === 'provider-default' ? [{}] : expected(value);
        const request = (await mock.requests()).at(-1)!;
        expect(reasoningFieldsOf(request.body), value).toEqual(fields);
        expect(reasoningWarningTypes(warnings), value).toEqual(warning ? [warning] : []);
      }
    },
  );

  it('sends the same from streamText', async () => {
    const mock = mockRunPod();
    for (const [modelId, value] of [
      ['qwen/qwen3-32b-awq', 'none'],
      ['openai/gpt-oss-120b', 'medium'],
      ['moonshotai/kimi-k2.6', 'none'],
    ] as const) {
      const result = ai.streamText({
        model: mock.provider()(modelId),
        prompt: 'Hi',
        ...ask(value),
      });
      await result.consumeStream();
      const request = (await mock.requests()).at(-1)!;
      expect(reasoningFieldsOf(request.body)).toEqual(catalog[modelId](value)[0]);
      expect(request.body).toMatchObject({ stream: true });
    }
  });
});

describe.each(aiVersions)('reasoning control (%s)', (_, ai) => {
  it('answers without reasoning when thinking is off, and with it otherwise (as the mock plays it)', async () => {
    const mock = mockRunPod();
    const ask = (reasoning: string) => ({ providerOptions: { runpod: { reasoning } } });
    const qwen = mock.provider()('qwen/qwen3-32b-awq');
    const off = await ai.generateText({ model: qwen, prompt: 'Hi', ...ask('none') });
    expect([off.reasoningText, off.text]).toEqual([
      undefined,
      'Hello from Qwen/Qwen3-32B-AWQ! You said: Hi',
    ]);
    const kimi = await ai.generateText({
      model: mock.provider()('moonshotai/kimi-k2.6'),
      prompt: 'Hi',
      ...ask('none'),
    });
    expect(kimi.reasoningText).toBeUndefined();
    const gptOss = await ai.generateText({
      model: mock.provider()('openai/gpt-oss-120b'),
      prompt: 'Hi',
      ...ask('high'),
    });
    expect(gptOss.reasoningText).toBe('(high) The user said "Hi". I should answer briefly.');
  });

  it("merges into the caller's chat_template_kwargs, whose own keys win", async () => {
    const mock = mockRunPod();
    const model = mock.provider()('qwen/qwen3-32b-awq');
    for (const kwargs of [{ custom_flag: true }, { enable_thinking: true }]) {
      await ai.generateText({
        model,
        prompt: 'Hi',
        providerOptions: { runpod: { reasoning: 'none', chat_template_kwargs: kwargs } },
      });
    }
    const [first, second] = await mock.requests();
    expect((first.body as any).chat_template_kwargs).toEqual({
      enable_thinking: false,
      custom_flag: true,
    });
    expect((second.body as any).chat_template_kwargs).toEqual({ enable_thinking: true });
  });

  it('lets an explicit reasoningEffort win over reasoning', async () => {
    const mock = mockRunPod();
    const { warnings } = await ai.generateText({
      model: mock.provider()('openai/gpt-oss-120b'),
      prompt: 'Hi',
      providerOptions: { runpod: { reasoning: 'low', reasoningEffort: 'high' } },
    });
    const [request] = await mock.requests();
    expect((request.body as any).reasoning_effort).toBe('high');
    expect(request.body).not.toHaveProperty('reasoningEffort');
    expect(reasoningWarningTypes(warnings)).toEqual([]);
  });

  it('rounds reasoning to a level vLLM takes, where a raw reasoningEffort it does not take fails', async () => {
    const mock = mockRunPod();
    const model = mock.provider()('openai/gpt-oss-120b');
    const rounded = await ai.generateText({
      model,
      prompt: 'Hi',
      providerOptions: { runpod: { reasoning: 'max' } },
    });
    expect(rounded.reasoningText).toBe('(high) The user said "Hi". I should answer briefly.');

    const error = await rejection(
      ai.generateText({
        model,
        prompt: 'Hi',
        maxRetries: 0,
        providerOptions: { runpod: { reasoningEffort: 'max' } },
      }),
    );
    expect(error.statusCode ?? error.lastError?.statusCode).toBe(400);
    expect(error.message).toContain("Input should be 'low', 'medium' or 'high'");
  });

  it('refuses a reasoning value it does not know, naming the option', async () => {
    const mock = mockRunPod();
    const error = await rejection(
      ai.generateText({
        model: mock.provider()('qwen/qwen3-32b-awq'),
        prompt: 'Hi',
        providerOptions: { runpod: { reasoning: 'extreme' } },
      }),
    );
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(error.message).toContain("RunPod model 'qwen/qwen3-32b-awq'");
    expect(error.message).toContain('reasoning');
    expect(await mock.requests()).toEqual([]);
  });

  it.each([
    [undefined, 'none', enableThinking(false), undefined],
    ['enable_thinking', 'low', enableThinking(true), 'compatibility'],
    ['thinking', 'none', { chat_template_kwargs: { thinking: false } }, undefined],
    ['reasoning_effort', 'max', effort('high'), 'compatibility'],
    ['reasoning_effort', 'medium', effort('medium'), undefined],
    ['none', 'none', {}, 'unsupported'],
  ] as const)(
    'on your own endpoint with reasoningSwitch %s, sends %s as %j',
    async (reasoningSwitch, value, fields, warning) => {
      const mock = mockRunPod();
      const { warnings } = await ai.generateText({
        model: mock.provider()('my-endpoint', {
          servedModelName: 'mock-org/my-endpoint',
          reasoningSwitch,
        }),
        prompt: 'Hi',
        providerOptions: { runpod: { reasoning: value } },
      });
      const [request] = await mock.requests();
      expect(reasoningFieldsOf(request.body)).toEqual(fields);
      expect(reasoningWarningTypes(warnings)).toEqual(warning ? [warning] : []);
    },
  );
});

describe('reasoning control (ai@7, both given)', () => {
  const ai = aiVersions[1][1] as any;

  it('lets providerOptions.runpod.reasoning win over the call option, without a warning', async () => {
    const mock = mockRunPod();
    const { warnings } = await ai.generateText({
      model: mock.provider()('qwen/qwen3-32b-awq'),
      prompt: 'Hi',
      reasoning: 'high',
      providerOptions: { runpod: { reasoning: 'none' } },
    });
    const [request] = await mock.requests();
    expect(reasoningFieldsOf(request.body)).toEqual(enableThinking(false));
    expect(warnings ?? []).toEqual([]);
  });
});

describe('the reasoningSwitch setting', () => {
  it('is checked when the model is created', () => {
    const mock = mockRunPod();
    expect(() => mock.provider()('my-endpoint', { reasoningSwitch: 'on' as never })).toThrow(
      "RunPod model 'my-endpoint': reasoningSwitch must be 'enable_thinking', 'thinking', 'reasoning_effort' or 'none'",
    );
  });
});
