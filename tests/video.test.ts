import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import { describe, expect, it } from 'vitest';
import { aiVersions, isJobSubmission, mockRunPod, rejection } from './helpers';
import { mediaBytes } from './mock-runpod/media';
import { runpod } from '../src';

// Video through `experimental_generateVideo` (the name in both ai@6 and ai@7).
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

type AI = (typeof aiVersions)[number][1];
type Mock = ReturnType<typeof mockRunPod>;
type VideoArgs = Omit<Parameters<AI['experimental_generateVideo']>[0], 'model'>;

const IMAGE = 'https://example.com/portrait.jpg';
const PNG = mediaBytes('start.png')!.bytes;
const PNG_DATA_URL = `data:image/png;base64,${convertUint8ArrayToBase64(PNG)}`;
// maxWaitMs defaults to 1 200 000 ms for video: the job's TTL is that plus a minute.
const POLICY = { ttl: 1_260_000 };

/** The jobs' submissions (`/run`) and the video downloads that followed them. */
async function jobRequests(mock: Mock) {
  const requests = await mock.requests();
  const submits = requests.filter(isJobSubmission);
  const downloads = requests.filter(r => r.path.startsWith('/media/'));
  return {
    requests,
    submits,
    input: (submits[0]?.body as { input: Record<string, unknown> } | undefined)?.input,
    mediaNames: downloads.map(r => r.path.slice('/media/'.length)),
  };
}

// Endpoint slugs, inputs and prices as RunPod documents them (https://docs.runpod.io/public-endpoints/models),
// written out here rather than read from the catalog, so that a wrong entry fails.
const endpoints: Array<{
  id: string;
  slug: string;
  args: VideoArgs;
  input: Record<string, unknown>;
  cost: number;
}> = [
  {
    id: 'meigen-ai/infinitetalk',
    slug: 'infinitetalk',
    args: {
      prompt: { image: IMAGE, text: 'A cartoon computer talking' },
      resolution: '854x480',
      providerOptions: { runpod: { audio: 'https://example.com/speech.wav' } },
    },
    input: {
      prompt: 'A cartoon computer talking',
      image: IMAGE,
      audio: 'https://example.com/speech.wav',
      size: '480p',
    },
    cost: 0.25,
  },
  {
    id: 'kwaivgi/kling-v2.1-i2v-pro',
    slug: 'kling-v2-1-i2v-pro',
    args: {
      prompt: { image: IMAGE, text: 'A dragon breathes fire' },
      duration: 10,
      providerOptions: { runpod: { negativePrompt: 'blur', guidanceScale: 0.7 } },
    },
    input: {
      prompt: 'A dragon breathes fire',
      image: IMAGE,
      duration: 10,
      negative_prompt: 'blur',
      guidance_scale: 0.7,
    },
    cost: 0.9,
  },
  {
    id: 'kwaivgi/kling-v2.6-std-motion-control',
    slug: 'kling-v2-6-std-motion-control',
    args: {
      prompt: { image: IMAGE, text: 'Follow the dance' },
      providerOptions: {
        runpod: {
          video: 'https://example.com/dance.mp4',
          characterOrientation: 'video',
          keepOriginalSound: false,
        },
      },
    },
    input: {
      prompt: 'Follow the dance',
      image: IMAGE,
      video: 'https://example.com/dance.mp4',
      character_orientation: 'video',
      keep_original_sound: false,
    },
    cost: 0.42,
  },
  {
    id: 'kwaivgi/kling-video-o1-r2v',
    slug: 'kling-video-o1-r2v',
    args: {
      prompt: 'The robot dances with the teddy bear',
      inputReferences: ['https://example.com/robot.png', 'https://example.com/bear.png'],
      duration: 7,
    },
    input: {
      prompt: 'The robot dances with the teddy bear',
      images: ['https://example.com/robot.png', 'https://example.com/bear.png'],
      duration: 7,
    },
    cost: 0.784,
  },
  {
    id: 'bytedance/seedance-v1.5-pro-i2v',
    slug: 'seedance-v1-5-pro-i2v',
    args: {
      prompt: { image: IMAGE, text: 'She turns and smiles' },
      duration: 6,
      providerOptions: { runpod: { cameraFixed: true } },
    },
    input: { prompt: 'She turns and smiles', image: IMAGE, duration: 6, camera_fixed: true },
    cost: 0.312,
  },
  {
    id: 'openai/sora-2-i2v',
    slug: 'sora-2-i2v',
    args: { prompt: { image: IMAGE, text: 'Action: the mech stands up.' }, duration: 8 },
    input: { prompt: 'Action: the mech stands up.', image: IMAGE, duration: 8 },
    cost: 0.8,
  },
  {
    id: 'openai/sora-2-pro-i2v',
    slug: 'sora-2-pro-i2v',
    args: { prompt: { image: IMAGE, text: 'Welcome to my bakery!' }, duration: 4 },
    input: { prompt: 'Welcome to my bakery!', image: IMAGE, duration: 4 },
    cost: 1.2,
  },
  {
    id: 'pruna/p-video',
    slug: 'p-video',
    args: {
      prompt: 'Clouds over a mountain range at sunset',
      duration: 3,
      providerOptions: { runpod: { draft: true } },
    },
    input: { prompt: 'Clouds over a mountain range at sunset', duration: 3, draft: true },
    cost: 0.015,
  },
  {
    id: 'vidu/q3-i2v',
    slug: 'vidu-q3-i2v',
    args: {
      prompt: { image: IMAGE, text: 'She turns her head' },
      providerOptions: { runpod: { movementAmplitude: 'medium', bgm: false } },
    },
    input: {
      prompt: 'She turns her head',
      image: IMAGE,
      movement_amplitude: 'medium',
      bgm: false,
    },
    cost: 0.75,
  },
  {
    id: 'vidu/q3-t2v',
    slug: 'vidu-q3-t2v',
    args: {
      prompt: 'A city at night with flying cars',
      duration: 16,
      providerOptions: { runpod: { style: 'anime' } },
    },
    input: { prompt: 'A city at night with flying cars', duration: 16, style: 'anime' },
    cost: 2.4,
  },
  {
    id: 'alibaba/wan-2.1-i2v-720',
    slug: 'wan-2-1-i2v-720',
    args: {
      prompt: { image: IMAGE, text: 'The family leans in' },
      providerOptions: { runpod: { numInferenceSteps: 20, flowShift: 3 } },
    },
    input: {
      prompt: 'The family leans in',
      image: IMAGE,
      num_inference_steps: 20,
      flow_shift: 3,
    },
    cost: 0.3,
  },
  {
    id: 'alibaba/wan-2.2-t2v-720-lora',
    slug: 'wan-2-2-t2v-720-lora',
    args: {
      prompt: { image: IMAGE, text: 'Orbit around the astronaut' },
      duration: 8,
      providerOptions: {
        runpod: {
          highNoiseLoras: [{ path: 'https://example.com/orbit-high.safetensors', scale: 1 }],
          lowNoiseLoras: [{ path: 'https://example.com/orbit-low.safetensors', scale: 0.8 }],
        },
      },
    },
    input: {
      prompt: 'Orbit around the astronaut',
      image: IMAGE,
      duration: 8,
      high_noise_loras: [{ path: 'https://example.com/orbit-high.safetensors', scale: 1 }],
      low_noise_loras: [{ path: 'https://example.com/orbit-low.safetensors', scale: 0.8 }],
    },
    cost: 0.56,
  },
  {
    id: 'alibaba/wan-2.2-i2v-720',
    slug: 'wan-2-2-i2v-720',
    args: {
      prompt: { image: IMAGE, text: 'An origami boat drifts' },
      providerOptions: { runpod: { guidance: 6, enablePromptOptimization: true } },
    },
    input: {
      prompt: 'An origami boat drifts',
      image: IMAGE,
      guidance: 6,
      enable_prompt_optimization: true,
    },
    cost: 0.3,
  },
  {
    // The mock answers under `result` here, as RunPod's text-to-video tutorial reads WAN 2.5.
    id: 'alibaba/wan-2.5',
    slug: 'wan-2-5',
    args: {
      prompt: { image: IMAGE, text: 'A comedian tells a joke' },
      providerOptions: { runpod: { enablePromptExpansion: true, enableSafetyChecker: false } },
    },
    input: {
      prompt: 'A comedian tells a joke',
      image: IMAGE,
      enable_prompt_expansion: true,
      enable_safety_checker: false,
    },
    cost: 0.5,
  },
  {
    id: 'alibaba/wan-2.6-i2v',
    slug: 'wan-2-6-i2v',
    args: {
      prompt: { image: IMAGE, text: 'A walk through the park' },
      providerOptions: {
        runpod: { shotType: 'multi', audio: 'https://example.com/music.mp3' },
      },
    },
    input: {
      prompt: 'A walk through the park',
      image: IMAGE,
      shot_type: 'multi',
      audio: 'https://example.com/music.mp3',
    },
    cost: 0.5,
  },
  {
    id: 'alibaba/wan-2.6-t2v',
    slug: 'wan-2-6-t2v',
    args: {
      prompt: 'A golden retriever runs through sunflowers',
      providerOptions: { runpod: { negativePrompt: 'rain' } },
    },
    input: { prompt: 'A golden retriever runs through sunflowers', negative_prompt: 'rain' },
    cost: 0.5,
  },
];

describe.each(aiVersions)('experimental_generateVideo (%s)', (_, ai) => {
  const generate = (mock: Mock, model: string, args: VideoArgs) =>
    ai.experimental_generateVideo({
      model: mock.provider().video(model),
      maxRetries: 0,
      ...args,
    } as Parameters<AI['experimental_generateVideo']>[0]);

  /** Runs a call that must fail before any request, and returns its InvalidArgumentError. */
  async function rejectedBeforeRequest(mock: Mock, model: string, args: VideoArgs) {
    const error = await rejection(generate(mock, model, args));
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(await mock.requests()).toEqual([]);
    return error as InvalidArgumentError;
  }

  describe('every public video endpoint', () => {
    it.each(endpoints)(
      '$id posts its input to /v2/$slug/run and returns the video bytes',
      async ({ id, slug, args, input, cost }) => {
        const mock = mockRunPod();
        const { video, videos, warnings, providerMetadata } = await generate(mock, id, args);

        const { requests, submits, mediaNames } = await jobRequests(mock);
        expect(requests.map(r => `${r.method} ${r.path}`)).toEqual([
          `POST /v2/${slug}/run`,
          expect.stringMatching(new RegExp(`^GET /v2/${slug}/status-sync/`)),
          expect.stringMatching(/^GET \/media\/.*-1\.mp4$/),
        ]);
        expect(submits[0].body).toEqual({ input, policy: POLICY });
        expect(videos).toHaveLength(1);
        expect(video.uint8Array).toEqual(mediaBytes(mediaNames[0])!.bytes);
        expect(video.mediaType).toBe('video/mp4');
        expect(warnings).toEqual([]);
        expect(providerMetadata.runpod).toEqual({
          videos: [
            {
              jobId: mediaNames[0].replace(/-1\.mp4$/, ''),
              delayTime: 0,
              executionTime: 40,
              cost,
              url: `${mock.origin}/media/${mediaNames[0]}`,
            },
          ],
        });
      },
    );
  });

  describe("image-to-video models as RunPod's AI SDK page lists them", () => {
    // https://docs.runpod.io/public-endpoints/ai-sdk: "Image-to-video models take their start
    // image as `prompt: { image, text }`"; Kling O1 is listed among them.
    const imageToVideo = endpoints.filter(({ id }) =>
      runpod
        .models('video')
        .find(model => model.id === id)
        ?.capabilities.includes('image-to-video'),
    );

    it('lists Kling O1 as image-to-video', () => {
      expect(imageToVideo.map(({ id }) => id)).toContain('kwaivgi/kling-video-o1-r2v');
    });

    it.each(imageToVideo)('$id sends prompt.image without a warning', async ({ id, args }) => {
      const mock = mockRunPod();
      const { inputReferences: _references, ...rest } = args as VideoArgs & {
        inputReferences?: unknown;
      };
      const { warnings } = await generate(mock, id, {
        ...rest,
        prompt: { image: 'https://example.com/start.png', text: 'Go' },
      });
      expect(warnings).toEqual([]);
      const { input } = await jobRequests(mock);
      expect([input?.image, (input?.images as string[] | undefined)?.[0]]).toContain(
        'https://example.com/start.png',
      );
    });

    it("puts Kling O1's prompt.image first among its reference images", async () => {
      const mock = mockRunPod();
      const { warnings } = await generate(mock, 'kwaivgi/kling-video-o1-r2v', {
        prompt: { image: PNG, text: 'They dance' },
        inputReferences: ['https://example.com/stage.png'],
      });
      expect(warnings).toEqual([]);
      expect((await jobRequests(mock)).input).toEqual({
        prompt: 'They dance',
        images: [PNG_DATA_URL, 'https://example.com/stage.png'],
      });
    });
  });

  describe('duration', () => {
    it('sends duration in seconds', async () => {
      const mock = mockRunPod();
      await generate(mock, 'alibaba/wan-2.6-t2v', { prompt: 'Waves', duration: 15 });
      expect((await jobRequests(mock)).input).toEqual({ prompt: 'Waves', duration: 15 });
    });

    it.each([
      ['openai/sora-2-i2v', 5, 'takes 4, 8, 12 seconds, got 5'],
      ['alibaba/wan-2.6-i2v', 8, 'takes 5, 10, 15 seconds, got 8'],
      ['vidu/q3-i2v', 17, 'takes 1 to 16 seconds, got 17'],
      ['kwaivgi/kling-video-o1-r2v', 2, 'takes 3 to 10 seconds, got 2'],
      ['alibaba/wan-2.1-i2v-720', 4.5, 'takes a whole number of seconds, got 4.5'],
    ])('%s rejects duration %s before any request', async (id, duration, message) => {
      const mock = mockRunPod();
      const error = await rejectedBeforeRequest(mock, id, {
        prompt: { image: IMAGE, text: 'Go' },
        inputReferences: [IMAGE],
        duration,
      });
      expect(error.argument).toBe('duration');
      expect(error.message).toBe(`RunPod video model '${id}': duration ${message}.`);
    });

    it('requires a duration for Sora 2, whose page gives no default', async () => {
      const mock = mockRunPod();
      const error = await rejectedBeforeRequest(mock, 'openai/sora-2-i2v', {
        prompt: { image: IMAGE, text: 'Go' },
      });
      expect(error.message).toBe(
        "RunPod video model 'openai/sora-2-i2v': needs a duration: 4, 8, 12 seconds.",
      );
    });

    it('warns that InfiniteTalk takes its length from the audio, and sends no duration', async () => {
      const mock = mockRunPod();
      const { warnings } = await generate(mock, 'meigen-ai/infinitetalk', {
        prompt: { image: IMAGE, text: 'Hello' },
        resolution: '1280x720',
        duration: 5,
        providerOptions: { runpod: { audio: 'https://example.com/speech.wav' } },
      });
      expect(warnings).toEqual([
        {
          type: 'unsupported',
          feature: 'duration',
          details:
            "'meigen-ai/infinitetalk' has no duration parameter (its inputs set the length); it was not sent.",
        },
      ]);
      expect((await jobRequests(mock)).input).not.toHaveProperty('duration');
    });

    it('warns that P-Video takes its length from the audio when audio is given', async () => {
      const mock = mockRunPod();
      const { warnings } = await generate(mock, 'pruna/p-video', {
        prompt: 'A drummer',
        duration: 5,
        providerOptions: { runpod: { audio: 'https://example.com/drums.wav' } },
      });
      expect(warnings).toMatchObject([{ type: 'unsupported', feature: 'duration' }]);
      expect((await jobRequests(mock)).input).toEqual({
        prompt: 'A drummer',
        audio: 'https://example.com/drums.wav',
      });
    });
  });

  describe('aspect ratio', () => {
    it('sends an aspect ratio from the model list as aspect_ratio', async () => {
      const mock = mockRunPod();
      await generate(mock, 'bytedance/seedance-v1.5-pro-i2v', {
        prompt: { image: IMAGE, text: 'Go' },
        aspectRatio: '3:4',
      });
      expect((await jobRequests(mock)).input).toEqual({
        prompt: 'Go',
        image: IMAGE,
        aspect_ratio: '3:4',
      });
    });

    it('rejects an aspect ratio outside the model list before any request', async () => {
      const mock = mockRunPod();
      const error = await rejectedBeforeRequest(mock, 'kwaivgi/kling-video-o1-r2v', {
        prompt: 'Go',
        inputReferences: [IMAGE],
        aspectRatio: '4:3',
      });
      expect(error.argument).toBe('aspectRatio');
      expect(error.message).toBe(
        "RunPod video model 'kwaivgi/kling-video-o1-r2v': aspectRatio (sent as aspect_ratio) takes 16:9, 9:16, 1:1, got '4:3'.",
      );
    });

    it('warns that a model without aspect_ratio cannot take one, and sends none', async () => {
      const mock = mockRunPod();
      const { warnings } = await generate(mock, 'openai/sora-2-pro-i2v', {
        prompt: { image: IMAGE, text: 'Go' },
        duration: 4,
        aspectRatio: '9:16',
      });
      expect(warnings).toEqual([
        {
          type: 'unsupported',
          feature: 'aspectRatio',
          details:
            "'openai/sora-2-pro-i2v' has no aspect_ratio parameter (set resolution instead); it was not sent.",
        },
      ]);
      expect((await jobRequests(mock)).input).toEqual({ prompt: 'Go', image: IMAGE, duration: 4 });
    });

    it.each([
      ['alibaba/wan-2.6-t2v', 'Go', '9:16', '720*1280'],
      ['alibaba/wan-2.6-t2v', 'Go', '16:9', '1280*720'],
      ['alibaba/wan-2.5', { image: IMAGE, text: 'Go' }, '9:16', '720*1280'],
    ] as const)(
      '%s takes only a size: aspectRatio %s becomes the size %s',
      async (id, prompt, aspectRatio, size) => {
        const mock = mockRunPod();
        const { warnings } = await generate(mock, id, { prompt, aspectRatio });
        expect(warnings).toEqual([]);
        expect((await jobRequests(mock)).input).toMatchObject({ size });
      },
    );

    it('warns that P-Video takes the aspect ratio from a start image', async () => {
      const mock = mockRunPod();
      const { warnings } = await generate(mock, 'pruna/p-video', {
        prompt: { image: IMAGE, text: 'Go' },
        aspectRatio: '1:1',
      });
      expect(warnings).toMatchObject([{ feature: 'aspectRatio' }]);
      expect((await jobRequests(mock)).input).toEqual({ prompt: 'Go', image: IMAGE });
    });

    it("takes 'adaptive' silently where the video follows the start image", async () => {
      const mock = mockRunPod();
      const { warnings } = await generate(mock, 'alibaba/wan-2.5', {
        prompt: { image: IMAGE, text: 'Go' },
        aspectRatio: 'adaptive',
      });
      expect(warnings).toEqual([]);
      expect((await jobRequests(mock)).input).toEqual({ prompt: 'Go', image: IMAGE });
    });

    it("warns about 'adaptive' on a text-to-video model", async () => {
      const mock = mockRunPod();
      const { warnings } = await generate(mock, 'vidu/q3-t2v', {
        prompt: 'Go',
        aspectRatio: 'adaptive',
      });
      expect(warnings).toMatchObject([{ type: 'unsupported', feature: 'aspectRatio' }]);
      expect((await jobRequests(mock)).input).toEqual({ prompt: 'Go' });
    });
  });

  describe('resolution', () => {
    const withImage = { image: IMAGE, text: 'Go' };
    it.each([
      ['alibaba/wan-2.6-t2v', 'Go', '720x1280', { size: '720*1280' }],
      ['alibaba/wan-2.1-i2v-720', withImage, '1280x720', { size: '1280*720' }],
      ['vidu/q3-i2v', withImage, '1920x1080', { resolution: '1080p' }],
      ['pruna/p-video', 'Go', '1920x1080', { resolution: '1080p', aspect_ratio: '16:9' }],
      ['openai/sora-2-pro-i2v', withImage, '1920x1080', { size: '1080p' }],
    ] as const)('%s sends %s as %o', async (id, prompt, resolution, fields) => {
      const mock = mockRunPod();
      // Sora 2 Pro needs a duration; the others get their default.
      const duration = id.startsWith('openai/') ? 4 : undefined;
      await generate(mock, id, { prompt, resolution, duration });
      expect((await jobRequests(mock)).input).toMatchObject(fields);
    });

    it("sends InfiniteTalk's resolution as size 720p", async () => {
      const mock = mockRunPod();
      await generate(mock, 'meigen-ai/infinitetalk', {
        prompt: { image: IMAGE, text: 'Hello' },
        resolution: '1280x720',
        providerOptions: { runpod: { audio: 'https://example.com/speech.wav' } },
      });
      expect((await jobRequests(mock)).input).toMatchObject({ size: '720p' });
    });

    it('sends the orientation of a portrait resolution as aspect_ratio beside "720p"', async () => {
      const mock = mockRunPod();
      await generate(mock, 'bytedance/seedance-v1.5-pro-i2v', {
        prompt: { image: IMAGE, text: 'Go' },
        resolution: '720x1280',
      });
      expect((await jobRequests(mock)).input).toEqual({
        prompt: 'Go',
        image: IMAGE,
        resolution: '720p',
        aspect_ratio: '9:16',
      });
    });

    it.each([
      ['alibaba/wan-2.6-i2v', '1280x1280', 'takes 1280x720, 1920x1080'],
      [
        'bytedance/seedance-v1.5-pro-i2v',
        '1920x1080',
        'takes a short side of 480, 720 pixels (480p, 720p)',
      ],
    ])('%s rejects resolution %s before any request', async (id, resolution, message) => {
      const mock = mockRunPod();
      const error = await rejectedBeforeRequest(mock, id, {
        prompt: { image: IMAGE, text: 'Go' },
        resolution: resolution as `${number}x${number}`,
      });
      expect(error.argument).toBe('resolution');
      expect(error.message).toBe(
        `RunPod video model '${id}': resolution ${message}, got '${resolution}'.`,
      );
    });

    it('rejects a resolution that is not WxH before any request', async () => {
      const mock = mockRunPod();
      const error = await rejectedBeforeRequest(mock, 'alibaba/wan-2.5', {
        prompt: { image: IMAGE, text: 'Go' },
        resolution: '1280*720' as `${number}x${number}`,
      });
      expect(error.argument).toBe('resolution');
    });

    it('requires a resolution for InfiniteTalk, whose size has no default', async () => {
      const mock = mockRunPod();
      const error = await rejectedBeforeRequest(mock, 'meigen-ai/infinitetalk', {
        prompt: { image: IMAGE, text: 'Hello' },
        providerOptions: { runpod: { audio: 'https://example.com/speech.wav' } },
      });
      expect(error.argument).toBe('resolution');
    });

    it('warns that Kling v2.1 has no resolution parameter, and sends none', async () => {
      const mock = mockRunPod();
      const { warnings } = await generate(mock, 'kwaivgi/kling-v2.1-i2v-pro', {
        prompt: { image: IMAGE, text: 'Go' },
        resolution: '1280x720',
      });
      expect(warnings).toMatchObject([{ type: 'unsupported', feature: 'resolution' }]);
      expect((await jobRequests(mock)).input).toEqual({ prompt: 'Go', image: IMAGE });
    });
  });

  describe('seed, fps and audio', () => {
    it('sends seed', async () => {
      const mock = mockRunPod();
      await generate(mock, 'alibaba/wan-2.5', { prompt: { image: IMAGE, text: 'Go' }, seed: 42 });
      expect((await jobRequests(mock)).input).toEqual({ prompt: 'Go', image: IMAGE, seed: 42 });
    });

    it('runs n videos as n jobs at once, counting the seed up, and returns them all', async () => {
      const mock = mockRunPod();
      const { videos, providerMetadata } = await generate(mock, 'alibaba/wan-2.5', {
        prompt: { image: IMAGE, text: 'Go' },
        seed: 42,
        n: 2,
      });
      const { submits, mediaNames } = await jobRequests(mock);
      expect(submits.map(s => (s.body as any).input.seed).sort()).toEqual([42, 43]);
      expect(videos.map(v => v.uint8Array)).toEqual(
        expect.arrayContaining(mediaNames.map(name => mediaBytes(name)!.bytes)),
      );
      expect(videos).toHaveLength(2);
      expect((providerMetadata.runpod as any).videos).toHaveLength(2);
    });

    it('warns that Sora 2 takes no seed, and sends none', async () => {
      const mock = mockRunPod();
      const { warnings } = await generate(mock, 'openai/sora-2-i2v', {
        prompt: { image: IMAGE, text: 'Go' },
        duration: 4,
        seed: 42,
      });
      expect(warnings).toMatchObject([{ type: 'unsupported', feature: 'seed' }]);
      expect((await jobRequests(mock)).input).toEqual({ prompt: 'Go', image: IMAGE, duration: 4 });
    });

    it('sends fps to P-Video', async () => {
      const mock = mockRunPod();
      await generate(mock, 'pruna/p-video', { prompt: 'Go', fps: 48 });
      expect((await jobRequests(mock)).input).toEqual({ prompt: 'Go', fps: 48 });
    });

    it('rejects an fps P-Video does not take before any request', async () => {
      const mock = mockRunPod();
      const error = await rejectedBeforeRequest(mock, 'pruna/p-video', { prompt: 'Go', fps: 30 });
      expect(error.argument).toBe('fps');
      expect(error.message).toBe("RunPod video model 'pruna/p-video': fps takes 24, 48, got 30.");
    });

    it('warns that a model without fps cannot take one', async () => {
      const mock = mockRunPod();
      const { warnings } = await generate(mock, 'alibaba/wan-2.6-t2v', { prompt: 'Go', fps: 24 });
      expect(warnings).toMatchObject([{ type: 'unsupported', feature: 'fps' }]);
      expect((await jobRequests(mock)).input).toEqual({ prompt: 'Go' });
    });

    it.each([
      ['bytedance/seedance-v1.5-pro-i2v', true],
      ['vidu/q3-t2v', false],
    ])('sends generateAudio to %s as generate_audio %s', async (id, generateAudio) => {
      const mock = mockRunPod();
      await generate(mock, id, { prompt: { image: IMAGE, text: 'Go' }, generateAudio });
      expect((await jobRequests(mock)).input).toMatchObject({ generate_audio: generateAudio });
    });

    it.each([
      ['openai/sora-2-i2v', false, 'always generates sound'],
      ['alibaba/wan-2.5', true, 'generates no audio'],
    ])('warns that %s cannot honour generateAudio %s', async (id, generateAudio, details) => {
      const mock = mockRunPod();
      const { warnings } = await generate(mock, id, {
        prompt: { image: IMAGE, text: 'Go' },
        duration: 4,
        generateAudio,
      });
      expect(warnings).toEqual([
        {
          type: 'unsupported',
          feature: 'generateAudio',
          details: expect.stringContaining(details),
        },
      ]);
      expect((await jobRequests(mock)).input).not.toHaveProperty('generate_audio');
    });
  });

  describe('input images', () => {
    it('sends image bytes as a data: URL', async () => {
      const mock = mockRunPod();
      await generate(mock, 'vidu/q3-i2v', { prompt: { image: PNG, text: 'Go' } });
      expect((await jobRequests(mock)).input).toEqual({ prompt: 'Go', image: PNG_DATA_URL });
    });

    it("sends frameImages' first frame as image and last frame as Seedance's last_image", async () => {
      const mock = mockRunPod();
      await generate(mock, 'bytedance/seedance-v1.5-pro-i2v', {
        prompt: 'From day to night',
        frameImages: [
          { image: PNG, frameType: 'first_frame' },
          { image: 'https://example.com/night.png', frameType: 'last_frame' },
        ],
      });
      expect((await jobRequests(mock)).input).toEqual({
        prompt: 'From day to night',
        image: PNG_DATA_URL,
        last_image: 'https://example.com/night.png',
      });
    });

    it('warns that a model without an end frame cannot take the last frame', async () => {
      const mock = mockRunPod();
      const { warnings } = await generate(mock, 'alibaba/wan-2.1-i2v-720', {
        prompt: 'Go',
        frameImages: [
          { image: IMAGE, frameType: 'first_frame' },
          { image: 'https://example.com/end.png', frameType: 'last_frame' },
        ],
      });
      expect(warnings).toMatchObject([{ type: 'unsupported', feature: 'frameImages' }]);
      expect((await jobRequests(mock)).input).toEqual({ prompt: 'Go', image: IMAGE });
    });

    it('warns that a text-to-video model takes no start image, and sends none', async () => {
      const mock = mockRunPod();
      const { warnings } = await generate(mock, 'alibaba/wan-2.6-t2v', {
        prompt: { image: IMAGE, text: 'Go' },
      });
      expect(warnings).toMatchObject([{ type: 'unsupported', feature: 'image' }]);
      expect((await jobRequests(mock)).input).toEqual({ prompt: 'Go' });
    });

    it('rejects an image-to-video call without an image before any request', async () => {
      const mock = mockRunPod();
      const error = await rejectedBeforeRequest(mock, 'openai/sora-2-i2v', {
        prompt: 'Go',
        duration: 4,
      });
      expect(error.argument).toBe('image');
    });

    it("sends Kling O1's reference images as images, bytes as data: URLs, and a video as video", async () => {
      const mock = mockRunPod();
      await generate(mock, 'kwaivgi/kling-video-o1-r2v', {
        prompt: 'They dance',
        inputReferences: [
          'https://example.com/robot.png',
          PNG,
          { data: 'https://example.com/moves', mediaType: 'video/mp4' },
        ],
      });
      expect((await jobRequests(mock)).input).toEqual({
        prompt: 'They dance',
        images: ['https://example.com/robot.png', PNG_DATA_URL],
        video: 'https://example.com/moves',
      });
    });

    it.each([0, 11])('rejects %i reference images for Kling O1 before any request', async count => {
      const mock = mockRunPod();
      const error = await rejectedBeforeRequest(mock, 'kwaivgi/kling-video-o1-r2v', {
        prompt: 'Go',
        inputReferences: Array.from({ length: count }, (_, i) => `https://example.com/${i}.png`),
      });
      expect(error.argument).toBe('inputReferences');
      expect(error.message).toContain(`takes 1 to 10 reference images, got ${count}`);
    });

    it("takes Kling O1's reference images under RunPod's name in provider options alone", async () => {
      const mock = mockRunPod();
      await generate(mock, 'kwaivgi/kling-video-o1-r2v', {
        prompt: 'Go',
        providerOptions: { runpod: { images: ['https://example.com/robot.png'] } },
      });
      expect((await jobRequests(mock)).input).toEqual({
        prompt: 'Go',
        images: ['https://example.com/robot.png'],
      });
    });

    it('warns that a model without references cannot take them', async () => {
      const mock = mockRunPod();
      const { warnings } = await generate(mock, 'alibaba/wan-2.5', {
        prompt: { image: IMAGE, text: 'Go' },
        inputReferences: ['https://example.com/style.png'],
      });
      expect(warnings).toMatchObject([{ type: 'unsupported', feature: 'inputReferences' }]);
      expect((await jobRequests(mock)).input).toEqual({ prompt: 'Go', image: IMAGE });
    });
  });

  describe('checks before any request', () => {
    it.each([
      ['meigen-ai/infinitetalk', { resolution: '854x480' }, 'providerOptions.runpod.audio'],
      [
        'kwaivgi/kling-v2.6-std-motion-control',
        { providerOptions: { runpod: { characterOrientation: 'image' } } },
        'providerOptions.runpod.video',
      ],
      [
        'kwaivgi/kling-v2.6-std-motion-control',
        { providerOptions: { runpod: { video: 'https://example.com/dance.mp4' } } },
        'providerOptions.runpod.characterOrientation',
      ],
    ] as Array<[string, Partial<VideoArgs>, string]>)(
      '%s needs %o plus %s',
      async (id, args, argument) => {
        const mock = mockRunPod();
        const error = await rejectedBeforeRequest(mock, id, {
          ...args,
          prompt: { image: IMAGE, text: 'Go' },
        });
        expect(error.argument).toBe(argument);
      },
    );

    it('rejects a missing prompt where the model needs one', async () => {
      const mock = mockRunPod();
      const error = await rejectedBeforeRequest(mock, 'alibaba/wan-2.6-i2v', {
        prompt: { image: IMAGE },
      });
      expect(error.argument).toBe('prompt');
    });

    it('sends a provider option the page does not document as given, with a warning', async () => {
      const mock = mockRunPod();
      const { warnings } = await generate(mock, 'openai/sora-2-i2v', {
        prompt: { image: IMAGE, text: 'Go' },
        duration: 4,
        providerOptions: { runpod: { negativePrompt: 'blur' } },
      });
      expect((await jobRequests(mock)).input).toEqual({
        prompt: 'Go',
        image: IMAGE,
        duration: 4,
        negativePrompt: 'blur',
      });
      expect(warnings).toEqual([
        {
          type: 'other',
          message:
            "RunPod video model 'openai/sora-2-i2v': providerOptions.runpod.negativePrompt is not a parameter its RunPod page documents; it was sent as input.negativePrompt, as given.",
        },
      ]);
    });

    it('rejects a documented option of the wrong type before any request, naming it', async () => {
      const mock = mockRunPod();
      const error = await rejectedBeforeRequest(mock, 'alibaba/wan-2.5', {
        prompt: { image: IMAGE, text: 'Go' },
        providerOptions: { runpod: { enable_prompt_expansion: 'yes' } },
      });
      expect(error.argument).toBe('providerOptions.runpod.enable_prompt_expansion');
      expect(error.message).toBe(
        "RunPod video model 'alibaba/wan-2.5': providerOptions.runpod.enable_prompt_expansion takes true or false, got 'yes'.",
      );
    });
  });

  describe('jobs', () => {
    it('waits for a job with one /status-sync long-poll, then returns the video', async () => {
      const mock = mockRunPod();
      await mock.script({
        job: {
          queueMs: 30,
          executionMs: 150,
          output: { video_url: `${mock.origin}/media/own-job-1.mp4`, cost: 0.1 },
        },
      });
      const { video, providerMetadata } = await generate(mock, 'vid9endpoint', { prompt: 'Go' });

      const requests = await mock.requests();
      const jobId = (providerMetadata.runpod as any).videos[0].jobId;
      expect(requests.slice(0, -1).map(r => `${r.method} ${r.path}`)).toEqual([
        'POST /v2/vid9endpoint/run',
        `GET /v2/vid9endpoint/status-sync/${jobId}`,
      ]);
      expect(requests.at(-1)!.path).toBe('/media/own-job-1.mp4');
      expect(video.uint8Array).toEqual(mediaBytes('own-job-1.mp4')!.bytes);
      expect((providerMetadata.runpod as any).videos[0]).toMatchObject({
        delayTime: 30,
        executionTime: 150,
      });
    });

    it("reports a failed job with RunPod's error text as an APICallError", async () => {
      const mock = mockRunPod();
      await mock.script({ job: { fail: 'Invalid image URL' } });
      const error = await rejection(
        generate(mock, 'kwaivgi/kling-v2.1-i2v-pro', { prompt: { image: IMAGE, text: 'Go' } }),
      );
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error.message).toContain('Invalid image URL');
    });

    it('sends the standard options and provider options as is to your own endpoint', async () => {
      const mock = mockRunPod();
      await mock.script({ job: { output: { video_url: `${mock.origin}/media/own-2.mp4` } } });
      const { video } = await generate(
        mock,
        'https://console.runpod.io/serverless/user/endpoint/myvideo01',
        {
          prompt: { image: IMAGE, text: 'Go' },
          duration: 4,
          resolution: '640x360',
          seed: 3,
          providerOptions: { runpod: { motion_bucket_id: 127, steps: 12, maxWaitMs: 60_000 } },
        },
      );

      const { submits } = await jobRequests(mock);
      expect(submits[0].path).toBe('/v2/myvideo01/run');
      expect(submits[0].body).toEqual({
        input: {
          prompt: 'Go',
          image: IMAGE,
          duration: 4,
          width: 640,
          height: 360,
          seed: 3,
          motion_bucket_id: 127,
          steps: 12,
        },
        policy: { ttl: 120_000 },
      });
      expect(video.uint8Array).toEqual(mediaBytes('own-2.mp4')!.bytes);
    });

    it('resolves an endpoint slug to its catalog model', async () => {
      const mock = mockRunPod();
      const error = await rejectedBeforeRequest(mock, 'sora-2-i2v', {
        prompt: { image: IMAGE, text: 'Go' },
      });
      expect(error.message).toContain("'openai/sora-2-i2v'");
    });
  });
});

// ai@7 passes a V3 model's doStart / doStatus through (its asVideoModelV4 adapter only
// changes specificationVersion): start the jobs, then read them on your own schedule.
describe('experimental_startVideo and experimental_getVideoStatus (ai@7)', () => {
  const ai7 = aiVersions[1][1] as unknown as typeof import('ai-v7');
  type Model = Parameters<typeof ai7.experimental_startVideo>[0]['model'];

  it('start n jobs with POST /run, then report them pending and completed from /status', async () => {
    const mock = mockRunPod();
    await mock.script({ job: { executionMs: 200 } }, { job: { executionMs: 200 } });
    const model = mock.provider().video('alibaba/wan-2.6-t2v') as unknown as Model;

    const started = await ai7.experimental_startVideo({
      model,
      prompt: 'Waves at dusk',
      n: 2,
      seed: 7,
      aspectRatio: '16:9',
    });
    const { jobIds } = started.operation as { jobIds: string[] };
    expect(jobIds).toHaveLength(2);
    const submits = (await mock.requests()).filter(r => r.path.endsWith('/run'));
    expect(submits.map(r => (r.body as any).input)).toEqual([
      { prompt: 'Waves at dusk', size: '1280*720', seed: 7 },
      { prompt: 'Waves at dusk', size: '1280*720', seed: 8 },
    ]);

    expect(
      (await ai7.experimental_getVideoStatus(model, { operation: started.operation })).status,
    ).toBe('pending');
    await new Promise(resolve => setTimeout(resolve, 300));
    const done = await ai7.experimental_getVideoStatus(model, { operation: started.operation });
    expect(done).toMatchObject({
      status: 'completed',
      videos: jobIds.map(jobId => ({
        type: 'url',
        url: `${mock.origin}/media/${jobId}-1.mp4`,
        mediaType: 'video/mp4',
      })),
      providerMetadata: {
        runpod: {
          videos: jobIds.map(jobId => ({ jobId, executionTime: 200, url: expect.any(String) })),
        },
      },
    });
    const reads = (await mock.requests()).filter(r => r.path.includes('/status/'));
    expect(reads).toHaveLength(4);
  });

  it("report a failed job as status error with RunPod's text", async () => {
    const mock = mockRunPod();
    await mock.script({ job: { fail: 'Invalid duration: must be 4, 8, or 12 seconds' } });
    const model = mock.provider().video('openai/sora-2-i2v') as unknown as Model;
    const started = await ai7.experimental_startVideo({
      model,
      prompt: { image: IMAGE, text: 'Go' },
      duration: 4,
    });
    await new Promise(resolve => setTimeout(resolve, 100));
    const status = await ai7.experimental_getVideoStatus(model, { operation: started.operation });
    expect(status).toMatchObject({
      status: 'error',
      error: expect.stringContaining('Invalid duration: must be 4, 8, or 12 seconds'),
    });
  });

  it('cancel the jobs that started when another cannot be started', async () => {
    const mock = mockRunPod();
    await mock.script(
      { job: { executionMs: 5_000 } },
      { status: 400, body: { error: 'Invalid input' } },
    );
    const model = mock.provider().video('alibaba/wan-2.6-t2v') as unknown as Model;
    await expect(
      ai7.experimental_startVideo({ model, prompt: 'Waves', n: 2, maxRetries: 0 }),
    ).rejects.toThrow(/Invalid input/);
    await new Promise(resolve => setTimeout(resolve, 100));
    const cancels = (await mock.requests()).filter(r => r.path.includes('/cancel/'));
    expect(cancels).toHaveLength(1);
  });

  it('check the options before any request, as experimental_generateVideo does', async () => {
    const mock = mockRunPod();
    const model = mock.provider().video('openai/sora-2-i2v') as unknown as Model;
    await expect(ai7.experimental_startVideo({ model, prompt: 'Go', duration: 4 })).rejects.toThrow(
      /needs a start image/,
    );
    expect(await mock.requests()).toEqual([]);
  });
});
