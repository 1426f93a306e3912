/// <reference types="vite/client" />
import { InvalidArgumentError, InvalidResponseDataError } from '@ai-sdk/provider';
import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import { describe, expect, it } from 'vitest';
import { imageModelCatalog } from '../src/catalog/image-models';
import { aiVersions, jobSubmissions, mockRunPod } from './helpers';
import { mediaBytes } from './mock-runpod/media';

// Every RunPod image endpoint through generateImage, against the mock's table of image
// endpoints (tests/mock-runpod/media-endpoints/image.ts), which fails a job whose input
// the real endpoint would reject.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

type Mock = ReturnType<typeof mockRunPod>;
type Ai = (typeof aiVersions)[number][1];
type Args = Partial<Parameters<Ai['generateImage']>[0]>;
type ImageMetadata = { jobId: string; url?: string; cost?: number };

const PROMPT = 'a lighthouse at dusk';
const PHOTO = 'https://example.com/photo.png';
const STYLE = 'https://example.com/style.jpg';
const LORA = { path: 'https://huggingface.co/example/anime-lora/model.safetensors', scale: 0.8 };
// A PNG's first bytes, for input images given as bytes.
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const PNG_DATA_URL = `data:image/png;base64,${convertUint8ArrayToBase64(PNG_BYTES)}`;

/** The job submissions RunPod received: endpoint path and `input`. */
/** The bytes the mock serves at a media URL. */
function served(url: string): Uint8Array {
  return mediaBytes(url.slice(url.indexOf('/media/') + '/media/'.length))!.bytes;
}

const imageMetadata = (result: { providerMetadata: Record<string, any> }) =>
  result.providerMetadata.runpod.images as ImageMetadata[];

/** Expects an InvalidArgumentError whose message contains `text`, and no request to RunPod. */
async function expectRejectedBeforeSending(mock: Mock, promise: Promise<unknown>, text: string) {
  const error = await promise.then(
    () => expect.unreachable('the call should fail'),
    (error: unknown) => error,
  );
  expect(InvalidArgumentError.isInstance(error)).toBe(true);
  expect((error as Error).message).toContain(text);
  expect(await mock.requests()).toEqual([]);
}

const everyEndpoint: Array<{
  id: string;
  endpoint: string;
  images?: string[];
  args?: Args;
  input: Record<string, unknown>;
  mediaType?: string;
}> = [
  {
    id: 'black-forest-labs/flux-1-dev',
    endpoint: 'black-forest-labs-flux-1-dev',
    args: { seed: 7 },
    input: { prompt: PROMPT, seed: 7 },
    mediaType: 'image/jpeg',
  },
  {
    id: 'black-forest-labs/flux-1-schnell',
    endpoint: 'black-forest-labs-flux-1-schnell',
    input: { prompt: PROMPT },
    mediaType: 'image/jpeg',
  },
  { id: 'pruna/p-image-t2i', endpoint: 'p-image-t2i', input: { prompt: PROMPT } },
  {
    id: 'qwen/qwen-image',
    endpoint: 'qwen-image-t2i',
    args: { seed: 3 },
    input: { prompt: PROMPT, seed: 3 },
  },
  {
    id: 'qwen/qwen-image-lora',
    endpoint: 'qwen-image-t2i-lora',
    args: { providerOptions: { runpod: { loras: [LORA] } } },
    input: { prompt: PROMPT, loras: [LORA] },
  },
  { id: 'bytedance/seedream-4.0', endpoint: 'seedream-v4-t2i', input: { prompt: PROMPT } },
  { id: 'alibaba/wan-2.6-t2i', endpoint: 'wan-2-6-t2i', input: { prompt: PROMPT } },
  { id: 'tongyi-mai/z-image-turbo', endpoint: 'z-image-turbo', input: { prompt: PROMPT } },
  {
    id: 'black-forest-labs/flux-1-kontext-dev',
    endpoint: 'black-forest-labs-flux-1-kontext-dev',
    images: [PHOTO],
    input: { prompt: PROMPT, image: PHOTO },
  },
  {
    id: 'pruna/p-image-edit',
    endpoint: 'p-image-edit',
    images: [PHOTO],
    input: { prompt: PROMPT, images: [PHOTO] },
  },
  {
    id: 'qwen/qwen-image-edit',
    endpoint: 'qwen-image-edit',
    images: [PHOTO],
    input: { prompt: PROMPT, image: PHOTO },
    mediaType: 'image/jpeg',
  },
  {
    id: 'qwen/qwen-image-edit-2511',
    endpoint: 'qwen-image-edit-2511',
    images: [PHOTO, STYLE],
    input: { prompt: PROMPT, images: [PHOTO, STYLE] },
    mediaType: 'image/jpeg',
  },
  {
    id: 'qwen/qwen-image-edit-2511-lora',
    endpoint: 'qwen-image-edit-2511-lora',
    images: [PHOTO],
    args: { providerOptions: { runpod: { loras: [LORA] } } },
    input: { prompt: PROMPT, images: [PHOTO], loras: [LORA] },
    mediaType: 'image/jpeg',
  },
  {
    id: 'bytedance/seedream-4.0-edit',
    endpoint: 'seedream-v4-edit',
    images: [PHOTO, STYLE],
    input: { prompt: PROMPT, images: [PHOTO, STYLE] },
  },
  {
    id: 'google/nano-banana-edit',
    endpoint: 'nano-banana-edit',
    images: [PHOTO, STYLE],
    input: { prompt: PROMPT, images: [PHOTO, STYLE] },
  },
  {
    id: 'google/nano-banana-pro-edit',
    endpoint: 'nano-banana-pro-edit',
    images: [PHOTO],
    input: { prompt: PROMPT, images: [PHOTO] },
  },
  {
    id: 'google/nano-banana-2-edit',
    endpoint: 'google-nano-banana-2-edit',
    images: [PHOTO, STYLE],
    input: { prompt: PROMPT, images: [PHOTO, STYLE] },
  },
];

describe('image catalog', () => {
  it('is covered end to end below, model by model', () => {
    expect(everyEndpoint.map(model => model.id).sort()).toEqual(
      Object.keys(imageModelCatalog).sort(),
    );
    for (const model of everyEndpoint) {
      expect(imageModelCatalog[model.id as keyof typeof imageModelCatalog].endpoint).toBe(
        model.endpoint,
      );
    }
  });
});

// Each test has its own mock key, so they run concurrently.
describe.concurrent.each(aiVersions)('image models (%s)', (_, ai) => {
  const generate = (mock: Mock, modelId: string, args: Args = {}) =>
    ai.generateImage({
      model: mock.provider().image(modelId),
      prompt: PROMPT,
      maxRetries: 0,
      ...args,
    });
  const edit = (mock: Mock, modelId: string, images: Array<string | Uint8Array>, args: Args = {}) =>
    generate(mock, modelId, { prompt: { text: PROMPT, images }, ...args });

  /** Runs one call and returns the single `input` RunPod received, and the warnings. */
  async function sent(modelId: string, args: Args = {}, images?: string[]) {
    const mock = mockRunPod();
    const result = await (images
      ? edit(mock, modelId, images, args)
      : generate(mock, modelId, args));
    const jobs = await jobSubmissions(mock);
    expect(jobs).toHaveLength(1);
    return { input: jobs[0].input, warnings: result.warnings, result };
  }

  describe('every endpoint, end to end', () => {
    it.each(everyEndpoint)(
      '$id: sends the documented input to $endpoint and returns its image',
      async ({ id, endpoint, images, args, input, mediaType }) => {
        const mock = mockRunPod();
        const result = await (images ? edit(mock, id, images, args) : generate(mock, id, args));

        expect(await jobSubmissions(mock)).toEqual([{ path: `/v2/${endpoint}/run`, input }]);
        expect(result.warnings).toEqual([]);
        expect(result.images).toHaveLength(1);
        const [metadata] = imageMetadata(result);
        expect(result.image.uint8Array).toEqual(served(metadata.url!));
        expect(result.image.mediaType).toBe(mediaType ?? 'image/png');
        expect(result.responses[0].modelId).toBe(id);
      },
    );
  });

  describe('size and aspect ratio', () => {
    it('Flux: size → width and height', async () => {
      const { input } = await sent('black-forest-labs/flux-1-dev', { size: '512x768' });
      expect(input).toEqual({ prompt: PROMPT, width: 512, height: 768 });
    });

    it('Flux: aspectRatio → multiples of 64 near one megapixel', async () => {
      const { input } = await sent('black-forest-labs/flux-1-schnell', { aspectRatio: '16:9' });
      expect(input).toEqual({ prompt: PROMPT, width: 1344, height: 768 });
    });

    it('Flux: a tall aspectRatio keeps its shape within 256–1536 pixels', async () => {
      const { input, warnings } = await sent('black-forest-labs/flux-1-dev', {
        aspectRatio: '1:4',
      });
      expect(input).toEqual({ prompt: PROMPT, width: 384, height: 1536 });
      expect(warnings).toEqual([]);
    });

    it('Flux: an aspectRatio the pixel range cannot hold gets the nearest size, with a warning', async () => {
      const { input, warnings } = await sent('black-forest-labs/flux-1-dev', {
        aspectRatio: '8:1',
      });
      expect(input).toEqual({ prompt: PROMPT, width: 1536, height: 256 });
      expect(warnings).toEqual([
        {
          type: 'unsupported',
          feature: 'aspectRatio',
          details:
            "'black-forest-labs/flux-1-dev' takes 256 to 1536 pixels a side, which cannot hold 8:1; 1536x256, the nearest it takes, was sent.",
        },
      ]);
    });

    it('Flux: a size that is not a multiple of 64 is rejected before sending', async () => {
      const mock = mockRunPod();
      await expectRejectedBeforeSending(
        mock,
        generate(mock, 'black-forest-labs/flux-1-dev', { size: '1000x1000' }),
        'multiple of 64 from 256 to 1536 pixels, got 1000',
      );
    });

    it('free "W*H": size is sent as "W*H"', async () => {
      const { input } = await sent('qwen/qwen-image', { size: '1328x1328' });
      expect(input).toEqual({ prompt: PROMPT, size: '1328*1328' });
    });

    it('free "W*H": aspectRatio → computed "W*H" near one megapixel', async () => {
      const { input } = await sent('bytedance/seedream-4.0', { aspectRatio: '16:9' });
      expect(input).toEqual({ prompt: PROMPT, size: '1344*768' });
    });

    it('listed "W*H": a listed size is sent', async () => {
      const { input } = await sent('alibaba/wan-2.6-t2i', { size: '1440x1024' });
      expect(input).toEqual({ prompt: PROMPT, size: '1440*1024' });
    });

    it('listed "W*H": a size outside the list is rejected, naming the sizes', async () => {
      const mock = mockRunPod();
      await expectRejectedBeforeSending(
        mock,
        generate(mock, 'alibaba/wan-2.6-t2i', { size: '2000x1000' }),
        'takes the sizes 1024x1024, 1024x768, 1440x1024; got 2000x1000',
      );
    });

    it('listed "W*H": a size 1.x documented that the page does not list is sent, with a warning', async () => {
      const { input, warnings } = await sent('alibaba/wan-2.6-t2i', { size: '1280x720' });
      expect(input).toEqual({ prompt: PROMPT, size: '1280*720' });
      expect(warnings).toEqual([
        {
          type: 'compatibility',
          feature: 'size',
          details:
            '\'alibaba/wan-2.6-t2i\': its RunPod page does not list size "1280*720"; it was sent as 1.x of this package sent it.',
        },
      ]);
    });

    it('listed "W*H": aspectRatio → the listed size of that ratio', async () => {
      const { input } = await sent('alibaba/wan-2.6-t2i', { aspectRatio: '4:3' });
      expect(input).toEqual({ prompt: PROMPT, size: '1024*768' });
    });

    it('listed "W*H": of several sizes of the ratio, the one nearest one megapixel', async () => {
      const { input } = await sent('tongyi-mai/z-image-turbo', { aspectRatio: '1:1' });
      expect(input).toEqual({ prompt: PROMPT, size: '1024*1024' });
    });

    it('listed "W*H": aspectRatio maps on edit models too', async () => {
      const { input } = await sent('qwen/qwen-image-edit-2511', { aspectRatio: '4:5' }, [PHOTO]);
      expect(input).toEqual({ prompt: PROMPT, images: [PHOTO], size: '1024*1280' });
    });

    it('listed "W*H": an aspect ratio no listed size has is rejected, naming the sizes', async () => {
      const mock = mockRunPod();
      await expectRejectedBeforeSending(
        mock,
        generate(mock, 'alibaba/wan-2.6-t2i', { aspectRatio: '5:1' }),
        'takes the sizes 1024x1024, 1024x768, 1440x1024; none has the aspect ratio 5:1',
      );
    });

    it('listed "W*H": an aspect ratio only 1.x\'s sizes have gets 1.x\'s size, with a warning', async () => {
      const { input, warnings } = await sent('alibaba/wan-2.6-t2i', { aspectRatio: '16:9' });
      expect(input).toEqual({ prompt: PROMPT, size: '1280*720' });
      expect(warnings).toMatchObject([{ type: 'compatibility', feature: 'size' }]);
    });

    it('aspect_ratio list: aspectRatio is sent', async () => {
      const { input } = await sent('pruna/p-image-t2i', { aspectRatio: '3:2' });
      expect(input).toEqual({ prompt: PROMPT, aspect_ratio: '3:2' });
    });

    it('aspect_ratio list: an unlisted aspect ratio is rejected, naming the allowed ones', async () => {
      const mock = mockRunPod();
      await expectRejectedBeforeSending(
        mock,
        edit(mock, 'pruna/p-image-edit', [PHOTO], { aspectRatio: '21:9' }),
        'takes the aspect ratios 1:1, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3; got 21:9',
      );
    });

    it('aspect_ratio list: a size goes as its aspect ratio, with a warning', async () => {
      const { input, warnings } = await sent('pruna/p-image-t2i', { size: '1920x1080' });
      expect(input).toEqual({ prompt: PROMPT, aspect_ratio: '16:9' });
      expect(warnings).toEqual([
        {
          type: 'unsupported',
          feature: 'size',
          details:
            "'pruna/p-image-t2i' takes an aspect ratio, not a pixel size; 1920x1080 was sent as aspect_ratio 16:9.",
        },
      ]);
    });

    it('aspect_ratio list: a size of no listed ratio is not sent, with a warning', async () => {
      const { input, warnings } = await sent('pruna/p-image-t2i', { size: '1000x700' });
      expect(input).toEqual({ prompt: PROMPT });
      expect(warnings).toEqual([expect.objectContaining({ type: 'unsupported', feature: 'size' })]);
      expect((warnings[0] as { details: string }).details).toContain('so it was not sent');
    });

    it('Nano Banana Pro: aspectRatio is sent when listed', async () => {
      const { input } = await sent('google/nano-banana-pro-edit', { aspectRatio: '21:9' }, [PHOTO]);
      expect(input).toEqual({ prompt: PROMPT, images: [PHOTO], aspect_ratio: '21:9' });
    });

    it('Nano Banana Pro: an unlisted aspect ratio is rejected', async () => {
      const mock = mockRunPod();
      await expectRejectedBeforeSending(
        mock,
        edit(mock, 'google/nano-banana-pro-edit', [PHOTO], { aspectRatio: '2:1' }),
        'takes the aspect ratios 1:1, 3:2, 2:3, 4:3, 4:5, 5:4, 9:16, 16:9, 21:9; got 2:1',
      );
    });

    it('Nano Banana Pro: a size goes as resolution tier and aspect ratio, with a warning', async () => {
      const { input, warnings } = await sent('google/nano-banana-pro-edit', { size: '2048x1152' }, [
        PHOTO,
      ]);
      expect(input).toEqual({
        prompt: PROMPT,
        images: [PHOTO],
        resolution: '2k',
        aspect_ratio: '16:9',
      });
      expect(warnings).toEqual([
        {
          type: 'unsupported',
          feature: 'size',
          details:
            "'google/nano-banana-pro-edit' takes a resolution tier and an aspect ratio, not a pixel size; 2048x1152 was sent as resolution 2k and aspect_ratio 16:9.",
        },
      ]);
    });

    it('Nano Banana 2: any W:H aspect ratio is sent (its page lists examples only)', async () => {
      const { input } = await sent('google/nano-banana-2-edit', { aspectRatio: '4:1' }, [PHOTO]);
      expect(input).toEqual({ prompt: PROMPT, images: [PHOTO], aspect_ratio: '4:1' });
    });

    it('Nano Banana 2: the resolution option wins over the tier a size implies', async () => {
      const { input } = await sent(
        'google/nano-banana-2-edit',
        { size: '1024x1024', providerOptions: { runpod: { resolution: '4k' } } },
        [PHOTO],
      );
      expect(input).toEqual({
        prompt: PROMPT,
        images: [PHOTO],
        resolution: '4k',
        aspect_ratio: '1:1',
      });
    });

    it.each([
      ['qwen/qwen-image-edit', 'size', { size: '1024x1024' }],
      ['google/nano-banana-edit', 'aspectRatio', { aspectRatio: '16:9' }],
    ] as const)('%s has no %s parameter: not sent, with a warning', async (id, feature, args) => {
      const { input, warnings } = await sent(id, args, [PHOTO]);
      expect(Object.keys(input).sort()).toEqual(
        [id === 'qwen/qwen-image-edit' ? 'image' : 'images', 'prompt'].sort(),
      );
      expect(warnings).toEqual([
        {
          type: 'unsupported',
          feature,
          details: `'${id}' has no parameter for ${feature}; it was not sent.`,
        },
      ]);
    });

    it('size and aspectRatio together: the size is used, with a warning', async () => {
      const { input, warnings } = await sent('qwen/qwen-image', {
        size: '1024x768',
        aspectRatio: '1:1',
      });
      expect(input).toEqual({ prompt: PROMPT, size: '1024*768' });
      expect(warnings).toEqual([
        expect.objectContaining({ type: 'unsupported', feature: 'aspectRatio' }),
      ]);
    });
  });

  describe('input images', () => {
    it.each([
      ['pruna/p-image-edit', 6, 'takes 1 to 5 input images, got 6'],
      ['black-forest-labs/flux-1-kontext-dev', 0, 'takes 1 input image, got 0'],
      ['qwen/qwen-image-edit', 2, 'takes 1 input image, got 2'],
      ['qwen/qwen-image-edit-2511', 4, 'takes 1 to 3 input images, got 4'],
      ['bytedance/seedream-4.0-edit', 0, 'takes at least 1 input image, got 0'],
      ['google/nano-banana-edit', 5, 'takes 1 to 4 input images, got 5'],
      ['google/nano-banana-pro-edit', 15, 'takes 1 to 14 input images, got 15'],
      ['tongyi-mai/z-image-turbo', 2, 'takes at most 1 input image, got 2'],
    ])('%s with %i images is rejected before sending', async (id, count, text) => {
      const mock = mockRunPod();
      const images = Array.from({ length: count }, (_, i) => `https://example.com/${i}.png`);
      await expectRejectedBeforeSending(
        mock,
        count === 0 ? generate(mock, id) : edit(mock, id, images),
        text,
      );
    });

    it('Seedream 4.0 Edit takes more images than other models (its page states no maximum)', async () => {
      const images = Array.from({ length: 6 }, (_, i) => `https://example.com/${i}.png`);
      const { input } = await sent('bytedance/seedream-4.0-edit', {}, images);
      expect(input).toEqual({ prompt: PROMPT, images });
    });

    it('an edit image given as bytes is sent as a data: URL', async () => {
      const mock = mockRunPod();
      await edit(mock, 'black-forest-labs/flux-1-kontext-dev', [PNG_BYTES]);
      expect((await jobSubmissions(mock))[0].input).toEqual({
        prompt: PROMPT,
        image: PNG_DATA_URL,
      });
    });

    it('URLs and bytes mix in one images list, in order', async () => {
      const mock = mockRunPod();
      await edit(mock, 'pruna/p-image-edit', [PHOTO, PNG_BYTES]);
      expect((await jobSubmissions(mock))[0].input).toEqual({
        prompt: PROMPT,
        images: [PHOTO, PNG_DATA_URL],
      });
    });

    it('Z-Image Turbo: one input image turns it into image-to-image, with strength', async () => {
      const { input } = await sent(
        'tongyi-mai/z-image-turbo',
        { providerOptions: { runpod: { strength: 0.6 } } },
        [PHOTO],
      );
      expect(input).toEqual({ prompt: PROMPT, image: PHOTO, strength: 0.6 });
    });

    it('a text-to-image model given images does not send them, with a warning', async () => {
      const { input, warnings } = await sent('qwen/qwen-image', {}, [PHOTO]);
      expect(input).toEqual({ prompt: PROMPT });
      expect(warnings).toEqual([
        expect.objectContaining({ type: 'unsupported', feature: 'prompt.images' }),
      ]);
    });
  });

  describe('seed and n', () => {
    it.each(['google/nano-banana-edit', 'bytedance/seedream-4.0-edit'])(
      '%s has no seed: not sent, with a warning',
      async id => {
        const { input, warnings } = await sent(id, { seed: 42 }, [PHOTO]);
        expect(input).toEqual({ prompt: PROMPT, images: [PHOTO] });
        expect(warnings).toEqual([
          {
            type: 'unsupported',
            feature: 'seed',
            details: `'${id}' has no parameter for seed; it was not sent.`,
          },
        ]);
      },
    );

    it('n: 12 is one call of twelve jobs, so no seed repeats', async () => {
      const mock = mockRunPod();
      const result = await generate(mock, 'qwen/qwen-image', { n: 12, seed: 5 });
      const seeds = (await jobSubmissions(mock)).map(job => job.input.seed as number);
      expect(seeds.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => 5 + i));
      expect(result.images).toHaveLength(12);
    });

    it('n: 3 runs three jobs with seeds counting up, and returns three images', async () => {
      const mock = mockRunPod();
      const result = await generate(mock, 'qwen/qwen-image', { n: 3, seed: 10 });

      const jobs = await jobSubmissions(mock);
      expect(jobs.map(job => job.input.seed).sort()).toEqual([10, 11, 12]);
      expect(jobs.every(job => job.path === '/v2/qwen-image-t2i/run')).toBe(true);
      const metadata = imageMetadata(result);
      expect(new Set(metadata.map(image => image.jobId)).size).toBe(3);
      expect(result.images.map(image => image.uint8Array)).toEqual(
        metadata.map(image => served(image.url!)),
      );
    });
  });

  describe('provider options', () => {
    it.each([
      [
        'black-forest-labs/flux-1-dev',
        undefined,
        { negativePrompt: 'blur', numInferenceSteps: 30, guidance: 5, imageFormat: 'png' },
        { negative_prompt: 'blur', num_inference_steps: 30, guidance: 5, image_format: 'png' },
        'image/png',
      ],
      [
        'black-forest-labs/flux-1-kontext-dev',
        [PHOTO],
        {
          negativePrompt: 'blur',
          numInferenceSteps: 20,
          guidance: 3.5,
          outputFormat: 'jpeg',
          enableSafetyChecker: false,
        },
        {
          image: PHOTO,
          negative_prompt: 'blur',
          num_inference_steps: 20,
          guidance: 3.5,
          output_format: 'jpeg',
          enable_safety_checker: false,
        },
        'image/jpeg',
      ],
      [
        'pruna/p-image-t2i',
        undefined,
        { disableSafetyChecker: true },
        { disable_safety_checker: true },
        'image/png',
      ],
      [
        'qwen/qwen-image',
        undefined,
        { negativePrompt: 'text', enableSafetyChecker: false },
        { negative_prompt: 'text', enable_safety_checker: false },
        'image/png',
      ],
      [
        'tongyi-mai/z-image-turbo',
        undefined,
        { outputFormat: 'webp', enableSafetyChecker: true },
        { output_format: 'webp', enable_safety_checker: true },
        'image/webp',
      ],
      [
        'qwen/qwen-image-edit',
        [PHOTO],
        { negativePrompt: 'text', outputFormat: 'png' },
        { image: PHOTO, negative_prompt: 'text', output_format: 'png' },
        'image/png',
      ],
      [
        'qwen/qwen-image-edit-2511-lora',
        [PHOTO],
        { loras: [LORA, { path: 'my-lora.safetensors', scale: 1 }], outputFormat: 'webp' },
        {
          images: [PHOTO],
          loras: [LORA, { path: 'my-lora.safetensors', scale: 1 }],
          output_format: 'webp',
        },
        'image/webp',
      ],
      [
        'google/nano-banana-pro-edit',
        [PHOTO],
        { resolution: '4k', outputFormat: 'jpeg', enableSafetyChecker: false },
        { images: [PHOTO], resolution: '4k', output_format: 'jpeg', enable_safety_checker: false },
        'image/jpeg',
      ],
    ])('%s: maps its options to RunPod names', async (id, images, options, expected, mediaType) => {
      const { input, result } = await sent(id, { providerOptions: { runpod: options } }, images);
      expect(input).toEqual({ prompt: PROMPT, ...expected });
      expect(result.image.mediaType).toBe(mediaType);
    });

    it('Nano Banana 2: enableBase64Output returns the image inline, without a URL', async () => {
      const { input, result } = await sent(
        'google/nano-banana-2-edit',
        { providerOptions: { runpod: { enableBase64Output: true, outputFormat: 'png' } } },
        [PHOTO],
      );
      expect(input).toEqual({
        prompt: PROMPT,
        images: [PHOTO],
        enable_base64_output: true,
        output_format: 'png',
      });
      const [metadata] = imageMetadata(result);
      expect(metadata.url).toBeUndefined();
      expect(result.image.uint8Array).toEqual(mediaBytes(`${metadata.jobId}-1.png`)!.bytes);
      expect(result.image.mediaType).toBe('image/png');
    });

    it.each([
      [
        'qwen/qwen-image',
        undefined,
        { negative_prompt: 42 },
        'providerOptions.runpod.negative_prompt takes a string, got 42',
      ],
      [
        'qwen/qwen-image-lora',
        undefined,
        { loras: [{ path: 'x.safetensors' }] },
        'providerOptions.runpod.loras.0.scale: Invalid input: expected number',
      ],
      [
        'google/nano-banana-2-edit',
        [PHOTO],
        { resolution: '8k' },
        "providerOptions.runpod.resolution takes 1k, 2k, 4k, got '8k'",
      ],
      [
        'black-forest-labs/flux-1-kontext-dev',
        [PHOTO],
        { outputFormat: 'webp' },
        "providerOptions.runpod.outputFormat takes png, jpeg, got 'webp'",
      ],
      [
        'black-forest-labs/flux-1-schnell',
        undefined,
        { numInferenceSteps: 9 },
        'providerOptions.runpod.numInferenceSteps takes 1 to 8, got 9',
      ],
    ])('%s rejects %o %o before sending', async (id, images, options, text) => {
      const mock = mockRunPod();
      const args = { providerOptions: { runpod: options } };
      await expectRejectedBeforeSending(
        mock,
        images ? edit(mock, id, images, args) : generate(mock, id, args),
        text,
      );
    });
  });

  describe('results', () => {
    it('providerMetadata.runpod.images: job ID, times, cost and URL', async () => {
      const mock = mockRunPod();
      await mock.script({ job: { queueMs: 20, executionMs: 30 } });
      const result = await generate(mock, 'qwen/qwen-image');

      const [metadata] = imageMetadata(result);
      expect(metadata).toEqual({
        jobId: expect.stringMatching(/-u\d+$/),
        delayTime: 20,
        executionTime: 30,
        cost: 0.02,
        url: `${mock.origin}/media/${metadata.jobId}-1.png`,
      });
    });

    it('reports an output value that is no URL, data: URL or base64 as InvalidResponseDataError', async () => {
      const mock = mockRunPod();
      await mock.script({ job: { output: { image_url: 's3://bucket/out.png' } } });
      const error = await generate(mock, 'my-image-endpoint').catch((caught: unknown) => caught);
      expect(InvalidResponseDataError.isInstance(error)).toBe(true);
      expect((error as Error).message).toContain("holds 's3://bucket/out.png', which is neither");
    });

    it('reads an output under `result` (as live endpoints have answered)', async () => {
      const mock = mockRunPod();
      const result = await generate(mock, 'pruna/p-image-t2i');

      const [metadata] = imageMetadata(result);
      expect(metadata).toMatchObject({ cost: 0.005, url: expect.stringContaining('/media/') });
      expect(result.image.uint8Array).toEqual(served(metadata.url!));
      const downloads = (await mock.requests()).filter(r => r.path.startsWith('/media/'));
      expect(downloads.map(r => `${mock.origin}${r.path}`)).toEqual([metadata.url]);
    });
  });

  describe('model IDs', () => {
    it('alibaba/wan-2.6 (the earlier ID) is WAN 2.6 T2I', async () => {
      const mock = mockRunPod();
      const result = await generate(mock, 'alibaba/wan-2.6', { size: '1024x768' });
      expect(await jobSubmissions(mock)).toEqual([
        { path: '/v2/wan-2-6-t2i/run', input: { prompt: PROMPT, size: '1024*768' } },
      ]);
      expect(result.responses[0].modelId).toBe('alibaba/wan-2.6-t2i');
    });

    it('a public endpoint slug gets its catalog model, with its limits', async () => {
      const mock = mockRunPod();
      await expectRejectedBeforeSending(
        mock,
        edit(mock, 'nano-banana-pro-edit', [PHOTO], { aspectRatio: '2:1' }),
        "RunPod image model 'google/nano-banana-pro-edit': takes the aspect ratios",
      );
    });

    it('your own endpoint gets the standard options and every provider option as input keys', async () => {
      const mock = mockRunPod();
      const result = await edit(mock, 'my-image-endpoint', [PHOTO], {
        size: '768x512',
        seed: 5,
        providerOptions: { runpod: { steps: 20, sampler: 'euler', seed: 99 } },
      });
      expect(await jobSubmissions(mock)).toEqual([
        {
          path: '/v2/my-image-endpoint/run',
          input: {
            prompt: PROMPT,
            width: 768,
            height: 512,
            seed: 99,
            images: [PHOTO],
            steps: 20,
            sampler: 'euler',
          },
        },
      ]);
      expect(result.image.uint8Array).toEqual(served(imageMetadata(result)[0].url!));
    });
  });
});
