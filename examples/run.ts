/**
 * Runs the examples: `tsx examples/run.ts <name>` or `tsx examples/run.ts --all`
 * (`npm run example -- <name>`, `npm run examples`). Apps (`chat-ui`) run until Ctrl+C,
 * so only by name.
 *
 * With RUNPOD_API_KEY set, the examples call RunPod. Without it, they run against the
 * local RunPod mock from tests/mock-runpod on 127.0.0.1: this runner sets a mock API key
 * and points requests for https://api.runpod.ai/v2 at the mock through `globalThis.fetch`,
 * so the example files stay exactly what you would write.
 */
import { MEDIA_ORIGIN_HEADER } from '../tests/mock-runpod/mock-runpod';
import { type MockServer, startMockServer } from '../tests/mock-runpod/node-server';

type Example = { default: () => Promise<void> };

/** In the order `--all` runs them. */
const examples: Record<string, () => Promise<Example>> = {
  'generate-text': () => import('./generate-text'),
  'stream-text': () => import('./stream-text'),
  'generate-object': () => import('./generate-object'),
  'tool-calling': () => import('./tool-calling'),
  reasoning: () => import('./reasoning'),
  'private-endpoint': () => import('./private-endpoint'),
  embeddings: () => import('./embeddings'),
  rerank: () => import('./rerank'),
  'edge-function': () => import('./edge-function'),
  'generate-image': () => import('./generate-image'),
  'edit-image': () => import('./edit-image'),
  'generate-speech': () => import('./generate-speech'),
  transcribe: () => import('./transcribe'),
  'generate-video': () => import('./generate-video'),
};

/** Servers for a person to open; they run until Ctrl+C, so `--all` leaves them out. */
const apps: Record<string, () => Promise<Example>> = {
  'chat-ui': () => import('./chat-ui/server'),
};
const runnable = { ...examples, ...apps };

const RUNPOD_ORIGIN = 'https://api.runpod.ai';
const RUNPOD_BASE_URL = `${RUNPOD_ORIGIN}/v2`;

function usage(): never {
  console.error('Usage: tsx examples/run.ts <name> | --all');
  console.error(`Examples: ${Object.keys(examples).join(', ')}`);
  console.error(`Apps (by name only): ${Object.keys(apps).join(', ')}`);
  process.exit(1);
}

/**
 * A `fetch` that sends requests for RunPod's API origin to the mock instead. The mock is
 * told to put job media on that origin too, so downloads come back here.
 */
function redirectingFetch(realFetch: typeof fetch, mockOrigin: string): typeof fetch {
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(`${RUNPOD_ORIGIN}/`)) return realFetch(input, init);
    const target = mockOrigin + url.slice(RUNPOD_ORIGIN.length);
    const headers = new Headers(
      init?.headers ?? (input instanceof Request ? input.headers : undefined),
    );
    headers.set(MEDIA_ORIGIN_HEADER, RUNPOD_ORIGIN);
    return input instanceof Request
      ? realFetch(new Request(target, input), { ...init, headers })
      : realFetch(target, { ...init, headers });
  };
}

async function main() {
  const args = process.argv.slice(2);
  const names = args.length === 1 && args[0] === '--all' ? Object.keys(examples) : args;
  if (names.length === 0 || names.some(name => !Object.hasOwn(runnable, name))) {
    const unknown = names.filter(name => !Object.hasOwn(runnable, name));
    if (unknown.length > 0) console.error(`Unknown example: ${unknown.join(', ')}`);
    usage();
  }

  // Load the examples before a mock key is set: they read RUNPOD_API_KEY when they load to
  // tell your own key (call models RunPod serves, skip what needs your endpoints) from none.
  const loaded = await Promise.all(
    names.map(async name => [name, await runnable[name]()] as const),
  );

  let mock: MockServer | undefined;
  const realFetch = globalThis.fetch;
  if (process.env.RUNPOD_API_KEY) {
    console.log(`RUNPOD_API_KEY is set: calling RunPod for real (${RUNPOD_BASE_URL}).`);
  } else {
    mock = await startMockServer();
    console.log(
      `RUNPOD_API_KEY is not set: running against the local RunPod mock on ${mock.origin} ` +
        '(set RUNPOD_API_KEY to run against RunPod).',
    );
    process.env.RUNPOD_API_KEY = 'rpa_mock_examples';
    globalThis.fetch = redirectingFetch(realFetch, mock.origin);
  }

  const failed: string[] = [];
  try {
    for (const [name, example] of loaded) {
      console.log(`\n=== ${name} ${'='.repeat(Math.max(0, 60 - name.length))}`);
      try {
        await example.default();
      } catch (error) {
        failed.push(name);
        const { name: errorName, message } =
          error instanceof Error ? error : { name: 'Error', message: String(error) };
        console.error(`✗ ${name} failed: ${errorName}: ${message}`);
      }
    }
  } finally {
    globalThis.fetch = realFetch;
    await mock?.close();
  }

  console.log(
    failed.length === 0
      ? `\n${loaded.length} example(s) ran.`
      : `\n${failed.length} of ${loaded.length} example(s) failed: ${failed.join(', ')}`,
  );
  process.exitCode = failed.length === 0 ? 0 : 1;
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
