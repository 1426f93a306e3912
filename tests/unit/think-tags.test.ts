import type { LanguageModelV3StreamPart } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import {
  splitThinkTagsInContent,
  splitThinkTagsInStream,
  ThinkTagSplitter,
} from '../../src/chat/think-tag-reasoning';

const joined = (segments: Array<{ kind: string; text: string }>) =>
  segments.map(({ kind, text }) => `${kind}:${text}`);

describe('ThinkTagSplitter', () => {
  it('splits a think block from the answer, whatever the chunking', () => {
    const reply = '<think>weigh it</think>\n\nThe answer.';
    for (let cut = 1; cut < reply.length; cut++) {
      const splitter = new ThinkTagSplitter();
      const segments = [
        ...splitter.push(reply.slice(0, cut)),
        ...splitter.push(reply.slice(cut)),
        ...splitter.flush(),
      ];
      const merged = segments.reduce<Array<{ kind: string; text: string }>>((all, segment) => {
        const last = all.at(-1);
        if (last?.kind === segment.kind) last.text += segment.text;
        else all.push({ ...segment });
        return all;
      }, []);
      expect(joined(merged), `cut at ${cut}`).toEqual(['reasoning:weigh it', 'text:The answer.']);
    }
  });

  it('passes text without tags through as it comes', () => {
    const splitter = new ThinkTagSplitter();
    expect(joined(splitter.push('Hello'))).toEqual(['text:Hello']);
    expect(joined(splitter.push(' world'))).toEqual(['text: world']);
  });

  it('holds back a possible tag start until it is known', () => {
    const splitter = new ThinkTagSplitter();
    expect(joined(splitter.push('Hi <thi'))).toEqual(['text:Hi ']);
    expect(joined(splitter.push('s is no tag'))).toEqual(['text:<this is no tag']);
  });

  it('reads text before a first </think> as reasoning when the reply may begin inside it', () => {
    const splitter = new ThinkTagSplitter({ mayStartInReasoning: true });
    expect(splitter.push('thinking')).toEqual([]);
    expect(joined([...splitter.push('</think>answer'), ...splitter.flush()])).toEqual([
      'reasoning:thinking',
      'text:answer',
    ]);
  });

  it('gives a reply with neither tag back as text at the end', () => {
    const splitter = new ThinkTagSplitter({ mayStartInReasoning: true });
    expect(splitter.push('plain answer')).toEqual([]);
    expect(joined(splitter.flush())).toEqual(['text:plain answer']);
  });

  it('counts an unclosed think block at the end as reasoning', () => {
    const splitter = new ThinkTagSplitter();
    expect(joined([...splitter.push('<think>cut off'), ...splitter.flush()])).toEqual([
      'reasoning:cut off',
    ]);
  });
});

describe('splitThinkTagsInContent', () => {
  it('tells a reply that begins inside the reasoning from its first tag', () => {
    expect(splitThinkTagsInContent([{ type: 'text', text: 'why</think>\n\nbecause' }])).toEqual([
      { type: 'reasoning', text: 'why' },
      { type: 'text', text: 'because' },
    ]);
  });

  it('leaves other parts and text without tags alone', () => {
    const content = [
      { type: 'text' as const, text: 'no tags' },
      { type: 'reasoning' as const, text: 'own field' },
    ];
    expect(splitThinkTagsInContent(content)).toEqual(content);
  });
});

describe('splitThinkTagsInStream', () => {
  async function run(
    parts: LanguageModelV3StreamPart[],
    startsInReasoning?: boolean,
  ): Promise<LanguageModelV3StreamPart[]> {
    const out: LanguageModelV3StreamPart[] = [];
    const stream = new ReadableStream<LanguageModelV3StreamPart>({
      start(controller) {
        for (const part of parts) controller.enqueue(part);
        controller.close();
      },
    }).pipeThrough(splitThinkTagsInStream({ startsInReasoning }));
    for await (const part of stream) out.push(part);
    return out;
  }
  const finish: LanguageModelV3StreamPart = {
    type: 'finish',
    finishReason: { unified: 'stop', raw: 'stop' },
    usage: {
      inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 },
      outputTokens: { total: 1, text: 1, reasoning: 0 },
    },
  };

  it('opens a reasoning part per think block and text parts around them', async () => {
    const parts = await run([
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: '<think>a</think>b' },
      { type: 'text-delta', id: 't', delta: '<think>c</think>d' },
      { type: 'text-end', id: 't' },
      finish,
    ]);
    expect(parts.map(part => `${part.type}${'id' in part ? `(${part.id})` : ''}`)).toEqual([
      'reasoning-start(t-think-1)',
      'reasoning-delta(t-think-1)',
      'reasoning-end(t-think-1)',
      'text-start(t)',
      'text-delta(t)',
      'text-end(t)',
      'reasoning-start(t-think-2)',
      'reasoning-delta(t-think-2)',
      'reasoning-end(t-think-2)',
      'text-start(t)',
      'text-delta(t)',
      'text-end(t)',
      'finish',
    ]);
  });

  it('ends a text part the upstream left open before the finish part', async () => {
    const parts = await run(
      [
        { type: 'text-start', id: 't' },
        { type: 'text-delta', id: 't', delta: 'why</think>ok' },
        finish,
      ],
      true,
    );
    expect(parts.map(part => part.type)).toEqual([
      'reasoning-start',
      'reasoning-delta',
      'reasoning-end',
      'text-start',
      'text-delta',
      'text-end',
      'finish',
    ]);
  });
});
