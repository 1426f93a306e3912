import { createRunPodConfig } from '../src/core/settings';
import type { FetchFunction } from '@ai-sdk/provider-utils';
import type { JobClock } from '../src/jobs/job-clock';
import type { JobClientConfig } from '../src/jobs/job-client';
import { createStatusSyncSupport } from '../src/jobs/status-sync-support';
import { RunPodImageModel } from '../src/image/runpod-image-model';
import { API_KEY, mockRunPod } from './helpers';
import type { JobRouteSettings } from './mock-runpod/job-routes';

/** {@link mockRunPod} with the job API's controls: route settings and the job clock. */
export function mockJobApi() {
  const mock = mockRunPod();
  const control = async (route: string, body: unknown) => {
    const response = await fetch(`${mock.origin}/__mock/${route}?key=${mock.key}`, {
      method: 'POST',
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`mock ${route} failed: ${response.status}`);
  };
  const advanceClock = (advanceMs: number) => control('clock', { advanceMs });
  return {
    ...mock,
    /** Sets how the mock's job API answers this test's requests. */
    configure: (settings: JobRouteSettings) => control('settings', settings),
    /** Moves this test's job clock forward, to age its jobs without waiting. */
    advanceClock,
    /** `METHOD /path` of every request so far. */
    paths: async () => (await mock.requests()).map(r => `${r.method} ${r.path}`),
    /**
     * A job client config on this mock, as a provider builds it, with its own memory of
     * endpoints without `/status-sync` (`statusSyncSupport`, to inspect) and a clock.
     */
    jobConfig: ({ clock, fetch }: { clock?: JobClock; fetch?: FetchFunction } = {}) => ({
      ...createRunPodConfig({
        apiKey: API_KEY,
        baseURL: mock.baseURL,
        headers: { 'x-mock-key': mock.key },
        fetch,
      }),
      statusSyncSupport: createStatusSyncSupport(),
      clock: clock ?? fastClock(advanceClock),
    }),
  };
}

export type MockJobApi = ReturnType<typeof mockJobApi>;

/**
 * A clock whose pauses take no real time: each one moves this clock and the mock's job
 * clock forward by its length, so jobs age as if it had been waited out. Real time still
 * passes for the requests themselves.
 */
function fastClock(advanceMockClock: (ms: number) => Promise<void>): JobClock & {
  /** The pauses taken, in ms. */
  pauses: number[];
} {
  let offset = 0;
  const pauses: number[] = [];
  return {
    pauses,
    now: () => Date.now() + offset,
    async sleep(ms, abortSignal) {
      abortSignal?.throwIfAborted();
      pauses.push(ms);
      offset += ms;
      await advanceMockClock(ms);
      abortSignal?.throwIfAborted();
    },
  };
}

/** An image model on a job client config (e.g. `mock.jobConfig()`), as `provider.image(id)`. */
export const imageModelOn = (config: JobClientConfig, modelId: string) =>
  new RunPodImageModel(modelId, config);

/** Waits (up to `timeoutMs`) until the mock has seen a request whose `METHOD /path` matches. */
export async function waitForRequest(mock: MockJobApi, pattern: RegExp, timeoutMs = 3_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = (await mock.requests()).find(r => pattern.test(`${r.method} ${r.path}`));
    if (found || Date.now() > until) return found;
    await new Promise(resolve => setTimeout(resolve, 10));
  }
}

/**
 * A job's status as the mock has it now, read with `/status` (recorded like any request):
 * `path` is any job route of it, e.g. a recorded `/v2/<endpoint>/status-sync/<id>`.
 */
export async function jobStatusOf(mock: MockJobApi, path: string): Promise<string> {
  const url = mock.origin + path.replace(/\/(status-sync|status|cancel)\//, '/status/');
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${API_KEY}`, 'x-mock-key': mock.key },
  });
  return ((await response.json()) as { status: string }).status;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
