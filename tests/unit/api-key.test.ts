import { APICallError } from '@ai-sdk/provider';
import type { FetchFunction } from '@ai-sdk/provider-utils';
import { describe, expect, it } from 'vitest';
import { DynamicApiKey, withApiKey } from '../../src/core/api-key';
import { requestHeaders } from '../../src/core/credentials';

const RUN = 'https://api.runpod.ai/v2/abc/run';

/** `requestHeaders` as `fetch` takes them (the AI SDK drops undefined values the same way). */
const headersOf = (...args: Parameters<typeof requestHeaders>) =>
  Object.fromEntries(
    Object.entries(requestHeaders(...args)).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );

/** A fetch that records the `Authorization` it was given and answers with `statuses` in turn. */
function recordingFetch(...statuses: number[]) {
  const seen: Array<string | undefined> = [];
  const fetch: FetchFunction = async (_input, init) => {
    seen.push(new Headers(init?.headers).get('authorization') ?? undefined);
    return new Response('{}', { status: statuses.shift() ?? 200 });
  };
  return { fetch, seen };
}

describe('a list or function key: decided by requestHeaders, put in by fetch', () => {
  const key = new DynamicApiKey(['rpa_a', 'rpa_b']);
  const provider = { apiKey: key, baseURL: 'https://api.runpod.ai/v2' };

  it('writes a slot, never a key, where the one rule sends the RunPod key', () => {
    expect(requestHeaders(RUN, provider).Authorization).toMatch(
      /^Bearer runpod-api-key-lease-\d+$/,
    );
    expect(requestHeaders('https://pod1-8000.proxy.runpod.net/v1/models', provider)).toEqual({});
    expect(requestHeaders(RUN, provider, { apiKey: 'own' }).Authorization).toBe('Bearer own');
  });

  it('fills the slot per request and leaves other requests alone', async () => {
    const { fetch, seen } = recordingFetch();
    const keyed = withApiKey(fetch, key);
    await keyed(RUN, { headers: headersOf(RUN, provider) });
    await keyed(RUN, { headers: headersOf(RUN, provider) });
    await keyed('https://image.runpod.ai/x.png', { headers: {} });
    expect(seen).toEqual(['Bearer rpa_a', 'Bearer rpa_b', undefined]);
  });

  it('sends a string body again after a 401, but not a stream', async () => {
    const fresh = new DynamicApiKey(['rpa_a', 'rpa_b']);
    const headers = () => headersOf(RUN, { ...provider, apiKey: fresh });
    const once = recordingFetch(401);
    const answer = await withApiKey(once.fetch, fresh)(RUN, { headers: headers(), body: '{}' });
    expect(answer.status).toBe(200);
    expect(once.seen).toEqual(['Bearer rpa_a', 'Bearer rpa_b']);

    const other = new DynamicApiKey(['rpa_a', 'rpa_b']);
    const stream = recordingFetch(401);
    const refused = await withApiKey(stream.fetch, other)(RUN, {
      headers: headersOf(RUN, { ...provider, apiKey: other }),
      body: new ReadableStream(),
    });
    expect(refused.status).toBe(401);
    expect(stream.seen).toEqual(['Bearer rpa_a']);
  });

  it('fails unsent, retryable with retry-after-ms, while every key waits out a 429', async () => {
    let now = 0;
    const fresh = new DynamicApiKey(['rpa_a'], () => now);
    const { fetch, seen } = recordingFetch(429);
    const keyed = withApiKey(fetch, fresh);
    const headers = () => headersOf(RUN, { ...provider, apiKey: fresh });
    expect((await keyed(RUN, { headers: headers() })).status).toBe(429);
    now += 4_000;
    const error = await keyed(RUN, { headers: headers() }).catch((e: unknown) => e);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).isRetryable).toBe(true);
    expect((error as APICallError).responseHeaders).toEqual({ 'retry-after-ms': '6000' });
    expect((error as APICallError).message).toContain('key 1: 429, back in 6 s');
    expect(seen).toEqual(['Bearer rpa_a']);
  });
});
