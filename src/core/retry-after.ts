/**
 * How long a 429 asks to wait, in ms: `retry-after-ms` (milliseconds, as OpenAI's API sends
 * it and the AI SDK's retry reads it), else `Retry-After` in seconds or as an HTTP date
 * (RFC 9110, section 10.2.3); undefined when neither reads as a time. RunPod does not
 * document sending either; a gateway in front of it may.
 */
export function retryAfterMs(
  headers: Headers | Record<string, string | undefined> | undefined,
  now: number,
): number | undefined {
  const header = (name: string) =>
    headers instanceof Headers ? (headers.get(name) ?? undefined) : headers?.[name];
  const ms = Number.parseFloat(header('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = header('retry-after')?.trim();
  if (value === undefined || value === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1_000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
