import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { createRunPod } from '../src';
import {
  aiVersions,
  API_KEY,
  generateSpeechOf,
  mockRunPod,
  rejection,
  transcribeOf,
  withoutApiKeyInEnvironment,
} from './helpers';
import { mediaBytes } from './mock-runpod/media';
import { mockRelevance } from './mock-runpod/media-endpoints/rerank';
import {
  HANDLER_MS_HEADER,
  HANDLER_RAISES_HEADER,
  WORKER_HEADER,
} from './mock-runpod/local-worker';

// A worker under development, served by runpod-python's `python handler.py --rp_serve_api`
// (routes at the root, no auth: tests/mock-runpod/local-worker.ts cites its source), reached
// with a `baseURL` (or a model ID) that is the server's root. Every test runs with
// RUNPOD_API_KEY unset and no apiKey: the server checks none, and none is needed.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

/** A provider pointed at the mock's root, playing `worker`'s handler. */
function localWorker(worker: string, handler: Record<string, string> = {}) {
  const mock = mockRunPod();
  const runpod = createRunPod({
    baseURL: mock.origin,
    headers: { 'x-mock-key': mock.key, [WORKER_HEADER]: worker, ...handler },
  });
  const requests = async () => {
    const all = await mock.requests();
    // No credentials went to the worker's server (and none were needed).
    expect(all.map(r => r.headers.authorization)).toEqual(all.map(() => undefined));
    return all.map(r => ({ route: `${r.method} ${r.path}`, body: r.body }));
  };
  return { mock, runpod, requests };
}

const mediaName = (url: string) => url.split('/media/')[1];

describe.each(aiVersions)('a worker under development, baseURL at its root (%s)', (_, ai) => {
  it('generateImage: one POST /runsync with the input the catalog entry maps, no key', () =>
    withoutApiKeyInEnvironment(async () => {
      const { runpod, requests } = localWorker('black-forest-labs-flux-1-schnell');
      const { image, providerMetadata } = await ai.generateImage({
        model: runpod.image('black-forest-labs/flux-1-schnell'),
        prompt: 'A fox',
        size: '1024x1024',
        seed: 3,
      });
      const sent = await requests();
      expect(sent.map(r => r.route)).toEqual([
        'POST /runsync',
        expect.stringMatching(/^GET \/media\/test-/),
      ]);
      // `{input}` only: runpod-python's DefaultRequest takes `input` and `webhook`; no TTL.
      expect(sent[0].body).toEqual({
        input: expect.objectContaining({ prompt: 'A fox', width: 1024, height: 1024, seed: 3 }),
      });
      expect(image.uint8Array).toEqual(mediaBytes(mediaName(sent[1].route))!.bytes);
      // The server reports no delayTime or executionTime.
      expect(providerMetadata.runpod).toMatchObject({
        images: [{ jobId: expect.stringMatching(/^test-/) }],
      });
    }));

  it('generateSpeech: the catalog mapping, the audio downloaded', () =>
    withoutApiKeyInEnvironment(async () => {
      const { runpod, requests } = localWorker('chatterbox-turbo');
      const { audio } = await generateSpeechOf(ai)({
        model: runpod.speech('resembleai/chatterbox-turbo'),
        text: 'Hello from my laptop',
      });
      const sent = await requests();
      expect(sent.map(r => r.route)).toEqual(['POST /runsync', expect.stringMatching(/\.wav$/)]);
      expect(sent[0].body).toEqual({ input: { prompt: 'Hello from my laptop' } });
      expect(audio.mediaType).toBe('audio/wav');
    }));

  it('transcribe: a faster-whisper worker, its output read as the transcript', () =>
    withoutApiKeyInEnvironment(async () => {
      const { runpod, requests } = localWorker('whisper-local');
      const { text } = await transcribeOf(ai)({
        model: runpod.transcription('whisper-local'),
        audio: mediaBytes('talk-1.wav')!.bytes,
      });
      const sent = await requests();
      expect(sent.map(r => r.route)).toEqual(['POST /runsync']);
      expect(text.length).toBeGreaterThan(0);
    }));

  it('experimental_generateVideo: the video downloaded', () =>
    withoutApiKeyInEnvironment(async () => {
      const { runpod, requests } = localWorker('p-video');
      const { video } = await ai.experimental_generateVideo({
        model: runpod.video('pruna/p-video'),
        prompt: 'Waves at dusk',
      });
      const sent = await requests();
      expect(sent.map(r => r.route)).toEqual(['POST /runsync', expect.stringMatching(/\.mp4$/)]);
      expect(video.mediaType).toBe('video/mp4');
    }));

  it('rerank: an infinity worker, with the served name given (no /openai/v1/models there)', () =>
    withoutApiKeyInEnvironment(async () => {
      const { runpod, requests } = localWorker('infinity-local');
      const documents = ['sunny weather', 'a two-year warranty covers the product'];
      const { ranking } = await ai.rerank({
        model: runpod.reranking('infinity-local', { servedModelName: 'mock-org/reranker' }),
        query: 'warranty',
        documents,
      });
      expect((await requests()).map(r => r.route)).toEqual(['POST /runsync']);
      expect(ranking.map(r => r.score)).toEqual(
        documents.map(d => mockRelevance('warranty', d)).sort((a, b) => b - a),
      );
      expect(() => runpod.reranking('infinity-local')).toThrow(/servedModelName/);
    }));

  it("a handler exception's error shows the handler's error_message, not the traceback", () =>
    withoutApiKeyInEnvironment(async () => {
      const { runpod } = localWorker('own-worker', {
        [HANDLER_RAISES_HEADER]: 'CUDA out of memory',
      });
      const error = await rejection(
        ai.generateImage({ model: runpod.image('my-worker'), prompt: 'A fox', maxRetries: 0 }),
      );
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error.message).toMatch(/job test-\S+ failed: CUDA out of memory$/);
      expect(error.message).toContain('my-worker');
    }));

  /** An image call to a handler that runs 8 s: its error, how long it took, what was sent. */
  const slowCall = async (options: Record<string, unknown>) => {
    const result = { error: undefined as any, tookMs: 0 };
    await withoutApiKeyInEnvironment(async () => {
      const { runpod, requests } = localWorker('own-worker', { [HANDLER_MS_HEADER]: '8000' });
      const started = Date.now();
      result.error = await rejection(
        ai.generateImage({
          model: runpod.image('my-worker'),
          prompt: 'A fox',
          maxRetries: 0,
          ...options,
        }),
      );
      result.tookMs = Date.now() - started;
      // One request: no /status-sync, no /cancel attempt.
      expect((await requests()).map(r => r.route)).toEqual(['POST /runsync']);
    });
    return result;
  };

  it('refuses providerOptions.runpod.jobId before any request: the server keeps no jobs to collect', () =>
    withoutApiKeyInEnvironment(async () => {
      const { runpod, requests } = localWorker('black-forest-labs-flux-1-schnell');
      const error = await rejection(
        ai.generateImage({
          model: runpod.image('black-forest-labs/flux-1-schnell'),
          prompt: '',
          maxRetries: 0,
          providerOptions: { runpod: { jobId: 'test-123' } },
        }),
      );
      expect(InvalidArgumentError.isInstance(error)).toBe(true);
      expect((error as Error).message).toContain('keeps no jobs to collect later');
      expect(await requests()).toEqual([]);
    }));

  it('maxWaitMs bounds a slow handler, and the error says the server cannot cancel it', async () => {
    const { error, tookMs } = await slowCall({ providerOptions: { runpod: { maxWaitMs: 1000 } } });
    expect(tookMs).toBeLessThan(5_000);
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toContain('within maxWaitMs (1000 ms)');
    expect(error.message).toContain('no /cancel');
  });

  it('an abort stops waiting at once, without a /cancel', async () => {
    const { error, tookMs } = await slowCall({ abortSignal: AbortSignal.timeout(600) });
    expect(tookMs).toBeLessThan(4_000);
    expect((error as Error).name).toMatch(/AbortError|TimeoutError/);
  });

  it("a worker's own input check (a FAILED job) is the error", () =>
    withoutApiKeyInEnvironment(async () => {
      // Your own endpoint's ID: the options go to the worker unchecked, and it refuses them.
      const { runpod } = localWorker('black-forest-labs-flux-1-schnell');
      const error = await rejection(
        ai.generateImage({
          model: runpod.image('my-flux-copy'),
          prompt: 'A fox',
          providerOptions: { runpod: { num_inference_steps: 99 } },
          maxRetries: 0,
        }),
      );
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error.message).toMatch(/failed: .*num_inference_steps/);
    }));

  it('language and embedding models and endpointHealth refuse it: the server has job routes only', async () => {
    const { runpod, requests } = localWorker('own-worker');
    for (const make of [() => runpod('my-model'), () => runpod.embeddingModel('my-model')]) {
      expect(make).toThrow(InvalidArgumentError);
      expect(make).toThrow(/worker's own server .*baseURL '<server>\/v1'/);
    }
    const error = await rejection(runpod.endpointHealth('my-endpoint'));
    expect(error.message).toContain('no /health route');
    expect(await requests()).toEqual([]);
  });
});

describe.each(aiVersions)('a worker under development as the model ID (%s)', (_, ai) => {
  it('goes to <server>/runsync, and the RunPod key, even when set, is not sent there', async () => {
    const mock = mockRunPod();
    const saved = process.env.RUNPOD_API_KEY;
    process.env.RUNPOD_API_KEY = API_KEY;
    try {
      const model = createRunPod().image(mock.origin);
      expect(model.modelId).toBe(mock.origin);
      const { image } = await ai.generateImage({
        model,
        prompt: 'A fox',
        headers: { 'x-mock-key': mock.key },
      });
      // (The image's download carries no call headers, so the mock files it under no key.)
      const sent = await mock.requests();
      expect(sent.map(r => `${r.method} ${r.path}`)).toEqual(['POST /runsync']);
      expect(sent[0].headers.authorization).toBeUndefined();
      expect(image.mediaType).toBe('image/png');
    } finally {
      if (saved === undefined) delete process.env.RUNPOD_API_KEY;
      else process.env.RUNPOD_API_KEY = saved;
    }
  });

  it('a language model refuses a server root as its ID, pointing at its OpenAI base', () => {
    expect(() => createRunPod()('http://localhost:8000')).toThrow(/'<server>\/v1'/);
  });
});

describe("ai@7's experimental_startVideo on a worker's own server", () => {
  const ai7 = aiVersions[1][1] as unknown as typeof import('ai-v7');
  type Model = Parameters<typeof ai7.experimental_startVideo>[0]['model'];

  it('stores the job with POST /run; the first POST /status runs it; the server then forgets it', () =>
    withoutApiKeyInEnvironment(async () => {
      const { runpod, requests } = localWorker('p-video');
      const model = runpod.video('pruna/p-video') as unknown as Model;
      const started = await ai7.experimental_startVideo({ model, prompt: 'Waves at dusk' });
      const done = await ai7.experimental_getVideoStatus(model, { operation: started.operation });
      expect(done.status).toBe('completed');
      const again = await ai7.experimental_getVideoStatus(model, { operation: started.operation });
      expect(again).toMatchObject({ status: 'error' });
      expect(JSON.stringify(again)).toContain('Job ID not found');
      expect((await requests()).map(r => r.route)).toEqual([
        'POST /run',
        expect.stringMatching(/^POST \/status\/test-/),
        expect.stringMatching(/^POST \/status\/test-/),
      ]);
    }));
});
