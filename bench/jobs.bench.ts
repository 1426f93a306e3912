/**
 * How long media calls wait after their RunPod job has finished, and how many `/status`
 * requests they make: the poll schedule of src/jobs (a 1 s `/runsync` hold, then polls
 * placed by nextPollDelay) against jobs of known length on the in-process mock (real
 * clock, no network).
 *
 *   npm run bench:jobs            jobs of 0.5 to 40 s
 *   npm run bench:jobs -- --quick jobs of 0.5 to 10 s
 *
 * Added latency = when generateImage returned − when the job finished on the mock.
 * "first job" is a provider's first job on an endpoint it knows nothing about (your own
 * endpoint, no catalog hint); "later jobs" come after one job on the same endpoint, whose
 * execution time the provider remembers. Execution times vary ±20 % from job to job.
 * Targets: median added latency ≤ 300 ms for jobs up to 10 s and ≤ 1 s beyond; `/status`
 * polls in single digits for a 10 s job.
 */
import { generateImage } from 'ai';
import { createMockRunPod } from '../tests/mock-runpod/mock-runpod';

// Loaded from dist/ at run time (`npm run bench:jobs` builds first); the type comes from
// src/, so that `tsc` passes on a checkout without dist/.
type RunPodPackage = typeof import('../src/index');
const { createRunPod } = (await import(
  new URL('../dist/index.js', import.meta.url).href
)) as RunPodPackage;

const quick = process.argv.includes('--quick');
const durationsMs = quick
  ? [500, 2_000, 5_000, 10_000]
  : [500, 2_000, 5_000, 10_000, 20_000, 40_000];
const runs = quick ? 4 : 6;

const mock = createMockRunPod();
const fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  mock.handle(new Request(input instanceof Request ? input : String(input), init));

interface Sample {
  addedMs: number;
  polls: number;
}

async function oneJob(
  runpod: ReturnType<typeof createRunPod>,
  key: string,
  endpoint: string,
  executionMs: number,
): Promise<Sample> {
  mock.script(key, [{ job: { executionMs } }]);
  const before = mock.requests(key).length;
  const started = performance.now();
  await generateImage({ model: runpod.image(endpoint), prompt: 'bench', maxRetries: 0 });
  const addedMs = performance.now() - started - executionMs;
  const polls = mock
    .requests(key)
    .slice(before)
    .filter(r => r.path.includes('/status/')).length;
  return { addedMs, polls };
}

const jitter = (ms: number) => Math.round(ms * (0.8 + 0.4 * Math.random()));

/** `runs` independent providers, each doing a first job and then a later one on the same endpoint. */
async function scenario(durationMs: number) {
  const results = await Promise.all(
    Array.from({ length: runs }, async (_, run) => {
      const key = `bench-${durationMs}-${run}`;
      const runpod = createRunPod({ apiKey: 'rpa_bench', fetch, headers: { 'x-mock-key': key } });
      const endpoint = `bench-endpoint-${durationMs}-${run}`;
      const first = await oneJob(runpod, key, endpoint, jitter(durationMs));
      const later = await oneJob(runpod, key, endpoint, jitter(durationMs));
      return { first, later };
    }),
  );
  return { first: results.map(r => r.first), later: results.map(r => r.later) };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

console.log(
  `Jobs of ${durationsMs.map(ms => ms / 1000).join(', ')} s, ${runs} runs each (±20 % execution time).`,
);
const rows = await Promise.all(durationsMs.map(async ms => ({ ms, ...(await scenario(ms)) })));

console.log(
  '\njob      | which       | added latency median / max | /status polls median / max | target',
);
console.log(
  '-------- | ----------- | -------------------------- | -------------------------- | ------',
);
let allMet = true;
for (const { ms, first, later } of rows) {
  for (const [label, samples] of [
    ['first job', first],
    ['later jobs', later],
  ] as const) {
    const added = samples.map(s => s.addedMs);
    const polls = samples.map(s => s.polls);
    const latencyTarget = ms <= 10_000 ? 300 : 1_000;
    const met = median(added) <= latencyTarget && (ms !== 10_000 || median(polls) < 10);
    if (label === 'later jobs') allMet &&= met;
    console.log(
      `${`${ms / 1000} s`.padEnd(8)} | ${label.padEnd(11)} | ${`${median(added).toFixed(0)} / ${Math.max(...added).toFixed(0)} ms`.padEnd(26)} | ${`${median(polls)} / ${Math.max(...polls)}`.padEnd(26)} | ${met ? 'met' : 'MISSED'} (≤ ${latencyTarget} ms)`,
    );
  }
}
console.log(
  `\nLater jobs ${allMet ? 'meet' : 'miss'} the targets. A first job on an endpoint the provider knows nothing about backs off from 250 ms to a 2 s cap, so it can wait up to 2 s.`,
);
