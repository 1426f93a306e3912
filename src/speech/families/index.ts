import type { SpeechFamily } from '../speech-call';
import { chatterboxFamily } from './chatterbox';
import { minimaxFamily } from './minimax';

/** Speech model families by name; catalog entries name theirs. */
export const speechFamilies = {
  chatterbox: chatterboxFamily,
  minimax: minimaxFamily,
} satisfies Record<string, SpeechFamily<any>>;

export type SpeechFamilyName = keyof typeof speechFamilies;
