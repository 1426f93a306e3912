/**
 * How long media calls wait after their RunPod job has ended, and how many job-API
 * requests they make, against the in-process mock on the real clock (no network): this
 * package (built, from dist/) and RunPod's published 1.4.0 (devDependency
 * `runpod-provider-v1`), through `generateImage` and `experimental_generateVideo` of ai@6.
 *
 *   npm run bench:jobs            jobs of 0.8, 3, 9 and 30 s
 *   npm run bench:jobs -- --quick jobs of 0.8 and 3 s, fewer runs
 *
 * Added latency = when the call returned − when the job ended on the mock. Requests = the
 * job-API requests of one job (submission and status reads; media downloads and cancels
 * not counted). Scenarios, each on a fresh provider: the first job on a catalog model
 * (Flux Schnell, WAN 2.6 T2V), the first job on your own endpoint, and a later job on that
 * endpoint. Targets (2.x): median added latency ≤ 50 ms, ≤ 3 requests per job (+1 per 90 s
 * beyond).
 *
 * A second part measures the protocol alone for a job the catalog says ends within a
 * second (0.8 s): one `/runsync?wait=` against `/run` + `/status-sync`, with 0 and 60 ms of
 * simulated round trip, and when each learns the job ID (what an abort needs to cancel).
 */
import { cpus } from 'node:os';
import { experimental_generateVideo, generateImage } from 'ai';
import { createRunpod as createRunpodV1 } from 'runpod-provider-v1';
import { createMockRunPod } from '../tests/mock-runpod/mock-runpod';

// Loaded from dist/ at run time (`npm run bench:jobs` builds first); the type comes from
// src/, so that `tsc` passes on a checkout without dist/.
type RunPodPackage = typeof import('../src/index');
const { createRunPod } = (await import(
  new URL('../dist/index.js', import.meta.url).href
)) as RunPodPackage;

const quick = process.argv.includes('--quick');
const durationsMs = quick ? [800, 3_000] : [800, 3_000, 9_000, 30_000];
const runsFor = (ms: number) => (quick ? 3 : ms >= 30_000 ? 3 : 5);

const mock = createMockRunPod();
/** Job IDs submitted per mock key, read from the submissions' answers. */
const submitted = new Map<string, string[]>();
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** The mock behind `https://api.runpod.ai`, with `rttMs` of simulated round trip. */
function mockFetch(rttMs = 0) {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (rttMs > 0) await sleep(rttMs / 2);
    const request = new Request(input instanceof Request ? input : String(input), init);
    const key = request.headers.get('x-mock-key') ?? '';
    const response = await mock.handle(request);
    if (/\/(run|runsync)$/.test(new URL(request.url).pathname) && response.ok) {
      const { id } = (await response.clone().json()) as { id?: string };
      if (id) submitted.set(key, [...(submitted.get(key) ?? []), id]);
    }
    if (rttMs > 0) await sleep(rttMs / 2);
    return response;
  };
}

type Version = '2.x' | '1.4.0';
type Kind = 'image' | 'video';
const CATALOG: Record<Kind, string> = {
  image: 'black-forest-labs/flux-1-schnell',
  video: 'alibaba/wan-2.6-t2v',
};

interface Sample {
  addedMs: number;
  requests: number;
}

function providerFor(version: Version, key: string) {
  const settings = { apiKey: 'rpa_bench', fetch: mockFetch(), headers: { 'x-mock-key': key } };
  return version === '2.x' ? createRunPod(settings) : createRunpodV1(settings);
}

async function oneJob(
  provider: ReturnType<typeof providerFor>,
  key: string,
  kind: Kind,
  modelId: string,
  executionMs: number,
): Promise<Sample> {
  const ownVideo = kind === 'video' && modelId !== CATALOG.video;
  mock.script(key, [
    {
      job: {
        executionMs,
        ...(ownVideo ? { output: { video_url: `https://api.runpod.ai/media/${key}-1.mp4` } } : {}),
      },
    },
  ]);
  const before = mock.requests(key).length;
  if (kind === 'image') {
    await generateImage({
      model: provider.image(modelId),
      prompt: 'bench',
      size: '1024x1024',
      maxRetries: 0,
    });
  } else {
    await experimental_generateVideo({
      model: provider.video(modelId),
      prompt: 'bench',
      maxRetries: 0,
      // 1.4.0 returns the video URL: fetch it from the mock too.
      download: async ({ url }) => {
        const response = await mockFetch()(url);
        return { data: new Uint8Array(await response.arrayBuffer()), mediaType: 'video/mp4' };
      },
    });
  }
  const returnedAt = Date.now();
  const jobId = submitted.get(key)!.at(-1)!;
  const job = mock.job(jobId)!;
  const requests = mock
    .requests(key)
    .slice(before)
    .filter(r => r.path.startsWith('/v2/') && !r.path.includes('/cancel/')).length;
  return { addedMs: returnedAt - job.endsAt, requests };
}

const SCENARIOS = ['first job, catalog model', 'first job, own endpoint', 'later job'] as const;
type Scenario = (typeof SCENARIOS)[number];

/** One run: a fresh provider's first catalog job, and another's first and later own-endpoint jobs. */
async function run(version: Version, kind: Kind, durationMs: number, index: number) {
  const tag = `${version}-${kind}-${durationMs}-${index}`;
  const catalogKey = `catalog-${tag}`;
  const ownKey = `own-${tag}`;
  const own = providerFor(version, ownKey);
  const endpoint = `bench${kind}${durationMs}x${index}`.replace(/\./g, '');
  const [catalog, ownFirst] = await Promise.all([
    oneJob(providerFor(version, catalogKey), catalogKey, kind, CATALOG[kind], durationMs),
    oneJob(own, ownKey, kind, endpoint, durationMs),
  ]);
  const later = await oneJob(own, ownKey, kind, endpoint, durationMs);
  return {
    'first job, catalog model': catalog,
    'first job, own endpoint': ownFirst,
    'later job': later,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

console.log(
  `${new Date().toISOString().slice(0, 10)} · ${cpus().length} CPUs (${cpus()[0]?.model.trim()}) · Node ${process.version}`,
);
console.log(
  `Jobs of ${durationsMs.map(ms => ms / 1000).join(', ')} s; runs per figure: ${durationsMs.map(ms => `${ms / 1000} s: ${runsFor(ms)}`).join(', ')}.`,
);

// Warm-up: one short job per version and kind on a throwaway provider, so that module
// loading and first-call compilation are not charged to the first measured job.
for (const version of ['2.x', '1.4.0'] as const) {
  for (const kind of ['image', 'video'] as const) {
    const key = `warmup-${version}-${kind}`;
    await oneJob(providerFor(version, key), key, kind, CATALOG[kind], 50);
  }
}

// Runs start spread over a second (by run, kind and version), so that jobs of one length
// do not all end at the same instant and queue behind each other on a small machine.
const tasks: Array<
  Promise<{ version: Version; kind: Kind; ms: number; samples: Record<Scenario, Sample> }>
> = [];
for (const version of ['2.x', '1.4.0'] as const) {
  for (const kind of ['image', 'video'] as const) {
    for (const ms of durationsMs) {
      for (let index = 0; index < runsFor(ms); index++) {
        const startMs =
          (index * 211 + (kind === 'video' ? 97 : 0) + (version === '2.x' ? 0 : 43)) % 1_000;
        tasks.push(
          sleep(startMs)
            .then(() => run(version, kind, ms, index))
            .then(samples => ({ version, kind, ms, samples })),
        );
      }
    }
  }
}
const results = await Promise.all(tasks);

console.log(
  '\n| Job | Scenario | 2.x added latency, median (max) | 2.x requests, median (max) | 1.4.0 added latency, median (max) | 1.4.0 requests, median (max) | 2.x target |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
let allMet = true;
for (const kind of ['image', 'video'] as const) {
  for (const ms of durationsMs) {
    for (const scenario of SCENARIOS) {
      const cell = (version: Version) => {
        const samples = results
          .filter(r => r.version === version && r.kind === kind && r.ms === ms)
          .map(r => r.samples[scenario]);
        const added = samples.map(s => s.addedMs);
        const requests = samples.map(s => s.requests);
        return {
          latency: `${median(added).toFixed(0)} ms (${Math.max(...added).toFixed(0)})`,
          requests: `${median(requests)} (${Math.max(...requests)})`,
          met:
            median(added) <= 50 &&
            median(requests) <= 3 + Math.floor(Math.max(0, ms - 90_000) / 90_000),
        };
      };
      const v2 = cell('2.x');
      const v1 = cell('1.4.0');
      allMet &&= v2.met;
      console.log(
        `| ${kind} ${ms / 1000} s | ${scenario} | ${v2.latency} | ${v2.requests} | ${v1.latency} | ${v1.requests} | ${v2.met ? 'met' : 'MISSED'} |`,
      );
    }
  }
}
console.log(`\n2.x ${allMet ? 'meets' : 'misses'} the targets (≤ 50 ms median, ≤ 3 requests).`);

// ---- one /runsync or /run + /status-sync, for a job that ends within a second ----

async function rawJob(protocol: 'runsync' | 'run+status-sync', rttMs: number, index: number) {
  const key = `raw-${protocol}-${rttMs}-${index}`;
  const fetch = mockFetch(rttMs);
  const headers = { authorization: 'Bearer rpa_bench', 'x-mock-key': key };
  const url = 'https://api.runpod.ai/v2/benchquick';
  mock.script(key, [{ job: { executionMs: 800 } }]);
  const started = Date.now();
  let job: { id: string; status: string };
  let idKnownMs: number;
  let requests = 1;
  if (protocol === 'runsync') {
    const body = JSON.stringify({ input: { prompt: 'bench' } });
    job = await (await fetch(`${url}/runsync?wait=5000`, { method: 'POST', headers, body })).json();
    idKnownMs = Date.now() - started;
  } else {
    const body = JSON.stringify({ input: { prompt: 'bench' } });
    job = await (await fetch(`${url}/run`, { method: 'POST', headers, body })).json();
    idKnownMs = Date.now() - started;
    while (job.status !== 'COMPLETED') {
      requests += 1;
      job = await (await fetch(`${url}/status-sync/${job.id}?wait=90000`, { headers })).json();
    }
  }
  return { addedMs: Date.now() - mock.job(job.id)!.endsAt, idKnownMs, requests };
}

console.log('\nA 0.8 s job, protocol alone (5 runs each):\n');
console.log(
  '| Protocol | Round trip | Added latency, median | Job ID known after, median | Requests |',
);
console.log('| --- | --- | --- | --- | --- |');
for (const rttMs of [0, 60]) {
  for (const protocol of ['runsync', 'run+status-sync'] as const) {
    const samples = await Promise.all(
      Array.from({ length: 5 }, (_, i) => sleep(i * 150).then(() => rawJob(protocol, rttMs, i))),
    );
    console.log(
      `| ${protocol === 'runsync' ? '`/runsync?wait=5000`' : '`/run` + `/status-sync`'} | ${rttMs} ms | ${median(samples.map(s => s.addedMs)).toFixed(0)} ms | ${median(samples.map(s => s.idKnownMs)).toFixed(0)} ms | ${median(samples.map(s => s.requests))} |`,
    );
  }
}
