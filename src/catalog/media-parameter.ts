import type { z } from 'zod/v4';

/**
 * The vocabulary every media catalog entry declares its documented inputs in: one
 * {@link MediaParameter} per key of the job's `input`, under RunPod's own name (as on the
 * model's page under https://docs.runpod.io/public-endpoints/models), made by one of the
 * parameter builders (`text`, `oneOf`, `integer`, …), which give it the zod `schema` its
 * value is checked with. From it come the provider option schemas (RunPod's names and our
 * camelCase aliases), the option types (inferred from those schemas), the checks of the AI
 * SDK's standard options, and README's option tables.
 */
export interface MediaParameter {
  /**
   * `url`: an http(s) URL or a `data:` URL (RunPod documents URLs); `urls`: a list of them;
   * `loras`: `[{ path, scale }]`.
   */
  type: 'string' | 'integer' | 'number' | 'boolean' | 'url' | 'urls' | 'loras';
  /** The values its page lists; anything else is refused. */
  values?: readonly (string | number)[];
  /** Values its page names without saying the list is complete: any value is sent. */
  suggested?: readonly string[];
  /** Numbers: the smallest and largest value. `urls`: how many, at least and at most. */
  min?: number;
  max?: number;
  /** Numbers: the value must be a multiple of this. */
  multipleOf?: number;
  /** What the number counts, for messages and docs. */
  unit?: 'seconds' | 'pixels';
  /** The camelCase name README documents beside RunPod's (`negativePrompt`). */
  alias?: string;
  /** The AI SDK call option that fills it, if any (see `StandardOption`). */
  from?: StandardOption;
  /** How `from`'s value is written here: sizes as `W*H`, `720p` (`p`), a pixel count (`width`, `height`) or a tier (`1k`). */
  format?: 'W*H' | 'p' | 'width' | 'height' | 'tier';
  /** The page gives it no default: a job without it fails. */
  required?: boolean;
  /** The page says the endpoint ignores it when this other input is given. */
  ignoredWith?: string;
  /** Why setting it does not do what its name says (a warning when it is set). */
  caveat?: string;
  /**
   * The zod schema its value is checked with, made from the fields above by the builders in
   * this module (`text`, `oneOf`, `integer`, …). The option types are inferred from it.
   */
  schema: z.ZodType;
}

/** What a parameter says about itself: everything but its schema. */
export type ParameterSpec = Omit<MediaParameter, 'schema'>;

/** The AI SDK call options a parameter can be filled from. */
export type StandardOption =
  // every kind
  | 'prompt'
  | 'seed'
  // image
  | 'images'
  | 'size'
  | 'aspectRatio'
  // video
  | 'image'
  | 'lastFrame'
  | 'referenceImages'
  | 'referenceVideos'
  | 'duration'
  | 'resolution'
  | 'fps'
  | 'generateAudio'
  // speech
  | 'voice'
  | 'outputFormat'
  | 'speed'
  | 'instructions'
  | 'language'
  // transcription
  | 'audioUrl'
  | 'audioData';

/** A catalog entry's inputs: RunPod's input name → what it takes. */
export type MediaInputs = Readonly<Record<string, MediaParameter>>;

/**
 * `providerOptions.runpod` of one model: each input under RunPod's name and under its alias,
 * typed as its schema checks it (`z.input` of the parameter's own `schema`).
 */
export type MediaOptionsOf<INPUTS extends MediaInputs> = {
  -readonly [K in keyof INPUTS]?: z.input<INPUTS[K]['schema']>;
} & {
  -readonly [
    K in keyof INPUTS as INPUTS[K] extends { alias: infer A extends string } ? A : never
  ]?: z.input<INPUTS[K]['schema']>;
};

/** How a parameter's accepted values read in messages and docs: `1 to 50`, `png, jpeg`, `a URL`. */
export function describeValues(parameter: ParameterSpec): string {
  const unit = parameter.unit ? ` ${parameter.unit}` : '';
  if (parameter.values) return parameter.values.join(', ') + unit;
  switch (parameter.type) {
    case 'url':
      return 'an http(s) URL or a data: URL';
    case 'urls':
      return `${countText(parameter, 'URL')} (http(s) or data:)`;
    case 'loras':
      return 'a list of { path, scale }';
    case 'boolean':
      return 'true or false';
    case 'string':
      return 'a string';
  }
  const { min, max, multipleOf } = parameter;
  const range =
    min !== undefined && max !== undefined
      ? `${min} to ${max}`
      : min !== undefined
        ? `at least ${min}`
        : max !== undefined
          ? `at most ${max}`
          : undefined;
  if (multipleOf !== undefined) {
    return `a multiple of ${multipleOf}${range ? ` from ${range}` : ''}${unit}`;
  }
  if (range !== undefined) return range + unit;
  return parameter.type === 'integer' ? `a whole number${unit ? ` of${unit}` : ''}` : 'a number';
}

/** `1 to 5 images`, `at least 1 image`, `1 image`. */
export function countText(
  { min = 0, max = Infinity }: Pick<MediaParameter, 'min' | 'max'>,
  noun: string,
): string {
  const count =
    min === max
      ? `${min}`
      : max === Infinity
        ? `at least ${min}`
        : min === 0
          ? `at most ${max}`
          : `${min} to ${max}`;
  return `${count} ${noun}${/(^| )1$/.test(count) ? '' : 's'}`;
}

/** What the model a call goes to declares: its inputs, and whether it is one of the user's own endpoints. */
export interface MediaModelEntry {
  inputs: MediaInputs;
  /** The user's own endpoint: every provider option goes into `input` as given, unchecked. */
  passThrough?: boolean;
}
