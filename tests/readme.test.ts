// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageModelCatalog } from '../src';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('lists every catalog model with its endpoint, served model name and status', () => {
    const statusWord = { available: 'listed', delisted: 'delisted', retired: 'retired' } as const;
    for (const [id, entry] of Object.entries(languageModelCatalog)) {
      const row = readme.split('\n').find(line => line.startsWith(`| \`${id}\``));
      expect(row, `README has no model table row for ${id}`).toBeDefined();
      const cells = row!.split('|').map(cell => cell.trim());
      expect(cells[2]).toBe(`\`${entry.endpoint}\``);
      expect(cells[3]).toBe(`\`${entry.servedModelName}\``);
      expect(cells[5]).toBe(statusWord[entry.status]);
    }
  });

  it('gives the test command that CI runs, and the examples command', () => {
    const ciScript = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');
    expect(ciScript).toMatch(/^npm ci$/m);
    expect(ciScript).toMatch(/^npm test$/m);
    expect(readme).toContain('npm ci && npm test');
    expect(readme).toContain('npm ci && npm run examples');
  });
});
