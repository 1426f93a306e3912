// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageModelCatalog } from '../src/catalog/language-models';
import { fasterWhisperWorker } from '../src/catalog/transcription-models';
import {
  generatedBlocks,
  renderMediaTables,
  renderProviderPageTables,
  WORKER_INPUT_MEANINGS,
} from './docs/media-tables';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

// Prettier re-pads table cells, so compare cell contents, not spacing.
const normalize = (text: string) =>
  text
    .trim()
    .split('\n')
    .map(line => line.replace(/ +\|/g, ' |').replace(/\| +/g, '| ').replace(/-{3,}/g, '---'))
    .join('\n');

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

  it.each(Object.entries(renderMediaTables()))(
    'has the %s table as the catalogs make it (npm run docs:tables)',
    (name, table) => {
      const block = new RegExp(`<!-- generated:${name} -->\\n([\\s\\S]*?)<!-- /generated -->`).exec(
        readme,
      );
      expect(block, `README has no generated:${name} block`).not.toBeNull();
      expect(normalize(block![1])).toBe(normalize(table));
    },
  );

  it('says what every faster-whisper input does', () => {
    const described = Object.entries(fasterWhisperWorker.inputs)
      .filter(([, parameter]) => !('from' in parameter))
      .map(([name]) => name);
    expect(Object.keys(WORKER_INPUT_MEANINGS).sort()).toEqual(described.sort());
  });

  it('gives the test command that CI runs, and the examples command', () => {
    const ciScript = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');
    expect(ciScript).toMatch(/^npm ci$/m);
    expect(ciScript).toMatch(/^npm test$/m);
    expect(readme).toContain('npm ci && npm test');
    expect(readme).toContain('npm ci && npm run examples');
  });
});

describe("the AI SDK's RunPod page (docs/ai-sdk-provider-page.mdx)", () => {
  const page = readFileSync(new URL('../docs/ai-sdk-provider-page.mdx', import.meta.url), 'utf8');

  it('has every table as the catalogs make it, and no other generated block', () => {
    const tables = renderProviderPageTables();
    const blocks = generatedBlocks(page);
    expect(Object.keys(blocks).sort()).toEqual(Object.keys(tables).sort());
    for (const [name, table] of Object.entries(tables)) {
      expect(normalize(blocks[name]), name).toBe(normalize(table));
    }
  });

  it("shows every model kind the provider offers, in the format of the AI SDK's provider pages", () => {
    expect(page).toMatch(/^---\ntitle: RunPod\ndescription: RunPod Provider for the AI SDK\n---/);
    expect(page).toContain("<Tabs items={['pnpm', 'npm', 'yarn', 'bun']}>");
    for (const call of [
      'runpod(',
      'runpod.embeddingModel(',
      'runpod.rerankingModel(',
      'runpod.image(',
      'runpod.speech(',
      'runpod.transcription(',
      'runpod.video(',
      'runpod.endpointHealth(',
      'createRunPod(',
    ]) {
      expect(page, call).toContain(call);
    }
    for (const heading of [
      '## Provider Instance',
      '## Language Models',
      '### Pods and Load-Balancing Endpoints',
      '## Errors',
    ]) {
      expect(page).toContain(heading);
    }
  });
});
