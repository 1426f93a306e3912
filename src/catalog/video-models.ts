import type { VideoFamilyName } from '../video/families';

/**
 * RunPod's public video endpoints, as data: the endpoint slug, the family of input
 * mapping it uses, and what its doc page documents about the standard call options.
 * The call options of `experimental_generateVideo` are checked against these fields
 * (src/video/video-call.ts); a field that is absent means the endpoint has no such
 * parameter. (https://docs.runpod.io/public-endpoints/reference, runpod-api.md §2.4)
 */
export interface VideoModelCatalogEntry {
  /** Endpoint ID (slug) of the public endpoint. */
  endpoint: string;
  /** Which mapper in `src/video/families` builds its `input`. */
  family: VideoFamilyName;
  /** Whether `prompt` must be given. */
  prompt: 'required' | 'optional';
  /** The start image (`input.image`): image-to-video models require it, text-to-video models take none. */
  image: 'required' | 'optional' | 'none';
  /** Takes an end frame (`input.last_image`). */
  lastFrame?: boolean;
  /** Takes reference images (`input.images`), this many. */
  referenceImages?: { min: number; max: number };
  /** Takes one reference video (`input.video`) among the references. */
  referenceVideo?: boolean;
  /**
   * `input.duration` in whole seconds: the documented values or range. `{}` when the page
   * gives no limits (the value is sent as is). `required` when the page has no default.
   */
  duration?: { values?: readonly number[]; min?: number; max?: number; required?: boolean };
  /**
   * Where the AI SDK's `resolution` (`"WxH"`) goes: `param` is the input field, `format`
   * `"W*H"` (`"1280*720"`) or `"p"` (the short side, `"720p"`); `values` the documented
   * options, where the page lists them; `required` when the page has no default.
   */
  resolution?: {
    param: 'size' | 'resolution';
    format: 'W*H' | 'p';
    values?: readonly string[];
    required?: boolean;
  };
  /** The `aspect_ratio` values it accepts, where it takes one. */
  aspectRatios?: readonly string[];
  /** The page says `aspect_ratio` is ignored when a start image is given. */
  aspectRatioFromImage?: boolean;
  /** Takes `seed`. */
  seed?: boolean;
  /** The `fps` values it accepts, where it takes one. */
  fps?: readonly number[];
  /** `generate`: takes `generate_audio`; `always`: its videos always have sound. */
  audio?: 'generate' | 'always';
  /** How long a job usually runs, in ms (the page's example `executionTime`): seeds the poll schedule. */
  typicalExecutionMs?: number;
  /** `available`: listed in RunPod's docs today. */
  status: 'available' | 'delisted' | 'retired';
  /** The RunPod doc page for the endpoint. */
  docs: string;
}

const docs = (page: string) => `https://docs.runpod.io/public-endpoints/models/${page}`;

const WAN_2_6_DURATIONS = [5, 10, 15] as const;

/** The video model catalog: catalog ID → entry. README.md's video table lists the same entries. */
export const videoModelCatalog = {
  'meigen-ai/infinitetalk': {
    endpoint: 'infinitetalk',
    family: 'infinitetalk',
    prompt: 'required',
    image: 'required',
    resolution: { param: 'size', format: 'p', values: ['480p', '720p'], required: true },
    audio: 'always',
    typicalExecutionMs: 45_678,
    status: 'available',
    docs: docs('infinitetalk'),
  },
  'kwaivgi/kling-v2.1-i2v-pro': {
    endpoint: 'kling-v2-1-i2v-pro',
    family: 'kling-i2v',
    prompt: 'required',
    image: 'required',
    duration: {},
    typicalExecutionMs: 67_890,
    status: 'available',
    docs: docs('kling-v2-1'),
  },
  'kwaivgi/kling-v2.6-std-motion-control': {
    endpoint: 'kling-v2-6-std-motion-control',
    family: 'kling-motion-control',
    prompt: 'optional',
    image: 'required',
    typicalExecutionMs: 45_678,
    status: 'available',
    docs: docs('kling-v2-6-motion-control'),
  },
  'kwaivgi/kling-video-o1-r2v': {
    endpoint: 'kling-video-o1-r2v',
    family: 'kling-o1',
    prompt: 'required',
    image: 'none',
    referenceImages: { min: 1, max: 10 },
    referenceVideo: true,
    duration: { min: 3, max: 10 },
    aspectRatios: ['16:9', '9:16', '1:1'],
    seed: true,
    typicalExecutionMs: 75_432,
    status: 'available',
    docs: docs('kling-video-o1-r2v'),
  },
  'bytedance/seedance-v1.5-pro-i2v': {
    endpoint: 'seedance-v1-5-pro-i2v',
    family: 'seedance',
    prompt: 'required',
    image: 'required',
    lastFrame: true,
    duration: { min: 4, max: 12 },
    resolution: { param: 'resolution', format: 'p', values: ['480p', '720p'] },
    aspectRatios: ['21:9', '16:9', '9:16', '1:1', '4:3', '3:4'],
    seed: true,
    audio: 'generate',
    typicalExecutionMs: 65_432,
    status: 'available',
    docs: docs('seedance-1-5-pro'),
  },
  'openai/sora-2-i2v': {
    endpoint: 'sora-2-i2v',
    family: 'sora',
    prompt: 'required',
    image: 'required',
    duration: { values: [4, 8, 12], required: true },
    audio: 'always',
    typicalExecutionMs: 120_345,
    status: 'available',
    docs: docs('sora-2'),
  },
  'openai/sora-2-pro-i2v': {
    endpoint: 'sora-2-pro-i2v',
    family: 'sora',
    prompt: 'required',
    image: 'required',
    duration: { values: [4, 8, 12], required: true },
    // The page lists no options; its price table has 720p and 1080p.
    resolution: { param: 'size', format: 'p', values: ['720p', '1080p'] },
    audio: 'always',
    typicalExecutionMs: 185_432,
    status: 'available',
    docs: docs('sora-2-pro'),
  },
  'pruna/p-video': {
    endpoint: 'p-video',
    family: 'p-video',
    prompt: 'required',
    image: 'optional',
    duration: { min: 1, max: 10 },
    resolution: { param: 'resolution', format: 'p', values: ['720p', '1080p'] },
    aspectRatios: ['16:9', '9:16', '4:3', '3:4', '3:2', '2:3', '1:1'],
    aspectRatioFromImage: true,
    seed: true,
    fps: [24, 48],
    typicalExecutionMs: 8_542,
    status: 'available',
    docs: docs('p-video'),
  },
  'vidu/q3-i2v': {
    endpoint: 'vidu-q3-i2v',
    family: 'vidu-i2v',
    prompt: 'required',
    image: 'required',
    duration: { min: 1, max: 16 },
    resolution: { param: 'resolution', format: 'p', values: ['540p', '720p', '1080p'] },
    seed: true,
    audio: 'generate',
    typicalExecutionMs: 45_678,
    status: 'available',
    docs: docs('vidu-q3-i2v'),
  },
  'vidu/q3-t2v': {
    endpoint: 'vidu-q3-t2v',
    family: 'vidu-t2v',
    prompt: 'required',
    image: 'none',
    duration: { min: 1, max: 16 },
    resolution: { param: 'resolution', format: 'p', values: ['540p', '720p', '1080p'] },
    aspectRatios: ['16:9', '9:16', '4:3', '3:4', '1:1'],
    seed: true,
    audio: 'generate',
    typicalExecutionMs: 52_341,
    status: 'available',
    docs: docs('vidu-q3-t2v'),
  },
  'alibaba/wan-2.1-i2v-720': {
    endpoint: 'wan-2-1-i2v-720',
    family: 'wan-i2v',
    prompt: 'required',
    image: 'required',
    duration: {},
    resolution: { param: 'size', format: 'W*H' },
    seed: true,
    typicalExecutionMs: 65_432,
    status: 'available',
    docs: docs('wan-2-1-i2v'),
  },
  // Named t2v by RunPod, but its page ("WAN 2.2 I2V 720p LoRA") requires a start image.
  'alibaba/wan-2.2-t2v-720-lora': {
    endpoint: 'wan-2-2-t2v-720-lora',
    family: 'wan-lora',
    prompt: 'required',
    image: 'required',
    duration: {},
    seed: true,
    typicalExecutionMs: 95_432,
    status: 'available',
    docs: docs('wan-2-2-i2v-lora'),
  },
  'alibaba/wan-2.2-i2v-720': {
    endpoint: 'wan-2-2-i2v-720',
    family: 'wan-i2v',
    prompt: 'required',
    image: 'required',
    duration: {},
    resolution: { param: 'size', format: 'W*H' },
    seed: true,
    typicalExecutionMs: 67_543,
    status: 'available',
    docs: docs('wan-2-2-i2v'),
  },
  'alibaba/wan-2.5': {
    endpoint: 'wan-2-5',
    family: 'wan-2.5',
    prompt: 'required',
    image: 'required',
    duration: {},
    resolution: { param: 'size', format: 'W*H' },
    seed: true,
    typicalExecutionMs: 78_901,
    status: 'available',
    docs: docs('wan-2-5'),
  },
  'alibaba/wan-2.6-i2v': {
    endpoint: 'wan-2-6-i2v',
    family: 'wan-2.6-i2v',
    prompt: 'required',
    image: 'required',
    duration: { values: WAN_2_6_DURATIONS },
    resolution: { param: 'size', format: 'W*H', values: ['1280*720', '1920*1080'] },
    seed: true,
    typicalExecutionMs: 95_432,
    status: 'available',
    docs: docs('wan-2-6-i2v'),
  },
  'alibaba/wan-2.6-t2v': {
    endpoint: 'wan-2-6-t2v',
    family: 'wan-2.6-t2v',
    prompt: 'required',
    image: 'none',
    duration: { values: WAN_2_6_DURATIONS },
    resolution: {
      param: 'size',
      format: 'W*H',
      values: ['1280*720', '1920*1080', '720*1280', '1080*1920'],
    },
    seed: true,
    typicalExecutionMs: 85_432,
    status: 'available',
    docs: docs('wan-2-6-t2v'),
  },
} as const satisfies Record<string, VideoModelCatalogEntry>;

/** Catalog IDs of RunPod's public video endpoints. */
export type RunPodCatalogVideoModelId = keyof typeof videoModelCatalog;
