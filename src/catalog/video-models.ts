import type { MediaModelEntry, MediaInputs } from './media-parameter';
import {
  aspectRatio,
  aspectRatios,
  duration,
  durations,
  enablePromptExpansion,
  enableSafetyChecker,
  guidance,
  inferenceSteps,
  mediaUrl,
  negativePrompt,
  optionalPrompt,
  prompt,
  seed,
  startImage,
} from './media-inputs';
import {
  boolean,
  integer,
  loras as lorasParameter,
  number,
  oneOf,
  oneOfIntegers,
  text,
  url,
  urls,
} from './parameters';

/**
 * RunPod's public video endpoints, as data: the endpoint slug and every input its page
 * documents (RunPod's name, type, allowed values, our alias, and which of
 * `experimental_generateVideo`'s options fills it). An input that is absent means the
 * endpoint has no such parameter. (https://docs.runpod.io/public-endpoints/reference)
 */
export interface VideoModelCatalogEntry extends MediaModelEntry {
  /** Endpoint ID (slug) of the public endpoint. */
  endpoint: string;
  /** The inputs its page documents, under RunPod's names. */
  inputs: MediaInputs;
  /** `always`: its videos always have sound (it has no `generate_audio` to turn it off). */
  audio?: 'always';
  /** How long a job usually runs, in ms (the page's example `executionTime`): seeds the poll schedule. */
  typicalExecutionMs?: number;
  /** `available`: listed in RunPod's docs today. */
  status: 'available' | 'delisted' | 'retired';
  /** The RunPod doc page for the endpoint. */
  docs: string;
}

const docs = (page: string) => `https://docs.runpod.io/public-endpoints/models/${page}`;

/** A resolution as `720p` (the short side) in `param`, from the AI SDK's `resolution`. */
const shortSide = <const V extends readonly [string, ...string[]]>(values: V, required?: true) =>
  oneOf(values, { from: 'resolution', format: 'p', required });
/** A resolution as RunPod's `"W*H"`, from the AI SDK's `resolution`: any size. */
const starResolution = () => text({ from: 'resolution', format: 'W*H' });
/** A resolution as RunPod's `"W*H"`, from the AI SDK's `resolution`: one its page lists. */
const listedStarResolution = <const V extends readonly [string, ...string[]]>(values: V) =>
  oneOf(values, { from: 'resolution', format: 'W*H' });
const generateAudio = boolean({ from: 'generateAudio' });
const movementAmplitude = oneOf(['auto', 'small', 'medium', 'large'], {
  alias: 'movementAmplitude',
});
/** Background music. */
const bgm = boolean();
const WAN_2_6_DURATIONS = [5, 10, 15] as const;
const LORAS = lorasParameter();

/** WAN 2.1 and 2.2 image-to-video at 720p: the same inputs on both pages. */
const wanI2v = {
  prompt,
  image: startImage,
  negative_prompt: negativePrompt,
  size: starResolution(),
  num_inference_steps: inferenceSteps(50),
  guidance,
  duration: duration(),
  flow_shift: integer({ alias: 'flowShift' }),
  seed,
  enable_prompt_optimization: boolean({ alias: 'enablePromptOptimization' }),
  enable_safety_checker: enableSafetyChecker,
} as const;

const wan26 = {
  prompt,
  audio: mediaUrl,
  negative_prompt: negativePrompt,
  duration: durations(WAN_2_6_DURATIONS),
  shot_type: oneOf(['single', 'multi'], { alias: 'shotType' }),
  seed,
  enable_prompt_expansion: enablePromptExpansion,
} as const;

/** The video model catalog: catalog ID → entry. README.md's video tables are made from it. */
export const videoModelCatalog = {
  'meigen-ai/infinitetalk': {
    endpoint: 'infinitetalk',
    inputs: {
      prompt,
      image: startImage,
      // The speech that drives the animation; it sets the length.
      audio: { ...mediaUrl, required: true },
      size: shortSide(['480p', '720p'], true),
      enable_safety_checker: enableSafetyChecker,
    },
    audio: 'always',
    typicalExecutionMs: 45_678,
    status: 'available',
    docs: docs('infinitetalk'),
  },
  'kwaivgi/kling-v2.1-i2v-pro': {
    endpoint: 'kling-v2-1-i2v-pro',
    inputs: {
      prompt,
      image: startImage,
      negative_prompt: negativePrompt,
      guidance_scale: number({ alias: 'guidanceScale' }),
      duration: duration(),
      enable_safety_checker: enableSafetyChecker,
    },
    typicalExecutionMs: 67_890,
    status: 'available',
    docs: docs('kling-v2-1'),
  },
  'kwaivgi/kling-v2.6-std-motion-control': {
    endpoint: 'kling-v2-6-std-motion-control',
    inputs: {
      prompt: optionalPrompt,
      image: startImage,
      // The reference motion; it sets the length.
      video: { ...mediaUrl, required: true },
      character_orientation: oneOf(['video', 'image'], {
        alias: 'characterOrientation',
        required: true,
      }),
      negative_prompt: negativePrompt,
      keep_original_sound: boolean({ alias: 'keepOriginalSound' }),
    },
    typicalExecutionMs: 45_678,
    status: 'available',
    docs: docs('kling-v2-6-motion-control'),
  },
  'kwaivgi/kling-video-o1-r2v': {
    endpoint: 'kling-video-o1-r2v',
    inputs: {
      prompt,
      images: urls({ from: 'referenceImages', min: 1, max: 10, required: true }),
      video: url({ from: 'referenceVideos' }),
      negative_prompt: negativePrompt,
      aspect_ratio: aspectRatios(['16:9', '9:16', '1:1']),
      duration: duration({ min: 3, max: 10 }),
      seed,
      enable_prompt_expansion: enablePromptExpansion,
      enable_safety_checker: enableSafetyChecker,
    },
    typicalExecutionMs: 75_432,
    status: 'available',
    docs: docs('kling-video-o1-r2v'),
  },
  'bytedance/seedance-v1.5-pro-i2v': {
    endpoint: 'seedance-v1-5-pro-i2v',
    inputs: {
      prompt,
      image: startImage,
      last_image: url({ from: 'lastFrame' }),
      duration: duration({ min: 4, max: 12 }),
      resolution: shortSide(['480p', '720p']),
      aspect_ratio: aspectRatios(['21:9', '16:9', '9:16', '1:1', '4:3', '3:4']),
      camera_fixed: boolean({ alias: 'cameraFixed' }),
      generate_audio: generateAudio,
      seed,
    },
    typicalExecutionMs: 65_432,
    status: 'available',
    docs: docs('seedance-1-5-pro'),
  },
  'openai/sora-2-i2v': {
    endpoint: 'sora-2-i2v',
    inputs: {
      prompt,
      image: startImage,
      duration: durations([4, 8, 12], { required: true }),
    },
    audio: 'always',
    typicalExecutionMs: 120_345,
    status: 'available',
    docs: docs('sora-2'),
  },
  'openai/sora-2-pro-i2v': {
    endpoint: 'sora-2-pro-i2v',
    inputs: {
      prompt,
      image: startImage,
      duration: durations([4, 8, 12], { required: true }),
      // The page lists no options; its price table has 720p and 1080p.
      size: shortSide(['720p', '1080p']),
    },
    audio: 'always',
    typicalExecutionMs: 185_432,
    status: 'available',
    docs: docs('sora-2-pro'),
  },
  'pruna/p-video': {
    endpoint: 'p-video',
    inputs: {
      prompt,
      // "when given, aspect_ratio is ignored"
      image: url({ from: 'image' }),
      // flac, mp3 or wav: "when given, duration is ignored"
      audio: mediaUrl,
      duration: duration({ min: 1, max: 10, ignoredWith: 'audio' }),
      resolution: shortSide(['720p', '1080p']),
      fps: oneOfIntegers([24, 48], { from: 'fps' }),
      aspect_ratio: {
        ...aspectRatios(['16:9', '9:16', '4:3', '3:4', '3:2', '2:3', '1:1']),
        ignoredWith: 'image',
      },
      seed,
      // "Reduces cost by 75%"
      draft: boolean(),
      save_audio: boolean({ alias: 'saveAudio' }),
      prompt_upsampling: boolean({ alias: 'promptUpsampling' }),
    },
    typicalExecutionMs: 8_542,
    status: 'available',
    docs: docs('p-video'),
  },
  'vidu/q3-i2v': {
    endpoint: 'vidu-q3-i2v',
    inputs: {
      image: startImage,
      prompt,
      resolution: shortSide(['540p', '720p', '1080p']),
      duration: duration({ min: 1, max: 16 }),
      movement_amplitude: movementAmplitude,
      generate_audio: generateAudio,
      bgm,
      seed,
    },
    typicalExecutionMs: 45_678,
    status: 'available',
    docs: docs('vidu-q3-i2v'),
  },
  'vidu/q3-t2v': {
    endpoint: 'vidu-q3-t2v',
    inputs: {
      prompt,
      style: oneOf(['general', 'anime']),
      resolution: shortSide(['540p', '720p', '1080p']),
      duration: duration({ min: 1, max: 16 }),
      aspect_ratio: aspectRatios(['16:9', '9:16', '4:3', '3:4', '1:1']),
      movement_amplitude: movementAmplitude,
      generate_audio: generateAudio,
      bgm,
      seed,
    },
    typicalExecutionMs: 52_341,
    status: 'available',
    docs: docs('vidu-q3-t2v'),
  },
  'alibaba/wan-2.1-i2v-720': {
    endpoint: 'wan-2-1-i2v-720',
    inputs: wanI2v,
    typicalExecutionMs: 65_432,
    status: 'available',
    docs: docs('wan-2-1-i2v'),
  },
  // Named t2v by RunPod, but its page ("WAN 2.2 I2V 720p LoRA") requires a start image.
  'alibaba/wan-2.2-t2v-720-lora': {
    endpoint: 'wan-2-2-t2v-720-lora',
    inputs: {
      prompt,
      image: startImage,
      high_noise_loras: { ...LORAS, alias: 'highNoiseLoras' },
      low_noise_loras: { ...LORAS, alias: 'lowNoiseLoras' },
      duration: duration(),
      seed,
      enable_safety_checker: enableSafetyChecker,
    },
    typicalExecutionMs: 95_432,
    status: 'available',
    docs: docs('wan-2-2-i2v-lora'),
  },
  'alibaba/wan-2.2-i2v-720': {
    endpoint: 'wan-2-2-i2v-720',
    inputs: wanI2v,
    typicalExecutionMs: 67_543,
    status: 'available',
    docs: docs('wan-2-2-i2v'),
  },
  'alibaba/wan-2.5': {
    endpoint: 'wan-2-5',
    inputs: {
      prompt,
      image: startImage,
      negative_prompt: negativePrompt,
      size: starResolution(),
      duration: duration(),
      seed,
      enable_prompt_expansion: enablePromptExpansion,
      enable_safety_checker: enableSafetyChecker,
    },
    typicalExecutionMs: 78_901,
    status: 'available',
    docs: docs('wan-2-5'),
  },
  'alibaba/wan-2.6-i2v': {
    endpoint: 'wan-2-6-i2v',
    inputs: {
      ...wan26,
      image: startImage,
      size: listedStarResolution(['1280*720', '1920*1080']),
      enable_safety_checker: enableSafetyChecker,
    },
    typicalExecutionMs: 95_432,
    status: 'available',
    docs: docs('wan-2-6-i2v'),
  },
  'alibaba/wan-2.6-t2v': {
    endpoint: 'wan-2-6-t2v',
    // Its page lists no safety checker parameter.
    inputs: {
      ...wan26,
      size: listedStarResolution(['1280*720', '1920*1080', '720*1280', '1080*1920']),
    },
    typicalExecutionMs: 85_432,
    status: 'available',
    docs: docs('wan-2-6-t2v'),
  },
} as const satisfies Record<string, VideoModelCatalogEntry>;

/** Catalog IDs of RunPod's public video endpoints. */
export type RunPodCatalogVideoModelId = keyof typeof videoModelCatalog;

/**
 * Your own video endpoint: its worker's input is unknown, so the call sends what was given
 * of `prompt`, `image` and `last_image` (start and end frames), `images` and `videos`
 * (references), `duration` (seconds), `width`/`height` (from `resolution`), `aspect_ratio`,
 * `fps`, `seed` and `generate_audio`, with media as URLs or `data:` URLs; then every key of
 * `providerOptions.runpod` as is, overriding those.
 */
export const ownVideoEndpoint = {
  passThrough: true,
  inputs: {
    prompt: optionalPrompt,
    image: url({ from: 'image' }),
    last_image: url({ from: 'lastFrame' }),
    images: urls({ from: 'referenceImages' }),
    videos: urls({ from: 'referenceVideos' }),
    duration: duration(),
    width: integer({ from: 'resolution', format: 'width' }),
    height: integer({ from: 'resolution', format: 'height' }),
    aspect_ratio: aspectRatio(),
    fps: integer({ from: 'fps' }),
    seed,
    generate_audio: generateAudio,
  },
} as const satisfies MediaModelEntry;
