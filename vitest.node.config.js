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
  },
});
