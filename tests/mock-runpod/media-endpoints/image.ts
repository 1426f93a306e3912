import { mediaBytes } from '../media';
import {
  firstError,
  intInRange,
  invalid,
  type MediaEndpoint,
  type MediaFactory,
  numberInRange,
  requireString,
} from '../media-endpoints';
import {
  boolean,
  type Check,
  divisibleBy64,
  freeSize,
  imageList,
  type Input,
  listed,
  loras,
  seed,
  singleImage,
  sizeFrom,
  string,
} from './image-checks';

/**
 * RunPod's public image endpoints as their pages under
 * https://docs.runpod.io/public-endpoints/models describe them: the
 * input keys each takes, required fields, allowed values and ranges, and an output of
 * `image_url` plus `cost` (USD, from the page's pricing).
 */

interface ImageEndpointSpec {
  /** Checks after `prompt` (required everywhere). */
  checks: readonly Check[];
  /** USD per image, or from the input. */
  cost: number | ((input: Input) => number);
  /** Output extension: `output_format` (or `image_format`) where given, else the page's default. */
  defaultFormat?: 'png' | 'jpeg';
  /** Build the output differently (the key it uses, base64). */
  output?: (input: Input, url: string, cost: number, media: MediaFactory) => unknown;
}

function imageEndpoint(spec: ImageEndpointSpec): MediaEndpoint {
  return {
    kind: 'image',
    validate: input =>
      firstError(requireString(input, 'prompt'), ...spec.checks.map(check => check(input))),
    output: (input, media) => {
      const format = input.output_format ?? input.image_format ?? spec.defaultFormat ?? 'png';
      const url = media(format);
      const cost = typeof spec.cost === 'number' ? spec.cost : spec.cost(input);
      return spec.output?.(input, url, cost, media) ?? { image_url: url, cost };
    },
  };
}

/** Flux Dev / Schnell (flux-dev.mdx, flux-schnell.mdx): cost by megapixel. */
const flux = (maxSteps: number, usdPerMegapixel: number) =>
  imageEndpoint({
    checks: [
      string('negative_prompt'),
      divisibleBy64('width'),
      divisibleBy64('height'),
      input => intInRange(input, 'width', 256, 1536),
      input => intInRange(input, 'height', 256, 1536),
      input => intInRange(input, 'num_inference_steps', 1, maxSteps),
      input => numberInRange(input, 'guidance', 0, 10),
      seed,
      listed('image_format', ['png', 'jpeg']),
    ],
    defaultFormat: 'jpeg',
    cost: input =>
      Number(
        ((((input.width ?? 1024) * (input.height ?? 1024)) / 1e6) * usdPerMegapixel).toFixed(8),
      ),
  });

const P_IMAGE_RATIOS = ['1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'];
const QWEN_EDIT_2511_SIZES = [
  '1024*1024',
  '1024*1280',
  '1280*1024',
  '1280*1280',
  '1280*1536',
  '1536*1080',
];
const RESOLUTIONS = ['1k', '2k', '4k'];

const qwenEdit2511 = (withLoras: boolean) =>
  imageEndpoint({
    checks: [
      imageList(1, 3),
      sizeFrom(QWEN_EDIT_2511_SIZES),
      seed,
      listed('output_format', ['jpeg', 'png', 'webp']),
      loras,
    ],
    defaultFormat: 'jpeg',
    cost: withLoras ? 0.025 : 0.02,
  });

export const imageEndpoints: Record<string, MediaEndpoint> = {
  'black-forest-labs-flux-1-dev': flux(50, 0.02),
  'black-forest-labs-flux-1-schnell': flux(8, 0.0024),

  // p-image-t2i.mdx. Answers under `result`, as live Flux Schnell did
  // (fixture image-flux-schnell.runsync-completed.observed.json).
  // 1.x's README documents `aspect_ratio: 'custom'` with `width` and `height` besides the
  // page's ratios.
  'p-image-t2i': imageEndpoint({
    checks: [
      listed('aspect_ratio', [...P_IMAGE_RATIOS, 'custom']),
      input =>
        input.aspect_ratio === 'custom' &&
        !(Number.isInteger(input.width) && Number.isInteger(input.height))
          ? invalid('width and height are required with aspect_ratio custom')
          : undefined,
      seed,
      boolean('disable_safety_checker'),
    ],
    cost: 0.005,
    output: (_input, url, cost) => ({ result: url, cost }),
  }),
  // qwen-image.mdx, seedream-4-t2i.mdx
  'qwen-image-t2i': imageEndpoint({
    checks: [string('negative_prompt'), freeSize, seed, boolean('enable_safety_checker')],
    cost: 0.02,
  }),
  'seedream-v4-t2i': imageEndpoint({
    checks: [string('negative_prompt'), freeSize, seed, boolean('enable_safety_checker')],
    cost: 0.027,
  }),
  // qwen-image-lora.mdx
  'qwen-image-t2i-lora': imageEndpoint({
    checks: [loras, freeSize, seed, boolean('enable_safety_checker')],
    cost: 0.025,
  }),
  // wan-2-6-t2i.mdx lists three sizes; RunPod's own 1.x package documented (README, "Alibaba
  // (WAN 2.6)") and sent nine more for common aspect ratios, so the endpoint takes those too.
  'wan-2-6-t2i': imageEndpoint({
    checks: [
      sizeFrom([
        '1024*1024',
        '1024*768',
        '1440*1024',
        ...['1280*1280', '800*1200', '1200*800', '960*1280', '1280*960'],
        ...['720*1280', '1280*720', '1344*576', '576*1344'],
      ]),
      seed,
      boolean('enable_safety_checker'),
    ],
    cost: 0.03,
  }),
  // z-image-turbo.mdx, plus the sizes 1.x's README documented for it ("Supported sizes").
  'z-image-turbo': imageEndpoint({
    checks: [
      singleImage({ required: false }),
      sizeFrom([
        '512*512',
        '768*768',
        '1024*1024',
        '1280*1280',
        '1024*768',
        '768*1024',
        '1280*720',
        '720*1280',
        ...['1328*1328', '1472*1140', '1140*1472', '1536*1536', '512*768', '768*512'],
        ...['768*432', '1024*576', '1536*864', '432*768', '576*1024', '864*1536'],
      ]),
      input => numberInRange(input, 'strength', 0, 1),
      seed,
      listed('output_format', ['png', 'jpeg', 'webp']),
      boolean('enable_safety_checker'),
    ],
    cost: 0.005,
  }),

  // flux-kontext-dev.mdx
  'black-forest-labs-flux-1-kontext-dev': imageEndpoint({
    checks: [
      singleImage({ required: true }),
      string('negative_prompt'),
      freeSize,
      input => intInRange(input, 'num_inference_steps', 1, 50),
      input => numberInRange(input, 'guidance', 0, 10),
      seed,
      listed('output_format', ['png', 'jpeg']),
      boolean('enable_safety_checker'),
    ],
    cost: 0.025,
  }),
  // p-image-edit.mdx
  'p-image-edit': imageEndpoint({
    checks: [
      imageList(1, 5),
      listed('aspect_ratio', ['match_input_image', ...P_IMAGE_RATIOS]),
      seed,
      boolean('disable_safety_checker'),
    ],
    cost: 0.01,
  }),
  // qwen-image-edit.mdx
  'qwen-image-edit': imageEndpoint({
    checks: [
      singleImage({ required: true }),
      string('negative_prompt'),
      seed,
      listed('output_format', ['png', 'jpeg']),
      boolean('enable_safety_checker'),
    ],
    defaultFormat: 'jpeg',
    cost: 0.02,
  }),
  // qwen-image-edit-2511.mdx, qwen-image-edit-2511-lora.mdx
  'qwen-image-edit-2511': qwenEdit2511(false),
  'qwen-image-edit-2511-lora': qwenEdit2511(true),
  // seedream-4-edit.mdx: no maximum number of images is stated.
  'seedream-v4-edit': imageEndpoint({
    checks: [imageList(1), freeSize, boolean('enable_safety_checker')],
    cost: 0.027,
  }),
  // nano-banana-edit.mdx
  'nano-banana-edit': imageEndpoint({
    checks: [imageList(1, 4), boolean('enable_safety_checker')],
    cost: 0.038,
  }),
  // nano-banana-pro-edit.mdx: priced by resolution (default 2k).
  'nano-banana-pro-edit': imageEndpoint({
    checks: [
      imageList(1, 14),
      listed('resolution', RESOLUTIONS),
      listed('aspect_ratio', ['1:1', '3:2', '2:3', '4:3', '4:5', '5:4', '9:16', '16:9', '21:9']),
      listed('output_format', ['png', 'jpeg']),
      boolean('enable_safety_checker'),
    ],
    cost: input => (input.resolution === '4k' ? 0.24 : 0.14),
  }),
  // nano-banana-2-edit.mdx: priced by resolution (default 1k). With `enable_base64_output`
  // the image comes inline; the page does not say under which key, so it is `image_url`
  // holding a `data:` URL here.
  'google-nano-banana-2-edit': imageEndpoint({
    checks: [
      imageList(1, 14),
      listed('resolution', RESOLUTIONS),
      input =>
        input.aspect_ratio === undefined || /^\d+:\d+$/.test(String(input.aspect_ratio))
          ? undefined
          : invalid('aspect_ratio must be of the form width:height'),
      listed('output_format', ['png', 'jpeg']),
      boolean('enable_base64_output'),
    ],
    cost: input => ({ '2k': 0.13, '4k': 0.175 })[input.resolution as string] ?? 0.0875,
    output: (input, url, cost) => {
      if (input.enable_base64_output !== true) return undefined;
      const file = mediaBytes(url.slice(url.indexOf('/media/') + '/media/'.length))!;
      const base64 = btoa(String.fromCharCode(...file.bytes));
      return { image_url: `data:${file.mediaType};base64,${base64}`, cost };
    },
  }),
};
