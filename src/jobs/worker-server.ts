import type { RunPodConfig } from '../core/settings';

/**
 * The worker's own server a job of `endpointId` goes to, or undefined for RunPod's job
 * API: the server a model ID names (its endpoint ID is then the server's URL), else the
 * provider's `baseURL` when it is a server's root. The one choice between the two protocols.
 */
export function workerServerOf(
  config: Pick<RunPodConfig, 'workerServer'>,
  endpointId: string,
): string | undefined {
  return /^https?:\/\//i.test(endpointId) ? endpointId : config.workerServer;
}
