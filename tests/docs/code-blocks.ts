import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * The TypeScript code blocks of README.md, MIGRATION.md, CONTRIBUTING.md and every page under
 * docs/, compiled against the built package (`dist/`) as a user's app imports it, under the
 * typings of `ai@6` and of `ai@7` (`tests/docs/code-blocks.test.ts`).
 *
 * A block's info string says what is done with it:
 * - ` ```ts ` (or `typescript`, `tsx`): type-checked under both majors;
 * - ` ```ts run `: type-checked, and run against the loopback mock under both majors;
 * - ` ```ts no-check <reason> `: left out, for a block that cannot compile (a reason is
 *   required, so opting out stays rare and explained);
 * - ` ```ts ai@7 `: type-checked under ai@7 only, for a block that uses what only ai@7 has
 *   (`experimental_startVideo`, the `webhook` option of `experimental_generateVideo`).
 *
 * A block is one module. The names a reader expects to be in scope without an import
 * (`runpod`, `generateText`, `z`, …, see {@link AUTO_IMPORTS}) are imported for it when the
 * block uses them without importing or declaring them, so that fragments stay short.
 */

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CodeBlock {
  /** Where it is, `docs/x.md:12` (the line of its opening fence). */
  where: string;
  code: string;
  run: boolean;
  /** Why it is not compiled, for ` ```ts no-check <reason> `. */
  skip?: string;
  /** The majors whose typings it compiles under: both, or only ai@7 (` ```ts ai@7 `). */
  majors: Major[];
}

const FENCE = /^```(ts|typescript|tsx)((?: [^\n]*)?)\n([\s\S]*?)^```$/gm;

/** The TypeScript blocks of one Markdown or MDX text. */
export function codeBlocks(text: string, file: string): CodeBlock[] {
  return [...text.matchAll(FENCE)].map(match => {
    const flags = match[2].trim();
    const line = text.slice(0, match.index).split('\n').length;
    const where = `${file}:${line}`;
    const skip = /^no-check\b/.test(flags) ? flags.slice('no-check'.length).trim() : undefined;
    if (skip === '') throw new Error(`${where}: "no-check" needs a reason after it`);
    if (flags !== '' && flags !== 'run' && flags !== 'ai@7' && skip === undefined) {
      throw new Error(
        `${where}: unknown code block flags "${flags}" (use run, ai@7 or no-check <reason>)`,
      );
    }
    const majors: Major[] = flags === 'ai@7' ? ['ai@7'] : ['ai@6', 'ai@7'];
    return { where, code: match[3], run: flags === 'run', skip, majors };
  });
}

/** README.md, MIGRATION.md, CONTRIBUTING.md and docs/**\/*.md(x), relative to the root. */
export function docFiles(): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap(entry =>
      entry.isDirectory()
        ? walk(join(folder, entry.name))
        : /\.mdx?$/.test(entry.name)
          ? [join(folder, entry.name)]
          : [],
    );
  return ['README.md', 'MIGRATION.md', 'CONTRIBUTING.md', ...walk('docs')].filter(file => {
    try {
      readFileSync(join(ROOT, file));
      return true;
    } catch {
      return false;
    }
  });
}

/** Every code block of every doc file. */
export function allCodeBlocks(): CodeBlock[] {
  return docFiles().flatMap(file => codeBlocks(readFileSync(join(ROOT, file), 'utf8'), file));
}

/** What a doc block may use without importing it, and where it comes from. */
const AUTO_IMPORTS: Record<string, string[]> = {
  '@runpod/ai-sdk-provider': ['runpod', 'createRunPod', 'createRunpod'],
  ai: [
    'generateText',
    'streamText',
    'generateObject',
    'streamObject',
    'embed',
    'embedMany',
    'rerank',
    'tool',
    'stepCountIs',
    'Output',
    'generateImage',
    'APICallError',
    'experimental_generateVideo as generateVideo',
    'experimental_generateSpeech as generateSpeech',
    'experimental_transcribe as transcribe',
  ],
  zod: ['z'],
};

/** The block as a module: its code, after the imports it leaves out. */
export function asModule(code: string): string {
  const imported = new Set(
    [...code.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}/g)].flatMap(match =>
      match[1].split(',').map(name =>
        name
          .trim()
          .split(/\s+as\s+/)
          .pop()!,
      ),
    ),
  );
  const declared = (name: string) =>
    imported.has(name) ||
    new RegExp(`(const|let|var|function|class)\\s+(\\{[^}]*\\b)?${name}\\b`).test(code);
  const lines = Object.entries(AUTO_IMPORTS).flatMap(([from, names]) => {
    const wanted = names.filter(entry => {
      const name = entry.split(' as ').pop()!;
      return !declared(name) && new RegExp(`(^|[^.\\w'"])${name}\\b`).test(code);
    });
    return wanted.length === 0 ? [] : [`import { ${wanted.join(', ')} } from '${from}';`];
  });
  return `${lines.join('\n')}\n${code}\nexport {};\n`;
}

/** `ai@6` is node_modules/ai; `ai@7` is node_modules/ai-v7. */
export type Major = 'ai@6' | 'ai@7';

/** The compiler errors of each block, under one major's typings (none: an empty list). */
export function typeErrors(blocks: CodeBlock[], major: Major): Map<CodeBlock, string[]> {
  const virtualDir = join(ROOT, 'tests', 'docs', '__blocks__');
  const files = new Map(
    blocks.map((block, i) => [
      join(virtualDir, `block-${i}.ts`),
      { block, text: asModule(block.code) },
    ]),
  );
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: ['node'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    baseUrl: ROOT,
    paths: {
      // The built package, as an app installs it.
      '@runpod/ai-sdk-provider': ['dist/index.d.ts'],
      ...(major === 'ai@7' ? { ai: ['node_modules/ai-v7/dist/index.d.ts'] } : {}),
    },
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  // A block's own JSON file (`import workflow from './workflow_api.json'`) is an object.
  const ownJson = (path: string) => path.startsWith(virtualDir) && path.endsWith('.json');
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = path => path === virtualDir || (directoryExists?.(path) ?? true);
  host.fileExists = path => files.has(path) || ownJson(path) || ts.sys.fileExists(path);
  host.readFile = path => files.get(path)?.text ?? (ownJson(path) ? '{}' : readFile(path));
  host.getSourceFile = (path, language, ...rest) => {
    const text = files.get(path)?.text ?? (ownJson(path) ? '{}' : undefined);
    return text !== undefined
      ? ts.createSourceFile(path, text, language)
      : getSourceFile(path, language, ...rest);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const result = new Map<CodeBlock, string[]>(blocks.map(block => [block, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const virtual = diagnostic.file && files.get(diagnostic.file.fileName);
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!virtual) {
      throw new Error(`${major}: ${relative(ROOT, diagnostic.file?.fileName ?? '')}: ${message}`);
    }
    const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    const source = virtual.text.split('\n')[line].trim();
    result.get(virtual.block)!.push(`${message}\n    at: ${source}`);
  }
  return result;
}
