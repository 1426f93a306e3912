// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REASONING_EFFORTS } from '../../src/catalog/language-models';
import {
  mergeUnder,
  nearestEffort,
  reasoningControlOf,
  requestReasoning,
} from '../../src/chat/reasoning-control';
import { decideTemplateOpensThink } from '../../src/chat/reasoning-template';
import { prepareCall } from '../../src/chat/runpod-call-options';
import { ThinkTagSplitter } from '../../src/chat/think-tag-reasoning';
import { generatedBlocks } from '../docs/media-tables';
import { renderReasoningTable } from '../docs/reasoning-table';

describe('nearestEffort', () => {
  it.each([
    ['low', ['low', 'medium', 'high'], 'low'],
    ['minimal', ['low', 'medium', 'high'], 'low'],
    ['xhigh', ['low', 'medium', 'high'], 'high'],
    ['max', ['low', 'medium', 'high'], 'high'],
    ['medium', ['low', 'high', 'max'], 'low'],
    ['xhigh', ['low', 'high', 'max'], 'high'],
    ['low', ['max'], 'max'],
    ['high', [], undefined],
  ] as const)('rounds %s down (else up) among %j to %s', (wanted, efforts, expected) => {
    expect(nearestEffort(wanted, efforts)).toBe(expected);
  });
});

describe('requestReasoning', () => {
  it('sends nothing and warns about nothing for provider-default or no value', () => {
    for (const value of ['provider-default', undefined] as const) {
      expect(requestReasoning(value, { thinkingSwitch: 'enable_thinking' }, 'm')).toEqual({
        options: {},
        warnings: [],
      });
    }
  });

  it('switches enable_thinking off for none and on for a level, saying the level is not one', () => {
    const control = { thinkingSwitch: 'enable_thinking' } as const;
    expect(requestReasoning('none', control, 'm')).toEqual({
      options: { chat_template_kwargs: { enable_thinking: false } },
      warnings: [],
    });
    expect(requestReasoning('high', control, 'm')).toEqual({
      options: { chat_template_kwargs: { enable_thinking: true } },
      warnings: [
        {
          type: 'compatibility',
          feature: 'reasoning',
          details:
            'RunPod model \'m\' turns thinking on or off, with no levels; reasoning "high" turned it on.',
        },
      ],
    });
  });

  it("turns Moonshot's thinking off both ways, and asks for an effort the model takes", () => {
    const control = { thinkingSwitch: 'moonshot', efforts: ['max'] } as const;
    expect(requestReasoning('none', control, 'k').options).toEqual({
      thinking: { type: 'disabled' },
      chat_template_kwargs: { thinking: false },
    });
    expect(requestReasoning('max', control, 'k')).toEqual({
      options: { reasoning_effort: 'max' },
      warnings: [],
    });
    expect(requestReasoning('low', control, 'k').warnings[0]?.type).toBe('compatibility');
  });

  it('sends the lowest effort for none to a model that cannot stop thinking, with a warning', () => {
    expect(requestReasoning('none', { efforts: ['low', 'medium', 'high'] }, 'g')).toEqual({
      options: { reasoning_effort: 'low' },
      warnings: [
        {
          type: 'compatibility',
          feature: 'reasoning',
          details:
            'RunPod model \'g\' cannot stop thinking; reasoning "none" was sent as reasoning_effort "low".',
        },
      ],
    });
  });

  it('needs nothing for none on a model that never reasons, and warns about levels', () => {
    const control = { neverReasons: true };
    expect(requestReasoning('none', control, 'x')).toEqual({ options: {}, warnings: [] });
    expect(requestReasoning('low', control, 'x')).toEqual({
      options: {},
      warnings: [
        {
          type: 'unsupported',
          feature: 'reasoning',
          details: 'RunPod model \'x\' does not reason; reasoning "low" was not sent.',
        },
      ],
    });
  });

  it('warns as unsupported for every value a model with no switch and no levels gets', () => {
    for (const value of ['none', ...REASONING_EFFORTS] as const) {
      const { options, warnings } = requestReasoning(value, { hint: 'Hint.' }, 'c');
      expect(options).toEqual({});
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ type: 'unsupported', feature: 'reasoning' });
      expect((warnings[0] as { details: string }).details).toMatch(/ Hint\.$/);
    }
  });
});

describe('mergeUnder', () => {
  it("keeps the caller's own fields and merges objects one level deep", () => {
    expect(
      mergeUnder(
        { chat_template_kwargs: { enable_thinking: false }, reasoning_effort: 'low' },
        { chat_template_kwargs: { enable_thinking: true, custom: 1 }, reasoning_effort: 'high' },
      ),
    ).toEqual({
      chat_template_kwargs: { enable_thinking: true, custom: 1 },
      reasoning_effort: 'high',
    });
    expect(
      mergeUnder(
        { chat_template_kwargs: { enable_thinking: false } },
        { chat_template_kwargs: { x: 1 } },
      ),
    ).toEqual({ chat_template_kwargs: { enable_thinking: false, x: 1 } });
  });
});

describe('reasoningControlOf', () => {
  it('reads a catalog entry, and for own endpoints the reasoningSwitch setting', () => {
    expect(
      reasoningControlOf({ reasoning: 'fields', reasoningEfforts: ['low'] }, 'thinking'),
    ).toEqual({ thinkingSwitch: undefined, efforts: ['low'], neverReasons: false });
    expect(reasoningControlOf(undefined, undefined)).toEqual({ thinkingSwitch: 'enable_thinking' });
    expect(reasoningControlOf(undefined, 'thinking')).toEqual({ thinkingSwitch: 'thinking' });
    expect(reasoningControlOf(undefined, 'reasoning_effort').efforts).toEqual([
      'low',
      'medium',
      'high',
    ]);
    expect(reasoningControlOf(undefined, 'none').thinkingSwitch).toBeUndefined();
  });
});

describe('decideTemplateOpensThink', () => {
  it('takes the setting, then (thinking not off) the catalog, then what replies showed', () => {
    const seen = new Map<string, boolean>();
    const base = 'https://x/openai/v1';
    expect(decideTemplateOpensThink(false, true, seen, base).holdFirstTag(false)).toBe(false);
    expect(decideTemplateOpensThink(true, false, seen, base).holdFirstTag(true)).toBe(true);
    expect(decideTemplateOpensThink(undefined, true, seen, base).holdFirstTag(false)).toBe(true);
    expect(decideTemplateOpensThink(undefined, true, seen, base).holdFirstTag(true)).toBe(false);

    const learned = decideTemplateOpensThink(undefined, undefined, seen, base);
    expect(learned.holdFirstTag(false)).toBe(false);
    learned.learn('close');
    expect(learned.holdFirstTag(false)).toBe(true);
    learned.learn('open');
    expect(learned.holdFirstTag(false)).toBe(false);
  });
});

describe('prepareCall', () => {
  it('tells when a call turns thinking off, by reasoning or by a switch the caller set', async () => {
    const thinkingOff = async (runpod: Record<string, any>, control = {}) =>
      (
        await prepareCall(
          { prompt: [], providerOptions: { runpod } },
          { modelId: 'm', reasoningControl: control },
        )
      ).thinkingOff;
    expect(await thinkingOff({ reasoning: 'none' }, { thinkingSwitch: 'enable_thinking' })).toBe(
      true,
    );
    expect(await thinkingOff({ chat_template_kwargs: { enable_thinking: false } })).toBe(true);
    expect(await thinkingOff({ chat_template_kwargs: { thinking: false } })).toBe(true);
    expect(await thinkingOff({ thinking: { type: 'disabled' } })).toBe(true);
    expect(await thinkingOff({ reasoning: 'high' }, { thinkingSwitch: 'enable_thinking' })).toBe(
      false,
    );
    expect(await thinkingOff({})).toBe(false);
  });
});

describe('ThinkTagSplitter.firstTag', () => {
  it.each([
    ['Thinking.</think>Answer', 'close'],
    ['<think>a</think>b', 'open'],
    ['Hi <think>a</think>b', 'open'],
    ['no tags at all', undefined],
  ] as const)('tells the first tag of %j wherever it is cut', (reply, tag) => {
    for (let cut = 0; cut <= reply.length; cut++) {
      const splitter = new ThinkTagSplitter();
      splitter.push(reply.slice(0, cut));
      splitter.push(reply.slice(cut));
      expect(splitter.firstTag, `cut at ${cut}`).toBe(tag);
    }
  });
});

describe('docs/reasoning.md', () => {
  it('has the table of what each catalog model is sent as the code maps it', () => {
    const page = readFileSync(new URL('../../docs/reasoning.md', import.meta.url), 'utf8');
    // Prettier pads the cells; compare what is in them.
    const cells = (table: string | undefined) =>
      table
        ?.trim()
        .replace(/ *\| */g, '|')
        .replace(/-{3,}/g, '---');
    expect(cells(generatedBlocks(page).reasoning)).toBe(cells(renderReasoningTable()));
  });
});
