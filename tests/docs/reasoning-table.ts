import { languageModelCatalog, REASONING_EFFORTS } from '../../src/catalog/language-models';
import { reasoningControlOf, requestReasoning } from '../../src/chat/reasoning-control';

const VALUES = ['none', ...REASONING_EFFORTS] as const;

/** `{ a: { b: 1 } }` → ``` `a.b: 1` ```, one entry per leaf. */
function fieldsOf(value: unknown, path = ''): string[] {
  if (value != null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      fieldsOf(inner, path === '' ? key : `${path}.${key}`),
    );
  }
  return [`\`${path}: ${JSON.stringify(value)}\``];
}

/**
 * What each catalog model's request carries for each `reasoning` value, as the code maps
 * it: the table in docs/reasoning.md (`npm run docs:tables` writes it).
 */
export function renderReasoningTable(): string {
  const header = ['Model ID', ...VALUES.map(value => `\`'${value}'\``)];
  const rows = Object.entries(languageModelCatalog).map(([id, entry]) => [
    `\`${id}\``,
    ...VALUES.map(value => {
      const { options, warnings } = requestReasoning(
        value,
        reasoningControlOf(entry, undefined),
        id,
      );
      const sent = fieldsOf(options);
      const cell = sent.length === 0 ? 'nothing' : sent.join(', ');
      return warnings.length === 0 ? cell : `${cell} (${warnings[0].type})`;
    }),
  ]);
  return [header, header.map(() => '---'), ...rows].map(row => `| ${row.join(' | ')} |`).join('\n');
}
