// @vitest-environment node
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { API_KEY, mockRunPod } from '../helpers';
import { viaRunPodHosts } from '../runpod-hosts';
import { allCodeBlocks, asModule, type Major, ROOT, typeErrors } from './code-blocks';

// Every TypeScript block of the docs (tests/docs/code-blocks.ts says which files and how a
// block opts in to running or out of checking), compiled against the built package under
// ai@6's and ai@7's typings; the ` ```ts run ` blocks then run against the loopback mock,
// as a user's app runs them: `RUNPOD_API_KEY` set, requests for RunPod's hosts routed to the mock.
const blocks = allCodeBlocks();
const checked = blocks.filter(block => block.skip === undefined);
const runnable = checked.filter(block => block.run);
const majors: Major[] = ['ai@6', 'ai@7'];

if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
  throw new Error('The docs are checked against the built package: run `npm run build` first.');
}

describe('docs code blocks', () => {
  it('are found, and opting out of the check stays rare', () => {
    expect(checked.length).toBeGreaterThan(20);
    expect(runnable.length).toBeGreaterThan(5);
    expect(blocks.length - checked.length).toBeLessThanOrEqual(Math.ceil(blocks.length / 10));
  });

  describe.each(majors)('under %s', major => {
    const forMajor = checked.filter(block => block.majors.includes(major));
    const errors = typeErrors(forMajor, major);
    it.each(forMajor.map(block => [block.where, block] as const))('%s compiles', (_, block) => {
      expect(errors.get(block)).toEqual([]);
    });
  });
});

/** A folder inside the repository, so that the blocks' imports resolve from node_modules. */
const RUN_DIR = join(ROOT, 'tests', 'docs', `.run-${process.pid}`);
afterAll(() => rmSync(RUN_DIR, { recursive: true, force: true }));

/** The block as an ES module file that imports the built package and the given major. */
function moduleFile(code: string, major: Major, name: string): string {
  const js = ts.transpileModule(asModule(code), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const dist = pathToFileURL(join(ROOT, 'dist', 'index.js')).href;
  const rewritten = js
    .replace(/from '@runpod\/ai-sdk-provider'/g, `from '${dist}'`)
    .replace(/from 'ai'/g, major === 'ai@7' ? "from 'ai-v7'" : "from 'ai'");
  mkdirSync(RUN_DIR, { recursive: true });
  const path = join(RUN_DIR, `${name}.mjs`);
  writeFileSync(path, rewritten);
  return path;
}

describe.each(majors)('runnable docs blocks under %s', major => {
  it.each(runnable.map((block, i) => [block.where, block, i] as const))(
    '%s runs against the mock',
    async (_, block, i) => {
      const mock = mockRunPod();
      const { fetch: toMock, sent } = viaRunPodHosts(mock);
      const realFetch = globalThis.fetch;
      const loopback = (input: Parameters<typeof fetch>[0]) =>
        String(input instanceof Request ? input.url : input).startsWith(mock.origin);
      vi.stubGlobal('fetch', (input: Parameters<typeof fetch>[0], init?: RequestInit) =>
        loopback(input) ? realFetch(input, init) : toMock(input, init),
      );
      vi.stubEnv('RUNPOD_API_KEY', API_KEY);
      const log = vi.spyOn(console, 'log').mockImplementation(() => {});
      const file = moduleFile(block.code, major, `${major}-${i}`);
      // Files a block writes (`await writeFile('hello.flac', …)`) land in the scratch folder.
      const cwd = process.cwd();
      process.chdir(RUN_DIR);
      try {
        await import(/* @vite-ignore */ file);
      } finally {
        process.chdir(cwd);
        log.mockRestore();
        vi.unstubAllGlobals();
        vi.unstubAllEnvs();
      }
      expect(sent.length, 'the block sent nothing to RunPod').toBeGreaterThan(0);
    },
    30_000,
  );
});
