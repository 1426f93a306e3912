import type { RateBucket, RateLimit } from './rate-limit-plan';

/** One bucket's queue and counts, as `rate-limit.ts` keeps them. */
export interface PacedBucket {
  readonly limit: RateLimit;
  /** When the requests still in the window were sent, oldest first. */
  readonly sentAt: number[];
  /** Requests waiting for their turn, first come first served. */
  readonly queue: Array<{ holdMs: number | undefined; grant(slot: unknown): void }>;
  inFlight: number;
  maxInFlight: number;
  sent: number;
  throttled: number;
  throttlesInARow: number;
  blockedUntil: number;
  timerAt: number | undefined;
}

/**
 * A provider's pacing of RunPod's job API (see `rate-limit.ts`): per endpoint, one
 * {@link PacedBucket} per limit. One per provider, shared by all its models, since RunPod
 * counts per user and endpoint. Only data, so that a provider makes it without loading the
 * job client.
 */
export interface RateLimitState {
  /** The limits paced to; RunPod's documented ones (`RUNPOD_RATE_LIMITS`) when not given. */
  readonly limits: Readonly<Record<RateBucket, RateLimit>> | undefined;
  readonly endpoints: Map<string, Map<RateBucket, PacedBucket>>;
}

export function createRateLimitState(
  limits?: Readonly<Record<RateBucket, RateLimit>>,
): RateLimitState {
  return { limits, endpoints: new Map() };
}
