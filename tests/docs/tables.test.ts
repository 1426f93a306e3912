// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fasterWhisperWorker } from '../../src/catalog/transcription-models';
import { docFiles, ROOT } from './code-blocks';
import { generatedBlocks, WORKER_INPUT_MEANINGS } from './media-tables';
import { docTables } from './tables';

// The generated tables of README.md, docs/**.md(x) and MIGRATION.md hold what the catalogs
// make (`npm run docs:tables` rewrites them); the prose around them is not checked.

// Prettier re-pads table cells, so compare cell contents, not spacing.
const normalize = (text: string) =>
  text
    .trim()
    .split('\n')
    .map(line => line.replace(/ +\|/g, ' |').replace(/\| +/g, '| ').replace(/-{3,}/g, '---'))
    .join('\n');

const files = docFiles().map(file => ({
  file,
  blocks: generatedBlocks(readFileSync(join(ROOT, file), 'utf8')),
}));

describe('generated doc tables', () => {
  it.each(files.filter(({ blocks }) => Object.keys(blocks).length > 0))(
    '$file holds every generated table as the catalogs make it (npm run docs:tables)',
    ({ file, blocks }) => {
      const tables = docTables(file);
      for (const [name, block] of Object.entries(blocks)) {
        expect(tables, `${file}: no table is generated as "${name}"`).toHaveProperty([name]);
        expect(normalize(block), `${file}: ${name}`).toBe(normalize(tables[name]));
      }
    },
  );

  it('every table the catalogs make is shown somewhere', () => {
    const shown = new Set(files.flatMap(({ blocks }) => Object.keys(blocks)));
    const made = new Set(files.flatMap(({ file }) => Object.keys(docTables(file))));
    expect([...made].filter(name => !shown.has(name))).toEqual([]);
  });

  it('says what every faster-whisper input does', () => {
    const described = Object.entries(fasterWhisperWorker.inputs)
      .filter(([, parameter]) => !('from' in parameter))
      .map(([name]) => name);
    expect(Object.keys(WORKER_INPUT_MEANINGS).sort()).toEqual(described.sort());
  });
});
