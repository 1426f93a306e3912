import { configDefaults, defineConfig } from 'vitest/config';
import packageJson from './package.json' with { type: 'json' };

// The same integration tests, run in the edge runtime (`@edge-runtime/vm`), plus the
// tests under tests/edge that load the built bundle into a bare EdgeVM.
export default defineConfig({
  define: { __PACKAGE_VERSION__: JSON.stringify(packageJson.version) },
  test: {
    name: 'edge',
    environment: 'edge-runtime',
    include: ['tests/**/*.test.ts'],
    // Checks on the installed package and on the docs run once, in the node suite.
    exclude: [...configDefaults.exclude, 'tests/package.test.ts', 'tests/docs/**'],
    globalSetup: ['tests/global-setup.ts'],
    // As in the node suite: files share their worker's modules and edge environment
    // rather than setting both up per file, which halves the suite's CPU time.
    isolate: false,
    // Most of the suite's time is spent waiting on the loopback mock's timers (streams,
    // retries, long-polls), not computing: four files at a time overlap those waits, also on
    // two cores (vitest's default there is one at a time).
    maxWorkers: 4,
  },
});
