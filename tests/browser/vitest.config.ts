import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:browser`: examples/chat-ui in headless Chromium, against the loopback mock.
// Outside `npm test`, since a browser is no npm package: `.ci/run` installs Debian's
// chromium and runs it after `npm test`. Files end in `.e2e.ts`, so that the node and edge
// suites (which take `tests/**/*.test.ts`) leave them out.
const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  // The example imports the package as users do; here that is the build in dist/.
  resolve: { alias: { '@runpod/ai-sdk-provider': `${root}dist/index.js` } },
  test: {
    name: 'browser',
    environment: 'node',
    include: ['tests/browser/**/*.e2e.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
