import { isPublicEndpoint } from './endpoints';

/**
 * `GET /v2/<endpoint>/health` as RunPod answers it
 * (https://docs.runpod.io/serverless/endpoints/operation-reference#health):
 * `{"jobs":{"completed","failed","inProgress","inQueue","retried"},"workers":{…}}`, with the
 * worker states RunPod's JS SDK types (`idle`, `initializing`, `ready`, `running`,
 * `throttled`). Public endpoints answer 401 `{"detail":"unauthorized access to endpoint"}`,
 * as third-party notes of live calls report for `qwen3-32b-awq` with a key that runs jobs there
 * (RunPod documents no body: https://docs.runpod.io/serverless/endpoints/send-requests#error-handling).
 *
 * The mock counts the OpenAI-route requests each endpoint answered (each is a job on
 * RunPod) per test key, and keeps one worker idle after the first of them, as an endpoint
 * does for its idle timeout; before that, the endpoint has no worker (scaled to zero).
 */
export class EndpointHealth {
  private readonly completed = new Map<string, number>();

  jobDone(key: string, endpointId: string): void {
    const id = `${key} ${endpointId}`;
    this.completed.set(id, (this.completed.get(id) ?? 0) + 1);
  }

  answer(key: string, endpointId: string): Response {
    if (isPublicEndpoint(endpointId)) {
      return Response.json({ detail: 'unauthorized access to endpoint' }, { status: 401 });
    }
    const completed = this.completed.get(`${key} ${endpointId}`) ?? 0;
    const warm = completed > 0 ? 1 : 0;
    return Response.json({
      jobs: { completed, failed: 0, inProgress: 0, inQueue: 0, retried: 0 },
      workers: { idle: warm, initializing: 0, ready: warm, running: 0, throttled: 0, unhealthy: 0 },
    });
  }
}
