import * as ai6 from 'ai';
import * as ai7 from 'ai-v7';
import { expect, inject } from 'vitest';
import { createRunPod, type RunPodProviderSettings } from '../src';
import type { MockEndpoint } from './mock-runpod/endpoints';
import type { MockScript, RecordedRequest } from './mock-runpod/mock-runpod';
import type { WebhookDelivery } from './mock-runpod/webhooks';

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
    /** Changes what an endpoint serves, for this test's requests (a redeployment). */
    deploy: async (endpointId: string, endpoint: Partial<MockEndpoint>) => {
      const response = await fetch(
        `${origin}/__mock/deploy?key=${key}&endpoint=${encodeURIComponent(endpointId)}`,
        { method: 'POST', body: JSON.stringify(endpoint) },
      );
      if (!response.ok) throw new Error(`mock deploy failed: ${response.status}`);
    },
    requests: async (): Promise<RecordedRequest[]> =>
      (await fetch(`${origin}/__mock/requests?key=${key}`)).json() as Promise<RecordedRequest[]>,
  };
}

type Ai = typeof ai6;

/** `generateSpeech` under the name each major exports (ai@7 dropped `experimental_`). */
export const generateSpeechOf = (ai: Ai): Ai['experimental_generateSpeech'] =>
  (ai as Record<string, any>).generateSpeech ?? ai.experimental_generateSpeech;

/** `transcribe` under the name each major exports (ai@7 dropped `experimental_`). */
export const transcribeOf = (ai: Ai): Ai['experimental_transcribe'] =>
  (ai as Record<string, any>).transcribe ?? ai.experimental_transcribe;

/** The error a call that must fail rejects with; the test fails if it resolves. */
export async function rejection(promise: PromiseLike<unknown>): Promise<any> {
  return Promise.resolve(promise).then(
    () => expect.unreachable('the call should fail'),
    (error: unknown) => error,
  );
}

/** Whether a recorded request submits a job: `POST …/run` or `POST …/runsync`. */
export const isJobSubmission = (request: { method: string; path: string }) =>
  request.method === 'POST' && /\/run(sync)?$/.test(request.path);

/** The jobs a test's calls submitted, in order: each one's path and `input`. */
export async function jobSubmissions(
  mock: ReturnType<typeof mockRunPod>,
): Promise<Array<{ path: string; input: Record<string, any> }>> {
  return (await mock.requests())
    .filter(isJobSubmission)
    .map(r => ({ path: r.path, input: (r.body as { input: Record<string, any> }).input }));
}

/** One `chat.completion.chunk` SSE payload, for scripted streams. */
export function chatChunk(delta: Record<string, unknown>, finishReason: string | null = null) {
  return {
    id: 'chatcmpl-scripted',
    object: 'chat.completion.chunk',
    created: 1_767_225_600,
    model: 'scripted',
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  };
}

/** Runs `fn` with RUNPOD_API_KEY unset, and puts it back afterwards. */
export async function withoutApiKeyInEnvironment(fn: () => Promise<void>): Promise<void> {
  const saved = process.env.RUNPOD_API_KEY;
  delete process.env.RUNPOD_API_KEY;
  try {
    await fn();
  } finally {
    if (saved === undefined) delete process.env.RUNPOD_API_KEY;
    else process.env.RUNPOD_API_KEY = saved;
  }
}

/** The URL of a webhook receiver on the mock for one test (`WebhookInbox`). */
export const inboxUrl = (mock: ReturnType<typeof mockRunPod>, name: string) =>
  `${mock.origin}/__inbox/${mock.key}-${name}`;

/** Waits (up to 3 s) until the receiver `name` has `count` deliveries, and returns them. */
export async function inboxDeliveries(
  mock: ReturnType<typeof mockRunPod>,
  name: string,
  count = 1,
): Promise<WebhookDelivery[]> {
  const until = Date.now() + 3_000;
  for (;;) {
    const list = (await (await fetch(inboxUrl(mock, name))).json()) as WebhookDelivery[];
    if (list.length >= count || Date.now() > until) return list;
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}
