import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { createServedModelNames } from '../../src/openai-route/served-model-name';

// A fetch that answers `GET <base>/models` with the given names and counts its calls.
function modelsFetch(names: string[]) {
  const calls: string[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    calls.push(String(input));
    return new Response(JSON.stringify({ data: names.map(id => ({ id })) }), {
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetch, calls };
}

const target = (configured?: string) => ({
  openaiBase: 'https://api.runpod.ai/v2/abc/openai/v1',
  context: { modelId: 'abc', endpointId: 'abc' },
  configured,
  headers: () => ({}),
});

const notFound = new APICallError({
  message: 'The model `gpt-oss-120b` does not exist.',
  url: 'https://api.runpod.ai/v2/abc/openai/v1/chat/completions',
  requestBodyValues: {},
  statusCode: 404,
});

describe('served model names: what a provider learns, and that a test can read it', () => {
  it('looks the name up once and keeps it', async () => {
    const { fetch, calls } = modelsFetch(['Qwen/Qwen3-8B']);
    const names = createServedModelNames({ fetch });
    expect(names.known().size).toBe(0);
    expect(await names.current(target())).toBe('Qwen/Qwen3-8B');
    expect(await names.current(target())).toBe('Qwen/Qwen3-8B');
    expect(calls).toEqual(['https://api.runpod.ai/v2/abc/openai/v1/models']);
    expect([...names.known()]).toEqual([
      ['https://api.runpod.ai/v2/abc/openai/v1 ', 'Qwen/Qwen3-8B'],
    ]);
  });

  it('sends a configured name without asking', async () => {
    const { fetch, calls } = modelsFetch([]);
    const names = createServedModelNames({ fetch });
    expect(await names.current(target('my-name'))).toBe('my-name');
    expect(calls).toEqual([]);
  });

  it('heals a rejected name to the one the endpoint serves under another prefix, and keeps it', async () => {
    const { fetch } = modelsFetch(['openai/gpt-oss-120b', 'other']);
    const names = createServedModelNames({ fetch });
    expect(await names.heal(target('gpt-oss-120b'), 'gpt-oss-120b', notFound)).toBe(
      'openai/gpt-oss-120b',
    );
    expect(await names.current(target('gpt-oss-120b'))).toBe('openai/gpt-oss-120b');
    // The map handed out is a copy: changing it changes nothing.
    (names.known() as Map<string, string>).clear();
    expect(names.known().size).toBe(1);
  });

  it('passes the error on, with the served names, when none is another name for the model', async () => {
    const { fetch } = modelsFetch(['a', 'b']);
    const names = createServedModelNames({ fetch });
    await expect(names.heal(target('x'), 'x', notFound)).rejects.toThrow(
      /serves 'a', 'b'; pass one as \{ servedModelName \}/,
    );
    expect(names.known().size).toBe(0);
  });
});
