/**
 * What the mock's RunPod knows about API keys, per test (set with `POST /__mock/api-keys`):
 * any `rpa_…` key is good unless listed here.
 * - `revoked`: keys deleted in the console, or never valid. RunPod answers 401, with the
 *   body it was seen to send, `{"detail":"unauthorized access to endpoint"}`
 *   (https://docs.runpod.io/serverless/endpoints/send-requests#error-handling: "401
 *   Unauthorized — Verify your API key is correct and has permission").
 * - `rateLimited`: keys over their rate limit: RunPod answers 429 "Too Many Requests"
 *   (same page, "Rate limits": "Requests exceeding the effective limit return 429").
 *   RunPod does not document a 429's body nor whether it carries `Retry-After`; the mock
 *   sends a short JSON error, and the headers a test gives (a gateway in front may add them).
 */
export interface MockApiKeys {
  revoked?: string[];
  rateLimited?: Record<string, { headers?: Record<string, string> }>;
}

/** The refusal for a request with `Authorization: <auth>` under these settings, if any. */
export function apiKeyRefusal(keys: MockApiKeys | undefined, auth: string): Response | undefined {
  const key = /^Bearer (\S+)$/.exec(auth)?.[1] ?? '';
  if (keys?.revoked?.includes(key)) {
    return Response.json({ detail: 'unauthorized access to endpoint' }, { status: 401 });
  }
  const limited = keys?.rateLimited?.[key];
  if (limited !== undefined) {
    return Response.json(
      { detail: 'rate limit exceeded' },
      { status: 429, statusText: 'Too Many Requests', headers: limited.headers },
    );
  }
  return undefined;
}
