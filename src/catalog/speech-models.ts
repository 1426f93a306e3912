import type { SpeechFamilyName } from '../speech/families';

/**
 * RunPod's public text-to-speech endpoints, as data: the endpoint slug, the family of input
 * mapping it uses, and the documented values the mapping checks.
 * (https://docs.runpod.io/public-endpoints/reference)
 */
export interface SpeechModelCatalogEntry {
  /** Endpoint ID (slug) of the public endpoint. */
  endpoint: string;
  /** Which mapper in `src/speech/families` builds its `input`. */
  family: SpeechFamilyName;
  /** The preset voices it accepts, where its page lists them. */
  voices?: readonly string[];
  /** The output formats it can be asked for, where it takes a format parameter. */
  formats?: readonly string[];
  /** How long a job usually runs, in ms (the page's example `executionTime`): seeds the poll schedule. */
  typicalExecutionMs?: number;
  /** `available`: listed in RunPod's docs today. */
  status: 'available' | 'delisted' | 'retired';
  /** The RunPod doc page for the endpoint. */
  docs: string;
}

const docs = (page: string) => `https://docs.runpod.io/public-endpoints/models/${page}`;

/** The speech model catalog: catalog ID → entry. README.md's speech table lists the same entries. */
export const speechModelCatalog = {
  'resembleai/chatterbox-turbo': {
    endpoint: 'chatterbox-turbo',
    family: 'chatterbox',
    voices: [
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
    formats: ['wav', 'flac', 'ogg'],
    typicalExecutionMs: 1_856,
    status: 'available',
    docs: docs('chatterbox-turbo'),
  },
  'minimax/speech-02-hd': {
    endpoint: 'minimax-speech-02-hd',
    family: 'minimax',
    typicalExecutionMs: 3_456,
    status: 'available',
    docs: docs('minimax-speech'),
  },
} as const satisfies Record<string, SpeechModelCatalogEntry>;

/** Catalog IDs of RunPod's public speech endpoints. */
export type RunPodCatalogSpeechModelId = keyof typeof speechModelCatalog;
