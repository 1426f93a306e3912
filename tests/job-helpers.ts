import { mockRunPod } from './helpers';
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
  return {
    ...mock,
    /** Sets how the mock's job API answers this test's requests. */
    configure: (settings: JobRouteSettings) => control('settings', settings),
    /** Moves this test's job clock forward, to age its jobs without waiting. */
    advanceClock: (advanceMs: number) => control('clock', { advanceMs }),
    /** `METHOD /path` of every request so far. */
    paths: async () => (await mock.requests()).map(r => `${r.method} ${r.path}`),
  };
}

export type MockJobApi = ReturnType<typeof mockJobApi>;

/** Waits (up to `timeoutMs`) until the mock has seen a request whose `METHOD /path` matches. */
export async function waitForRequest(mock: MockJobApi, pattern: RegExp, timeoutMs = 3_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = (await mock.requests()).find(r => pattern.test(`${r.method} ${r.path}`));
    if (found || Date.now() > until) return found;
    await new Promise(resolve => setTimeout(resolve, 10));
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
