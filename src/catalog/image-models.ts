import type { MediaModelEntry, MediaInputs } from './media-parameter';
import {
  aspectRatio,
  aspectRatios,
  enableSafetyChecker,
  guidance,
  imageList,
  inferenceSteps,
  loras,
  negativePrompt,
  oneImage,
  outputFormat,
  prompt,
  seed,
  listedStarSize,
  starSize,
} from './media-inputs';
import { boolean, integer, number, oneOf, url, urls } from './parameters';

/**
 * RunPod's public image endpoints, as data: the endpoint slug and every input its page
 * documents (RunPod's name, type, allowed values, our alias), from which the provider
 * option schemas, the mapping of the AI SDK's options and README's tables follow.
 * (https://docs.runpod.io/public-endpoints/reference)
 */
export interface ImageModelCatalogEntry extends MediaModelEntry {
  /** Endpoint ID (slug) of the public endpoint. */
  endpoint: string;
  /** The inputs its page documents, under RunPod's names. */
  inputs: MediaInputs;
  /** The catalog model that serves a call with `loras` (RunPod runs LoRAs on a sibling endpoint). */
  lorasVariant?: string;
  /** How long a job usually runs, in ms (the page's example `executionTime`): seeds the poll schedule. */
  typicalExecutionMs?: number;
  /** `available`: listed in RunPod's docs today. */
  status: 'available' | 'delisted' | 'retired';
  /** The RunPod doc page for the endpoint. */
  docs: string;
}

const docs = (page: string) => `https://docs.runpod.io/public-endpoints/models/${page}`;

const P_IMAGE_RATIOS = ['1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'] as const;
const QWEN_EDIT_2511_SIZES = [
  '1024*1024',
  '1024*1280',
  '1280*1024',
  '1280*1280',
  '1280*1536',
  '1536*1080',
] as const;

/** Flux's `width` and `height`: "Must be divisible by 64. Range: 256-1536". */
const fluxSide = <const F extends 'width' | 'height'>(format: F) =>
  integer({ from: 'size', format, min: 256, max: 1536, multipleOf: 64, unit: 'pixels' });

const flux = <const MAX extends number>(maxSteps: MAX) =>
  ({
    prompt,
    negative_prompt: negativePrompt,
    width: fluxSide('width'),
    height: fluxSide('height'),
    num_inference_steps: inferenceSteps(maxSteps),
    guidance,
    seed,
    image_format: oneOf(['png', 'jpeg'], { alias: 'imageFormat' }),
  }) as const;

const qwenEdit2511 = {
  prompt,
  images: imageList(1, 3),
  size: listedStarSize(QWEN_EDIT_2511_SIZES),
  seed,
  output_format: outputFormat(['jpeg', 'png', 'webp']),
} as const;

/** Qwen Image and Seedream 4.0 text-to-image document the same inputs. */
const promptSizeSeed = {
  prompt,
  negative_prompt: negativePrompt,
  size: starSize(),
  seed,
  enable_safety_checker: enableSafetyChecker,
} as const;

/** The image model catalog: catalog ID → entry. README.md's image tables are made from it. */
export const imageModelCatalog = {
  // ---- text-to-image ----
  'black-forest-labs/flux-1-dev': {
    endpoint: 'black-forest-labs-flux-1-dev',
    inputs: flux(50),
    typicalExecutionMs: 3_986,
    status: 'available',
    docs: docs('flux-dev'),
  },
  'black-forest-labs/flux-1-schnell': {
    endpoint: 'black-forest-labs-flux-1-schnell',
    inputs: flux(8),
    typicalExecutionMs: 856,
    status: 'available',
    docs: docs('flux-schnell'),
  },
  'pruna/p-image-t2i': {
    endpoint: 'p-image-t2i',
    inputs: {
      prompt,
      aspect_ratio: aspectRatios(P_IMAGE_RATIOS),
      seed,
      disable_safety_checker: boolean({ alias: 'disableSafetyChecker' }),
    },
    typicalExecutionMs: 1_245,
    status: 'available',
    docs: docs('p-image-t2i'),
  },
  'qwen/qwen-image': {
    endpoint: 'qwen-image-t2i',
    inputs: promptSizeSeed,
    lorasVariant: 'qwen/qwen-image-lora',
    typicalExecutionMs: 3_254,
    status: 'available',
    docs: docs('qwen-image'),
  },
  'qwen/qwen-image-lora': {
    endpoint: 'qwen-image-t2i-lora',
    inputs: { prompt, loras, size: starSize(), seed, enable_safety_checker: enableSafetyChecker },
    typicalExecutionMs: 4_125,
    status: 'available',
    docs: docs('qwen-image-lora'),
  },
  'bytedance/seedream-4.0': {
    endpoint: 'seedream-v4-t2i',
    inputs: promptSizeSeed,
    typicalExecutionMs: 5_234,
    status: 'available',
    docs: docs('seedream-4-t2i'),
  },
  'alibaba/wan-2.6-t2i': {
    endpoint: 'wan-2-6-t2i',
    inputs: {
      prompt,
      size: listedStarSize(['1024*1024', '1024*768', '1440*1024']),
      seed,
      enable_safety_checker: enableSafetyChecker,
    },
    typicalExecutionMs: 3_254,
    status: 'available',
    docs: docs('wan-2-6-t2i'),
  },
  'tongyi-mai/z-image-turbo': {
    endpoint: 'z-image-turbo',
    inputs: {
      prompt,
      // One optional input image turns it into image-to-image (with `strength`).
      image: url({ from: 'images' }),
      size: listedStarSize([
        '512*512',
        '768*768',
        '1024*1024',
        '1280*1280',
        '1024*768',
        '768*1024',
        '1280*720',
        '720*1280',
      ]),
      strength: number({ min: 0, max: 1 }),
      seed,
      output_format: outputFormat(['png', 'jpeg', 'webp']),
      enable_safety_checker: enableSafetyChecker,
    },
    typicalExecutionMs: 1_856,
    status: 'available',
    docs: docs('z-image-turbo'),
  },

  // ---- editing ----
  'black-forest-labs/flux-1-kontext-dev': {
    endpoint: 'black-forest-labs-flux-1-kontext-dev',
    inputs: {
      prompt,
      image: oneImage,
      negative_prompt: negativePrompt,
      size: starSize(),
      num_inference_steps: inferenceSteps(50),
      guidance,
      seed,
      output_format: outputFormat(['png', 'jpeg']),
      enable_safety_checker: enableSafetyChecker,
    },
    typicalExecutionMs: 4_521,
    status: 'available',
    docs: docs('flux-kontext-dev'),
  },
  'pruna/p-image-edit': {
    endpoint: 'p-image-edit',
    inputs: {
      prompt,
      images: imageList(1, 5),
      // Its default, `match_input_image`, keeps the input's shape.
      aspect_ratio: aspectRatios(['match_input_image', ...P_IMAGE_RATIOS]),
      seed,
      disable_safety_checker: boolean({ alias: 'disableSafetyChecker' }),
    },
    typicalExecutionMs: 2_456,
    status: 'available',
    docs: docs('p-image-edit'),
  },
  'qwen/qwen-image-edit': {
    endpoint: 'qwen-image-edit',
    inputs: {
      prompt,
      image: oneImage,
      negative_prompt: negativePrompt,
      seed,
      output_format: outputFormat(['png', 'jpeg']),
      enable_safety_checker: enableSafetyChecker,
    },
    typicalExecutionMs: 3_875,
    status: 'available',
    docs: docs('qwen-image-edit'),
  },
  'qwen/qwen-image-edit-2511': {
    endpoint: 'qwen-image-edit-2511',
    inputs: qwenEdit2511,
    // 1.x sent calls with `loras` to the LoRA endpoint.
    lorasVariant: 'qwen/qwen-image-edit-2511-lora',
    typicalExecutionMs: 3_856,
    status: 'available',
    docs: docs('qwen-image-edit-2511'),
  },
  'qwen/qwen-image-edit-2511-lora': {
    endpoint: 'qwen-image-edit-2511-lora',
    inputs: { ...qwenEdit2511, loras },
    typicalExecutionMs: 4_521,
    status: 'available',
    docs: docs('qwen-image-edit-2511-lora'),
  },
  'bytedance/seedream-4.0-edit': {
    endpoint: 'seedream-v4-edit',
    // The page states no maximum number of images.
    inputs: {
      prompt,
      images: imageList(1),
      size: starSize(),
      enable_safety_checker: enableSafetyChecker,
    },
    typicalExecutionMs: 4_856,
    status: 'available',
    docs: docs('seedream-4-edit'),
  },
  'google/nano-banana-edit': {
    endpoint: 'nano-banana-edit',
    inputs: { prompt, images: imageList(1, 4), enable_safety_checker: enableSafetyChecker },
    typicalExecutionMs: 5_432,
    status: 'available',
    docs: docs('nano-banana-edit'),
  },
  'google/nano-banana-pro-edit': {
    endpoint: 'nano-banana-pro-edit',
    inputs: {
      prompt,
      images: imageList(1, 14),
      resolution: oneOf(['1k', '2k', '4k'], { from: 'size', format: 'tier' }),
      aspect_ratio: aspectRatios([
        '1:1',
        '3:2',
        '2:3',
        '4:3',
        '4:5',
        '5:4',
        '9:16',
        '16:9',
        '21:9',
      ]),
      output_format: outputFormat(['png', 'jpeg']),
      enable_safety_checker: enableSafetyChecker,
    },
    typicalExecutionMs: 8_432,
    status: 'available',
    docs: docs('nano-banana-pro-edit'),
  },
  'google/nano-banana-2-edit': {
    endpoint: 'google-nano-banana-2-edit',
    inputs: {
      prompt,
      // The page recommends 1 to 3.
      images: imageList(1, 14),
      resolution: oneOf(['1k', '2k', '4k'], { from: 'size', format: 'tier' }),
      // Its aspect ratios are examples, not a list: any W:H is sent.
      aspect_ratio: aspectRatio(),
      output_format: outputFormat(['png', 'jpeg']),
      enable_base64_output: boolean({ alias: 'enableBase64Output' }),
    },
    typicalExecutionMs: 6_234,
    status: 'available',
    docs: docs('nano-banana-2-edit'),
  },
} as const satisfies Record<string, ImageModelCatalogEntry>;

/**
 * Other IDs that name catalog image models: `alibaba/wan-2.6` is the ID 1.x used for WAN
 * 2.6 text-to-image, `google/nano-banana-pro` the one its README used for Nano Banana Pro;
 * RunPod's AI SDK page (https://docs.runpod.io/public-endpoints/ai-sdk) writes
 * `google-nano-banana-edit` and `bytedance-seedream-4-0-t2i`, which are no endpoint slugs.
 */
export const imageModelAliases: Record<string, RunPodCatalogImageModelId> = {
  'alibaba/wan-2.6': 'alibaba/wan-2.6-t2i',
  'google/nano-banana-pro': 'google/nano-banana-pro-edit',
  'google-nano-banana-edit': 'google/nano-banana-edit',
  'bytedance-seedream-4-0-t2i': 'bytedance/seedream-4.0',
};

/** Catalog IDs of RunPod's public image endpoints. */
export type RunPodCatalogImageModelId = keyof typeof imageModelCatalog;

/**
 * Your own image endpoint: its worker's input is unknown, so the call sends `prompt`,
 * `width`/`height` (from `size`), `aspect_ratio`, `seed` and `images` (URLs or `data:`
 * URLs) where given, and every key of `providerOptions.runpod` as is, overriding those.
 */
export const ownImageEndpoint = {
  passThrough: true,
  inputs: {
    prompt,
    width: integer({ from: 'size', format: 'width' }),
    height: integer({ from: 'size', format: 'height' }),
    aspect_ratio: aspectRatio(),
    seed,
    images: urls({ from: 'images' }),
  },
} as const satisfies MediaModelEntry;
