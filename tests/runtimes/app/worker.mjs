/* global navigator, Response, URL */
/**
 * The app as a Cloudflare Worker (bundled as wrangler bundles it, run in workerd without
 * `nodejs_compat`): `POST /api/chat` is examples/edge-function.ts as a Worker, streaming
 * the model's text back; `GET /scenario` answers with what {@link runScenario} got. The
 * API key and base URL are the Worker's bindings.
 */
import { createRunPod } from '@runpod/ai-sdk-provider';
import { streamText } from 'ai';
import { runScenario } from './scenario.mjs';

export default {
  async fetch(request, env) {
    const runpod = createRunPod({
      apiKey: env.RUNPOD_API_KEY,
      baseURL: env.RUNPOD_BASE_URL,
      headers: { 'x-mock-key': env.MOCK_KEY },
    });
    const { pathname } = new URL(request.url);

    if (pathname === '/api/chat' && request.method === 'POST') {
      const { prompt } = await request.json();
      if (typeof prompt !== 'string' || prompt.trim() === '') {
        return Response.json(
          { error: 'Send a JSON body with a non-empty "prompt".' },
          { status: 400 },
        );
      }
      return streamText({ model: runpod('qwen/qwen3-32b-awq'), prompt }).toTextStreamResponse();
    }
    if (pathname === '/scenario') {
      return Response.json(
        await runScenario(runpod, { runtime: 'workerd', version: navigator.userAgent }),
      );
    }
    return new Response('Not found', { status: 404 });
  },
};
