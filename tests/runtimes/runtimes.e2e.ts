import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, mockRunPod } from '../helpers';
import { mediaBytes } from '../mock-runpod/media';
import { mockRelevance } from '../mock-runpod/media-endpoints/rerank';
import { embeddingOf } from '../mock-runpod/mock-runpod';

/**
 * The built package (dist/) in the runtimes AI SDK apps are deployed on, imported as a
 * user's app imports it (tests/runtimes/app): Bun and Deno run the app's module as it is,
 * with node_modules resolved by each runtime; for workerd it is bundled as wrangler
 * bundles a Worker and run by Miniflare without `nodejs_compat`. The runtimes come from
 * this folder's own package.json (`bun`, `deno`, `miniflare`), which `npm run
 * test:runtimes:only` installs (`npm ci --prefix tests/runtimes`) before running this
 * suite; one that is missing or does not start fails its test.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const suiteDir = fileURLToPath(new URL('.', import.meta.url));
const appFile = (name: string) => fileURLToPath(new URL(`./app/${name}`, import.meta.url));
type Mock = ReturnType<typeof mockRunPod>;

beforeAll(() => {
  if (!existsSync(join(root, 'dist/index.js'))) {
    throw new Error('dist/index.js is missing: `npm run test:runtimes` builds it first.');
  }
});

function runtimeBinary(name: 'bun' | 'deno'): string {
  const path = join(suiteDir, 'node_modules', '.bin', name);
  if (!existsSync(path)) {
    throw new Error(
      `${name} is not installed at ${path}: \`npm run test:runtimes:only\` installs it (npm ci --prefix tests/runtimes).`,
    );
  }
  return path;
}

/** Runs a runtime on an app file and returns the JSON the app printed. */
function runApp(command: string, args: string[], mock: Mock): Promise<any> {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    RUNPOD_API_KEY: API_KEY,
    RUNPOD_BASE_URL: mock.baseURL,
    MOCK_KEY: mock.key,
    NO_COLOR: '1',
    DO_NOT_TRACK: '1',
    DENO_NO_UPDATE_CHECK: '1',
  };
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: root, env, timeout: 50_000 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`${command} ${args.join(' ')} failed (${error.message}):\n${stderr}`));
        return;
      }
      try {
        resolve(JSON.parse(stdout.trim().split('\n').pop() ?? ''));
      } catch {
        reject(new Error(`${command} printed no JSON result:\n${stdout}\n${stderr}`));
      }
    });
  });
}

/** What the app must have got, and the requests RunPod must have seen, in order. */
async function expectScenario(result: any, mock: Mock, greeting: string) {
  expect(result.runtime).toMatch(new RegExp(`^${greeting} \\S+`));
  expect(result.generated).toEqual({
    text: `Hello from Qwen/Qwen3-32B-AWQ! You said: Hi from ${greeting}`,
    reasoning: `The user said "Hi from ${greeting}". I should answer briefly.`,
  });

  const { streamed } = result;
  // The model reasons before its tool call and again before its answer.
  const order = ['tool-call', 'tool-result', 'reasoning-delta', 'text-delta', 'finish'];
  expect(streamed.partTypes.filter((type: string) => order.includes(type))).toEqual([
    'reasoning-delta',
    ...order,
  ]);
  expect(streamed.toolCalls).toEqual([{ toolName: 'getWeather', input: { city: 'sample city' } }]);
  expect(streamed.toolResults).toEqual([{ city: 'sample city', temperatureC: 21 }]);
  expect(streamed.reasoning).toBe(
    'The user said "What is the weather in Amsterdam?". I should answer briefly.',
  );
  expect(streamed.text).toBe(
    'Based on the tool results: {"city":"sample city","temperatureC":21}.',
  );

  expect(result.object).toEqual({ city: 'sample city', temperatureC: 42 });
  expect(result.embedding).toEqual(embeddingOf('sunny day at the beach'));
  expect(result.image.mediaType).toBe('image/jpeg');
  expect(new Uint8Array(result.image.bytes)).toEqual(
    mediaBytes(`${result.image.jobId}-1.jpeg`)!.bytes,
  );
  expect(result.ranking).toEqual([
    { originalIndex: 1, score: mockRelevance('warranty coverage', 'a two-year warranty coverage') },
    { originalIndex: 0, score: mockRelevance('warranty coverage', 'red and blue colors') },
  ]);

  const requests = (await mock.requests()).filter(r => !r.path.startsWith('/__mock'));
  expect(requests.map(r => `${r.method} ${r.path}`)).toEqual([
    'POST /v2/qwen3-32b-awq/openai/v1/chat/completions',
    'POST /v2/moonshot-kimi/openai/v1/chat/completions',
    'POST /v2/moonshot-kimi/openai/v1/chat/completions',
    'POST /v2/qwen3-32b-awq/openai/v1/chat/completions',
    'GET /v2/infinity-endpoint/openai/v1/models',
    'POST /v2/infinity-endpoint/openai/v1/embeddings',
    'POST /v2/black-forest-labs-flux-1-schnell/run',
    `GET /v2/black-forest-labs-flux-1-schnell/status-sync/${result.image.jobId}`,
    `GET /media/${result.image.jobId}-1.jpeg`,
    'GET /v2/infinity-reranker/openai/v1/models',
    'POST /v2/infinity-reranker/run',
    expect.stringMatching(/^GET \/v2\/infinity-reranker\/status-sync\/\S+$/),
  ]);
  for (const request of requests.filter(r => r.path.startsWith('/v2/'))) {
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request.headers['user-agent']).toMatch(/ai-sdk\/runpod\/\d+\.\d+\.\d+/);
  }
}

describe('Bun', () => {
  it('runs the app against the mock: text, streamed reasoning and tools, object, embedding, image, rerank', async () => {
    const mock = mockRunPod();
    const result = await runApp(
      runtimeBinary('bun'),
      ['--no-install', appFile('bun-app.mjs')],
      mock,
    );
    await expectScenario(result, mock, 'Bun');
  });
});

describe('Deno', () => {
  it('runs the app against the mock with network access to 127.0.0.1 only', async () => {
    const mock = mockRunPod();
    const result = await runApp(
      runtimeBinary('deno'),
      [
        'run',
        '--quiet',
        '--no-prompt',
        '--no-lock',
        '--cached-only',
        '--allow-net=127.0.0.1',
        '--allow-env',
        // `ai`'s gateway dependency (@vercel/oidc) reads the host name when it loads.
        '--allow-sys=hostname',
        appFile('deno-app.mjs'),
      ],
      mock,
    );
    await expectScenario(result, mock, 'Deno');
  });
});

describe('workerd (Cloudflare Workers, without nodejs_compat)', () => {
  const mock = mockRunPod();
  let worker: Miniflare;

  beforeAll(async () => {
    // As wrangler bundles a Worker without nodejs_compat: the workerd, worker and browser
    // export conditions, no Node built-ins.
    const bundled = await build({
      entryPoints: [appFile('worker.mjs')],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      conditions: ['workerd', 'worker', 'browser'],
      target: 'es2022',
      logLevel: 'silent',
    });
    worker = new Miniflare({
      modules: true,
      script: bundled.outputFiles[0].text,
      compatibilityDate: '2026-04-01',
      compatibilityFlags: [],
      bindings: { RUNPOD_API_KEY: API_KEY, RUNPOD_BASE_URL: mock.baseURL, MOCK_KEY: mock.key },
    });
    await worker.ready;
  });

  afterAll(() => worker?.dispose());

  it('runs the app in a fetch handler, with no Buffer or process to lean on', async () => {
    const response = await worker.dispatchFetch('http://worker.test/scenario');
    expect(response.status).toBe(200);
    const result: any = await response.json();
    expect(result.globals).toEqual({ Buffer: 'undefined', process: 'undefined' });
    await expectScenario(result, mock, 'workerd');
  });

  it('streams the chat answer from its fetch handler as the model sends it', async () => {
    // The mock sends the SSE events 20 ms apart.
    await mock.script({ eventDelayMs: 20 });
    const response = await worker.dispatchFetch('http://worker.test/api/chat', {
      method: 'POST',
      // workerd gzips a text/plain body for a client that accepts gzip, and its gzip
      // stream holds small chunks back until the end; ask for the body as it is.
      headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' },
      body: JSON.stringify({ prompt: 'Stream from the Worker' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);

    const decoder = new TextDecoder();
    const chunks: Array<{ text: string; at: number }> = [];
    const started = Date.now();
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      chunks.push({ text: decoder.decode(chunk, { stream: true }), at: Date.now() - started });
    }
    expect(chunks.map(chunk => chunk.text).join('')).toBe(
      'Hello from Qwen/Qwen3-32B-AWQ! You said: Stream from the Worker',
    );
    // Several chunks, spread over the time the model took: not one body sent at the end.
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks[chunks.length - 1].at - chunks[0].at).toBeGreaterThan(100);
  });
});
