import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { API_KEY, aiVersions, mockRunPod } from './helpers';

const MODEL = 'ibm-granite/granite-4.0-h-small';
const WHERE = "RunPod model 'ibm-granite/granite-4.0-h-small' (endpoint 'granite-4-0-h-small')";
// vLLM's error object, as RunPod's OpenAI route delivers it with HTTP 200 (worker-vllm#57).
const BAD_REQUEST_BODY = {
  object: 'error',
  message: 'max_tokens must be at least 1',
  type: 'BadRequestError',
  param: null,
  code: 400,
};

async function callError(promise: Promise<unknown>): Promise<APICallError> {
  const error = await promise.then(
    () => expect.unreachable('the call should fail'),
    (error: unknown) => error,
  );
  expect(APICallError.isInstance(error)).toBe(true);
  expect((error as Error).message).not.toContain(API_KEY);
  return error as APICallError;
}

describe.each(aiVersions)('errors (%s)', (_, ai) => {
  it.each([
    [
      'vLLM',
      400,
      { error: { message: 'max_tokens must be at least 1', type: 'BadRequestError', code: 400 } },
    ],
    [
      'older vLLM and infinity',
      400,
      {
        object: 'error',
        message: 'max_tokens must be at least 1',
        type: 'BadRequestError',
        code: 400,
      },
    ],
    ['gateway string', 400, { error: 'max_tokens must be at least 1' }],
    ['gateway detail', 400, { detail: 'max_tokens must be at least 1' }],
  ])("carries RunPod's message from the %s error body", async (_shape, status, body) => {
    const mock = mockRunPod();
    await mock.script({ status, body });
    const error = await callError(
      ai.generateText({ model: mock.provider()(MODEL), prompt: 'Hi', maxRetries: 0 }),
    );
    expect(error.message).toBe(`${WHERE}: max_tokens must be at least 1`);
    expect(error.statusCode).toBe(400);
    expect(error.isRetryable).toBe(false);
    expect(error.url).toBe(`${mock.baseURL}/granite-4-0-h-small/openai/v1/chat/completions`);
  });

  it.each([
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [422, false],
    [408, true],
    [409, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
  ])('HTTP %i is retryable: %s', async (status, retryable) => {
    const mock = mockRunPod();
    await mock.script({ status, body: { error: `status ${status}` } });
    const error = await callError(
      ai.generateText({ model: mock.provider()(MODEL), prompt: 'Hi', maxRetries: 0 }),
    );
    expect(error.statusCode).toBe(status);
    expect(error.isRetryable).toBe(retryable);
    expect(error.message).toBe(`${WHERE}: status ${status}`);
  });

  it('reports a wrong API key with the gateway 401 message, without the key', async () => {
    const mock = mockRunPod();
    const error = await callError(
      ai.generateText({
        model: mock.provider({ apiKey: 'not-a-runpod-key' })(MODEL),
        prompt: 'Hi',
      }),
    );
    expect(error.statusCode).toBe(401);
    expect(error.message).toBe(`${WHERE}: unauthorized access to endpoint`);
    expect(error.message).not.toContain('not-a-runpod-key');
  });

  it('turns a 200 carrying an error object into an APICallError', async () => {
    const mock = mockRunPod();
    await mock.script({ status: 200, body: BAD_REQUEST_BODY });
    const error = await callError(
      ai.generateText({ model: mock.provider()(MODEL), prompt: 'Hi', maxRetries: 0 }),
    );
    expect(error.message).toBe(`${WHERE}: max_tokens must be at least 1`);
    expect(error.statusCode).toBe(200);
    expect(error.isRetryable).toBe(false);
    expect(error.responseBody).toContain('BadRequestError');
    expect(await mock.requests()).toHaveLength(1);
  });

  it('turns the same 200 error into an APICallError when streaming, not an empty stream', async () => {
    const mock = mockRunPod();
    await mock.script({ status: 200, body: BAD_REQUEST_BODY });
    const errors: unknown[] = [];
    const result = ai.streamText({
      model: mock.provider()(MODEL),
      prompt: 'Hi',
      maxRetries: 0,
      onError: ({ error }) => void errors.push(error),
    });
    await result.consumeStream();
    expect(errors).toHaveLength(1);
    expect(APICallError.isInstance(errors[0])).toBe(true);
    expect((errors[0] as Error).message).toBe(`${WHERE}: max_tokens must be at least 1`);
  });

  it('treats a 200 error object whose code is 5xx as retryable', async () => {
    const mock = mockRunPod();
    await mock.script({
      status: 200,
      body: {
        error: {
          message: 'vLLM server process is not running; worker is unhealthy',
          type: 'worker_error',
          code: 503,
        },
      },
      headers: { 'retry-after-ms': '10' },
    });
    const { text } = await ai.generateText({ model: mock.provider()(MODEL), prompt: 'Hi' });
    expect(text).toBe('Hello from ibm-granite/granite-4.0-h-small! You said: Hi');
    expect(await mock.requests()).toHaveLength(2);
  });

  it('explains a non-JSON error page with its status and text', async () => {
    const mock = mockRunPod();
    await mock.script({
      status: 502,
      body: '<html><body>Bad gateway</body></html>',
      contentType: 'text/html',
    });
    const error = await callError(
      ai.generateText({ model: mock.provider()(MODEL), prompt: 'Hi', maxRetries: 0 }),
    );
    expect(error.message).toBe(
      `${WHERE}: HTTP 502 Bad Gateway: <html><body>Bad gateway</body></html>`,
    );
    expect(error.isRetryable).toBe(true);
  });

  it('retries a rate-limited call and succeeds', async () => {
    const mock = mockRunPod();
    await mock.script({
      status: 429,
      body: { error: 'Too many requests' },
      headers: { 'retry-after-ms': '10' },
    });
    const { text } = await ai.generateText({ model: mock.provider()(MODEL), prompt: 'Hi' });
    expect(text).toBe('Hello from ibm-granite/granite-4.0-h-small! You said: Hi');
    expect(await mock.requests()).toHaveLength(2);
  });

  it('reports a dropped connection as a retryable APICallError', async () => {
    const mock = mockRunPod();
    await mock.script({ dropConnection: true });
    const error = await callError(
      ai.generateText({ model: mock.provider()(MODEL), prompt: 'Hi', maxRetries: 0 }),
    );
    expect(error.isRetryable).toBe(true);
  });

  it('says a fetch that timed out waiting for headers is probably a cold start', async () => {
    const mock = mockRunPod();
    const started = Date.now();
    // The shape of Node's failure after 300 s without response headers (undici):
    // `TypeError: fetch failed` caused by a `HeadersTimeoutError`.
    const headersTimeout = () =>
      Promise.reject(
        new TypeError('fetch failed', {
          cause: Object.assign(new Error('Headers Timeout Error'), {
            name: 'HeadersTimeoutError',
            code: 'UND_ERR_HEADERS_TIMEOUT',
          }),
        }),
      );
    const error = await callError(
      ai.generateText({
        model: mock.provider({ fetch: headersTimeout })(MODEL),
        prompt: 'Hi',
        maxRetries: 0,
      }),
    );
    expect(error.message).toMatch(
      new RegExp(`^${escape(WHERE)}: no answer before fetch's headers timeout .*cold-starting`),
    );
    expect(error.message).toContain('headersTimeout');
    expect(error.isRetryable).toBe(true);
    expect(error.url).toBe(`${mock.baseURL}/granite-4-0-h-small/openai/v1/chat/completions`);
    expect((error.cause as Error).message).toBe('fetch failed');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('leaves other fetch failures as the AI SDK reports them', async () => {
    const mock = mockRunPod();
    const refused = () =>
      Promise.reject(
        new TypeError('fetch failed', {
          cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
            code: 'ECONNREFUSED',
          }),
        }),
      );
    const error = await callError(
      ai.generateText({
        model: mock.provider({ fetch: refused })(MODEL),
        prompt: 'Hi',
        maxRetries: 0,
      }),
    );
    expect(error.message).toBe('Cannot connect to API: connect ECONNREFUSED 127.0.0.1:9');
    expect(error.isRetryable).toBe(true);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
