import * as ai6 from 'ai';
import * as ai7 from 'ai-v7';
import { inject } from 'vitest';
import { createRunPod, type RunPodProviderSettings } from '../src';
import type { MockScript, RecordedRequest } from './mock-runpod/mock-runpod';

export const API_KEY = 'rpa_test_0123456789abcdef';

/** The AI SDK majors every integration test runs under. */
export const aiVersions = [
  ['ai@6', ai6],
  ['ai@7', ai7 as unknown as typeof ai6],
] as const;

/**
 * One test's view of the shared mock server: a provider whose requests carry a key
 * of their own, scripts for that key, and the requests recorded under it.
 */
export function mockRunPod() {
  const origin = inject('mockOrigin');
  const key = crypto.randomUUID();
  return {
    origin,
    baseURL: `${origin}/v2`,
    key,
    provider: (settings: RunPodProviderSettings = {}) =>
      createRunPod({
        apiKey: API_KEY,
        baseURL: `${origin}/v2`,
        ...settings,
        headers: { 'x-mock-key': key, ...settings.headers },
      }),
    script: async (...scripts: MockScript[]) => {
      const response = await fetch(`${origin}/__mock/script?key=${key}`, {
        method: 'POST',
        body: JSON.stringify(scripts),
      });
      if (!response.ok) throw new Error(`mock script failed: ${response.status}`);
    },
    requests: async (): Promise<RecordedRequest[]> =>
      (await fetch(`${origin}/__mock/requests?key=${key}`)).json() as Promise<RecordedRequest[]>,
  };
}
