import {
  type LanguageModelCatalogEntry,
  languageModelCatalog,
} from '../../src/catalog/language-models';

/**
 * The language model tables of README.md (`language-model-ids`) and docs/language-models.md
 * (`language-models-catalog`), made from the catalog; `npm run docs:tables` writes them.
 */

const STATUS = { available: 'listed', delisted: 'delisted', retired: 'retired' } as const;
const tokens = (value: number | undefined) =>
  value === undefined ? '—' : value.toLocaleString('en-US');
const entries = () => Object.entries(languageModelCatalog) as [string, LanguageModelCatalogEntry][];

function reasoning(entry: LanguageModelCatalogEntry): string {
  if (entry.reasoning === 'think-tags') return 'inline `<think>`, split out';
  if (entry.reasoning === 'fields') return `\`${entry.reasoningField}\` field`;
  return 'none';
}

function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map(row => `| ${row.join(' | ')} |`).join('\n');
}

/** README's short table: what to pass to `runpod(id)`, and whether RunPod still lists it. */
export function renderLanguageModelIds(): string {
  return table(
    ['Model ID', 'Endpoint', 'Reasoning', 'Status', 'Context'],
    entries().map(([id, entry]) => [
      `\`${id}\``,
      `\`${entry.endpoint}\``,
      reasoning(entry),
      STATUS[entry.status],
      tokens(entry.contextWindow),
    ]),
  );
}

/** docs/language-models.md's table, with served model names and output limits. */
export function renderLanguageModelCatalog(): string {
  return table(
    [
      'Model ID',
      'Endpoint',
      'Served model name (`model`)',
      'Reasoning',
      'Status',
      'Context',
      'Output limit',
    ],
    entries().map(([id, entry]) => [
      `\`${id}\``,
      `\`${entry.endpoint}\``,
      `\`${entry.servedModelName}\``,
      reasoning(entry),
      STATUS[entry.status],
      tokens(entry.contextWindow),
      tokens(entry.maxOutputTokens),
    ]),
  );
}
