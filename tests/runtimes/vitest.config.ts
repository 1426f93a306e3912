import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:runtimes`: the built package in Bun, Deno and workerd, against the same
// loopback mock as the node and edge suites. Files end in `.e2e.ts`, so that those suites
// (which take `tests/**/*.test.ts`) leave them out.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'runtimes',
    environment: 'node',
    include: ['tests/runtimes/**/*.e2e.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // A runtime's first start compiles and caches; the calls themselves take milliseconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
