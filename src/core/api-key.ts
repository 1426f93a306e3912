import { APICallError, LoadAPIKeyError } from '@ai-sdk/provider';
import { type FetchFunction, normalizeHeaders } from '@ai-sdk/provider-utils';
import { z } from 'zod/v4';
import { parseRequestBody, urlOf } from './fetch';
import { type AllCooling, cooldownScope, KeyPool } from './key-pool';
import { retryAfterMs } from './retry-after';

/**
 * The provider's `apiKey` setting: one key, a list that rotates, or a function that
 * returns the key (sync or async), called for each request.
 */
export type RunPodApiKey = string | readonly string[] | (() => string | PromiseLike<string>);

/**
 * A key that changes per request: a list (rotating, `key-pool.ts`) or a function. The one
 * credentials rule (`requestHeaders`) decides where the key goes and writes this source's
 * {@link DynamicApiKey.slot} as its value; the provider's `fetch` ({@link withApiKey})
 * puts the key there just before the request leaves, so no key exists before that.
 */
export class DynamicApiKey {
  private leases = 0;
  readonly pool: KeyPool | undefined;

  constructor(
    readonly source: readonly string[] | (() => string | PromiseLike<string>),
    readonly now: () => number = Date.now,
  ) {
    this.pool = typeof source === 'function' ? undefined : new KeyPool(source.length, now);
  }

  /**
   * The placeholder `requestHeaders` puts where the key goes: a new lease each call, so that
   * the requests made with one set of headers (one job's) keep one key.
   */
  slot(): string {
    this.leases += 1;
    return `${SLOT_PREFIX}${this.leases}`;
  }
}

const SLOT_PREFIX = 'runpod-api-key-lease-';
const SLOT = new RegExp(`^Bearer ${SLOT_PREFIX}(\\d+)$`);

/** A dynamic key source for `apiKey`, or undefined for one key (or none: `RUNPOD_API_KEY`). */
export function dynamicApiKey(apiKey: RunPodApiKey | undefined): DynamicApiKey | undefined {
  if (apiKey === undefined || typeof apiKey === 'string') return undefined;
  // A copy of a list: keys added to the caller's array later do not shift the rotation.
  return new DynamicApiKey(typeof apiKey === 'function' ? apiKey : [...apiKey]);
}

/**
 * `fetch` that puts the key in a request whose `Authorization` holds a slot of `key`
 * (every other request passes untouched):
 * - a function's key: the function is called for the request; an empty or missing result
 *   is a `LoadAPIKeyError` before anything is sent;
 * - a list's key: the one the pool gives the request's lease ({@link KeyPool.take}); an
 *   answer of 401, 403 or 429 benches that key for the request's endpoint and operation.
 *   After a 401 or 403 the request is sent again at once with the next key, while there is
 *   one (its body is a string, so it can be); a 429 is returned, and the AI SDK's retry
 *   takes the next key. With every key benched, an `APICallError` says so, unsent.
 */
export function withApiKey(
  baseFetch: FetchFunction,
  key: DynamicApiKey | undefined,
): FetchFunction {
  if (key === undefined) return baseFetch;
  return async (input, init) => {
    const headers = normalizeHeaders(init?.headers);
    const lease = SLOT.exec(headers.authorization ?? '')?.[1];
    if (lease === undefined) return baseFetch(input, init);
    const send = (value: string) =>
      baseFetch(input, { ...init, headers: { ...headers, authorization: `Bearer ${value}` } });
    const { source, pool } = key;
    if (pool === undefined) return send(await callKeyFunction(source as () => string));
    const keys = source as readonly string[];
    const url = urlOf(input);
    const scope = cooldownScope(url);
    let index = pool.take(Number(lease), scope);
    for (;;) {
      if (typeof index !== 'number') throw allCoolingError(index, url, init?.body, key.now());
      const response = await send(keys[index]);
      const retryAfter = retryAfterMs(response.headers, key.now());
      const benched = pool.report(Number(lease), index, scope, response.status, retryAfter);
      if (!benched || response.status === 429 || !canResend(init?.body)) return response;
      const next = pool.take(Number(lease), scope);
      if (typeof next !== 'number') return response; // RunPod's own refusal says it best
      await response.body?.cancel();
      index = next;
    }
  };
}

const keyResultSchema = z.string().refine(value => value.trim() !== '');

async function callKeyFunction(source: () => string | PromiseLike<string>): Promise<string> {
  let value: unknown;
  try {
    value = await source();
  } catch (error) {
    throw new LoadAPIKeyError({
      message:
        `RunPod API key: the apiKey function failed: ` +
        `${error instanceof Error ? error.message : String(error)}`,
    });
  }
  if (keyResultSchema.safeParse(value).success) return value as string;
  throw new LoadAPIKeyError({
    message:
      `RunPod API key: the apiKey function returned ${typeof value === 'string' ? 'an empty string' : typeof value}, ` +
      `not a key. It must return (or resolve to) your key (rpa_…).`,
  });
}

function allCoolingError(
  { cooling }: AllCooling,
  url: string,
  body: unknown,
  now: number,
): APICallError {
  const waitMs = Math.max(0, Math.min(...cooling.map(c => c.until)) - now);
  const each = cooling
    .map((c, i) => `key ${i + 1}: ${c.status}, back in ${Math.ceil((c.until - now) / 1000)} s`)
    .join('; ');
  return new APICallError({
    message:
      `Request to ${url} not sent: every RunPod API key of the apiKey setting (${cooling.length}) ` +
      `is cooling down for this endpoint after RunPod refused it (${each}).`,
    url,
    requestBodyValues: parseRequestBody(body),
    // The AI SDK's retry waits `retry-after-ms` (up to 60 s) when the error is retryable.
    responseHeaders: { 'retry-after-ms': String(waitMs) },
    isRetryable: waitMs < 60_000,
  });
}

function canResend(body: unknown): boolean {
  return body === undefined || body === null || typeof body === 'string';
}
