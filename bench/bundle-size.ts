/**
 * How many bytes the provider adds to an app that uses only `runpod(...)` language models:
 * the built package (`dist/index.js`) bundled and minified with esbuild for the browser, as
 * an edge or browser app would ship it, with `ai` left out (the app has it anyway).
 *
 * - "provider only": our code, with `@ai-sdk/*` and `zod` left out too;
 * - "with dependencies": our code plus what it pulls in from `@ai-sdk/*` and `zod`.
 *
 * Baseline: the same bundles at commit 590bfd6 (before the media models were declared as data).
 * Run: `npm run bench:size`.
 */
import { build } from 'esbuild';

const BASELINE = { providerOnly: 60_411, withDependencies: 643_666 };

const entry = `
import { runpod } from './dist/index.js';
import { generateText } from 'ai';
export const run = () => generateText({ model: runpod('qwen/qwen3-32b-awq'), prompt: 'Hello' });
`;

async function minifiedBytes(external: string[]): Promise<number> {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external,
    write: false,
  });
  return result.outputFiles[0].contents.byteLength;
}

const providerOnly = await minifiedBytes(['ai', '@ai-sdk/*', 'zod']);
const withDependencies = await minifiedBytes(['ai']);

const row = (name: string, bytes: number, baseline: number) =>
  `${name.padEnd(18)} ${String(bytes).padStart(8)} bytes  (baseline ${baseline}, ${
    bytes <= baseline ? 'not larger' : `+${bytes - baseline}`
  })`;
console.log('Minified bundle of an app using only runpod(...) language models:');
console.log(row('provider only', providerOnly, BASELINE.providerOnly));
console.log(row('with dependencies', withDependencies, BASELINE.withDependencies));
