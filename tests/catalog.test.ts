// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  type LanguageModelCatalogEntry,
  languageModelCatalog,
} from '../src/catalog/language-models';

const entries = Object.entries(languageModelCatalog) as Array<[string, LanguageModelCatalogEntry]>;

describe('language model catalog', () => {
  it('says what RunPod documents for Qwen3 32B AWQ: 32,768-token context, 4,096-token output', () => {
    // RunPod's AI-coding-tools page, written out here so that a wrong entry fails.
    expect(languageModelCatalog['qwen/qwen3-32b-awq']).toMatchObject({
      contextWindow: 32_768,
      maxOutputTokens: 4_096,
      sources: expect.arrayContaining(['https://docs.runpod.io/public-endpoints/ai-coding-tools']),
    });
    expect(languageModelCatalog['openai/gpt-oss-120b']).toMatchObject({
      contextWindow: 131_072,
      maxOutputTokens: 4_096,
    });
  });

  it.each(entries)('%s carries its capabilities and the pages they come from', (_id, entry) => {
    expect(['fields', 'think-tags', 'none']).toContain(entry.reasoning);
    expect(typeof entry.tools).toBe('boolean');
    expect(typeof entry.structuredOutputs).toBe('boolean');
    expect(['available', 'delisted', 'retired']).toContain(entry.status);
    expect(entry.docs).toMatch(/^https:\/\/docs\.runpod\.io\//);
    for (const source of entry.sources ?? []) expect(source).toMatch(/^https:\/\//);
    // A reply field for reasoning only where the model returns reasoning in one.
    if (entry.reasoningField !== undefined) expect(entry.reasoning).toBe('fields');
    if (entry.reasoning === 'fields') expect(entry.reasoningField).toBeDefined();
  });
});
