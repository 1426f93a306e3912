/**
 * A provider's memory of the endpoints whose `/status-sync` answered 404 or 405 while
 * `/status` knew the job (a proxy or gateway that forwards only RunPod's documented
 * paths): their jobs are polled on `/status` for the rest of the provider's life. One per
 * provider, shared by all its models.
 */
export interface StatusSyncSupport {
  /** Whether `/status-sync` is known to be missing on this endpoint. */
  isMissing(endpointId: string): boolean;
  /** Remembers that this endpoint has no `/status-sync`. */
  markMissing(endpointId: string): void;
  /** The endpoints marked so far, in the order they were found. */
  missingEndpoints(): string[];
}

export function createStatusSyncSupport(): StatusSyncSupport {
  const missing = new Set<string>();
  return {
    isMissing: endpointId => missing.has(endpointId),
    markMissing: endpointId => void missing.add(endpointId),
    missingEndpoints: () => [...missing],
  };
}
