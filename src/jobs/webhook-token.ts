import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';

/**
 * The query parameter that carries a job's webhook token. RunPod sends no signature with a
 * webhook delivery and documents no payload or header to authenticate it by
 * (https://docs.runpod.io/serverless/endpoints/send-requests, "Webhook notifications"), so
 * the URL itself carries the secret: only RunPod, which POSTs to it, and the caller know it.
 */
export const WEBHOOK_TOKEN_PARAM = 'runpod_webhook_token';

/** 32 random bytes (256 bits) as base64url: unguessable, and safe in a query string. */
export function newWebhookToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return convertUint8ArrayToBase64(bytes)
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** `url` with `token` added as {@link WEBHOOK_TOKEN_PARAM} (other parameters kept). */
export function withWebhookToken(url: string, token: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set(WEBHOOK_TOKEN_PARAM, token);
  return parsed.toString();
}

/** The token in a delivery's URL, if any. */
export function webhookTokenOf(url: string): string | undefined {
  try {
    return new URL(url).searchParams.get(WEBHOOK_TOKEN_PARAM) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether two tokens are equal, in time that depends only on their lengths (every character
 * is compared, whatever the first difference), so a forger learns nothing from timing.
 */
export function tokensMatch(expected: string, given: string): boolean {
  let difference = expected.length ^ given.length;
  for (let index = 0; index < expected.length; index++) {
    difference |= expected.charCodeAt(index) ^ given.charCodeAt(index % (given.length || 1));
  }
  return difference === 0;
}

/**
 * The index of the token in `expected` that `given` matches, or -1. Every entry is compared
 * (no early exit), each in constant time ({@link tokensMatch}).
 */
export function matchingToken(expected: readonly string[], given: string | undefined): number {
  let found = -1;
  for (let index = 0; index < expected.length; index++) {
    if (tokensMatch(expected[index], given ?? '') && given !== undefined) found = index;
  }
  return found;
}
