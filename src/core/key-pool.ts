/**
 * The state of a list of API keys given as the provider's `apiKey`: which key a request
 * takes, and which keys sit out a cooldown after RunPod refused them. Pure bookkeeping on
 * an injected clock; the fetch that reads and reports it is `api-key.ts`.
 *
 * The rotation rule:
 * - a new request takes the next key round-robin, skipping keys cooling down for the
 *   request's endpoint and operation ({@link cooldownScope});
 * - the requests that share one set of headers (a job's submission, its status reads and
 *   its cancel) share one *lease* and keep the key it took first, so that a job is read
 *   with the key that submitted it; a lease moves on only when its key is refused;
 * - a key answered with 429 sits out `Retry-After` (or `retry-after-ms`), else
 *   {@link RATE_LIMIT_COOLDOWN_MS}; with 401 or 403, {@link REFUSED_COOLDOWN_MS}.
 */

/**
 * 429 without a `Retry-After`: 10 s. RunPod counts its per-endpoint rate limits over 10 s
 * windows ("1000 requests per 10 seconds" for `/run`, "2000 per 10 seconds" for `/runsync`
 * and `/openai/*`), so a key over its limit is under it again within one window
 * (https://docs.runpod.io/serverless/endpoints/send-requests#rate-limits).
 */
export const RATE_LIMIT_COOLDOWN_MS = 10_000;
/**
 * 401 or 403: 10 minutes. A refused key is wrong, revoked, expired or lacks permission
 * for that endpoint (RunPod's "Verify your API key is correct and has permission",
 * https://docs.runpod.io/serverless/endpoints/send-requests#error-handling); waiting does
 * not mend it, but its permissions can be changed in the console, so it is tried again
 * after a while instead of never: one refused request per endpoint and operation per
 * 10 minutes.
 */
export const REFUSED_COOLDOWN_MS = 10 * 60_000;
/** The longest `Retry-After` taken: one hour, so that a wrong header cannot bench a key for good. */
const MAX_COOLDOWN_MS = 60 * 60_000;
/** Leases remembered; older ones are forgotten (a request with one takes a new key). */
const MAX_LEASES = 1024;

/** Why a key is sitting out, and until when (ms on the pool's clock). */
export interface Cooldown {
  status: number;
  until: number;
}

/** Every key is cooling down for a request's scope: when each is back, by position. */
export interface AllCooling {
  cooling: Cooldown[];
}

/**
 * Where a refusal holds: the endpoint and operation of `url` (`…/v2/<endpoint>/run`,
 * `…/v2/<endpoint>/openai`, `…/v2/<endpoint>/health`), else its origin and first path
 * segment (`https://<endpoint>.api.runpod.ai/v1`). RunPod's rate limits are per endpoint
 * and operation (https://docs.runpod.io/serverless/endpoints/send-requests#rate-limits),
 * restricted keys have permissions per endpoint, read-only keys per kind of request
 * (https://docs.runpod.io/get-started/api-keys), and `/health` on a public endpoint answers
 * 401 to a key that runs its jobs: a key refused there stays good elsewhere.
 */
export function cooldownScope(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const operation = /^(.*?\/v2\/[^/]+\/[^/]+)/.exec(parsed.pathname)?.[1];
  if (operation !== undefined) return `${parsed.origin}${operation}`;
  return `${parsed.origin}/${parsed.pathname.split('/')[1] ?? ''}`;
}

/** How long a key sits out after `status`, or undefined when `status` is no refusal. */
export function cooldownMs(status: number, retryAfter: number | undefined): number | undefined {
  if (status === 401 || status === 403) return REFUSED_COOLDOWN_MS;
  if (status !== 429) return undefined;
  return Math.min(retryAfter ?? RATE_LIMIT_COOLDOWN_MS, MAX_COOLDOWN_MS);
}

/** The rotation state of `size` keys (known by position only, never by value). */
export class KeyPool {
  private next = 0;
  private readonly leases = new Map<number, number>();
  /** `<scope> <index>` → cooldown. */
  private readonly cooldowns = new Map<string, Cooldown>();

  constructor(
    readonly size: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The key (by position) for a request of `lease` to `scope`: the lease's own while it has
   * one, else the next key round-robin that is not cooling down there.
   */
  take(lease: number, scope: string): number | AllCooling {
    const held = this.leases.get(lease);
    if (held !== undefined) return held;
    const time = this.now();
    for (let step = 0; step < this.size; step++) {
      const index = (this.next + step) % this.size;
      if (this.cooldownOf(scope, index, time) !== undefined) continue;
      this.next = (index + 1) % this.size;
      this.hold(lease, index);
      return index;
    }
    return {
      cooling: Array.from({ length: this.size }, (_, i) => this.cooldownOf(scope, i, time)!),
    };
  }

  /**
   * Records an answer with `status` to key `index` in `scope`: a 401, 403 or 429 benches
   * the key there, and a 401 or 403 also frees the lease to take another key.
   * @returns whether the key was benched.
   */
  report(lease: number, index: number, scope: string, status: number, retryAfter?: number) {
    const ms = cooldownMs(status, retryAfter);
    if (ms === undefined) return false;
    this.cooldowns.set(`${scope} ${index}`, { status, until: this.now() + ms });
    if (status !== 429 && this.leases.get(lease) === index) this.leases.delete(lease);
    return true;
  }

  /** The cooldowns in force in `scope`, by key position (for tests and messages). */
  cooling(scope: string): Array<Cooldown | undefined> {
    const time = this.now();
    return Array.from({ length: this.size }, (_, i) => this.cooldownOf(scope, i, time));
  }

  private cooldownOf(scope: string, index: number, time: number): Cooldown | undefined {
    const cooldown = this.cooldowns.get(`${scope} ${index}`);
    if (cooldown === undefined || cooldown.until > time) return cooldown;
    this.cooldowns.delete(`${scope} ${index}`);
    return undefined;
  }

  private hold(lease: number, index: number): void {
    this.leases.set(lease, index);
    if (this.leases.size > MAX_LEASES) this.leases.delete(this.leases.keys().next().value!);
  }
}
