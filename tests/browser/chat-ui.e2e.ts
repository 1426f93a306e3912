import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunPodProvider } from '../../src';
import { API_KEY, mockRunPod } from '../helpers';

/**
 * examples/chat-ui as a person uses it: its server on RunPod (the loopback mock), its page
 * in headless Chromium, a message typed and sent, and what the page then shows. The
 * browser is Debian's `chromium` (or Chrome), driven by playwright-core; a screenshot
 * goes to tests/browser/output/chat-ui.png.
 */
// CHROME_PATH, when set, is the only place looked at.
const BROWSER_CANDIDATES = process.env.CHROME_PATH
  ? [process.env.CHROME_PATH]
  : [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ];

// Headless, as root, on a machine whose network is closed: no sandbox, no GPU, and none
// of Chromium's background connections.
const BROWSER_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// examples/chat-ui/server.ts, loaded at run time: it imports the package by name, which
// the root type check cannot resolve before the build (examples/ type-checks on its own).
interface ChatServer {
  url: string;
  close(): Promise<void>;
}
const chatServerModule = fileURLToPath(
  new URL('../../examples/chat-ui/server.ts', import.meta.url),
);
type StartChatServer = (options: { runpod: RunPodProvider }) => Promise<ChatServer>;

const outputDir = fileURLToPath(new URL('./output/', import.meta.url));
const SCREENSHOT = join(outputDir, 'chat-ui.png');

function findBrowser(): string {
  const found = BROWSER_CANDIDATES.find(path => existsSync(path));
  if (found === undefined) {
    throw new Error(
      `No Chromium or Chrome found (looked for ${BROWSER_CANDIDATES.join(', ')}). ` +
        "Install Debian's chromium (`apt-get install -y chromium`) or set CHROME_PATH.",
    );
  }
  return found;
}

describe('examples/chat-ui in Chromium', () => {
  const mock = mockRunPod();
  let server: ChatServer;
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const executablePath = findBrowser();
    const { startChatServer } = (await import(chatServerModule)) as {
      startChatServer: StartChatServer;
    };
    server = await startChatServer({ runpod: mock.provider() });
    userDataDir = mkdtempSync(join(tmpdir(), 'chat-ui-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: BROWSER_FLAGS,
      viewport: { width: 900, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', error => pageErrors.push(error.message));
    page.on('console', message => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('shows the streamed reasoning, the tool call with its result, and the answer', async () => {
    // Both model steps (the tool call, then reasoning and answer) stream 40 ms per event.
    await mock.script({ eventDelayMs: 40 }, { eventDelayMs: 40 });
    await page.goto(server.url);
    await page.getByLabel('Message').fill('What is the weather in Amsterdam?');
    await page.getByRole('button', { name: 'Send' }).click();

    const user = page.locator('.message.user');
    await expect.poll(() => user.textContent()).toBe('YouWhat is the weather in Amsterdam?');

    const assistant = page.locator('.message.assistant');
    const tool = assistant.locator('.tool');
    await tool.locator('.tool-result').waitFor();
    expect(await tool.locator('.tool-call').textContent()).toBe(
      'Tool call: getWeather({"city":"sample city"})',
    );
    expect(await tool.locator('.tool-result').textContent()).toBe(
      'Result: {"city":"sample city","temperatureC":21,"conditions":"partly cloudy"}',
    );

    // The reasoning shows while the model is still writing.
    const reasoning = assistant.locator('.reasoning');
    await reasoning.waitFor();
    expect(await reasoning.locator('summary').textContent()).toBe('Thinking…');
    expect(await page.locator('.status').textContent()).toBe('streaming');

    const answer = assistant.locator('.text');
    await expect
      .poll(() => answer.textContent(), { timeout: 10_000 })
      .toBe(
        'Based on the tool results: {"city":"sample city","temperatureC":21,"conditions":"partly cloudy"}.',
      );
    await expect.poll(() => page.locator('.status').textContent()).toBe('ready');
    expect(await reasoning.locator('summary').textContent()).toBe('Reasoning');
    expect(await reasoning.locator('p').textContent()).toBe(
      'The user said "What is the weather in Amsterdam?". I should answer briefly.',
    );
    // On screen, in the order the model produced them.
    const order = await assistant.evaluate(element =>
      [...element.querySelectorAll('.tool, .reasoning, .text')].map(part => part.className),
    );
    expect(order).toEqual(['tool', 'reasoning', 'text']);
    expect(await reasoning.isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);

    mkdirSync(outputDir, { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    console.log(`Screenshot: ${SCREENSHOT}`);

    // What RunPod saw: the conversation, the tool, then the tool's result.
    const requests = (await mock.requests()).filter(r => r.path.includes('/openai/'));
    expect(requests.map(r => r.path)).toEqual([
      '/v2/qwen3-32b-awq/openai/v1/chat/completions',
      '/v2/qwen3-32b-awq/openai/v1/chat/completions',
    ]);
    expect(requests[0].headers.authorization).toBe(`Bearer ${API_KEY}`);
    const [first, second] = requests.map(r => r.body as any);
    expect(first.stream).toBe(true);
    expect(first.tools.map((t: any) => t.function.name)).toEqual(['getWeather']);
    expect(second.messages.at(-1)).toMatchObject({
      role: 'tool',
      content: '{"city":"sample city","temperatureC":21,"conditions":"partly cloudy"}',
    });
  });
});
