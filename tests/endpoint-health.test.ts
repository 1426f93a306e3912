import { APICallError, InvalidArgumentError, InvalidResponseDataError } from '@ai-sdk/provider';
import { generateText } from 'ai';
import { describe, expect, it } from 'vitest';
import { API_KEY, mockRunPod, rejection } from './helpers';

const NO_JOBS = { completed: 0, failed: 0, inProgress: 0, inQueue: 0, retried: 0 };

describe('endpointHealth', () => {
  it("reads your endpoint's jobs and workers from GET /v2/<endpoint>/health", async () => {
    const mock = mockRunPod();
    const runpod = mock.provider();

    const cold = await runpod.endpointHealth('health-endpoint');
    await generateText({
      model: runpod('health-endpoint', { servedModelName: 'mock-org/health-endpoint' }),
      prompt: 'Hi',
    });
    const warm = await runpod.endpointHealth(
      'https://console.runpod.io/serverless/user/endpoint/health-endpoint',
    );

    expect(cold).toEqual({
      jobs: NO_JOBS,
      workers: { idle: 0, initializing: 0, ready: 0, running: 0, throttled: 0, unhealthy: 0 },
    });
    expect(warm.jobs).toEqual({ ...NO_JOBS, completed: 1 });
    expect(warm.workers).toMatchObject({ idle: 1, ready: 1, running: 0 });
    // Worker states beyond the ones RunPod's SDK types come through as they are.
    expect(warm.workers.unhealthy).toBe(0);
    const requests = await mock.requests();
    expect(requests.map(r => `${r.method} ${r.path}`)).toEqual([
      'GET /v2/health-endpoint/health',
      'POST /v2/health-endpoint/openai/v1/chat/completions',
      'GET /v2/health-endpoint/health',
    ]);
    expect(requests[0].headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it('takes the workers RunPod documents, without the states only its SDK types', async () => {
    const mock = mockRunPod();
    // RunPod's own example (operation-reference, "/health").
    const documented = {
      jobs: { completed: 1, failed: 5, inProgress: 0, inQueue: 2, retried: 0 },
      workers: { idle: 0, running: 0 },
    };
    await mock.script({ status: 200, body: documented });
    expect(await mock.provider().endpointHealth('documented')).toEqual(documented);
  });

  it('reports the 401 a public endpoint answers as an APICallError that says why', async () => {
    const mock = mockRunPod();
    const failure = mock.provider().endpointHealth('qwen/qwen3-32b-awq');
    await expect(failure).rejects.toSatisfy(
      (error: unknown) =>
        APICallError.isInstance(error) && error.statusCode === 401 && !error.isRetryable,
    );
    await expect(failure).rejects.toThrow(
      "RunPod model 'qwen/qwen3-32b-awq' (endpoint 'qwen3-32b-awq'): unauthorized access to " +
        "endpoint (RunPod's public endpoints may not answer /health, even to a key that runs jobs on them.)",
    );
    expect((await mock.requests()).map(r => r.path)).toEqual(['/v2/qwen3-32b-awq/health']);
  });

  it('reports an answer that is not a health report as InvalidResponseDataError', async () => {
    const mock = mockRunPod();
    await mock.script({ status: 200, body: { status: 'ok' } });
    await expect(mock.provider().endpointHealth('odd-endpoint')).rejects.toSatisfy(
      (error: unknown) =>
        InvalidResponseDataError.isInstance(error) &&
        error.message.startsWith("RunPod endpoint 'odd-endpoint': /health answered"),
    );
  });

  it("asks the endpoint a baseURL of one endpoint's base names, as the models use it", async () => {
    const mock = mockRunPod();
    const runpod = mock.provider({ baseURL: `${mock.origin}/v2/pinned-endpoint` });
    const health = await runpod.endpointHealth('qwen/qwen3-32b-awq');
    expect(health.jobs).toEqual(NO_JOBS);
    const requests = await mock.requests();
    expect(requests.map(r => `${r.method} ${r.path}`)).toEqual(['GET /v2/pinned-endpoint/health']);
    expect(requests[0].headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it('refuses Pods, load-balancing endpoints and an OpenAI base before any request', async () => {
    const mock = mockRunPod();
    const cases: Array<[ReturnType<typeof mock.provider>, string, RegExp]> = [
      [mock.provider(), 'https://abc123xyz-8000.proxy.runpod.net', /is a Pod/],
      [mock.provider(), 'https://lbendpoint123.api.runpod.ai', /is a load-balancing endpoint/],
      [
        mock.provider({ baseURL: `${mock.origin}/v1` }),
        'health-endpoint',
        /endpoint health checks need RunPod's job API/,
      ],
    ];
    for (const [runpod, id, message] of cases) {
      const error = await rejection(runpod.endpointHealth(id));
      expect(InvalidArgumentError.isInstance(error)).toBe(true);
      expect((error as Error).message).toMatch(message);
    }
    expect(await mock.requests()).toEqual([]);
  });

  it('stops waiting when aborted', async () => {
    const mock = mockRunPod();
    await mock.script({ delayMs: 2_000, status: 200, body: { jobs: NO_JOBS, workers: {} } });
    const started = Date.now();
    const failure = mock
      .provider()
      .endpointHealth('slow-endpoint', { abortSignal: AbortSignal.timeout(50) });
    await expect(failure).rejects.toThrow(/abort|timeout/i);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
