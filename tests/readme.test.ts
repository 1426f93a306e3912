// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// README's prose is not pinned: its code blocks are compiled and run
// (tests/docs/code-blocks.test.ts) and its tables generated (tests/docs/tables.test.ts).
// What is checked here is what a newcomer must be able to copy as it is.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('README', () => {
  it('gives the test command that CI runs, and the examples command', () => {
    const ciScript = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');
    expect(ciScript).toMatch(/^npm ci$/m);
    expect(ciScript).toMatch(/^npm test$/m);
    expect(readme).toContain('npm ci && npm test');
    expect(readme).toContain('npm ci && npm run examples');
    expect(packageJson.scripts.examples).toBeDefined();
  });

  it('stays a front door: at most 20 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(20_000);
  });
});

describe("the AI SDK's RunPod page (docs/ai-sdk-provider-page.mdx)", () => {
  const page = readFileSync(new URL('../docs/ai-sdk-provider-page.mdx', import.meta.url), 'utf8');

  it("has the front matter and install tabs of the AI SDK's provider pages", () => {
    expect(page).toMatch(/^---\ntitle: RunPod\ndescription: RunPod Provider for the AI SDK\n---/);
    expect(page).toContain("<Tabs items={['pnpm', 'npm', 'yarn', 'bun']}>");
  });
});
