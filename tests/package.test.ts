// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Checks on the package as it is installed and published (needs `npm run build`). */
const root = new URL('..', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

type LockEntry = {
  version?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};

/** Where Node would find `name` from the package at `from` (a lockfile key such as `node_modules/a/node_modules/b`). */
function resolveInLock(packages: Record<string, LockEntry>, from: string, name: string) {
  let dir = from;
  for (;;) {
    const key = dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (packages[key]) return key;
    if (dir === '') return undefined;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? '' : dir.slice(0, cut);
  }
}

describe('package-lock.json', () => {
  // `npm ci` installs exactly this file, on every platform: an entry without a version (such as
  // the placeholder entries some npm versions write for other platforms' optional packages) makes
  // arborist fail with "Invalid Version", and a missing optional entry makes it skip that
  // platform's native package.
  const lock = readJson('package-lock.json') as {
    lockfileVersion: number;
    packages: Record<string, LockEntry>;
  };
  const entries = Object.entries(lock.packages).filter(([key]) => key !== '');

  it('is a lockfileVersion 3 file written against the whole registry', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(entries.length).toBeGreaterThan(100);
  });

  it('gives every installed package a version and an integrity hash', () => {
    const incomplete = entries
      .filter(([, entry]) => !entry.link && (!entry.version || !entry.integrity))
      .map(([key]) => key);
    expect(incomplete).toEqual([]);
  });

  it("holds every platform's optional packages, so npm ci works on Linux, macOS and Windows", () => {
    const missing: string[] = [];
    for (const [key, entry] of entries) {
      for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
        if (!resolveInLock(lock.packages, key, name)) missing.push(`${key} → ${name}`);
      }
    }
    expect(missing).toEqual([]);
    for (const platform of [
      'darwin-arm64',
      'darwin-x64',
      'linux-arm64',
      'linux-x64',
      'win32-x64',
    ]) {
      expect(lock.packages[`node_modules/@esbuild/${platform}`]?.version).toBeTruthy();
    }
  });

  it('has one copy each of @ai-sdk/provider and provider-utils: the ones @ai-sdk/openai-compatible uses', () => {
    for (const name of ['@ai-sdk/provider', '@ai-sdk/provider-utils']) {
      const used = resolveInLock(lock.packages, 'node_modules/@ai-sdk/openai-compatible', name);
      expect(used).toBe(`node_modules/${name}`);
      // What users install: dev-only copies (ai@7's own major, under the `ai-v7` alias) aside.
      const copies = entries
        .filter(([key, entry]) => key.endsWith(`node_modules/${name}`) && entry.dev !== true)
        .map(([key]) => key);
      expect(copies).toEqual([used]);
      expect(lock.packages[used!].dev).not.toBe(true);
    }
  });
});

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
    // The runtime API: the factory, the default instance, the version, and 1.x's name for
    // the factory. Catalogs and helpers are internal.
    expect(output.split(',')).toEqual(['VERSION', 'createRunPod', 'createRunpod', 'runpod']);
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
