import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { createRunPod } from '../src';
import { aiVersions, API_KEY, mockRunPod, rejection, withoutApiKeyInEnvironment } from './helpers';
import { publishedSetup, viaRunPodHosts } from './runpod-hosts';

// The three shapes of `baseURL` (docs/settings.md), and RunPod's HTTP servers as
// model IDs: load-balancing endpoints (https://<id>.api.runpod.ai) and Pods
// (https://<pod>-<port>.proxy.runpod.net). Requests go to the loopback mock through a fetch
// that notes where each was meant to go and which `Authorization` it carried.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

function setup(baseURL?: string) {
  const { mock, runpod, sent } = publishedSetup(baseURL ? { baseURL } : {});
  const modelOf = async (pathEnd: string) =>
    (await mock.requests()).filter(r => r.path.endsWith(pathEnd)).map(r => (r.body as any).model);
  return { mock, runpod, sent, modelOf };
}

const sentTo = (sent: Array<{ method: string; url: string }>) =>
  sent.map(r => `${r.method} ${r.url.split('?')[0]}`);

describe.concurrent.each(aiVersions)('baseURL shapes (%s)', (_, ai) => {
  const { generateImage } = ai;

  describe('a RunPod API prefix', () => {
    it.each([
      'https://api.runpod.ai/v2',
      'https://gateway.ai.cloudflare.com/v1/acct/gw/custom-runpod/v2',
    ])('%s: chat to <prefix>/<endpoint>/openai/v1, jobs to <prefix>/<endpoint>/run', async base => {
      // The gateway's host is no RunPod host: the test fetch maps only RunPod's, so the
      // gateway case checks the URLs the provider builds, before any request.
      const { runpod, sent } = setup(base.includes('gateway') ? undefined : base);
      const urls: string[] = [];
      const recorder = createRunPod({
        apiKey: API_KEY,
        baseURL: base,
        fetch: async input => {
          urls.push(String(input));
          throw new TypeError('fetch failed: no network in tests');
        },
      });
      await ai
        .generateText({ model: recorder('qwen/qwen3-32b-awq'), prompt: 'Hi', maxRetries: 0 })
        .catch(() => undefined);
      await generateImage({
        model: recorder.image('black-forest-labs/flux-1-schnell'),
        prompt: 'A fox',
        maxRetries: 0,
      }).catch(() => undefined);
      expect(urls).toEqual([
        `${base}/qwen3-32b-awq/openai/v1/chat/completions`,
        `${base}/black-forest-labs-flux-1-schnell/run`,
      ]);
      if (!base.includes('gateway')) {
        await ai.generateText({ model: runpod('qwen/qwen3-32b-awq'), prompt: 'Hi' });
        expect(sentTo(sent)).toEqual([
          'POST https://api.runpod.ai/v2/qwen3-32b-awq/openai/v1/chat/completions',
        ]);
      }
    });
  });

  describe('an OpenAI-compatible base (path ends in /v1)', () => {
    it('chat goes to <base>/chat/completions with the ID given as the model', async () => {
      const base = 'https://api.runpod.ai/v2/vllm1abc/openai/v1';
      const { runpod, sent, modelOf } = setup(base);
      const { text } = await ai.generateText({
        model: runpod('mock-org/vllm1abc'),
        prompt: 'Hi',
      });
      expect(sentTo(sent)).toEqual([`POST ${base}/chat/completions`]);
      expect(sent[0].authorization).toBe(`Bearer ${API_KEY}`);
      expect(await modelOf('/chat/completions')).toEqual(['mock-org/vllm1abc']);
      expect(text).toContain('Hello from mock-org/vllm1abc');
    });

    it('an ID the server does not serve is corrected from <base>/models, once', async () => {
      const base = 'https://api.runpod.ai/v2/vllm2abc/openai/v1';
      const { runpod, sent, modelOf } = setup(base);
      await ai.generateText({ model: runpod('llama-3-8b'), prompt: 'Hi' });
      await ai.generateText({ model: runpod('llama-3-8b'), prompt: 'Again' });
      expect(sentTo(sent)).toEqual([
        `POST ${base}/chat/completions`,
        `GET ${base}/models`,
        `POST ${base}/chat/completions`,
        `POST ${base}/chat/completions`,
      ]);
      expect(await modelOf('/chat/completions')).toEqual([
        'llama-3-8b',
        'mock-org/vllm2abc',
        'mock-org/vllm2abc',
      ]);
    });

    it('a catalog ID sends its served name there', async () => {
      const base = 'https://api.runpod.ai/v2/qwen3-32b-awq/openai/v1';
      const { runpod, modelOf } = setup(base);
      await ai.generateText({ model: runpod('qwen/qwen3-32b-awq'), prompt: 'Hi' });
      expect(await modelOf('/chat/completions')).toEqual(['Qwen/Qwen3-32B-AWQ']);
    });

    it('embeddings go to <base>/embeddings', async () => {
      const base = 'https://api.runpod.ai/v2/infinity-endpoint/openai/v1';
      const { runpod, sent } = setup(base);
      const { embedding } = await ai.embed({
        model: runpod.embeddingModel('mock-org/infinity-endpoint'),
        value: 'sunny day',
      });
      expect(sentTo(sent)).toEqual([`POST ${base}/embeddings`]);
      expect(embedding.length).toBeGreaterThan(0);
    });

    it('media models refuse it at creation: they need the job API', () => {
      const { runpod } = setup('http://localhost:8000/v1');
      let error: unknown;
      try {
        runpod.image('black-forest-labs/flux-1-schnell');
      } catch (caught) {
        error = caught;
      }
      expect(InvalidArgumentError.isInstance(error)).toBe(true);
      expect((error as InvalidArgumentError).argument).toBe('baseURL');
      expect((error as Error).message).toContain('is an OpenAI-compatible base');
    });
  });

  describe("one endpoint's base (https://api.runpod.ai/v2/<endpoint id>)", () => {
    const base = 'https://api.runpod.ai/v2/own1endpoint';

    it('chat goes to <base>/openai/v1/chat/completions', async () => {
      const { runpod, sent, modelOf } = setup(base);
      await ai.generateText({ model: runpod('mock-org/own1endpoint'), prompt: 'Hi' });
      expect(sentTo(sent)).toEqual([`POST ${base}/openai/v1/chat/completions`]);
      expect(sent[0].authorization).toBe(`Bearer ${API_KEY}`);
      expect(await modelOf('/chat/completions')).toEqual(['mock-org/own1endpoint']);
    });

    it('embeddings go to <base>/openai/v1/embeddings', async () => {
      const { runpod, sent } = setup('https://api.runpod.ai/v2/infinity-endpoint');
      await ai.embed({
        model: runpod.embeddingModel('mock-org/infinity-endpoint'),
        value: 'sunny day',
      });
      expect(sentTo(sent)).toEqual([
        'POST https://api.runpod.ai/v2/infinity-endpoint/openai/v1/embeddings',
      ]);
    });

    it('image jobs go to <base>/run, mapped by the catalog entry named', async () => {
      const { runpod, sent, mock } = setup(base);
      const { image } = await generateImage({
        model: runpod.image('black-forest-labs/flux-1-schnell'),
        prompt: 'A fox',
        size: '512x512',
      });
      expect(sentTo(sent)[0]).toBe(`POST ${base}/run`);
      expect(sent[0].authorization).toBe(`Bearer ${API_KEY}`);
      const [job] = (await mock.requests()).filter(r => r.path.endsWith('/run'));
      expect((job.body as any).input).toEqual({ prompt: 'A fox', width: 512, height: 512 });
      expect(image.uint8Array.length).toBeGreaterThan(0);
    });
  });
});

describe.concurrent.each(aiVersions)(
  'Pods and load-balancing endpoints as model IDs (%s)',
  (_, ai) => {
    describe('a load-balancing endpoint', () => {
      it.each(['https://lb1abc.api.runpod.ai', 'https://lb1abc.api.runpod.ai/v1'])(
        '%s: /v1 with the served name from /v1/models, and the RunPod key',
        async id => {
          const { runpod, sent, modelOf } = setup();
          const { text } = await ai.generateText({ model: runpod(id), prompt: 'Hi' });
          expect(sentTo(sent)).toEqual([
            'GET https://lb1abc.api.runpod.ai/v1/models',
            'POST https://lb1abc.api.runpod.ai/v1/chat/completions',
          ]);
          expect(sent.every(r => r.authorization === `Bearer ${API_KEY}`)).toBe(true);
          expect(await modelOf('/chat/completions')).toEqual(['mock-org/lb1abc']);
          expect(text).toContain('Hello from mock-org/lb1abc');
        },
      );

      it('streams, and takes servedModelName without a lookup', async () => {
        const { runpod, sent } = setup();
        const result = ai.streamText({
          model: runpod('https://lb2abc.api.runpod.ai', { servedModelName: 'mock-org/lb2abc' }),
          prompt: 'Stream please',
        });
        expect(await result.text).toContain('Stream please');
        expect(sentTo(sent)).toEqual(['POST https://lb2abc.api.runpod.ai/v1/chat/completions']);
      });

      it('serves embeddings the same way', async () => {
        const { runpod, sent } = setup();
        await ai.embed({
          model: runpod.embeddingModel('https://lb3abc.api.runpod.ai', {
            servedModelName: 'mock-org/lb3abc',
          }),
          value: 'sunny day',
        });
        expect(sentTo(sent)).toEqual(['POST https://lb3abc.api.runpod.ai/v1/embeddings']);
        expect(sent[0].authorization).toBe(`Bearer ${API_KEY}`);
      });
    });

    it("sends a model's own apiKey in place of the provider's, which it then does not need", async () => {
      await withoutApiKeyInEnvironment(async () => {
        const mock = mockRunPod();
        const { fetch, sent } = viaRunPodHosts(mock);
        const runpod = createRunPod({ fetch }); // no apiKey, no RUNPOD_API_KEY
        for (const id of ['https://lb4abc.api.runpod.ai', 'own-endpoint']) {
          const { text } = await ai.generateText({
            model: runpod(id, { apiKey: 'rpa_model_key' }),
            prompt: 'Hi',
          });
          expect(text).toContain('Hello from');
        }
        expect(sentTo(sent)).toEqual([
          'GET https://lb4abc.api.runpod.ai/v1/models',
          'POST https://lb4abc.api.runpod.ai/v1/chat/completions',
          'GET https://api.runpod.ai/v2/own-endpoint/openai/v1/models',
          'POST https://api.runpod.ai/v2/own-endpoint/openai/v1/chat/completions',
        ]);
        expect(sent.every(r => r.authorization === 'Bearer rpa_model_key')).toBe(true);
      });
    });

    describe('a Pod', () => {
      it.each([
        'https://pod1abc-8000.proxy.runpod.net',
        'https://pod1abc-8000.proxy.runpod.net/v1/',
      ])('%s: /v1, and never the RunPod API key', async id => {
        const { runpod, sent, modelOf } = setup();
        const { text } = await ai.generateText({ model: runpod(id), prompt: 'Hi' });
        expect(sentTo(sent)).toEqual([
          'GET https://pod1abc-8000.proxy.runpod.net/v1/models',
          'POST https://pod1abc-8000.proxy.runpod.net/v1/chat/completions',
        ]);
        expect(sent.map(r => r.authorization)).toEqual([null, null]);
        expect(await modelOf('/chat/completions')).toEqual(['mock-org/pod1abc']);
        expect(text).toContain('Hello from mock-org/pod1abc');
      });

      it("sends the model's own apiKey and headers to a server started with --api-key", async () => {
        const { runpod, sent, mock } = setup();
        await mock.deploy('pod2abc', { apiKey: 'pod-secret' });
        const model = runpod('https://pod2abc-8000.proxy.runpod.net', {
          apiKey: 'pod-secret',
          headers: { 'x-team': 'search' },
        });
        const { text } = await ai.generateText({ model, prompt: 'Hi' });
        expect(text).toContain('Hello from mock-org/pod2abc');
        expect(sent.map(r => r.authorization)).toEqual(['Bearer pod-secret', 'Bearer pod-secret']);
        expect(sent.every(r => r.headers['x-team'] === 'search')).toBe(true);
      });

      it("reports the server's 401 when its key is missing, naming the Pod", async () => {
        const { runpod, mock } = setup();
        await mock.deploy('pod3abc', { apiKey: 'pod-secret' });
        const error = await ai
          .generateText({
            model: runpod('https://pod3abc-8000.proxy.runpod.net', {
              servedModelName: 'mock-org/pod3abc',
            }),
            prompt: 'Hi',
            maxRetries: 0,
          })
          .catch((caught: unknown) => caught);
        expect((error as { statusCode?: number }).statusCode).toBe(401);
        expect((error as Error).message).toContain('pod3abc-8000.proxy.runpod.net');
        expect((error as Error).message).not.toContain(API_KEY);
      });

      it("refuses a Pod's OpenAI base and load-balancing endpoints for media models, before any request", () => {
        // A Pod's root is a worker's own server for media models (tests/local-workers.test.ts).
        const { runpod } = setup();
        for (const id of [
          'https://pod1abc-8000.proxy.runpod.net/v1',
          'https://lb1abc.api.runpod.ai',
        ]) {
          expect(() => runpod.image(id)).toThrow(/without RunPod's job API/);
        }
      });
    });

    it('never sends the RunPod key to a Pod given as the baseURL (an OpenAI base)', async () => {
      const { runpod, sent } = setup('https://pod4abc-8000.proxy.runpod.net/v1');
      await ai.generateText({ model: runpod('mock-org/pod4abc'), prompt: 'Hi' });
      expect(sentTo(sent)).toEqual([
        'POST https://pod4abc-8000.proxy.runpod.net/v1/chat/completions',
      ]);
      expect(sent[0].authorization).toBeNull();
    });

    it("never sends the provider's headers (a gateway token, say) to a Pod", async () => {
      const mock = mockRunPod();
      const { fetch, sent } = viaRunPodHosts(mock);
      const runpod = createRunPod({
        apiKey: API_KEY,
        headers: { 'cf-aig-authorization': 'Bearer gateway-token' },
        fetch,
      });
      await ai.generateText({
        model: runpod('https://pod5abc-8000.proxy.runpod.net'),
        prompt: 'Hi',
      });
      expect(sent.map(r => r.headers['cf-aig-authorization'])).toEqual([undefined, undefined]);
      expect(sent.map(r => r.authorization)).toEqual([null, null]);
    });

    it('refuses a plain-http load-balancing URL, which would send the RunPod key in the clear', () => {
      const { runpod } = setup();
      expect(() => runpod('http://lb9abc.api.runpod.ai')).toThrow(/must use https/);
      // A Pod gets no RunPod credentials, so there is nothing to refuse.
      expect(runpod('http://pod9abc-8000.proxy.runpod.net').modelId).toBe(
        'http://pod9abc-8000.proxy.runpod.net',
      );
    });

    it('takes https://api.runpod.ai/v2/<endpoint id> as a model ID, as 1.x did', async () => {
      const { runpod, sent } = setup();
      await ai.generateImage({
        model: runpod.image('https://api.runpod.ai/v2/img1endpoint'),
        prompt: 'A fox',
      });
      expect(sentTo(sent)[0]).toBe('POST https://api.runpod.ai/v2/img1endpoint/run');
    });
  },
);

// The one credentials rule (docs/settings.md, "Where your API key goes"): a self-hosted server (here
// the mock's own `/v1`, a `vllm serve` that checks its own --api-key only when a test
// deploys one) never gets the RunPod key and needs none; it gets the model's own apiKey.
describe.each(aiVersions)('a self-hosted OpenAI-compatible baseURL (%s)', (_, ai) => {
  const selfHosted = (settings: { apiKey?: string } = {}) => {
    const mock = mockRunPod();
    const runpod = createRunPod({
      ...settings,
      baseURL: `${mock.origin}/v1`,
      headers: { 'x-mock-key': mock.key },
    });
    const authorizations = async () => (await mock.requests()).map(r => r.headers.authorization);
    return { mock, runpod, authorizations };
  };

  it('works without any key', () =>
    withoutApiKeyInEnvironment(async () => {
      const { runpod, authorizations } = selfHosted();
      const { text } = await ai.generateText({
        model: runpod('mock-org/self-hosted'),
        prompt: 'Hi',
      });
      expect(text).toContain('Hello from mock-org/self-hosted');
      expect(await authorizations()).toEqual([undefined]);
    }));

  it('never sends it RUNPOD_API_KEY or the apiKey setting, and sends the model its own apiKey', async () => {
    const saved = process.env.RUNPOD_API_KEY;
    process.env.RUNPOD_API_KEY = API_KEY;
    try {
      const { mock, runpod, authorizations } = selfHosted({ apiKey: 'rpa_provider_setting' });
      await mock.deploy('self-hosted', { apiKey: 'sk-local' });
      await ai.generateText({
        model: runpod('mock-org/self-hosted', { apiKey: 'sk-local' }),
        prompt: 'Hi',
      });
      expect(await authorizations()).toEqual(['Bearer sk-local']);
    } finally {
      if (saved === undefined) delete process.env.RUNPOD_API_KEY;
      else process.env.RUNPOD_API_KEY = saved;
    }
  });

  it('explains a 401 when the provider has a RunPod key, which that server does not get', async () => {
    const { mock, runpod } = selfHosted({ apiKey: API_KEY });
    await mock.deploy('self-hosted', { apiKey: 'sk-local' });
    const error = await rejection(
      ai.generateText({ model: runpod('mock-org/self-hosted'), prompt: 'Hi', maxRetries: 0 }),
    );
    expect(error.statusCode).toBe(401);
    expect(error.message).toContain('Unauthorized');
    expect(error.message).toContain('The RunPod API key is not sent to self-hosted servers');
    expect(error.message).toContain('model setting apiKey');
    expect(error.message).not.toContain(API_KEY);
  });
});
