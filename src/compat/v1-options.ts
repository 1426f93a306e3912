import { z } from 'zod/v4';
import type { MediaKind } from '../media/media-options';

/*
 * What 1.x of this package took that RunPod's pages do not document, as data: option names,
 * values and sizes, the polling options, and metadata names. `readV1ProviderOptions` and
 * `readV1ImageCall` apply these rows where provider options are read, before the media
 * layer sees them, so the catalogs and the media layer describe RunPod as it is
 * (https://docs.runpod.io/public-endpoints/models).
 *
 * Removal plan: every row warns today (a `compatibility` warning naming RunPod's way); the
 * rows are removed in 3.0.0, after which the old names and values are what any other
 * undocumented key or value is (sent as given with a warning, or refused).
 */

/**
 * 1.x's polling options, which set the wait limit to `maxPollAttempts × pollIntervalMillis`
 * (unless `maxWaitMs` is given). Jobs are no longer polled on a fixed interval.
 */
export const v1PollingOptionsSchema = z.object({
  /**
   * @deprecated 1.x's polling option; use `maxWaitMs`. Without `maxWaitMs`, the wait limit
   * is `maxPollAttempts × pollIntervalMillis`.
   */
  maxPollAttempts: z.number().int().min(1).optional(),
  /** @deprecated 1.x's polling option (ms between `/status` polls); use `maxWaitMs`. */
  pollIntervalMillis: z.number().min(1).optional(),
});

/** 1.x's polling options, deprecated. */
export type RunPodV1PollingOptions = z.infer<typeof v1PollingOptionsSchema>;

/**
 * 1.x's polling defaults (`maxPollAttempts`, `pollIntervalMillis`), per kind, for a call
 * that gives one of the two: image 60 × 5 s, video 120 × 5 s, transcription 120 × 2 s
 * (1.x's speech model did not poll; it takes the image defaults).
 */
export const V1_POLLING: Record<MediaKind, [attempts: number, intervalMs: number]> = {
  image: [60, 5_000],
  speech: [60, 5_000],
  transcription: [120, 2_000],
  video: [120, 5_000],
  reranking: [60, 5_000],
};

export const v1PollingWarning = (waitMs: number, maxWaitMsGiven: boolean) =>
  `maxPollAttempts and pollIntervalMillis are deprecated: jobs are no longer polled on a ` +
  `fixed interval. ${maxWaitMsGiven ? 'maxWaitMs sets the wait limit' : `They set the wait limit to ${waitMs} ms`}; ` +
  `use maxWaitMs (ms) instead.`;

/** A provider option 1.x took under another name: sent under RunPod's. */
export interface V1OptionName {
  kind: MediaKind;
  /** 1.x's key in `providerOptions.runpod`. */
  option: string;
  /** RunPod's input name it is sent as. */
  input: string;
  /** Where 1.x's name came from. */
  why: string;
}

export const V1_OPTION_NAMES: readonly V1OptionName[] = [
  {
    kind: 'transcription',
    option: 'prompt',
    input: 'initial_prompt',
    why: 'the name on the retired Whisper V3 page',
  },
];

/** 1.x's transcription option names (its `RunpodTranscriptionProviderOptions`), deprecated. */
export interface RunPodV1TranscriptionOptions {
  /**
   * @deprecated 1.x's name for `initial_prompt` (`initialPrompt`): sent as `initial_prompt`,
   * with a warning. Removed in 3.0.0.
   */
  prompt?: string;
}

export const v1OptionNameWarning = ({ option, input }: V1OptionName) =>
  `${option} is 1.x's name for ${input}; it was sent as ${input}.`;

/**
 * Image models: 1.x took input images as `providerOptions.runpod.image` or `.images`,
 * whichever the model's own input was named. The other name is read as input images, as
 * `prompt.images` are.
 */
export const V1_INPUT_IMAGE_OPTIONS = ['image', 'images'] as const;

export const v1InputImagesWarning = (input: string) =>
  `1.x's way to pass input images; they were sent as the model's ${input}. Use prompt.images.`;

/** Values 1.x documented and sent for an input that its RunPod page does not list: still sent. */
export interface V1Values {
  /** The catalog ID. */
  model: string;
  /** RunPod's input name. */
  input: string;
  values: readonly string[];
  /** Where 1.x documented them. */
  source: string;
}

export const V1_VALUES: readonly V1Values[] = [
  {
    model: 'pruna/p-image-t2i',
    input: 'aspect_ratio',
    values: ['custom'],
    source:
      "1.x's README: for custom dimensions, set aspect_ratio = 'custom' and provide width/height",
  },
  {
    model: 'alibaba/wan-2.6-t2i',
    input: 'size',
    values: [
      '1280*1280',
      '800*1200',
      '1200*800',
      '960*1280',
      '1280*960',
      '720*1280',
      '1280*720',
      '1344*576',
      '576*1344',
    ],
    source: "1.x's README: recommended resolutions for common aspect ratios",
  },
  {
    model: 'tongyi-mai/z-image-turbo',
    input: 'size',
    values: [
      '1328*1328',
      '1472*1140',
      '1140*1472',
      '1536*1536',
      '512*768',
      '768*512',
      '768*432',
      '1024*576',
      '1536*864',
      '432*768',
      '576*1024',
      '864*1536',
    ],
    source: "1.x's README: supported sizes (validated by provider)",
  },
];

export const v1ValueWarning = (modelId: string, input: string, value: string) =>
  `'${modelId}': its RunPod page does not list ${input} ${JSON.stringify(value)}; it was sent as 1.x of this package sent it.`;

/** `providerMetadata.runpod` keys 1.x used: 1.x's name → the key it copies. */
export const V1_METADATA_NAMES: Partial<Record<MediaKind, Record<string, string>>> = {
  speech: { audioUrl: 'url' },
};
