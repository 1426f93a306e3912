import { configDefaults, defineConfig } from 'vitest/config';
import packageJson from './package.json' with { type: 'json' };

export default defineConfig({
  define: { __PACKAGE_VERSION__: JSON.stringify(packageJson.version) },
  test: {
    name: 'node',
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/edge/**'],
    globalSetup: ['tests/global-setup.ts'],
    // Test files share their worker's module graph instead of re-importing `ai`, `ai@7`
    // and the provider per file: this halves the suite's CPU time. Tests keep no state in
    // modules (each one has its own mock key and provider), so the files do not see each other.
    isolate: false,
    // Most of the suite's time is spent waiting on the loopback mock's timers (streams,
    // retries, long-polls), not computing: four files at a time overlap those waits, also on
    // two cores (vitest's default there is one at a time).
    maxWorkers: 4,
  },
});
