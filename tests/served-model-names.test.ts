import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { aiVersions, mockRunPod, rejection } from './helpers';
import type { NotServedAnswer } from './mock-runpod/not-served';
import { publishedSetup } from './runpod-hosts';

const route = (r: { method: string; path: string; body: unknown }) =>
  `${r.method} ${r.path.replace(/^\/v2\//, '')}${
    r.method === 'POST' ? ` ${(r.body as { model: string }).model}` : ''
  }`;

/**
 * `generateText` on `endpoint` with the served name `wrong/name` answers from the name the
 * endpoint lists (`mock-org/<endpoint>`), after one lookup and one retry.
 */
async function expectHealedChat(
  ai: (typeof aiVersions)[number][1],
  mock: ReturnType<typeof mockRunPod>,
  endpoint: string,
) {
  const { text } = await ai.generateText({
    model: mock.provider()(endpoint, { servedModelName: 'wrong/name' }),
    prompt: 'Hi',
  });
  expect(text).toBe(`Hello from mock-org/${endpoint}! You said: Hi`);
  expect((await mock.requests()).map(route)).toEqual([
    `POST ${endpoint}/openai/v1/chat/completions wrong/name`,
    `GET ${endpoint}/openai/v1/models`,
    `POST ${endpoint}/openai/v1/chat/completions mock-org/${endpoint}`,
  ]);
}

describe.each(aiVersions)('served model names that heal themselves (%s)', (_, ai) => {
  it('asks /models when the catalog name does not exist, retries once with the listed name, and keeps it', async () => {
    const mock = mockRunPod();
    // RunPod documents GPT-OSS 120B's name two ways; this endpoint answers to the other one.
    await mock.deploy('gpt-oss-120b', { servedModelNames: ['gpt-oss-120b'] });
    const model = mock.provider()('openai/gpt-oss-120b');

    const first = await ai.generateText({ model, prompt: 'Hi' });
    const second = await ai.generateText({ model, prompt: 'Again' });

    expect(first.text).toBe('Hello from gpt-oss-120b! You said: Hi');
    expect(second.text).toBe('Hello from gpt-oss-120b! You said: Again');
    expect((await mock.requests()).map(route)).toEqual([
      'POST gpt-oss-120b/openai/v1/chat/completions openai/gpt-oss-120b',
      'GET gpt-oss-120b/openai/v1/models',
      'POST gpt-oss-120b/openai/v1/chat/completions gpt-oss-120b',
      'POST gpt-oss-120b/openai/v1/chat/completions gpt-oss-120b',
    ]);
  });

  it('heals a stream the same way', async () => {
    const mock = mockRunPod();
    await mock.deploy('gpt-oss-120b', { servedModelNames: ['gpt-oss-120b'] });
    const errors: unknown[] = [];
    const result = ai.streamText({
      model: mock.provider()('openai/gpt-oss-120b'),
      prompt: 'Hi',
      onError: ({ error }) => void errors.push(error),
    });

    expect(await result.text).toBe('Hello from gpt-oss-120b! You said: Hi');
    expect(errors).toEqual([]);
    expect((await mock.requests()).map(route)).toEqual([
      'POST gpt-oss-120b/openai/v1/chat/completions openai/gpt-oss-120b',
      'GET gpt-oss-120b/openai/v1/models',
      'POST gpt-oss-120b/openai/v1/chat/completions gpt-oss-120b',
    ]);
  });

  it('follows your endpoint to the model it was redeployed with', async () => {
    const mock = mockRunPod();
    const model = mock.provider()('redeployed');
    await ai.generateText({ model, prompt: 'Before' });
    await mock.deploy('redeployed', { servedModelNames: ['other-org/new-model'] });

    const after = await ai.generateText({ model, prompt: 'After' });

    expect(after.text).toBe('Hello from other-org/new-model! You said: After');
    expect((await mock.requests()).map(route)).toEqual([
      'GET redeployed/openai/v1/models',
      'POST redeployed/openai/v1/chat/completions mock-org/redeployed',
      'POST redeployed/openai/v1/chat/completions mock-org/redeployed',
      'GET redeployed/openai/v1/models',
      'POST redeployed/openai/v1/chat/completions other-org/new-model',
    ]);
  });

  it('heals vLLM answering with HTTP 404 itself, as it does off the RunPod gateway', async () => {
    const mock = mockRunPod();
    await mock.script({
      status: 404,
      body: {
        error: {
          message: 'The model `wrong/name` does not exist.',
          type: 'NotFoundError',
          param: 'model',
          code: 404,
        },
      },
    });
    await expectHealedChat(ai, mock, 'direct');
  });

  it('lists the names the endpoint serves when none of them is the model', async () => {
    const mock = mockRunPod();
    await mock.deploy('my-endpoint', { servedModelNames: ['org/a', 'org/b'] });
    const error = await ai
      .generateText({
        model: mock.provider()('my-endpoint', { servedModelName: 'wrong/name' }),
        prompt: 'Hi',
      })
      .then(
        () => expect.unreachable('the call should fail'),
        (error: unknown) => error,
      );

    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).message).toBe(
      "RunPod endpoint 'my-endpoint': The model `wrong/name` does not exist. The endpoint " +
        "serves 'org/a', 'org/b'; pass one as { servedModelName } when creating the model.",
    );
    expect((error as APICallError).statusCode).toBe(200);
    expect((error as APICallError).isRetryable).toBe(false);
    expect((await mock.requests()).map(route)).toEqual([
      'POST my-endpoint/openai/v1/chat/completions wrong/name',
      'GET my-endpoint/openai/v1/models',
    ]);
  });

  it('makes one lookup for many calls that are told the name does not exist at once', async () => {
    const mock = mockRunPod();
    await mock.deploy('gpt-oss-120b', { servedModelNames: ['gpt-oss-120b'] });
    const provider = mock.provider();
    const prompts = ['one', 'two', 'three', 'four', 'five'];

    const results = await Promise.all(
      prompts.map(prompt =>
        // The catalog ID and the alias earlier releases took are the same model.
        ai.generateText({
          model: provider(prompt === 'two' ? 'gpt-oss-120b' : 'openai/gpt-oss-120b'),
          prompt,
        }),
      ),
    );
    await ai.generateText({ model: provider('openai/gpt-oss-120b'), prompt: 'later' });

    expect(results.map(result => result.text)).toEqual(
      prompts.map(prompt => `Hello from gpt-oss-120b! You said: ${prompt}`),
    );
    const requests = await mock.requests();
    const sent = (model: string) => requests.filter(r => (r.body as any)?.model === model);
    expect(requests.filter(r => r.method === 'GET')).toHaveLength(1);
    // Each call was told the name does not exist at most once, then sent the listed name.
    expect(sent('openai/gpt-oss-120b').length).toBeGreaterThan(1);
    expect(sent('openai/gpt-oss-120b').length).toBeLessThanOrEqual(5);
    expect(sent('gpt-oss-120b')).toHaveLength(6);
  });
});

// What current workers and servers answer for a model they do not serve (see
// tests/mock-runpod/not-served.ts for each shape and its source).
const WORKER_SHAPES: NotServedAnswer[] = [
  'worker-vllm',
  'worker-vllm-failed',
  'worker-vllm-failed-text',
];

describe.each(aiVersions)('served names on current workers and servers (%s)', (_, ai) => {
  it.each(WORKER_SHAPES)('generateText heals on %s', async notServed => {
    const mock = mockRunPod();
    await mock.deploy('my-vllm', { notServed });
    await expectHealedChat(ai, mock, 'my-vllm');
  });

  it.each(WORKER_SHAPES)('streamText heals on %s', async notServed => {
    const mock = mockRunPod();
    await mock.deploy('my-vllm', { notServed });
    const errors: unknown[] = [];
    const result = ai.streamText({
      model: mock.provider()('my-vllm', { servedModelName: 'wrong/name' }),
      prompt: 'Hi',
      onError: ({ error }) => void errors.push(error),
    });
    expect(await result.text).toBe('Hello from mock-org/my-vllm! You said: Hi');
    expect(errors).toEqual([]);
    expect((await mock.requests()).map(route).at(-1)).toBe(
      'POST my-vllm/openai/v1/chat/completions mock-org/my-vllm',
    );
  });

  it.each(['worker-vllm', 'worker-vllm-failed'] as const)('embed heals on %s', async notServed => {
    const mock = mockRunPod();
    await mock.deploy('my-embedder', { notServed, servedModelNames: ['BAAI/bge-small-en-v1.5'] });
    const { embedding } = await ai.embed({
      model: mock
        .provider()
        .embeddingModel('my-embedder', { servedModelName: 'bge-small-en-v1.5' }),
      value: 'sunny day',
    });
    expect(embedding).toHaveLength(16);
    expect((await mock.requests()).map(route)).toEqual([
      'POST my-embedder/openai/v1/embeddings bge-small-en-v1.5',
      'GET my-embedder/openai/v1/models',
      'POST my-embedder/openai/v1/embeddings BAAI/bge-small-en-v1.5',
    ]);
  });

  it.each([
    ['llama.cpp', 'podllama'],
    ['sglang', 'podsglang'],
  ] as const)('heals on a %s server in a Pod', async (notServed, pod) => {
    const { mock, runpod, sent } = publishedSetup();
    await mock.deploy(pod, { notServed, servedModelNames: ['my-org/tiny-random'] });
    const { text } = await ai.generateText({
      model: runpod(`https://${pod}-8000.proxy.runpod.net`, { servedModelName: 'tiny-random' }),
      prompt: 'Hi',
    });
    expect(text).toBe('Hello from my-org/tiny-random! You said: Hi');
    expect(sent.map(r => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      'POST /v1/chat/completions',
      'GET /v1/models',
      'POST /v1/chat/completions',
    ]);
  });

  it.each([
    ['worker-vllm-failed', 400, ''],
    ['worker-vllm-failed-text', 500, 'HTTP 500 Internal Server Error: '],
  ] as const)(
    "shows the message of a FAILED job's Python repr (%s), not the repr",
    async (notServed, status, prefix) => {
      const mock = mockRunPod();
      await mock.deploy('my-endpoint', { notServed, servedModelNames: ['org/a', 'org/b'] });
      const error = await rejection(
        ai.generateText({
          model: mock.provider()('my-endpoint', { servedModelName: 'wrong/name' }),
          prompt: 'Hi',
        }),
      );
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error.message).toBe(
        `RunPod endpoint 'my-endpoint': ${prefix}vLLM returned HTTP 404: ` +
          '{"error":{"message":"The model `wrong/name` does not exist.","type":"NotFoundError",' +
          '"param":"model","code":404}} The endpoint serves \'org/a\', \'org/b\'; ' +
          'pass one as { servedModelName } when creating the model.',
      );
      expect((error as APICallError).statusCode).toBe(status);
      expect((error as APICallError).isRetryable).toBe(false);
    },
  );

  it("shows a runpod-python handler exception's error_message on the OpenAI route", async () => {
    const mock = mockRunPod();
    // runpod-python's `run_job`: `{"error": json.dumps({error_type, error_message, …})}`
    // (https://github.com/runpod/runpod-python/blob/main/runpod/serverless/modules/rp_job.py).
    await mock.script({
      status: 400,
      body: {
        error: JSON.stringify({
          error_type: "<class 'RuntimeError'>",
          error_message: 'CUDA out of memory',
          error_traceback: 'Traceback (most recent call last): …',
        }),
      },
    });
    const error = await rejection(
      ai.generateText({
        model: mock.provider()('my-endpoint', { servedModelName: 'mock-org/my-endpoint' }),
        prompt: 'Hi',
        maxRetries: 0,
      }),
    );
    expect(error.message).toBe("RunPod endpoint 'my-endpoint': CUDA out of memory");
  });
});
