// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Checks on the package as it is installed and published (needs `npm run build`). */
const root = new URL('..', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

describe('package', () => {
  it('resolves to one copy each of @ai-sdk/provider and @ai-sdk/provider-utils', () => {
    const tree = JSON.parse(
      execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], { cwd: root, encoding: 'utf8' }),
    );
    const versions = new Map<string, Set<string>>();
    const walk = (dependencies: Record<string, any> = {}) => {
      for (const [name, node] of Object.entries(dependencies)) {
        if (!versions.has(name)) versions.set(name, new Set());
        versions.get(name)!.add(node.version);
        walk(node.dependencies);
      }
    };
    walk(tree.dependencies);

    expect([...versions.get('@ai-sdk/provider')!]).toHaveLength(1);
    expect([...versions.get('@ai-sdk/provider-utils')!]).toHaveLength(1);
  });

  it('pins the @ai-sdk/provider and provider-utils versions that @ai-sdk/openai-compatible pins', () => {
    const ours = readJson('package.json').dependencies;
    const theirs = readJson('node_modules/@ai-sdk/openai-compatible/package.json').dependencies;
    expect(ours['@ai-sdk/provider']).toBe(theirs['@ai-sdk/provider']);
    expect(ours['@ai-sdk/provider-utils']).toBe(theirs['@ai-sdk/provider-utils']);
  });

  it.each([
    [
      'CommonJS',
      [
        '-e',
        "const m = require('@runpod/ai-sdk-provider'); console.log(Object.keys(m).sort().join())",
      ],
    ],
    [
      'ESM',
      [
        '--input-type=module',
        '-e',
        "const m = await import('@runpod/ai-sdk-provider'); console.log(Object.keys(m).sort().join())",
      ],
    ],
  ])('loads from %s by its package name', (_, args) => {
    const output = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }).trim();
    expect(output.split(',')).toEqual(
      expect.arrayContaining([
        'VERSION',
        'createRunPod',
        'createRunpod',
        'languageModelCatalog',
        'runpod',
      ]),
    );
  });

  it('stamps the package version into the build', () => {
    const { version } = readJson('package.json');
    const output = execFileSync(
      process.execPath,
      ['-e', "console.log(require('@runpod/ai-sdk-provider').VERSION)"],
      { cwd: root, encoding: 'utf8' },
    ).trim();
    expect(output).toBe(version);
  });
});
