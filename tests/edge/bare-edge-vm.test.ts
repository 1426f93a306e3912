// @vitest-environment node
import { EdgeVM } from '@edge-runtime/vm';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, mockRunPod } from '../helpers';
import { mediaBytes } from '../mock-runpod/media';

/**
 * Vitest's edge-runtime environment still lends Node's `Buffer` and friends, so this
 * suite bundles the built ESM package (dist/index.js) with `ai` for the browser/worker
 * platform and runs it in a bare `EdgeVM`: no Node globals, no `node:` modules.
 */
const distEntry = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

const scenario = `
import { generateImage, generateText, streamText } from 'ai';
import { createRunPod } from ${JSON.stringify(distEntry)};

globalThis.runScenario = async ({ baseURL, key, apiKey }) => {
  const runpod = createRunPod({ apiKey, baseURL, headers: { 'x-mock-key': key } });
  const generated = await generateText({ model: runpod('qwen/qwen3-32b-awq'), prompt: 'Hi from the edge' });
  const streamed = streamText({ model: runpod('moonshotai/kimi-k3'), prompt: 'Stream from the edge' });
  const deltas = [];
  for await (const delta of streamed.textStream) deltas.push(delta);
  const { image, providerMetadata } = await generateImage({
    model: runpod.image('black-forest-labs/flux-1-schnell'),
    prompt: 'a lighthouse at dawn',
    size: '512x512',
  });
  return {
    image: { bytes: Array.from(image.uint8Array), mediaType: image.mediaType },
    imageJob: providerMetadata.runpod.images[0],
    text: generated.text,
    reasoning: generated.reasoningText,
    deltas,
    streamedReasoning: await streamed.reasoningText,
    usage: await streamed.usage,
  };
};
`;

let bundle: string;

beforeAll(async () => {
  if (!existsSync(distEntry))
    throw new Error('dist/index.js is missing: run `npm run build` first');
  const result = await build({
    stdin: { contents: scenario, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    conditions: ['edge-light', 'worker', 'browser'],
    target: 'es2022',
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0].text;
});

describe('the built ESM bundle in a bare EdgeVM', () => {
  it('has no Node globals to lean on', () => {
    const vm = new EdgeVM();
    expect(vm.evaluate('typeof Buffer')).toBe('undefined');
    expect(vm.evaluate('typeof require')).toBe('undefined');
  });

  it('runs generateText, streamText and a generateImage job against the mock', async () => {
    const mock = mockRunPod();
    const vm = new EdgeVM();
    vm.evaluate(bundle);
    const result = await vm.evaluate(
      `runScenario(${JSON.stringify({ baseURL: mock.baseURL, key: mock.key, apiKey: API_KEY })})`,
    );

    expect(result.text).toBe('Hello from Qwen/Qwen3-32B-AWQ! You said: Hi from the edge');
    expect(result.reasoning).toBe('The user said "Hi from the edge". I should answer briefly.');
    expect(result.deltas.length).toBeGreaterThan(5);
    expect(result.deltas.join('')).toBe('Hello from kimi-k3! You said: Stream from the edge');
    expect(result.streamedReasoning).toBe(
      'The user said "Stream from the edge". I should answer briefly.',
    );
    expect(result.usage.outputTokens).toBeGreaterThan(0);

    expect(result.image.mediaType).toBe('image/jpeg');
    expect(new Uint8Array(result.image.bytes)).toEqual(
      mediaBytes(`${result.imageJob.jobId}-1.jpeg`)!.bytes,
    );

    const requests = await mock.requests();
    expect(requests.map(r => r.path)).toEqual([
      '/v2/qwen3-32b-awq/openai/v1/chat/completions',
      '/v2/moonshot-kimi/openai/v1/chat/completions',
      '/v2/black-forest-labs-flux-1-schnell/run',
      `/v2/black-forest-labs-flux-1-schnell/status-sync/${result.imageJob.jobId}`,
      `/media/${result.imageJob.jobId}-1.jpeg`,
    ]);
    expect(requests[2].body).toMatchObject({
      input: { prompt: 'a lighthouse at dawn', width: 512, height: 512 },
    });
    expect(requests[0].headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(requests[0].headers['user-agent']).toMatch(/ai-sdk\/runpod\/\d+\.\d+\.\d+/);
  });
});
