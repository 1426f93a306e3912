/**
 * How many bytes the provider adds to an app that uses only `runpod(...)` language models
 * (`generateText({ model: runpod('qwen/qwen3-32b-awq') })`), bundled and minified with
 * esbuild for the browser, as an edge or browser app would ship it, with `ai` left out (the
 * app has it anyway); and how big the published package is.
 *
 * Three bundles per contender:
 * - "own code": the contender's own bytes in the bundle (esbuild's metafile), nothing else;
 * - "@ai-sdk/*, zod external": the whole bundle with `@ai-sdk/*` and `zod` left out;
 * - "@ai-sdk/* in, zod external": with what it pulls in from `@ai-sdk/*` (and their own
 *   dependencies); `zod` is left out, since the app has it for its schemas anyway. This is
 *   the figure with a target: no bigger than 1.4.0's (about 121 KB).
 *
 * Contenders: this package (`dist/index.js`), 1.4.0 (the `runpod-provider-v1`
 * devDependency, its ESM build) and a plain `createOpenAICompatible` model from
 * `@ai-sdk/openai-compatible`, for comparison.
 *
 * The published package: `npm pack --dry-run --json` (files and unpacked size), target
 * 600 KB unpacked. KB here is 1,024 bytes.
 *
 * `-- --analyze` also lists the modules of `src/` (bundled from the sources, so that each
 * module is counted on its own) and of the dependencies by their bytes in the language-only
 * bundle.
 *
 * Run: `npm run bench:size` (builds first). Exits 0 whatever the result: it is a measurement.
 */
import { build, type Metafile } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import packageJson from '../package.json' with { type: 'json' };

const KB = 1024;
const TARGET_BUNDLE_KB = 121;
const TARGET_UNPACKED_KB = 600;

const contenders = {
  'this package': `
import { runpod } from './dist/index.js';
import { generateText } from 'ai';
export const run = () => generateText({ model: runpod('qwen/qwen3-32b-awq'), prompt: 'Hello' });
`,
  '1.4.0': `
import { runpod } from 'runpod-provider-v1';
import { generateText } from 'ai';
export const run = () => generateText({ model: runpod('qwen/qwen3-32b-awq'), prompt: 'Hello' });
`,
  createOpenAICompatible: `
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { generateText } from 'ai';
const runpod = createOpenAICompatible({
  name: 'runpod',
  baseURL: 'https://api.runpod.ai/v2/qwen3-32b-awq/openai/v1',
  apiKey: 'rpa_example',
});
export const run = () => generateText({ model: runpod('Qwen/Qwen3-32B-AWQ'), prompt: 'Hello' });
`,
} as const;
type Contender = keyof typeof contenders;

/** Which of a bundle's inputs are the contender's own code. */
const ownInput: Record<Contender, (path: string) => boolean> = {
  'this package': path => path.startsWith('dist/') || path.startsWith('src/'),
  '1.4.0': path => path.includes('node_modules/runpod-provider-v1/'),
  createOpenAICompatible: path => path.includes('node_modules/@ai-sdk/openai-compatible/'),
};

const ZOD = ['zod', 'zod/*'];

/**
 * The app bundled as a code-splitting bundler (Vite, Rollup, webpack, Next) ships it: the
 * initial load is the entry chunk and the chunks it imports statically; code behind a
 * dynamic `import()` (this package's job road, loaded on the first media call) is a chunk
 * of its own that a language-only app never loads. `total` counts every chunk, as a
 * single-file build (esbuild without splitting, wrangler) would inline them.
 */
async function bundle(contents: string, external: string[]) {
  const entry = join(process.cwd(), `.bench-entry-${process.pid}.ts`);
  writeFileSync(entry, contents);
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      splitting: true,
      outdir: 'bench-out',
      minify: true,
      format: 'esm',
      platform: 'browser',
      external,
      write: false,
      metafile: true,
      logLevel: 'silent',
      define: { __PACKAGE_VERSION__: JSON.stringify(packageJson.version) },
    });
    const outputs = result.metafile.outputs;
    // The app's own output: chunks loaded with import() are entry points to esbuild too.
    const [entryOut] = Object.keys(outputs).filter(path =>
      outputs[path].entryPoint?.endsWith(`.bench-entry-${process.pid}.ts`),
    );
    const initial = new Set<string>();
    const visit = (path: string) => {
      if (initial.has(path)) return;
      initial.add(path);
      for (const imported of outputs[path].imports) {
        if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
      }
    };
    visit(entryOut);
    const sum = (paths: string[]) => paths.reduce((all, path) => all + outputs[path].bytes, 0);
    return {
      bytes: sum([...initial]),
      total: sum(Object.keys(outputs)),
      metafile: result.metafile,
      initial: [...initial],
    };
  } finally {
    rmSync(entry, { force: true });
  }
}

/** Bytes per input file in the initial load. */
function inputBytes(
  metafile: Metafile,
  initial: string[] = Object.keys(metafile.outputs),
): Map<string, number> {
  const bytes = new Map<string, number>();
  for (const output of initial) {
    for (const [path, { bytesInOutput }] of Object.entries(metafile.outputs[output].inputs)) {
      bytes.set(
        path.replace(/^\.bench-entry-\d+\.ts$/, 'app.ts'),
        (bytes.get(path) ?? 0) + bytesInOutput,
      );
    }
  }
  return bytes;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const cell = (bytes: number) => `${String(bytes).padStart(8)} (${kb(bytes).padStart(8)})`;

const rows: Array<{
  name: Contender;
  own: number;
  external: number;
  target: number;
  total: number;
}> = [];
for (const name of Object.keys(contenders) as Contender[]) {
  const withAiSdk = await bundle(contenders[name], ['ai', ...ZOD]);
  const own = [...inputBytes(withAiSdk.metafile, withAiSdk.initial)]
    .filter(([path]) => ownInput[name](path))
    .reduce((sum, [, bytes]) => sum + bytes, 0);
  const withoutAiSdk = await bundle(contenders[name], ['ai', '@ai-sdk/*', ...ZOD]);
  rows.push({
    name,
    own,
    external: withoutAiSdk.bytes,
    target: withAiSdk.bytes,
    total: withAiSdk.total,
  });
}

console.log(
  'Minified bundle of an app using only runpod(...) language models, `ai` external; the initial load (entry and static chunks):',
);
console.log(
  `${'contender'.padEnd(24)} ${'own code'.padStart(19)} ${'@ai-sdk/*, zod ext.'.padStart(19)} ${'@ai-sdk/* in, zod ext.'.padStart(22)} ${'all chunks (single file)'.padStart(24)}`,
);
for (const { name, own, external, target, total } of rows) {
  console.log(
    `${name.padEnd(24)} ${cell(own)} ${cell(external)}    ${cell(target)}    ${cell(total)}`,
  );
}
const ours = rows[0];
const v1 = rows[1];
const verdict = (limit: number, what: string) =>
  `${ours.target <= limit ? 'PASS' : 'FAIL'}  language-only bundle ${kb(ours.target)}, target ≤ ${kb(limit)} (${what})` +
  (ours.target > limit ? `: ${kb(ours.target - limit)} over` : '');
console.log(verdict(TARGET_BUNDLE_KB * KB, "the issue's target"));
console.log(verdict(v1.target, "1.4.0's, measured here with today's @ai-sdk/*"));

// The published package.
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
) as Array<{ size: number; unpackedSize: number; files: Array<{ path: string; size: number }> }>;
const v1Dir = join(process.cwd(), 'node_modules', 'runpod-provider-v1');
const dirBytes = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) =>
      sum +
      (entry.isDirectory()
        ? dirBytes(join(dir, entry.name))
        : statSync(join(dir, entry.name)).size),
    0,
  );
console.log('\nPublished package (npm pack --dry-run):');
for (const file of packed.files) console.log(`  ${file.path.padEnd(22)} ${cell(file.size)}`);
console.log(
  `  ${packed.files.length} files, ${kb(packed.unpackedSize)} unpacked, ${kb(packed.size)} packed (1.4.0 as installed: ${kb(dirBytes(v1Dir))})`,
);
console.log(
  `${packed.unpackedSize <= TARGET_UNPACKED_KB * KB ? 'PASS' : 'FAIL'}  unpacked ${kb(packed.unpackedSize)}, target ≤ ${TARGET_UNPACKED_KB} KB`,
);

if (process.argv.includes('--analyze')) {
  // From src/ rather than dist/, so that each of our modules is an input of its own.
  const fromSources = await bundle(
    contenders['this package'].replace('./dist/index.js', './src/index.ts'),
    ['ai', ...ZOD],
  );
  const inputs = [...inputBytes(fromSources.metafile, fromSources.initial)].sort(
    (a, b) => b[1] - a[1],
  );
  const ownTotal = inputs.filter(([p]) => p.startsWith('src/')).reduce((s, [, b]) => s + b, 0);
  console.log(
    `\nLanguage-only bundle from src/: ${kb(fromSources.bytes)} (src/ ${kb(ownTotal)}); inputs by bytes in the output:`,
  );
  const byPackage = new Map<string, number>();
  for (const [path, bytes] of inputs) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const key = match
      ? match[1]
      : path.startsWith('src/')
        ? path.split('/').slice(0, 2).join('/')
        : path;
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytes);
  }
  console.log('  by package or src/ folder:');
  for (const [key, bytes] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`    ${key.padEnd(50)} ${cell(bytes)}`);
  }
  console.log('  top modules:');
  for (const [path, bytes] of inputs.slice(0, 40)) {
    console.log(`    ${path.replace(/^.*node_modules\//, '').padEnd(70)} ${cell(bytes)}`);
  }
}
