import { defineConfig } from 'tsup';
import packageJson from './package.json';

// The published package: readable (unminified) ESM and CJS, as the AI SDK's own packages ship.
// No source maps: the code in dist/ is the bundled source itself, minus types and comments,
// and a map is only useful beside the sources it points at (src/ is not published), or with
// those sources inlined (sourcesContent), which would double the package for a copy of the
// code next to it. The type declarations are written once, in index.d.cts; `npm run build`
// then makes index.d.ts (the ESM entry's types) re-export them.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['cjs', 'esm'],
  dts: true,
  sourcemap: false,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  define: {
    __PACKAGE_VERSION__: JSON.stringify(packageJson.version),
  },
});
