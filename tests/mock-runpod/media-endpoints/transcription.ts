import type { MediaEndpoint } from '../media-endpoints';

/**
 * RunPod's faster-whisper worker (runpod-workers/worker-faster_whisper), which RunPod offers
 * for your own endpoints since it retired its Whisper public endpoint. The mock treats every
 * endpoint whose ID starts with `whisper` as running it.
 *
 * Input, as the worker checks it: src/rp_schema.py (INPUT_VALIDATIONS: names and types),
 * runpod-python's rp_validator (unknown keys rejected, `None` allowed, ints taken as
 * floats), src/rp_handler.py (exactly one of `audio`, a URL, and `audio_base64`), and
 * src/predict.py at bd500dc (a model outside AVAILABLE_MODELS raises "Invalid model name: …";
 * the README's distil-large-v2 and distil-large-v3 are not in it). Output, as
 * src/predict.py builds it: `segments` (with `start`/`end` in seconds and `text` with
 * Whisper's leading space), `detected_language`, `transcription`, `translation`, `device`,
 * `model`, and `word_timestamps` when asked for.
 *
 * What the mock "hears" is deterministic: for an `audio` URL, the words of its file name
 * (`…/welcome-to-runpod.wav` → "Welcome to runpod."); for `audio_base64`, six words picked
 * by a hash of the data (see {@link mockTranscription}).
 */
const SCHEMA: Record<string, 'str' | 'bool' | 'int' | 'float'> = {
  audio: 'str',
  audio_base64: 'str',
  model: 'str',
  transcription: 'str',
  translate: 'bool',
  translation: 'str',
  language: 'str',
  temperature: 'float',
  best_of: 'int',
  beam_size: 'int',
  patience: 'float',
  length_penalty: 'float',
  suppress_tokens: 'str',
  initial_prompt: 'str',
  condition_on_previous_text: 'bool',
  temperature_increment_on_fallback: 'float',
  compression_ratio_threshold: 'float',
  logprob_threshold: 'float',
  no_speech_threshold: 'float',
  enable_vad: 'bool',
  word_timestamps: 'bool',
};

const MODELS = ['tiny', 'base', 'small', 'medium', 'large-v1', 'large-v2', 'large-v3', 'turbo'];

const VOCABULARY = [
  'harbor', 'lights', 'glow', 'over', 'quiet', 'water', 'at', 'dawn',
  'seven', 'green', 'boats', 'drift', 'past', 'old', 'stone', 'bridge',
  'while', 'gulls', 'call', 'from', 'distant', 'piers', 'and', 'bells',
  'ring', 'across', 'the', 'bay', 'morning', 'fog', 'lifts', 'slowly',
]; // prettier-ignore

function pythonType(value: unknown): string {
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  return Array.isArray(value) ? 'list' : 'dict';
}

function hasType(value: unknown, type: string): boolean {
  if (value === null) return true;
  const actual = pythonType(value);
  // Python's bool is an int; rp_validator turns ints into floats for float fields.
  if (type === 'int') return actual === 'int' || actual === 'bool';
  if (type === 'float') return actual === 'int' || actual === 'float';
  return actual === type;
}

function validate(input: Record<string, any>): string | undefined {
  const errors = [
    ...Object.keys(input)
      .filter(key => !Object.hasOwn(SCHEMA, key))
      .map(key => `Unexpected input. ${key} is not a valid input option.`),
    ...Object.entries(input)
      .filter(([key, value]) => Object.hasOwn(SCHEMA, key) && !hasType(value, SCHEMA[key]))
      .map(
        ([key, value]) =>
          `${key} should be <class '${SCHEMA[key]}'> type, not <class '${pythonType(value)}'>.`,
      ),
  ];
  // The handler returns {"error": [...]} for these, which fails the job.
  if (errors.length > 0) return errors.join(' ');
  if (!input.audio && !input.audio_base64) return 'Must provide either audio or audio_base64';
  if (input.audio && input.audio_base64) {
    return 'Must provide either audio or audio_base64, not both';
  }
  if (input.audio && !/^https?:\/\//.test(input.audio)) {
    return `Failed to download audio from: ${input.audio}`;
  }
  if (input.audio_base64 && !/^[A-Za-z0-9+/]*={0,2}$/.test(input.audio_base64)) {
    return 'binascii.Error: Invalid base64-encoded string';
  }
  if (input.audio_base64 && input.audio_base64.length % 4 !== 0) {
    return 'binascii.Error: Incorrect padding';
  }
  if (input.model !== undefined && input.model !== null && !MODELS.includes(input.model)) {
    // Python prints the set as {'tiny', 'base', …}.
    return `Invalid model name: ${input.model}. Available models are: {${MODELS.map(m => `'${m}'`).join(', ')}}`;
  }
  return undefined;
}

/** The words the mock hears in an `audio` URL or `audio_base64` value. */
function heardWords(audio: string): string[] {
  if (/^https?:\/\//.test(audio)) {
    const name = new URL(audio).pathname.split('/').pop() ?? '';
    const words = name
      .replace(/\.[^.]*$/, '')
      .split(/[^A-Za-z0-9]+/)
      .filter(Boolean)
      .map(word => word.toLowerCase());
    return words.length > 0 ? words : ['audio'];
  }
  let hash = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < audio.length; i++) {
    hash = Math.imul(hash ^ audio.charCodeAt(i), 0x01000193) >>> 0;
  }
  return Array.from({ length: 6 }, (_, i) => VOCABULARY[(hash >>> (i * 5)) & 31]);
}

interface Segment {
  id: number;
  start: number;
  end: number;
  text: string;
  words: string[];
}

/** Three words a segment, 2.5 s apart, each word 0.4 s. */
function segmentsOf(words: string[]): Segment[] {
  const segments: Segment[] = [];
  for (let i = 0; i * 3 < words.length; i++) {
    const group = words.slice(i * 3, i * 3 + 3);
    const sentence = group.join(' ');
    segments.push({
      id: i + 1,
      start: i * 2.5,
      end: Number((i * 2.5 + group.length * 0.4 + 0.3).toFixed(2)),
      text: ` ${sentence[0].toUpperCase()}${sentence.slice(1)}.`,
      words: group,
    });
  }
  return segments;
}

function timestamp(seconds: number, marker: string): string {
  const ms = Math.round(seconds * 1000);
  const pad = (value: number, size = 2) => String(value).padStart(size, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${marker}${pad(ms % 1000, 3)}`;
}

/** predict.py's `format_segments`. */
function format(kind: string | null | undefined, segments: Segment[]): string {
  const lines = segments.map(segment => segment.text.trim());
  if (kind == null || kind === 'plain_text') return lines.join(' ');
  if (kind === 'formatted_text') return lines.join('\n');
  if (kind === 'srt') {
    return segments
      .map(
        (s, i) =>
          `${i + 1}\n${timestamp(s.start, ',')} --> ${timestamp(s.end, ',')}\n${lines[i]}\n\n`,
      )
      .join('');
  }
  return segments
    .map((s, i) => `${timestamp(s.start, '.')} --> ${timestamp(s.end, '.')}\n${lines[i]}\n\n`)
    .join('');
}

/** The plain-text transcription the mock gives for an `audio` URL or `audio_base64` value. */
export function mockTranscription(audio: string): string {
  return format('plain_text', segmentsOf(heardWords(audio)));
}

const fasterWhisper: MediaEndpoint = {
  kind: 'transcription',
  executionMs: 40,
  validate,
  output: input => {
    const segments = segmentsOf(heardWords(input.audio ?? input.audio_base64));
    return {
      segments: segments.map(segment => ({
        id: segment.id,
        seek: 0,
        start: segment.start,
        end: segment.end,
        text: segment.text,
        tokens: segment.words.map((_, i) => 50364 + segment.id * 10 + i),
        temperature: input.temperature ?? 0,
        avg_logprob: -0.25,
        compression_ratio: 0.9,
        no_speech_prob: 0.01,
      })),
      detected_language: input.language ?? 'en',
      transcription: format(input.transcription, segments),
      translation: input.translate
        ? format(
            input.translation,
            segments.map(segment => ({ ...segment, text: ` [en]${segment.text}` })),
          )
        : null,
      device: 'cuda',
      model: input.model ?? 'base',
      ...(input.word_timestamps
        ? {
            word_timestamps: segments.flatMap(segment =>
              segment.words.map((word, i) => ({
                word: ` ${word}`,
                start: Number((segment.start + i * 0.4).toFixed(2)),
                end: Number((segment.start + (i + 1) * 0.4).toFixed(2)),
              })),
            ),
          }
        : {}),
    };
  },
};

/** Exact endpoint IDs (none: there is no public transcription endpoint). */
export const transcriptionEndpoints: Record<string, MediaEndpoint> = {};

/** Endpoints recognised by the start of their ID. */
export const transcriptionEndpointsByPrefix: Record<string, MediaEndpoint> = {
  whisper: fasterWhisper,
};
