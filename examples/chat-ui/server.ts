/**
 * A chat UI over RunPod: a small Node server that serves the page (page.tsx, bundled with
 * esbuild when the server starts; index.html) and its chat route (chat-route.ts), which
 * streams `streamText(...).toUIMessageStreamResponse()` to the page's `useChat`.
 *
 *   npm run example -- chat-ui    then open the address it prints
 *   PORT                          the port to listen on (default 3000)
 *
 * The server listens on 127.0.0.1 only, and keeps your API key: the page never sees it.
 */
import { runpod as defaultProvider, type RunPodProvider } from '@runpod/ai-sdk-provider';
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createChatHandler } from './chat-route';

export interface ChatServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  close(): Promise<void>;
}

/** The page and everything it imports (React, `@ai-sdk/react`) as one browser script. */
async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./page.tsx', import.meta.url))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** A web `Request` for a Node request, aborted when the client goes away. */
async function toWebRequest(req: IncomingMessage, res: ServerResponse): Promise<Request> {
  const controller = new AbortController();
  res.on('close', () => controller.abort());
  const chunks: Uint8Array[] = [];
  for await (const chunk of req) chunks.push(chunk as Uint8Array);
  return new Request(new URL(req.url ?? '/', `http://${req.headers.host}`), {
    method: req.method,
    headers: req.headers as Record<string, string>,
    body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
    signal: controller.signal,
  });
}

/** Writes a web `Response` to Node's response, chunk by chunk as it streams. */
async function sendWebResponse(response: Response, res: ServerResponse): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (response.body) {
    for await (const chunk of response.body) res.write(chunk);
  }
  res.end();
}

/** Starts the chat server. `runpod` defaults to the provider that reads RUNPOD_API_KEY. */
export async function startChatServer({
  runpod = defaultProvider,
  port = 0,
}: { runpod?: RunPodProvider; port?: number } = {}): Promise<ChatServer> {
  const [html, script] = await Promise.all([
    readFile(new URL('./index.html', import.meta.url), 'utf8'),
    bundlePage(),
  ]);
  const chat = createChatHandler(runpod);

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else if (req.method === 'GET' && path === '/app.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
    } else if (req.method === 'POST' && path === '/api/chat') {
      toWebRequest(req, res)
        .then(chat)
        .then(response => sendWebResponse(response, res))
        .catch(error => {
          console.error(`[chat-ui] ${error instanceof Error ? error.message : String(error)}`);
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('The chat request failed.');
        });
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>(resolve => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Runs the server until Ctrl+C. */
export default async function main() {
  const server = await startChatServer({ port: Number(process.env.PORT ?? 3000) });
  console.log(`Chat UI on ${server.url}: open it in your browser; Ctrl+C stops the server.`);
  await new Promise<void>(resolve => process.once('SIGINT', () => resolve()));
  await server.close();
}
