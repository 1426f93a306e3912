import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docFiles, ROOT } from './code-blocks';
import { renderLanguageModelCatalog, renderLanguageModelIds } from './language-tables';
import { renderMediaTables, renderProviderPageTables, withRenderedTables } from './media-tables';
import { renderReasoningTable } from './reasoning-table';

/**
 * Every table the docs generate from the catalogs, by the name of its block
 * (`<!-- generated:<name> -->` … `<!-- /generated -->`, in MDX `{/* generated:<name> *\/}`).
 * The AI SDK page (an .mdx file) has tables of its own ({@link renderProviderPageTables}).
 */
export function docTables(file: string): Record<string, string> {
  if (file.endsWith('.mdx')) return renderProviderPageTables();
  return {
    ...renderMediaTables(),
    'language-model-ids': renderLanguageModelIds(),
    'language-models-catalog': renderLanguageModelCatalog(),
    reasoning: renderReasoningTable(),
  };
}

// `npm run docs:tables`: rewrites the generated blocks of every doc file.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of docFiles()) {
    const path = join(ROOT, file);
    const text = readFileSync(path, 'utf8');
    const rendered = withRenderedTables(text, docTables(file));
    if (rendered !== text) writeFileSync(path, rendered);
  }
}
