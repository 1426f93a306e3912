/**
 * A streaming chat route for edge runtimes (Vercel Edge Functions, Cloudflare Workers,
 * Deno, Bun): a web-standard `POST(request) → Response` handler that uses only web APIs.
 * It makes its own provider with an extra header and a logging `fetch`, and streams the
 * model's text back as the response body.
 */
import { createRunPod } from '@runpod/ai-sdk-provider';
import { streamText } from 'ai';

const runpod = createRunPod({
  headers: { 'x-request-source': 'edge-example' },
  // Log method and URL only: the headers carry your API key.
  fetch: async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    console.log(`[fetch] ${init?.method ?? 'GET'} ${url}`);
    return globalThis.fetch(input, init);
  },
});

export async function POST(request: Request): Promise<Response> {
  const { prompt } = (await request.json()) as { prompt?: unknown };
  if (typeof prompt !== 'string' || prompt.trim() === '') {
    return Response.json({ error: 'Send a JSON body with a non-empty "prompt".' }, { status: 400 });
  }

  const result = streamText({
    model: runpod('qwen/qwen3-32b-awq'),
    prompt,
    // The 200 status is sent before the model answers: an error ends the body early.
    onError: ({ error }) => {
      console.error(`[edge] stream failed: ${error instanceof Error ? error.message : error}`);
    },
  });
  return result.toTextStreamResponse();
}

/** Calls the handler as a client would and prints the body chunk by chunk. */
export default async function main() {
  const response = await POST(
    new Request('http://localhost/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'Give me one short tip for writing edge functions.' }),
    }),
  );
  console.log(`Status: ${response.status} (${response.headers.get('content-type')})`);

  const decoder = new TextDecoder();
  let body = '';
  let chunks = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const text = decoder.decode(value, { stream: true });
    body += text;
    chunks += 1;
    console.log(`Chunk ${chunks}: ${JSON.stringify(text)}`);
  }
  body += decoder.decode();
  console.log(`Body (${chunks} chunks): ${body}`);
  if (body === '') throw new Error('The response body is empty: the stream failed.');
}
