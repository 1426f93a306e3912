import type { MediaModelEntry, MediaInputs } from './media-parameter';
import { mediaUrl, prompt } from './media-inputs';
import { boolean, number, oneOf, suggested, text } from './parameters';

/**
 * RunPod's public text-to-speech endpoints, as data: the endpoint slug and every input its
 * page documents (RunPod's name, type, allowed values, our alias, and which of the AI SDK's
 * speech options fills it). (https://docs.runpod.io/public-endpoints/reference)
 */
export interface SpeechModelCatalogEntry extends MediaModelEntry {
  /** Endpoint ID (slug) of the public endpoint. */
  endpoint: string;
  /** The inputs its page documents, under RunPod's names; `prompt` is the text to speak. */
  inputs: MediaInputs;
  /** How long a job usually runs, in ms (the page's example `executionTime`): seeds the poll schedule. */
  typicalExecutionMs?: number;
  /** `available`: listed in RunPod's docs today. */
  status: 'available' | 'delisted' | 'retired';
  /** The RunPod doc page for the endpoint. */
  docs: string;
}

const docs = (page: string) => `https://docs.runpod.io/public-endpoints/models/${page}`;

/** The speech model catalog: catalog ID → entry. README.md's speech tables are made from it. */
export const speechModelCatalog = {
  'resembleai/chatterbox-turbo': {
    endpoint: 'chatterbox-turbo',
    inputs: {
      prompt,
      voice: oneOf(
        [
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
        ],
        { from: 'voice' },
      ),
      // A recording of the voice to clone; "Overrides the voice parameter".
      voice_url: { ...mediaUrl, alias: 'voiceUrl' },
      format: oneOf(['wav', 'flac', 'ogg'], { from: 'outputFormat' }),
    },
    typicalExecutionMs: 1_856,
    status: 'available',
    docs: docs('chatterbox-turbo'),
  },
  'minimax/speech-02-hd': {
    endpoint: 'minimax-speech-02-hd',
    inputs: {
      prompt,
      // Default `Wise_Woman`; the page lists no others.
      voice_id: text({ from: 'voice' }),
      speed: number({ from: 'speed' }),
      volume: number(),
      pitch: number(),
      // "Options include …": named, not a closed list.
      emotion: suggested(['happy', 'sad', 'neutral', 'angry', 'fearful', 'surprised']),
      english_normalization: boolean({ alias: 'englishNormalization' }),
      // "Fallback audio URL if generation fails".
      default_audio_url: { ...mediaUrl, alias: 'defaultAudioUrl' },
    },
    typicalExecutionMs: 3_456,
    status: 'available',
    docs: docs('minimax-speech'),
  },
} as const satisfies Record<string, SpeechModelCatalogEntry>;

/** Catalog IDs of RunPod's public speech endpoints. */
export type RunPodCatalogSpeechModelId = keyof typeof speechModelCatalog;

/**
 * Your own speech endpoint: its worker's input is unknown, so the call sends `prompt` and
 * `voice` (where given) and every key of `providerOptions.runpod` as is, overriding those.
 */
export const ownSpeechEndpoint = {
  passThrough: true,
  inputs: { prompt, voice: text({ from: 'voice' }) },
} as const satisfies MediaModelEntry;
