/* global console, process, URL */
/**
 * Run as the postinstall of a folder with its own package.json (tests/runtimes,
 * examples/chat-ui), from that folder (npm runs lifecycle scripts there).
 *
 * Installs `@runpod/ai-sdk-provider` into that folder's node_modules as the published
 * package holds it: its package.json (copied from the repository root) and `dist/` (a link
 * to the root's build), so that the build is what `import '@runpod/ai-sdk-provider'`
 * finds here. This folder's own package.json hides the root's, so the root package can no
 * longer be reached by its own name; npm runs this after `npm ci` here (postinstall). Only
 * dist/ is linked, not the whole root: a link to the root would make a loop (root →
 * this folder → node_modules → root) for every tool that walks the tree.
 */
import { copyFileSync, lstatSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = join(process.cwd(), 'node_modules', '@runpod', 'ai-sdk-provider');

let existing;
try {
  existing = lstatSync(target);
} catch {
  // Nothing there yet.
}
// rmSync removes a link itself, never what it points to.
if (existing) rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
copyFileSync(join(root, 'package.json'), join(target, 'package.json'));
// dist/ need not exist yet: the link resolves once the package is built.
symlinkSync(join(root, 'dist'), join(target, 'dist'), 'junction');
console.log(
  `${relative(root, target)}: package.json, dist → ${relative(target, join(root, 'dist'))}`,
);
