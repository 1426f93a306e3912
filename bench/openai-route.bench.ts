/**
 * How much `@runpod/ai-sdk-provider` adds over a bare `createOpenAICompatible` model when
 * both talk to the same in-process RunPod mock (no network):
 * (a) many short sequential `generateText` calls, ms per call;
 * (b) one long `streamText` (a few thousand SSE chunks, `textStream` read to the end),
 *     ms per stream.
 * The contenders alternate in interleaved rounds (AB, BA, …) so that drift (JIT, GC, a
 * busy neighbour) lands on both; the table shows the median and p90 of the rounds and
 * the median of the per-round ratios provider / baseline, against the 1.05 target.
 *
 * Run: `npm run bench` (builds first), or `npm run bench -- --quick`.
 * This is a measurement, not a test: it always exits 0 unless it cannot run at all.
 * See bench/README.md.
 */
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { generateText, type LanguageModel, streamText } from 'ai';
import { createMockRunPod } from '../tests/mock-runpod/mock-runpod';
import { collectGarbage } from './collect-garbage';
import { renderChatCompletionChunks } from '../tests/mock-runpod/reply';

// --- settings ---------------------------------------------------------------------------

const QUICK = process.argv.includes('--quick');
/** Also print every round's values. */
const VERBOSE = process.argv.includes('--verbose');
const TARGET = 1.05;

/** Warm-up calls per contender, then rounds; one round runs each contender once. */
const settings = QUICK
  ? { generateWarmup: 100, generateRounds: 30, generateCallsPerRound: 20 }
  : { generateWarmup: 300, generateRounds: 100, generateCallsPerRound: 20 };
const stream = QUICK ? { warmup: 2, rounds: 10 } : { warmup: 5, rounds: 50 };

/** Characters in the long streamed reply; the mock sends 4 characters per chunk. */
const STREAM_CHARS = 20_000;
const API_KEY = 'rpa_bench';
const BASE_URL = 'https://api.runpod.ai/v2';

// --- the package under test, as users get it --------------------------------------------

// Loaded from dist/ at run time (`npm run bench` builds first). The type comes from src/,
// whose API dist/ is built from, so that `tsc` also passes on a checkout without dist/.
type RunPodPackage = typeof import('../src/index');
const distEntry = new URL('../dist/index.js', import.meta.url).href;
let runpodPackage: RunPodPackage;
try {
  runpodPackage = (await import(distEntry)) as RunPodPackage;
} catch (error) {
  console.error(`Cannot load ${distEntry}: run \`npm run build\` first (npm run bench does).`);
  throw error;
}
const { createRunPod, VERSION } = runpodPackage;

// --- the in-process RunPod ----------------------------------------------------------------

const mock = createMockRunPod();
const fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  mock.handle(new Request(input, init));

const runpod = createRunPod({ apiKey: API_KEY, baseURL: BASE_URL, fetch });
const bareOpenAICompatible = (endpoint: string) =>
  createOpenAICompatible({
    name: 'runpod',
    baseURL: `${BASE_URL}/${endpoint}/openai/v1`,
    apiKey: API_KEY,
    includeUsage: true,
    supportsStructuredOutputs: true,
    fetch,
  });

interface Pair {
  /** Short label for the table. */
  label: string;
  /** Whether this pair counts for the 5% target (Qwen3 does extra work by design). */
  gated: boolean;
  note?: string;
  provider: LanguageModel;
  baseline: LanguageModel;
  /** Served model name, for the pre-rendered stream. */
  servedModelName: string;
  /** The long reply's content as the server sends it. */
  streamContent: string;
}

const prose = longProse(STREAM_CHARS);
const reasoningPart = longProse(4_000);

const pairs: Pair[] = [
  {
    label: 'granite-4.0-h-small',
    gated: true,
    provider: runpod('ibm-granite/granite-4.0-h-small'),
    baseline: bareOpenAICompatible('granite-4-0-h-small').chatModel(
      'ibm-granite/granite-4.0-h-small',
    ),
    servedModelName: 'ibm-granite/granite-4.0-h-small',
    streamContent: prose,
  },
  {
    label: 'qwen3-32b-awq',
    gated: false,
    note: 'the provider splits inline <think> reasoning here (extra work by design)',
    provider: runpod('qwen/qwen3-32b-awq'),
    baseline: bareOpenAICompatible('qwen3-32b-awq').chatModel('Qwen/Qwen3-32B-AWQ'),
    servedModelName: 'Qwen/Qwen3-32B-AWQ',
    streamContent: `<think>\n${reasoningPart}\n</think>\n\n${prose.slice(reasoningPart.length + 20)}`,
  },
];

// --- one call of each kind ----------------------------------------------------------------

const PROMPT = 'Say hello in one short sentence.';
let keyCounter = 0;

async function generateOnce(model: LanguageModel, key: string): Promise<string> {
  const { text } = await generateText({
    model,
    prompt: PROMPT,
    maxRetries: 0,
    headers: { 'x-mock-key': key },
  });
  return text;
}

/**
 * The SSE payloads of each pair's long reply, rendered and JSON-encoded once: the mock
 * then only frames and encodes them, so that server-side work weighs as little as
 * possible in the denominator.
 */
const streamEvents = new Map<Pair, string[]>(
  pairs.map(pair => [
    pair,
    renderChatCompletionChunks(
      { content: pair.streamContent },
      pair.servedModelName,
      'bench',
      8,
      true,
    ).map(event => JSON.stringify(event)),
  ]),
);

async function streamOnce(
  pair: Pair,
  model: LanguageModel,
): Promise<{ text: string; reasoning: string }> {
  const key = `stream-${++keyCounter}`;
  mock.script(key, [{ events: streamEvents.get(pair) }]);
  let failure: unknown;
  const result = streamText({
    model,
    prompt: PROMPT,
    maxRetries: 0,
    headers: { 'x-mock-key': key },
    onError: ({ error }) => {
      failure = error;
    },
  });
  let text = '';
  for await (const delta of result.textStream) text += delta;
  if (failure !== undefined) throw failure;
  return { text, reasoning: (await result.reasoningText) ?? '' };
}

// --- sanity: both contenders really talk to the mock and get what we expect -------------

async function checkPair(pair: Pair): Promise<void> {
  const expectedGreeting = `Hello from ${pair.servedModelName}! You said: ${PROMPT}`;
  const providerText = await generateOnce(pair.provider, 'check');
  const baselineText = await generateOnce(pair.baseline, 'check');
  assert(
    providerText === expectedGreeting,
    `${pair.label}: provider generateText: ${providerText}`,
  );
  assert(
    baselineText.endsWith(expectedGreeting),
    `${pair.label}: baseline generateText: ${baselineText}`,
  );

  const fromProvider = await streamOnce(pair, pair.provider);
  const fromBaseline = await streamOnce(pair, pair.baseline);
  assert(fromBaseline.text === pair.streamContent, `${pair.label}: baseline stream text differs`);
  if (pair.streamContent.startsWith('<think>')) {
    assert(
      fromProvider.reasoning.trim() === reasoningPart.trim() &&
        !fromProvider.text.includes('<think>'),
      `${pair.label}: provider stream did not split the <think> reasoning`,
    );
  } else {
    assert(fromProvider.text === pair.streamContent, `${pair.label}: provider stream text differs`);
  }
}

// --- measurement --------------------------------------------------------------------------

type Role = 'provider' | 'baseline';

/** One value per round for each role; `run` returns the value of one round. */
async function interleaved(
  rounds: number,
  run: (role: Role, round: number) => Promise<number>,
): Promise<Record<Role, number[]>> {
  const values: Record<Role, number[]> = { provider: [], baseline: [] };
  for (let round = 0; round < rounds; round++) {
    // Who goes first alternates, so order effects cancel.
    const order: Role[] = round % 2 === 0 ? ['provider', 'baseline'] : ['baseline', 'provider'];
    for (const role of order) values[role].push(await run(role, round));
  }
  return values;
}

async function measureGenerate(pair: Pair): Promise<Record<Role, number[]>> {
  const models: Record<Role, LanguageModel> = { provider: pair.provider, baseline: pair.baseline };
  for (const role of ['provider', 'baseline'] as const) {
    for (let i = 0; i < settings.generateWarmup; i++) {
      await generateOnce(models[role], `warmup-${role}`);
    }
  }
  return interleaved(settings.generateRounds, async (role, round) => {
    // One mock key per round and role keeps the mock's request log per key short.
    const key = `generate-${pair.label}-${role}-${round}`;
    const start = performance.now();
    for (let i = 0; i < settings.generateCallsPerRound; i++) {
      await generateOnce(models[role], key);
    }
    return (performance.now() - start) / settings.generateCallsPerRound;
  });
}

async function measureStream(pair: Pair): Promise<Record<Role, number[]>> {
  const models: Record<Role, LanguageModel> = { provider: pair.provider, baseline: pair.baseline };
  for (let i = 0; i < stream.warmup; i++) {
    await streamOnce(pair, pair.provider);
    await streamOnce(pair, pair.baseline);
  }
  return interleaved(stream.rounds, async role => {
    const start = performance.now();
    await streamOnce(pair, models[role]);
    return performance.now() - start;
  });
}

// --- statistics and output ----------------------------------------------------------------

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (p === 50) {
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Row {
  measurement: string;
  pair: Pair;
  ratio: number;
  low: number;
  high: number;
  pass: boolean;
}

/**
 * 90% interval of the median of `values`, by bootstrap (resampling the rounds with a
 * fixed seed, so that the same data always gives the same interval).
 */
function bootstrapMedian(values: number[], resamples = 2_000): [number, number] {
  let seed = 0x9e3779b9;
  const random = () => {
    // xorshift32
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const medians: number[] = [];
  for (let i = 0; i < resamples; i++) {
    const sample = values.map(() => values[Math.floor(random() * values.length)]);
    medians.push(percentile(sample, 50));
  }
  return [percentile(medians, 5), percentile(medians, 95)];
}

/**
 * Prints one measurement. The ratio is the median over rounds of provider / baseline
 * within the same round: the two ran back to back, so drift between rounds (GC, JIT,
 * a busy neighbour) cancels. The ratio of the two medians is printed as well; it moves
 * more from run to run.
 */
function report(measurement: string, unit: string, pair: Pair, values: Record<Role, number[]>) {
  const ratios = values.provider.map((value, round) => value / values.baseline[round]);
  const ratio = percentile(ratios, 50);
  const [low, high] = bootstrapMedian(ratios);
  const decisive = high <= TARGET || low > TARGET;
  const ratioOfMedians = percentile(values.provider, 50) / percentile(values.baseline, 50);
  const pass = ratio <= TARGET;
  const digits = unit === 'ms/call' ? 3 : 1;
  const verdict = pair.gated
    ? `${pass ? 'PASS' : 'FAIL'} (target ≤ ${TARGET.toFixed(2)})`
    : `info, not gated (${pass ? 'within' : 'over'} ${TARGET.toFixed(2)})`;
  const line = (name: string, role: Role, tail: string) =>
    console.log(
      `  ${name.padEnd(38)}${percentile(values[role], 50).toFixed(digits).padStart(10)}` +
        `${percentile(values[role], 90).toFixed(digits).padStart(10)}   ${tail}`,
    );
  console.log(`\n${measurement} · ${pair.label}${pair.note ? ` — ${pair.note}` : ''}`);
  console.log(
    `  ${'contender'.padEnd(38)}${'median'.padStart(10)}${'p90'.padStart(10)}   ratio (${unit})`,
  );
  line(`@runpod/ai-sdk-provider ${VERSION}`, 'provider', `${ratio.toFixed(3)}  ${verdict}`);
  line('createOpenAICompatible (baseline)', 'baseline', '1.000');
  console.log(
    `  ${values.provider.length} rounds; ratio = median of per-round provider/baseline, ` +
      `90% interval ${low.toFixed(3)}–${high.toFixed(3)}` +
      `${decisive ? '' : ` (straddles ${TARGET.toFixed(2)}: not decisive, run again)`}; ` +
      `ratio of medians ${ratioOfMedians.toFixed(3)}`,
  );
  if (VERBOSE) {
    for (const role of ['provider', 'baseline'] as const) {
      console.log(
        `  ${role} rounds: ${values[role].map(value => value.toFixed(digits)).join(' ')}`,
      );
    }
  }
  rows.push({ measurement, pair, ratio, low, high, pass });
}

const rows: Row[] = [];

const gc = collectGarbage();

function heapMiB(): string {
  gc?.();
  return `${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1)} MiB`;
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`bench sanity check failed: ${message}`);
}

/** Deterministic English-looking text of exactly `length` characters. */
function longProse(length: number): string {
  const words = (
    'the endpoint answers every request with a steady stream of tokens while the worker ' +
    'keeps its cache warm and the scheduler batches prompts from many clients at once'
  ).split(' ');
  let text = '';
  for (let i = 0; text.length < length; i++) {
    text += `${words[(i * 7) % words.length]}${i % 13 === 12 ? '.\n' : ' '}`;
  }
  return text.slice(0, length);
}

// --- main ---------------------------------------------------------------------------------

const started = performance.now();
console.log(
  `RunPod provider overhead over bare createOpenAICompatible (in-process mock, no network)` +
    `${QUICK ? ' — QUICK run' : ''}`,
);
console.log(
  `node ${process.version}, ${process.platform}/${process.arch}; ` +
    `generateText: ${settings.generateRounds} rounds × ${settings.generateCallsPerRound} calls ` +
    `after ${settings.generateWarmup} warm-up calls per contender; ` +
    `streamText: ${stream.rounds} rounds × 1 stream of ${STREAM_CHARS} chars ` +
    `(${streamEvents.get(pairs[0])!.length} SSE chunks) after ${stream.warmup} warm-up; ` +
    `gc ${gc ? 'available' : 'unavailable'}`,
);

for (const pair of pairs) await checkPair(pair);
const heapBefore = heapMiB();

for (const pair of pairs) {
  report('generateText, short reply', 'ms/call', pair, await measureGenerate(pair));
}
const heapAfterGenerate = heapMiB();
for (const pair of pairs) {
  report(`streamText, ${STREAM_CHARS}-char reply`, 'ms/stream', pair, await measureStream(pair));
}
const heapAfter = heapMiB();

console.log(
  `\nheap used (after gc): before ${heapBefore}, after generateText ${heapAfterGenerate}, ` +
    `after streamText ${heapAfter} (information only; includes the mock's request log)`,
);

const gatedRows = rows.filter(row => row.pair.gated);
const met = gatedRows.every(row => row.pass);
console.log('\nSummary (target: the provider adds ≤ 5%, i.e. ratio ≤ 1.05):');
for (const row of rows) {
  const verdict = row.pair.gated ? (row.pass ? 'PASS' : 'FAIL') : 'info';
  console.log(
    `  ${verdict.padEnd(5)} ${row.ratio.toFixed(3)} (90% ${row.low.toFixed(3)}–${row.high.toFixed(3)})` +
      `  ${row.measurement} · ${row.pair.label}`,
  );
}
console.log(
  `\nTARGET ${met ? 'MET' : 'NOT MET'}: ` +
    `${gatedRows.filter(row => row.pass).length}/${gatedRows.length} gated measurements ` +
    `within ${TARGET.toFixed(2)} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
process.exitCode = 0;
