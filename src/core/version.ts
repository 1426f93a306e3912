// Replaced at build time by tsup (see tsup.config.ts) and in tests by vitest's `define`.
declare const __PACKAGE_VERSION__: string | undefined;

/** The package version, sent in the user-agent suffix `ai-sdk/runpod/<VERSION>`. */
export const VERSION: string =
  typeof __PACKAGE_VERSION__ !== 'undefined' ? __PACKAGE_VERSION__ : '0.0.0-test';
