import {
  firstError,
  invalid,
  isUrl,
  type MediaEndpoint,
  oneOf,
  requireString,
} from '../media-endpoints';

const CHATTERBOX_VOICES = [
  'aaron',
  'abigail',
  'anaya',
  'andy',
  'archer',
  'brian',
  'chloe',
  'dylan',
  'emmanuel',
  'ethan',
  'evelyn',
  'gavin',
  'gordon',
  'ivan',
  'laura',
  'lucy',
  'madison',
  'marisol',
  'meera',
  'walter',
];

const numberParam = (input: Record<string, any>, name: string) =>
  input[name] === undefined || typeof input[name] === 'number'
    ? undefined
    : invalid(`${name} must be a number`);

const booleanParam = (input: Record<string, any>, name: string) =>
  input[name] === undefined || typeof input[name] === 'boolean'
    ? undefined
    : invalid(`${name} must be a boolean`);

const urlParam = (input: Record<string, any>, name: string) =>
  input[name] === undefined || isUrl(input[name]) ? undefined : invalid(`${name} must be a URL`);

/**
 * Chatterbox Turbo (chatterbox-turbo.mdx): `prompt` required, `voice` one of 20 presets,
 * `voice_url`, `format` wav/flac/ogg. The page documents `audio_url`; a live call also
 * returned `result` (the same URL) and `cost` at $0.001 per second of audio
 * (speech-chatterbox-turbo.runsync-completed.observed.json), so the mock sends all three.
 */
const chatterbox: MediaEndpoint = {
  kind: 'audio',
  executionMs: 40,
  validate: input =>
    firstError(
      requireString(input, 'prompt'),
      oneOf(input, 'voice', CHATTERBOX_VOICES),
      urlParam(input, 'voice_url'),
      oneOf(input, 'format', ['wav', 'flac', 'ogg']),
    ),
  output: (input, media) => {
    const url = media(input.format ?? 'wav');
    // About 15 characters a second of speech.
    const seconds = input.prompt.length / 15;
    return { audio_url: url, cost: Number((seconds * 0.001).toFixed(5)), result: url };
  },
};

/**
 * MiniMax Speech 02 HD (minimax-speech.mdx): `prompt` required; `voice_id`, `speed`,
 * `volume`, `pitch`, `emotion`, `english_normalization`, `default_audio_url`. Output
 * `audio_url` (an .mp3 in the page's example) and `cost` at $0.05 per 1000 characters. The
 * page's 400 example is "Invalid voice_id"; it lists no voices, so the mock takes any
 * name-like ID.
 */
const minimax: MediaEndpoint = {
  kind: 'audio',
  executionMs: 40,
  validate: input =>
    firstError(
      requireString(input, 'prompt'),
      input.voice_id === undefined ||
        (typeof input.voice_id === 'string' && /^[A-Za-z0-9_-]+$/.test(input.voice_id))
        ? undefined
        : 'Invalid voice_id',
      numberParam(input, 'speed'),
      numberParam(input, 'volume'),
      numberParam(input, 'pitch'),
      // "Options include happy, sad, …": named, not a closed list, so any string.
      typeof input.emotion === 'string' || input.emotion === undefined
        ? undefined
        : invalid('emotion must be a string'),
      booleanParam(input, 'english_normalization'),
      urlParam(input, 'default_audio_url'),
    ),
  output: (input, media) => ({
    audio_url: media('mp3'),
    cost: Number(((input.prompt.length / 1000) * 0.05).toFixed(6)),
  }),
};

export const audioEndpoints: Record<string, MediaEndpoint> = {
  'chatterbox-turbo': chatterbox,
  'minimax-speech-02-hd': minimax,
};
