import type { ImageFamilyName } from '../image/families';
import type { ImageParameterName } from '../image/families/parameters';

/**
 * RunPod's public image endpoints, as data: the endpoint slug, the family of input
 * mapping it uses, and the documented parameters and limits the mapping enforces.
 * (https://docs.runpod.io/public-endpoints/reference)
 */
export interface ImageModelCatalogEntry {
  /** Endpoint ID (slug) of the public endpoint. */
  endpoint: string;
  /** Which mapper in `src/image/families` builds its `input`. */
  family: ImageFamilyName;
  /**
   * The input images it takes (edit models): how many (`max` absent where the page states
   * no maximum) and under which name, `image` (one URL) or `images` (a list of URLs).
   * Absent for text-to-image only.
   */
  inputImages?: { min: number; max?: number; parameter: 'image' | 'images' };
  /** The `size` values (`"W*H"`) it accepts, where its page lists them. */
  sizes?: readonly string[];
  /** The `aspect_ratio` values (`"W:H"`) it accepts, where its page lists them. */
  aspectRatios?: readonly string[];
  /** The `providerOptions.runpod` keys it takes, besides `maxWaitMs` (see `RunPodImageModelOptions`). */
  parameters: readonly ImageParameterName[];
  /** The `outputFormat` values it accepts, where it takes that option. */
  outputFormats?: readonly ('png' | 'jpeg' | 'webp')[];
  /** `false` when it has no `seed` parameter (a seed is then a warning). */
  seed?: false;
  /** The largest `num_inference_steps`, where it takes that option (default 50). */
  maxInferenceSteps?: number;
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

/** The image model catalog: catalog ID → entry. README.md's image table lists the same entries. */
export const imageModelCatalog = {
  // ---- text-to-image ----
  'black-forest-labs/flux-1-dev': {
    endpoint: 'black-forest-labs-flux-1-dev',
    family: 'flux',
    parameters: ['negativePrompt', 'numInferenceSteps', 'guidance', 'imageFormat'],
    maxInferenceSteps: 50,
    typicalExecutionMs: 3_986,
    status: 'available',
    docs: docs('flux-dev'),
  },
  'black-forest-labs/flux-1-schnell': {
    endpoint: 'black-forest-labs-flux-1-schnell',
    family: 'flux',
    parameters: ['negativePrompt', 'numInferenceSteps', 'guidance', 'imageFormat'],
    maxInferenceSteps: 8,
    typicalExecutionMs: 856,
    status: 'available',
    docs: docs('flux-schnell'),
  },
  'pruna/p-image-t2i': {
    endpoint: 'p-image-t2i',
    family: 'aspectRatio',
    aspectRatios: P_IMAGE_RATIOS,
    parameters: ['disableSafetyChecker'],
    typicalExecutionMs: 1_245,
    status: 'available',
    docs: docs('p-image-t2i'),
  },
  'qwen/qwen-image': {
    endpoint: 'qwen-image-t2i',
    family: 'sizeString',
    parameters: ['negativePrompt', 'enableSafetyChecker'],
    typicalExecutionMs: 3_254,
    status: 'available',
    docs: docs('qwen-image'),
  },
  'qwen/qwen-image-lora': {
    endpoint: 'qwen-image-t2i-lora',
    family: 'sizeString',
    parameters: ['loras', 'enableSafetyChecker'],
    typicalExecutionMs: 4_125,
    status: 'available',
    docs: docs('qwen-image-lora'),
  },
  'bytedance/seedream-4.0': {
    endpoint: 'seedream-v4-t2i',
    family: 'sizeString',
    parameters: ['negativePrompt', 'enableSafetyChecker'],
    typicalExecutionMs: 5_234,
    status: 'available',
    docs: docs('seedream-4-t2i'),
  },
  'alibaba/wan-2.6-t2i': {
    endpoint: 'wan-2-6-t2i',
    family: 'sizeString',
    sizes: ['1024*1024', '1024*768', '1440*1024'],
    parameters: ['enableSafetyChecker'],
    typicalExecutionMs: 3_254,
    status: 'available',
    docs: docs('wan-2-6-t2i'),
  },
  'tongyi-mai/z-image-turbo': {
    endpoint: 'z-image-turbo',
    family: 'sizeString',
    // One optional input image turns it into image-to-image (with `strength`).
    inputImages: { min: 0, max: 1, parameter: 'image' },
    sizes: [
      '512*512',
      '768*768',
      '1024*1024',
      '1280*1280',
      '1024*768',
      '768*1024',
      '1280*720',
      '720*1280',
    ],
    parameters: ['strength', 'outputFormat', 'enableSafetyChecker'],
    outputFormats: ['png', 'jpeg', 'webp'],
    typicalExecutionMs: 1_856,
    status: 'available',
    docs: docs('z-image-turbo'),
  },

  // ---- editing ----
  'black-forest-labs/flux-1-kontext-dev': {
    endpoint: 'black-forest-labs-flux-1-kontext-dev',
    family: 'sizeString',
    inputImages: { min: 1, max: 1, parameter: 'image' },
    parameters: [
      'negativePrompt',
      'numInferenceSteps',
      'guidance',
      'outputFormat',
      'enableSafetyChecker',
    ],
    outputFormats: ['png', 'jpeg'],
    maxInferenceSteps: 50,
    typicalExecutionMs: 4_521,
    status: 'available',
    docs: docs('flux-kontext-dev'),
  },
  'pruna/p-image-edit': {
    endpoint: 'p-image-edit',
    family: 'aspectRatio',
    inputImages: { min: 1, max: 5, parameter: 'images' },
    // Its default, `match_input_image`, is what it does when no aspect ratio is sent.
    aspectRatios: P_IMAGE_RATIOS,
    parameters: ['disableSafetyChecker'],
    typicalExecutionMs: 2_456,
    status: 'available',
    docs: docs('p-image-edit'),
  },
  'qwen/qwen-image-edit': {
    endpoint: 'qwen-image-edit',
    family: 'unsized',
    inputImages: { min: 1, max: 1, parameter: 'image' },
    parameters: ['negativePrompt', 'outputFormat', 'enableSafetyChecker'],
    outputFormats: ['png', 'jpeg'],
    typicalExecutionMs: 3_875,
    status: 'available',
    docs: docs('qwen-image-edit'),
  },
  'qwen/qwen-image-edit-2511': {
    endpoint: 'qwen-image-edit-2511',
    family: 'sizeString',
    inputImages: { min: 1, max: 3, parameter: 'images' },
    sizes: QWEN_EDIT_2511_SIZES,
    parameters: ['outputFormat'],
    outputFormats: ['jpeg', 'png', 'webp'],
    typicalExecutionMs: 3_856,
    status: 'available',
    docs: docs('qwen-image-edit-2511'),
  },
  'qwen/qwen-image-edit-2511-lora': {
    endpoint: 'qwen-image-edit-2511-lora',
    family: 'sizeString',
    inputImages: { min: 1, max: 3, parameter: 'images' },
    sizes: QWEN_EDIT_2511_SIZES,
    parameters: ['loras', 'outputFormat'],
    outputFormats: ['jpeg', 'png', 'webp'],
    typicalExecutionMs: 4_521,
    status: 'available',
    docs: docs('qwen-image-edit-2511-lora'),
  },
  'bytedance/seedream-4.0-edit': {
    endpoint: 'seedream-v4-edit',
    family: 'sizeString',
    inputImages: { min: 1, parameter: 'images' },
    parameters: ['enableSafetyChecker'],
    seed: false,
    typicalExecutionMs: 4_856,
    status: 'available',
    docs: docs('seedream-4-edit'),
  },
  'google/nano-banana-edit': {
    endpoint: 'nano-banana-edit',
    family: 'unsized',
    inputImages: { min: 1, max: 4, parameter: 'images' },
    parameters: ['enableSafetyChecker'],
    seed: false,
    typicalExecutionMs: 5_432,
    status: 'available',
    docs: docs('nano-banana-edit'),
  },
  'google/nano-banana-pro-edit': {
    endpoint: 'nano-banana-pro-edit',
    family: 'resolution',
    inputImages: { min: 1, max: 14, parameter: 'images' },
    aspectRatios: ['1:1', '3:2', '2:3', '4:3', '4:5', '5:4', '9:16', '16:9', '21:9'],
    parameters: ['resolution', 'outputFormat', 'enableSafetyChecker'],
    outputFormats: ['png', 'jpeg'],
    seed: false,
    typicalExecutionMs: 8_432,
    status: 'available',
    docs: docs('nano-banana-pro-edit'),
  },
  'google/nano-banana-2-edit': {
    endpoint: 'google-nano-banana-2-edit',
    family: 'resolution',
    // The page recommends 1 to 3. Its aspect ratios are examples, not a list: any W:H is sent.
    inputImages: { min: 1, max: 14, parameter: 'images' },
    parameters: ['resolution', 'outputFormat', 'enableBase64Output'],
    outputFormats: ['png', 'jpeg'],
    seed: false,
    typicalExecutionMs: 6_234,
    status: 'available',
    docs: docs('nano-banana-2-edit'),
  },
} as const satisfies Record<string, ImageModelCatalogEntry>;

/**
 * Other IDs that name catalog image models: `alibaba/wan-2.6` is the ID earlier
 * releases used for WAN 2.6 text-to-image.
 */
export const imageModelAliases: Record<string, RunPodCatalogImageModelId> = {
  'alibaba/wan-2.6': 'alibaba/wan-2.6-t2i',
};

/** Catalog IDs of RunPod's public image endpoints. */
export type RunPodCatalogImageModelId = keyof typeof imageModelCatalog;
