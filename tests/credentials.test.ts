import { APICallError, InvalidArgumentError, LoadAPIKeyError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { createRunPod } from '../src';
import { aiVersions, mockRunPod, rejection } from './helpers';
import type { MockApiKeys } from './mock-runpod/api-keys';

// Keys of the provider's `apiKey` (a list that rotates, or a function) against the mock,
// which refuses the keys a test revokes (401) or puts over their rate limit (429).
const GOOD = ['rpa_good_key_one_0001', 'rpa_good_key_two_0002', 'rpa_good_key_three_0003'];
const REVOKED = 'rpa_revoked_key_0004';
const LIMITED = 'rpa_rate_limited_key_0005';
const ALL_KEYS = [...GOOD, REVOKED, LIMITED];

function mockWithKeys() {
  const mock = mockRunPod();
  return {
    ...mock,
    apiKeys: async (keys: MockApiKeys) => {
      const response = await fetch(`${mock.origin}/__mock/api-keys?key=${mock.key}`, {
        method: 'POST',
        body: JSON.stringify(keys),
      });
      if (!response.ok) throw new Error(`mock api-keys failed: ${response.status}`);
    },
    /** The key each recorded request carried, as its position in `keys` (-1: none of them). */
    keysUsed: async (keys: readonly string[]) =>
      (await mock.requests()).map(r => keys.indexOf(r.headers.authorization?.slice(7) ?? '')),
  };
}

/** Fails if any key appears anywhere in the error: message, data, bodies, headers. */
function expectNoKeyIn(error: unknown) {
  const text = [
    String(error),
    JSON.stringify(error),
    JSON.stringify({ ...(error as object) }),
    (error as { responseBody?: string }).responseBody ?? '',
  ].join('\n');
  for (const key of ALL_KEYS) expect(text).not.toContain(key);
}

const chat = 'qwen/qwen3-32b-awq';

describe.each(aiVersions)('apiKey that changes per request (%s)', (_, ai) => {
  it('calls a function for the key on every request (a secret manager that rotates)', async () => {
    const mock = mockWithKeys();
    let version = 0;
    const secretManager = {
      // A fake secret manager: each read returns the secret's next version.
      getSecret: async () => {
        await new Promise(resolve => setTimeout(resolve, 1));
        return GOOD[version++ % GOOD.length];
      },
    };
    const provider = mock.provider({ apiKey: () => secretManager.getSecret() });

    await ai.generateText({ model: provider(chat), prompt: 'One' });
    await ai.streamText({ model: provider(chat), prompt: 'Two' }).consumeStream();
    await ai.embed({
      model: provider.embeddingModel('bge-endpoint', { servedModelName: 'mock-org/bge-endpoint' }),
      value: 'Three',
    });

    expect(version).toBe(3);
    expect(await mock.keysUsed(GOOD)).toEqual([0, 1, 2]);
  });

  it('takes a sync function too, and refuses an empty key before any request', async () => {
    const mock = mockWithKeys();
    let key = GOOD[0];
    const model = mock.provider({ apiKey: () => key })(chat);
    await ai.generateText({ model, prompt: 'Hi' });
    key = '';
    const error = await rejection(ai.generateText({ model, prompt: 'Hi', maxRetries: 0 }));
    expect(LoadAPIKeyError.isInstance(error)).toBe(true);
    expect(error.message).toContain('the apiKey function returned an empty string');
    expect(await mock.keysUsed(GOOD)).toEqual([0]);
  });

  it('rotates a list round-robin, one key per request', async () => {
    const mock = mockWithKeys();
    const model = mock.provider({ apiKey: GOOD })(chat);
    for (const prompt of ['1', '2', '3', '4']) await ai.generateText({ model, prompt });
    expect(await mock.keysUsed(GOOD)).toEqual([0, 1, 2, 0]);
  });

  it('sends a request refused with 401 again at once with the next key, and benches the key', async () => {
    const mock = mockWithKeys();
    await mock.apiKeys({ revoked: [REVOKED] });
    const keys = [REVOKED, GOOD[0], GOOD[1]];
    const model = mock.provider({ apiKey: keys })(chat);

    const { text } = await ai.generateText({ model, prompt: 'Hi', maxRetries: 0 });
    expect(text).toContain('You said: Hi');
    for (const prompt of ['2', '3', '4']) await ai.generateText({ model, prompt, maxRetries: 0 });

    // The revoked key was tried once; then it sat out, the others taking turns.
    expect(await mock.keysUsed(keys)).toEqual([0, 1, 2, 1, 2]);
  });

  it('benches a key answered with 429 for its Retry-After; the next call takes the next key', async () => {
    const mock = mockWithKeys();
    await mock.apiKeys({ rateLimited: { [LIMITED]: { headers: { 'retry-after': '30' } } } });
    const keys = [LIMITED, GOOD[0]];
    const model = mock.provider({ apiKey: keys })(chat);

    const error = await rejection(ai.generateText({ model, prompt: 'Hi', maxRetries: 0 }));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.statusCode).toBe(429);
    expect(error.isRetryable).toBe(true);
    expectNoKeyIn(error);
    for (const prompt of ['2', '3']) await ai.generateText({ model, prompt, maxRetries: 0 });

    // Round-robin would give the limited key the third call: it is still sitting out.
    expect(await mock.keysUsed(keys)).toEqual([0, 1, 1]);
  });

  it("takes the next key on the AI SDK's retry after a 429", async () => {
    const mock = mockWithKeys();
    await mock.apiKeys({ rateLimited: { [LIMITED]: { headers: { 'retry-after-ms': '50' } } } });
    const keys = [LIMITED, GOOD[0]];
    const { text } = await ai.generateText({
      model: mock.provider({ apiKey: keys })(chat),
      prompt: 'Hi',
      maxRetries: 1,
    });
    expect(text).toContain('You said: Hi');
    expect(await mock.keysUsed(keys)).toEqual([0, 1]);
  });

  it('says so, unsent, when every key is sitting out; no key in any error', async () => {
    const mock = mockWithKeys();
    await mock.apiKeys({ revoked: [REVOKED, GOOD[2]] });
    const keys = [REVOKED, GOOD[2]];
    const model = mock.provider({ apiKey: keys })(chat);

    // Both refused within the first call: RunPod's own 401 answers it.
    const refused = await rejection(ai.generateText({ model, prompt: 'Hi', maxRetries: 0 }));
    expect(APICallError.isInstance(refused)).toBe(true);
    expect(refused.statusCode).toBe(401);
    expect(refused.message).toContain('unauthorized access to endpoint');
    expectNoKeyIn(refused);

    const error = await rejection(ai.generateText({ model, prompt: 'Again', maxRetries: 2 }));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(
      /not sent: every RunPod API key of the apiKey setting \(2\) is cooling down .*key 1: 401, back in 600 s; key 2: 401, back in 600 s/,
    );
    expect(error.url).toContain('/v2/qwen3-32b-awq/openai/v1/chat/completions');
    expect(error.isRetryable).toBe(false);
    expectNoKeyIn(error);
    expect(await mock.keysUsed(keys)).toEqual([0, 1]);
  });

  it('streams with a list too, and a 401 there is sent again with the next key', async () => {
    const mock = mockWithKeys();
    await mock.apiKeys({ revoked: [REVOKED] });
    const keys = [REVOKED, GOOD[0]];
    const result = ai.streamText({ model: mock.provider({ apiKey: keys })(chat), prompt: 'Hi' });
    expect(await result.text).toContain('You said: Hi');
    expect(await mock.keysUsed(keys)).toEqual([0, 1]);
  });

  it('keeps one key for a job, from its submission to its last status read', async () => {
    const mock = mockWithKeys();
    await mock.apiKeys({ revoked: [REVOKED] });
    const keys = [REVOKED, GOOD[0], GOOD[1]];
    const provider = mock.provider({ apiKey: keys });
    const image = provider.image('black-forest-labs/flux-1-schnell');

    await ai.generateImage({ model: image, prompt: 'a fox', maxRetries: 0 });
    await ai.generateImage({ model: image, prompt: 'a hare', maxRetries: 0 });

    const used = (await mock.requests())
      .filter(r => r.path.startsWith('/v2/'))
      .map(r => `${keys.indexOf(r.headers.authorization.slice(7))} ${r.path.split('/')[3]}`);
    // First job: /run refused for the revoked key and sent again with the next; its status
    // read keeps that key. Second job: another key, for all of its requests.
    expect(used.slice(0, 3)).toEqual(['0 run', '1 run', '1 status-sync']);
    expect(used.slice(3).map(entry => entry.split(' ')[1])).toEqual(['run', 'status-sync']);
    const second = used[3].split(' ')[0];
    expect(second).not.toBe('0');
    expect(used[4]).toBe(`${second} status-sync`);
  });

  it('says so on the job route too, once the only key of a list was refused', async () => {
    const mock = mockWithKeys();
    await mock.apiKeys({ revoked: [REVOKED] });
    const image = mock.provider({ apiKey: [REVOKED] }).image('black-forest-labs/flux-1-schnell');

    const refused = await rejection(ai.generateImage({ model: image, prompt: 'a fox' }));
    expect(APICallError.isInstance(refused)).toBe(true);
    expect(refused.statusCode).toBe(401);
    const error = await rejection(ai.generateImage({ model: image, prompt: 'a fox' }));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toContain('every RunPod API key of the apiKey setting (1) is cooling');
    expectNoKeyIn(refused);
    expectNoKeyIn(error);
    expect(await mock.keysUsed([REVOKED])).toEqual([0]);
  });

  it("benches keys per endpoint and operation: /health's 401 leaves chat alone", async () => {
    const mock = mockWithKeys();
    const provider = mock.provider({ apiKey: GOOD.slice(0, 2) });
    // RunPod's public endpoints answer /health with 401 even to a key that runs their jobs.
    const error = await rejection(provider.endpointHealth(chat));
    expect(error.statusCode).toBe(401);
    const { embedding } = await ai.embed({
      model: provider.embeddingModel('bge-endpoint', { servedModelName: 'mock-org/bge-endpoint' }),
      value: 'Hi',
    });
    expect(embedding.length).toBeGreaterThan(0);
    await ai.generateText({ model: provider(chat), prompt: 'Hi' });
    const paths = (await mock.requests()).map(r => r.path.split('/').slice(3, 4).join());
    expect(paths).toEqual(['health', 'health', 'openai', 'openai']);
    expect(await mock.keysUsed(GOOD)).toEqual([0, 1, 0, 1]);
  });

  it("a model's own apiKey still goes in place of the provider's list", async () => {
    const mock = mockWithKeys();
    const model = mock.provider({ apiKey: GOOD })(chat, { apiKey: 'rpa_model_own_key' });
    await ai.generateText({ model, prompt: 'Hi' });
    const [request] = await mock.requests();
    expect(request.headers.authorization).toBe('Bearer rpa_model_own_key');
  });
});

describe('apiKey setting shapes', () => {
  it('refuses an empty list, an empty key in a list and other types, naming no key', () => {
    for (const apiKey of [[], ['rpa_secret_abc', ' '], 42, { key: 'rpa_secret_abc' }]) {
      let error: unknown;
      try {
        createRunPod({ apiKey: apiKey as string[] });
      } catch (caught) {
        error = caught;
      }
      expect(InvalidArgumentError.isInstance(error)).toBe(true);
      expect((error as Error).message).toMatch(/^RunPod provider setting apiKey/);
      expect((error as Error).message).not.toContain('rpa_secret_abc');
    }
  });

  it("turns a function's failure into a LoadAPIKeyError before any request", async () => {
    const mock = mockWithKeys();
    const provider = mock.provider({
      apiKey: async () => {
        throw new Error('secret manager unreachable');
      },
    });
    const error = await rejection(
      aiVersions[0][1].generateText({ model: provider(chat), prompt: 'Hi', maxRetries: 0 }),
    );
    expect(LoadAPIKeyError.isInstance(error)).toBe(true);
    expect(error.message).toBe(
      'RunPod API key: the apiKey function failed: secret manager unreachable',
    );
    expect(await mock.requests()).toEqual([]);
  });
});
