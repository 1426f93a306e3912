/**
 * The delay `<think>` splitting adds to the first text (or reasoning) a stream delivers,
 * for each kind of reply and each thing the provider may know about the endpoint:
 * - nothing known (own endpoint, first reply): text streams as it comes;
 * - the template opens the block (the `startsInReasoning` setting, the catalog, or an
 *   earlier reply of the endpoint): the text is held until its first tag.
 * An upstream of `text-delta` parts, 4 characters each, one every TICK_MS (a token stream),
 * goes through the same transform the language model uses; the table shows, per case, how
 * long after the first upstream delta the first text-delta and first reasoning-delta come
 * out, and how many upstream deltas were held before the first output of any kind.
 * Then the transform's own cost per delta, without pacing.
 *
 * Run: `npx tsx bench/think-split-delay.ts`. A measurement, not a test: it always exits 0.
 */
import type { LanguageModelV3StreamPart } from '@ai-sdk/provider';
import { splitThinkTagsInStream } from '../src/chat/think-tag-reasoning';

const TICK_MS = 5;
const REASONING = 'The user asks for a sum. Two plus two is four; nothing else to weigh. '.repeat(
  6,
);
const ANSWER = 'Answer: 4. That is the whole answer, with nothing more to add to it.';

const replies = {
  'opens with <think>': `<think>\n${REASONING}\n</think>\n\n${ANSWER}`,
  'ordinary text': ANSWER,
  'template opened the block': `${REASONING}\n</think>\n\n${ANSWER}`,
} as const;

/** The upstream delta that carries the first character of the reasoning / of the answer. */
function firstDeltaOf(text: string, part: string): number | undefined {
  const at = text.indexOf(part.trim().slice(0, 8));
  return at === -1 ? undefined : Math.floor(at / 4);
}

function pieces(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += 4) out.push(text.slice(i, i + 4));
  return out;
}

function upstream(text: string, tickMs: number): ReadableStream<LanguageModelV3StreamPart> {
  const deltas = pieces(text);
  let index = -1;
  return new ReadableStream({
    async pull(controller) {
      if (index === -1) controller.enqueue({ type: 'text-start', id: 't' });
      else if (index < deltas.length) {
        if (tickMs > 0) await new Promise(resolve => setTimeout(resolve, tickMs));
        controller.enqueue({ type: 'text-delta', id: 't', delta: deltas[index] });
      } else {
        controller.enqueue({ type: 'text-end', id: 't' });
        controller.close();
      }
      index += 1;
    },
  });
}

interface Measured {
  /** When the first text / reasoning delta came out, less when the upstream delta with its
   * first character arrived (the answer's, the reasoning's): the delay splitting added. */
  firstText?: number;
  firstReasoning?: number;
  heldDeltas: number;
  literalTag: boolean;
}

const ROUNDS = 5;
const median = (values: Array<number | undefined>) => {
  const known = values
    .filter((value): value is number => value !== undefined)
    .sort((a, b) => a - b);
  return known.length === 0 ? undefined : known[Math.floor(known.length / 2)];
};

async function measure(
  text: string,
  startsInReasoning: boolean,
  { textDelta, reasoningDelta }: { textDelta?: number; reasoningDelta?: number },
): Promise<Measured> {
  const arrivals: number[] = [];
  let upstreamDeltas = 0;
  let heldDeltas = -1;
  const counted = upstream(text, TICK_MS).pipeThrough(
    new TransformStream<LanguageModelV3StreamPart, LanguageModelV3StreamPart>({
      transform(part, controller) {
        if (part.type === 'text-delta') {
          upstreamDeltas += 1;
          arrivals.push(performance.now());
        }
        controller.enqueue(part);
      },
    }),
  );
  const result: Measured = { heldDeltas: 0, literalTag: false };
  let textSoFar = '';
  const since = (delta: number | undefined) =>
    // Before that delta came (a reply shown as text as it comes): from the first one.
    delta === undefined ? undefined : performance.now() - (arrivals[delta] ?? arrivals[0]);
  for await (const part of counted.pipeThrough(splitThinkTagsInStream({ startsInReasoning }))) {
    if (part.type !== 'text-delta' && part.type !== 'reasoning-delta') continue;
    if (heldDeltas === -1) heldDeltas = upstreamDeltas - 1;
    if (part.type === 'text-delta') {
      result.firstText ??= since(textDelta);
      textSoFar += part.delta;
      result.literalTag ||= textSoFar.includes('</think>');
    } else result.firstReasoning ??= since(reasoningDelta);
  }
  result.heldDeltas = Math.max(heldDeltas, 0);
  return result;
}

async function overheadPerDelta(): Promise<number> {
  const text = `<think>${REASONING.repeat(20)}</think>${ANSWER.repeat(20)}`;
  const rounds = 20;
  const time = async (split: boolean) => {
    const start = performance.now();
    for (let i = 0; i < rounds; i++) {
      const stream = split
        ? upstream(text, 0).pipeThrough(splitThinkTagsInStream())
        : upstream(text, 0);
      for await (const _ of stream);
    }
    return performance.now() - start;
  };
  await time(true);
  await time(false);
  const [split, plain] = [await time(true), await time(false)];
  return ((split - plain) / (rounds * pieces(text).length)) * 1000;
}

const ms = (value: number | undefined) => (value === undefined ? '—' : `${value.toFixed(1)} ms`);

console.log(`upstream: 4-character deltas every ${TICK_MS} ms; medians of ${ROUNDS} runs\n`);
console.log(
  '| reply | endpoint known to open the block | added to first text | added to first reasoning | deltas held before any output | literal `</think>` in text |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, text] of Object.entries(replies)) {
  const reasoningDelta = name === 'ordinary text' ? undefined : firstDeltaOf(text, REASONING);
  const textDelta = firstDeltaOf(text, ANSWER);
  for (const known of [false, true]) {
    const runs: Measured[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      runs.push(await measure(text, known, { textDelta, reasoningDelta }));
    }
    const firstText = median(runs.map(run => run.firstText));
    const firstReasoning = median(runs.map(run => run.firstReasoning));
    console.log(
      `| ${name} (${pieces(text).length} deltas) | ${known ? 'yes' : 'no'} | ${ms(firstText)} | ${firstReasoning === undefined ? '— (none)' : ms(firstReasoning)} | ${median(runs.map(run => run.heldDeltas))} | ${runs[0].literalTag ? 'yes' : 'no'} |`,
    );
  }
}
console.log(`\nsplitting costs ${(await overheadPerDelta()).toFixed(2)} µs per delta (no pacing)`);
