/**
 * Many concurrent media calls on one endpoint, against the in-process mock enforcing
 * RunPod's per-endpoint rate limits (`/run` 1000 per 10 s and 200 in flight, `/status` and
 * `/status-sync` 2000 per 10 s and 400 in flight; `tests/mock-runpod/rate-limits.ts`), on
 * the real clock: this package built (dist/), through ai@6's `generateImage`, one job per
 * call, jobs lasting 1–30 s (uniform, seeded).
 *
 *   npm run bench:pacing             400 and 1,000 concurrent calls
 *   npm run bench:pacing -- --quick  the same calls, jobs of 1–5 s (a smoke test)
 *
 * Added latency = when a call returned − when its job ended on the mock. Requests = job-API
 * requests (submissions and status reads; no downloads) per job. 429s are counted at the
 * mock. Heap per pending job = (heap with every call pending − heap before) / calls, after
 * a full GC; it includes the mock's own records of those jobs and requests. Targets (issue
 * 16): 400 calls: median ≤ 50 ms, p99 ≤ 250 ms, ≤ 2 requests per job, 0 429s; 1,000 calls:
 * 0 failed, 0 429s, median ≤ 50 ms, p99 ≤ 5 s.
 */
import { cpus } from 'node:os';
import { generateImage } from 'ai';
import { createMockRunPod } from '../tests/mock-runpod/mock-runpod';
import { collectGarbage } from './collect-garbage';

type RunPodPackage = typeof import('../src/index');
const { createRunPod } = (await import(
  new URL('../dist/index.js', import.meta.url).href
)) as RunPodPackage;

const quick = process.argv.includes('--quick');
const mock = createMockRunPod();
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

const gc = collectGarbage();
const heapUsed = () => (gc?.(), process.memoryUsage().heapUsed);

/** A seeded PRNG (mulberry32), so that every run draws the same job lengths. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

async function scenario(calls: number, minMs: number, maxMs: number) {
  const key = `pacing-${calls}`;
  mock.configure(key, { rateLimits: 'runpod' });
  const draw = random(calls);
  mock.script(
    key,
    Array.from({ length: calls }, () => ({
      job: { executionMs: Math.round(minMs + draw() * (maxMs - minMs)) },
    })),
  );
  let throttled = 0;
  const provider = createRunPod({
    apiKey: 'rpa_bench',
    headers: { 'x-mock-key': key },
    fetch: async (input, init) => {
      const response = await mock.handle(
        new Request(input instanceof Request ? input : String(input), init),
      );
      if (response.status === 429) throttled += 1;
      return response;
    },
  });
  const model = provider.image('benchpacing');

  const heapBefore = heapUsed();
  const started = Date.now();
  const outcomes = Array.from({ length: calls }, () =>
    generateImage({ model, prompt: 'bench', size: '1024x1024', maxRetries: 0 }).then(
      result => {
        const returnedAt = Date.now();
        const meta = result.providerMetadata.runpod as { images: Array<{ jobId: string }> };
        const job = mock.job(meta.images[0].jobId)!;
        return { ok: true as const, addedMs: returnedAt - job.endsAt };
      },
      (error: unknown) => ({ ok: false as const, error }),
    ),
  );
  await sleep(Math.min(800, minMs / 2));
  const heapPending = heapUsed();
  const results = await Promise.all(outcomes);
  const tookS = (Date.now() - started) / 1_000;

  const added = results
    .filter(r => r.ok)
    .map(r => r.addedMs)
    .sort((a, b) => a - b);
  const failed = results.filter(r => !r.ok);
  const requests = mock
    .requests(key)
    .filter(r => /\/v2\/[^/]+\/(run|runsync|status|status-sync)(\/|$)/.test(r.path)).length;
  const stats = Object.entries(mock.rateLimitStats())
    .filter(([name]) => name.startsWith(`${key} `))
    .map(([name, s]) => `${name.split(' ')[2]} max ${s.maxInFlight} in flight`)
    .join(', ');
  return {
    calls,
    failed: failed.length,
    firstError: failed[0] && String((failed[0] as { error: unknown }).error).slice(0, 300),
    throttled,
    median: quantile(added, 0.5),
    p99: quantile(added, 0.99),
    max: added.at(-1)!,
    requestsPerJob: requests / calls,
    heapPerJobKB: (heapPending - heapBefore) / calls / 1024,
    tookS,
    stats,
  };
}

console.log(
  `${new Date().toISOString().slice(0, 10)} · ${cpus().length} CPUs (${cpus()[0]?.model.trim()}) · Node ${process.version} · gc ${gc ? 'available' : 'unavailable'}`,
);
// Warm-up: module loading and first-call compilation.
await scenario(5, 50, 100);

const [minMs, maxMs] = quick ? [1_000, 5_000] : [1_000, 30_000];
const runs = [400, 1_000];
console.log(
  '\n| Calls | Failed | 429s | Added latency median | p99 | max | Requests per job | Heap per pending job | Took | Target |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
let allMet = true;
for (const calls of runs) {
  const r = await scenario(calls, minMs, maxMs);
  const met =
    r.failed === 0 &&
    r.throttled === 0 &&
    r.median <= 50 &&
    (calls <= 400 ? r.p99 <= 250 && r.requestsPerJob <= 2 : r.p99 <= 5_000);
  allMet &&= met;
  console.log(
    `| ${calls} | ${r.failed} | ${r.throttled} | ${r.median} ms | ${r.p99} ms | ${r.max} ms | ${r.requestsPerJob.toFixed(2)} | ${r.heapPerJobKB.toFixed(1)} KB | ${r.tookS.toFixed(1)} s | ${met ? 'PASS' : 'FAIL'} |`,
  );
  console.log(`  mock: ${r.stats}${r.firstError ? `; first failure: ${r.firstError}` : ''}`);
}
console.log(allMet ? '\nTARGETS MET' : '\nTARGETS NOT MET');
