import { imageModelCatalog } from '../../src/catalog/image-models';
import { languageModelCatalog } from '../../src/catalog/language-models';
import { speechModelCatalog } from '../../src/catalog/speech-models';
import { videoModelCatalog } from '../../src/catalog/video-models';
import type { MediaParameter, StandardOption } from '../../src/catalog/media-parameter';
import { fasterWhisperWorker } from '../../src/catalog/transcription-models';

/**
 * The media model tables of the docs pages (docs/images.md, speech.md, transcription.md,
 * video.md) and of the AI SDK's RunPod page (docs/ai-sdk-provider-page.mdx), made from the catalogs: each lives between `<!-- generated:<name> -->` and
 * `<!-- /generated -->` (in MDX, `{/* generated:<name> *\/}` and `{/* /generated *\/}`).
 * `tests/docs/tables.test.ts` checks that the docs hold what this renders; `npm run docs:tables`
 * writes it there.
 */

type Entry = { endpoint?: string; inputs: Record<string, MediaParameter> };

/** How the AI SDK option that fills an input is written in the tables. */
const STANDARD: Record<StandardOption, string> = {
  prompt: '`prompt`',
  seed: '`seed`',
  images: '`prompt.images`',
  size: '`size`',
  aspectRatio: '`aspectRatio`',
  image: 'start image',
  lastFrame: 'last frame',
  referenceImages: 'start image and `inputReferences` (images)',
  referenceVideos: '`inputReferences` (video)',
  duration: '`duration`',
  resolution: '`resolution`',
  fps: '`fps`',
  generateAudio: '`generateAudio`',
  voice: '`voice`',
  outputFormat: '`outputFormat`',
  speed: '`speed`',
  instructions: '`instructions`',
  language: '`language`',
  audioUrl: '`audio` (a URL, ai@7)',
  audioData: '`audio` (bytes)',
};

/** What a parameter takes, briefly. */
function takes(parameter: MediaParameter): string {
  const unit = parameter.unit ? ` ${parameter.unit === 'seconds' ? 's' : 'px'}` : '';
  const values = parameter.values ?? parameter.suggested;
  let text: string;
  if (values) {
    text = values.map(value => String(value).replace('*', 'x')).join(', ') + unit;
    if (parameter.suggested) text += ', …';
  } else if (parameter.type === 'urls') {
    const { min = 0, max } = parameter;
    text = max === undefined ? `${min}+ URLs` : min === max ? `${min} URLs` : `${min}–${max} URLs`;
  } else if (parameter.type === 'integer' || parameter.type === 'number') {
    const range =
      parameter.min !== undefined && parameter.max !== undefined
        ? `${parameter.min}–${parameter.max}`
        : parameter.min !== undefined
          ? `≥ ${parameter.min}`
          : parameter.type;
    text = (parameter.multipleOf ? `${range}, ×${parameter.multipleOf}` : range) + unit;
  } else {
    text =
      parameter.format === 'W*H'
        ? '`W*H`'
        : { url: 'URL', loras: '`[{ path, scale }]`', boolean: 'boolean', string: 'string' }[
            parameter.type
          ];
  }
  return parameter.required ? `${text}, required` : text;
}

const code = (name: string) => `\`${name}\``;
const names = (name: string, parameter: MediaParameter) =>
  parameter.alias ? `${code(name)} · ${code(parameter.alias)}` : code(name);

/** `size` → `width`, `height` (256–1536, ×64 px); … */
function standardColumn(entry: Entry, textOption = '`prompt`'): string {
  const byOption = new Map<StandardOption, string[]>();
  for (const [name, parameter] of Object.entries(entry.inputs)) {
    if (parameter.from === undefined) continue;
    // A required `prompt` input filled by `prompt` goes without saying.
    if (parameter.from === 'prompt' && parameter.required && textOption === '`prompt`') continue;
    const shown =
      parameter.from === 'prompt'
        ? `${code(name)}${parameter.required ? '' : ' (optional)'}`
        : `${code(name)} (${takes(parameter)})`;
    byOption.set(parameter.from, [...(byOption.get(parameter.from) ?? []), shown]);
  }
  return [...byOption]
    .map(
      ([option, inputs]) =>
        `${option === 'prompt' ? textOption : STANDARD[option]} → ${inputs.join(', ')}`,
    )
    .join('; ');
}

/** The inputs no standard option fills, by both names. */
function optionsColumn(entry: Entry): string {
  const rows = Object.entries(entry.inputs)
    .filter(([, parameter]) => parameter.from === undefined)
    .map(([name, parameter]) => `${names(name, parameter)}: ${takes(parameter)}`);
  return rows.length > 0 ? rows.join('; ') : 'none';
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map(row => row[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(header),
    `| ${widths.map(w => '-'.repeat(w)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}

function modelTable(catalog: Record<string, Entry>, textOption?: string): string {
  return table(
    ['Model ID', 'Endpoint', 'AI SDK options → RunPod input', 'Other inputs (RunPod name · alias)'],
    Object.entries(catalog).map(([id, entry]) => [
      code(id),
      code(entry.endpoint!),
      standardColumn(entry, textOption),
      optionsColumn(entry),
    ]),
  );
}

/**
 * What each faster-whisper input does, for docs/transcription.md (the worker's README, "Model Inputs",
 * and src/rp_schema.py for the defaults).
 */
export const WORKER_INPUT_MEANINGS: Record<string, string> = {
  model: 'Whisper model (default `base`).',
  language: 'Language spoken, e.g. `en`; left out, the worker detects it.',
  translate: 'Also translate into English (default `false`).',
  transcription:
    'Format of `text`: `plain_text` (default), `formatted_text` (a line per segment), `srt` or `vtt`.',
  translation: 'The same, for the translation.',
  temperature: 'Sampling temperature (default 0).',
  best_of: 'Candidates when sampling with a non-zero temperature (default 5).',
  beam_size: 'Beams in beam search, at temperature 0 (default 5).',
  patience: 'Beam search patience (default 1).',
  length_penalty: 'Token length penalty.',
  suppress_tokens: 'Token IDs to suppress; no effect (the worker hard-codes `[-1]`).',
  initial_prompt: 'Text that primes the first window: names, spellings, style.',
  condition_on_previous_text: "Feed each window's text to the next (default `true`).",
  temperature_increment_on_fallback: 'Temperature step when decoding falls back (default 0.2).',
  compression_ratio_threshold:
    'Compression ratio above which decoding counts as failed (default 2.4).',
  logprob_threshold: 'Average log probability below which decoding counts as failed (default -1).',
  no_speech_threshold: 'Probability above which a segment counts as silence (default 0.6).',
  enable_vad: 'Skip non-speech with Silero voice activity detection (default `false`).',
  word_timestamps: 'Word timings, in `providerMetadata.runpod.wordTimestamps` (default `false`).',
};

/** The faster-whisper worker's options: RunPod's name, our alias, what it takes and does. */
function workerTable(entry: Entry): string {
  return table(
    ['Worker input', 'Alias', 'Takes', 'Meaning'],
    Object.entries(entry.inputs)
      .filter(([, parameter]) => parameter.from === undefined)
      .map(([name, parameter]) => [
        code(name),
        parameter.alias ? code(parameter.alias) : '',
        takes(parameter),
        WORKER_INPUT_MEANINGS[name] ?? '',
      ]),
  );
}

/** Every generated block, by name. */
export function renderMediaTables(): Record<string, string> {
  return {
    'image-models': modelTable(imageModelCatalog),
    'speech-models': modelTable(speechModelCatalog, '`text`'),
    'transcription-options': workerTable(fasterWhisperWorker),
    'video-models': modelTable(videoModelCatalog),
  };
}

/** The AI SDK page's table of language models, with its `<Check />` and `<Cross />` marks. */
function languageModelTable(): string {
  const mark = (yes: boolean) => (yes ? '<Check />' : '<Cross />');
  const reasoning = {
    'think-tags': 'inline `<think>`, split out',
    fields: 'reasoning parts',
    none: 'none',
  };
  return table(
    ['Model ID', 'Streaming', 'Object Generation', 'Tool Usage', 'Reasoning', 'Status'],
    Object.entries(languageModelCatalog).map(([id, entry]) => [
      code(id),
      mark(true),
      mark(entry.structuredOutputs),
      mark(entry.tools),
      reasoning[entry.reasoning],
      entry.status === 'available' ? 'listed' : 'delisted',
    ]),
  );
}

/** What a model is for, from the standard options that fill its inputs. */
const kindOf = (entry: Entry, given: StandardOption, yes: string, no: string) =>
  Object.values(entry.inputs).some(parameter => parameter.from === given && parameter.required)
    ? yes
    : no;

/** A short table for the AI SDK page: the model, and which of the AI SDK's options it takes. */
function summaryTable(catalog: Record<string, Entry>, kind: (entry: Entry) => string): string {
  return table(
    ['Model ID', 'Kind', 'AI SDK options'],
    Object.entries(catalog).map(([id, entry]) => {
      const options = new Set(
        Object.values(entry.inputs)
          .map(parameter => parameter.from)
          .filter(from => from !== undefined && from !== 'prompt')
          .map(from => STANDARD[from!]),
      );
      return [code(id), kind(entry), [...options].join(', ') || 'none'];
    }),
  );
}

/** The AI SDK page's generated blocks, by name: short tables, linking to the full ones. */
export function renderProviderPageTables(): Record<string, string> {
  return {
    'language-models': languageModelTable(),
    'image-models-summary': summaryTable(imageModelCatalog, entry =>
      kindOf(entry, 'images', 'image editing', 'text to image'),
    ),
    'speech-models-summary': summaryTable(speechModelCatalog, () => 'text to speech'),
    'video-models-summary': summaryTable(videoModelCatalog, entry =>
      kindOf(entry, 'image', 'image to video', 'text to video'),
    ),
  };
}

/** A generated block in Markdown (`html`) or MDX comments, and its name. */
export const GENERATED_BLOCK =
  /(<!-- generated:([a-z-]+) -->|\{\/\* generated:([a-z-]+) \*\/\})\n[\s\S]*?(<!-- \/generated -->|\{\/\* \/generated \*\/\})/g;

/** A document with every generated block re-rendered from `tables`. */
export function withRenderedTables(
  text: string,
  tables: Record<string, string> = renderMediaTables(),
): string {
  return text.replace(GENERATED_BLOCK, (block, open: string, html, mdx, close: string) => {
    const name = html ?? mdx;
    return name in tables ? `${open}\n\n${tables[name]}\n\n${close}` : block;
  });
}

/** The contents of every generated block in a document, by name. */
export function generatedBlocks(text: string): Record<string, string> {
  return Object.fromEntries(
    [...text.matchAll(GENERATED_BLOCK)].map(match => [
      match[2] ?? match[3],
      match[0].slice(match[1].length, match[0].length - match[4].length),
    ]),
  );
}
