import { APICallError, InvalidArgumentError, NoSuchModelError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createRunpod,
  type RunpodImageErrorData,
  type RunpodTranscriptionProviderOptions,
} from '../src';
import { aiVersions } from './helpers';
import { publishedSetup } from './runpod-hosts';

// Every example in @runpod/ai-sdk-provider 1.4.0's README, as published (only `fetch`
// injected, through createRunpod), under ai@6 and ai@7. Where an example cannot run as
// written (a placeholder URL, an endpoint RunPod retired, an option the AI SDK itself drops),
// the test shows the error it now gets and MIGRATION.md says why.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

type Ai = (typeof aiVersions)[number][1];
// The function under the name the README imports, else the one this major exports.
const fn = (ai: Ai, ...names: string[]) =>
  names.map(name => (ai as Record<string, any>)[name]).find(Boolean) as (...args: any[]) => any;

function thrown(create: () => unknown): unknown {
  try {
    create();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe.concurrent.each(aiVersions)("1.4.0's README (%s)", (_, ai) => {
  const { generateText, streamText, generateImage, experimental_generateVideo: generateVideo } = ai;
  const generateSpeech = fn(ai, 'generateSpeech', 'experimental_generateSpeech');
  const transcribe = fn(ai, 'experimental_transcribe', 'transcribe');
  const isAi7 = ai === aiVersions[1][1];

  it("provider instance: baseURL 'custom-url' (a placeholder) is refused, saying what it takes", () => {
    const error = thrown(() =>
      createRunpod({
        apiKey: 'your-api-key', // optional, defaults to RUNPOD_API_KEY environment variable
        baseURL: 'custom-url', // optional, for custom endpoints
        headers: {/* custom headers */}, // optional
      }),
    );
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('must be an absolute http(s) URL');
  });

  it('language models: generateText on qwen/qwen3-32b-awq', async () => {
    const { runpod, chatBodies } = publishedSetup();
    const { text, finishReason, usage } = await generateText({
      model: runpod('qwen/qwen3-32b-awq'),
      prompt: 'What is the capital of Germany?',
    });
    expect((await chatBodies())[0].model).toBe('Qwen/Qwen3-32B-AWQ');
    expect(text).toContain('What is the capital of Germany?');
    expect(finishReason).toBe('stop');
    expect(usage.totalTokens).toBeGreaterThan(0);
  });

  it('streaming: textStream with temperature', async () => {
    const { runpod, chatBodies } = publishedSetup();
    const chunks: string[] = [];
    const { textStream } = await streamText({
      model: runpod('qwen/qwen3-32b-awq'),
      prompt: 'Write a short poem about artificial intelligence in exactly 4 lines.',
      temperature: 0.7,
    });

    for await (const delta of textStream) {
      chunks.push(delta);
    }
    expect((await chatBodies())[0]).toMatchObject({ stream: true, temperature: 0.7 });
    expect(chunks.join('')).toContain('exactly 4 lines');
  });

  it('chat conversations (ai@7 refuses system messages in `messages` itself)', async () => {
    const { runpod, chatBodies } = publishedSetup();
    const call = generateText({
      model: runpod('qwen/qwen3-32b-awq'),
      messages: [
        { role: 'system', content: 'You are a helpful assistant.' },
        { role: 'user', content: 'What is the capital of France?' },
      ],
    });
    if (isAi7) {
      await expect(call).rejects.toThrow(/System messages are not allowed/);
      return;
    }
    const { text } = await call;
    expect((await chatBodies())[0].messages[0]).toEqual({
      role: 'system',
      content: 'You are a helpful assistant.',
    });
    expect(text).toContain('What is the capital of France?');
  });

  it('tool calling on openai/gpt-oss-120b', async () => {
    const { runpod, chatBodies } = publishedSetup();
    const { text, toolCalls, toolResults } = await generateText({
      model: runpod('openai/gpt-oss-120b'),
      prompt: 'What is the weather like in San Francisco?',
      tools: {
        getWeather: ai.tool({
          description: 'Get weather information for a city',
          inputSchema: z.object({
            city: z.string().describe('The city name'),
          }),
          execute: async ({ city }) => {
            return `The weather in ${city} is sunny.`;
          },
        }),
      },
    });
    const [body] = await chatBodies();
    expect(body.model).toBe('openai/gpt-oss-120b');
    expect(body.tools[0].function.name).toBe('getWeather');
    expect(toolCalls).toMatchObject([{ toolName: 'getWeather', input: { city: 'sample city' } }]);
    expect(toolResults).toMatchObject([{ output: 'The weather in sample city is sunny.' }]);
    expect(text).toBe('');
  });

  it('structured output by instructing JSON and validating it', async () => {
    const { runpod, mock } = publishedSetup();
    const recipe = { name: 'Lasagna', ingredients: ['pasta'], steps: ['bake'] };
    await mock.script({ reply: { content: JSON.stringify(recipe) } });
    const RecipeSchema = z.object({
      name: z.string(),
      ingredients: z.array(z.string()),
      steps: z.array(z.string()),
    });
    const call = generateText({
      model: runpod('qwen/qwen3-32b-awq'),
      messages: [
        {
          role: 'system',
          content:
            'return ONLY valid JSON matching { name: string; ingredients: string[]; steps: string[] }',
        },
        { role: 'user', content: 'generate a lasagna recipe.' },
      ],
      temperature: 0,
    });
    if (isAi7) {
      await expect(call).rejects.toThrow(/System messages are not allowed/);
      return;
    }
    const { text } = await call;
    const parsed = JSON.parse(text);
    const result = RecipeSchema.safeParse(parsed);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(recipe);
  });

  it('text-to-image: P-Image with aspectRatio 4:3', async () => {
    const { runpod, jobs } = publishedSetup();
    const { image } = await generateImage({
      model: runpod.image('pruna/p-image-t2i'),
      prompt: 'A serene mountain landscape at sunset',
      aspectRatio: '4:3',
    });
    expect(await jobs()).toEqual([
      {
        path: '/v2/p-image-t2i/run',
        input: { prompt: 'A serene mountain landscape at sunset', aspect_ratio: '4:3' },
      },
    ]);
    expect(image.uint8Array.length).toBeGreaterThan(0);
  });

  it('edit image: one reference image in prompt.images', async () => {
    const { runpod, jobs } = publishedSetup();
    await generateImage({
      model: runpod.image('pruna/p-image-edit'),
      prompt: {
        text: 'Virtual staging: add modern Scandinavian furniture: a gray sofa, wooden coffee table, potted plants, and warm lighting',
        images: ['https://image.runpod.ai/demo/empty-room.png'],
      },
      aspectRatio: '16:9',
    });
    expect((await jobs())[0].input).toMatchObject({
      images: ['https://image.runpod.ai/demo/empty-room.png'],
      aspect_ratio: '16:9',
    });
  });

  it('edit image: four reference images on Nano Banana Pro Edit', async () => {
    const { runpod, jobs } = publishedSetup();
    await generateImage({
      model: runpod.image('google/nano-banana-pro-edit'),
      prompt: {
        text: 'Combine these four robot musicians into an epic band photo on a concert stage with dramatic lighting',
        images: [
          'https://image.runpod.ai/demo/robot-drummer.png',
          'https://image.runpod.ai/demo/robot-guitarist.png',
          'https://image.runpod.ai/demo/robot-bassist.png',
          'https://image.runpod.ai/demo/robot-singer.png',
        ],
      },
    });
    const [job] = await jobs();
    expect(job.path).toBe('/v2/nano-banana-pro-edit/run');
    expect(job.input.images).toHaveLength(4);
  });

  it.each([
    ['google/nano-banana-edit', 'images', ['https://example.com/a.png'], 'images'],
    ['black-forest-labs/flux-1-kontext-dev', 'images', ['https://example.com/a.png'], 'image'],
    ['google/nano-banana-edit', 'image', 'https://example.com/a.png', 'images'],
  ])(
    'before 1.0: %s takes input images as providerOptions.runpod.%s',
    async (id, key, value, sentAs) => {
      const { runpod, jobs } = publishedSetup();
      const { warnings } = await generateImage({
        model: runpod.image(id),
        prompt: 'Make it night',
        providerOptions: { runpod: { [key]: value } },
      });
      const [job] = await jobs();
      expect(job.input[sentAs]).toEqual(
        sentAs === 'image' ? 'https://example.com/a.png' : ['https://example.com/a.png'],
      );
      if (key !== sentAs) {
        expect(warnings).toMatchObject([{ type: 'compatibility' }]);
      }
    },
  );

  it('provider options on bytedance/seedream-3.0: RunPod retired it, and the error says so', () => {
    const { runpod } = publishedSetup();
    const error = thrown(() => runpod.image('bytedance/seedream-3.0'));
    expect(NoSuchModelError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(
      "RunPod retired the public endpoint 'seedream-3-0-t2i' (bytedance/seedream-3.0) on 2026-06-18 " +
        '(https://github.com/runpod/docs/commit/99ac4b6b); use Seedream 4.0, ' +
        "'bytedance/seedream-4.0' instead.",
    );
  });

  it('the same provider options on Seedream 4.0: sent, with maxPollAttempts × pollIntervalMillis as the wait limit', async () => {
    const { runpod, mock } = publishedSetup();
    const { warnings } = await generateImage({
      model: runpod.image('bytedance/seedream-4.0'),
      prompt: 'A sunset over mountains',
      size: '1328x1328',
      seed: 42,
      providerOptions: {
        runpod: {
          negative_prompt: 'blurry, low quality',
          enable_safety_checker: true,
          maxPollAttempts: 30,
          pollIntervalMillis: 4000,
        },
      },
    });
    const [job] = (await mock.requests()).filter(r => r.path.endsWith('/run'));
    expect(job.body).toEqual({
      input: {
        prompt: 'A sunset over mountains',
        size: '1328*1328',
        seed: 42,
        negative_prompt: 'blurry, low quality',
        enable_safety_checker: true,
      },
      // 30 × 4 000 ms, plus a minute.
      policy: { ttl: 180_000 },
    });
    expect(warnings).toMatchObject([{ type: 'compatibility' }]);
  });

  it("P-Image: aspect_ratio 'custom' with width and height, with a warning the page does not list it", async () => {
    const { runpod, jobs } = publishedSetup();
    const { warnings } = await generateImage({
      model: runpod.image('pruna/p-image-t2i'),
      prompt: 'A robot',
      providerOptions: {
        runpod: {
          aspect_ratio: 'custom',
          width: 512,
          height: 768,
        },
      },
    });
    expect((await jobs())[0].input).toEqual({
      prompt: 'A robot',
      aspect_ratio: 'custom',
      width: 512,
      height: 768,
    });
    expect(warnings).toContainEqual(
      expect.objectContaining({
        type: 'compatibility',
        feature: 'providerOptions.runpod.aspect_ratio',
      }),
    );
  });

  it('WAN 2.6: aspectRatio 16:9 sends 1.x’s 1280*720, with a warning the page does not list it', async () => {
    const { runpod, jobs } = publishedSetup();
    const { warnings } = await generateImage({
      model: runpod.image('alibaba/wan-2.6'),
      prompt: 'A serene mountain landscape at dawn',
      aspectRatio: '16:9',
    });
    expect(await jobs()).toEqual([
      {
        path: '/v2/wan-2-6-t2i/run',
        input: { prompt: 'A serene mountain landscape at dawn', size: '1280*720' },
      },
    ]);
    expect(warnings).toMatchObject([{ type: 'compatibility', feature: 'size' }]);
  });

  it('Nano Banana Pro: google/nano-banana-pro is the edit model, which needs input images', async () => {
    const { runpod, sent } = publishedSetup();
    const error = await generateImage({
      model: runpod.image('google/nano-banana-pro'),
      prompt: 'A futuristic cityscape at sunset',
      aspectRatio: '16:9',
      providerOptions: {
        runpod: {
          resolution: '4k',
        },
      },
    }).catch((caught: unknown) => caught);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain(
      "RunPod image model 'google/nano-banana-pro-edit': takes 1 to 14 input images, got 0",
    );
    expect(sent).toEqual([]);
  });

  it('Qwen Image Edit 2511 with loras goes to its LoRA endpoint', async () => {
    const { runpod, jobs } = publishedSetup();
    const { image } = await generateImage({
      model: runpod.image('qwen/qwen-image-edit-2511'),
      prompt: {
        text: 'Transform into anime style',
        images: ['https://image.runpod.ai/asset/qwen/qwen-image-edit-2511.png'],
      },
      size: '1024x1024',
      providerOptions: {
        runpod: {
          loras: [
            {
              path: 'https://huggingface.co/flymy-ai/qwen-image-anime-irl-lora/resolve/main/flymy_anime_irl.safetensors',
              scale: 1,
            },
          ],
        },
      },
    });
    const [job] = await jobs();
    expect(job.path).toBe('/v2/qwen-image-edit-2511-lora/run');
    expect(job.input).toMatchObject({ size: '1024*1024', loras: [{ scale: 1 }] });
    expect(image.uint8Array.length).toBeGreaterThan(0);
  });

  it('Z-Image Turbo: aspectRatio 3:2 maps to 1.x’s 768*512 (the page lists no 3:2 size)', async () => {
    const { runpod, jobs } = publishedSetup();
    const { warnings } = await generateImage({
      model: runpod.image('tongyi-mai/z-image-turbo'),
      prompt: 'A beach',
      aspectRatio: '3:2',
    });
    expect((await jobs())[0].input).toEqual({ prompt: 'A beach', size: '768*512' });
    expect(warnings).toMatchObject([{ type: 'compatibility' }]);
  });

  it('speech: Chatterbox Turbo', async () => {
    const { runpod, jobs } = publishedSetup();
    const result = await generateSpeech({
      model: runpod.speech('resembleai/chatterbox-turbo'),
      text: 'Hello from Runpod.',
    });
    expect((await jobs())[0]).toEqual({
      path: '/v2/chatterbox-turbo/run',
      input: { prompt: 'Hello from Runpod.' },
    });
    expect(result.audio.uint8Array.length).toBeGreaterThan(0);
    expect(result.audio.mediaType).toBe('audio/wav');
    expect(result.providerMetadata.runpod.audioUrl).toMatch(/^https:\/\/api\.runpod\.ai\/media\//);
  });

  it.each(['voice_url', 'voiceUrl'])('speech: voice cloning by %s', async key => {
    const { runpod, jobs } = publishedSetup();
    await generateSpeech({
      model: runpod.speech('resembleai/chatterbox-turbo'),
      text: 'Hello!',
      providerOptions: {
        runpod: {
          [key]: 'https://your-audio-host.com/your-voice-sample.wav', // 5-10s audio sample
        },
      },
    });
    expect((await jobs())[0].input).toEqual({
      prompt: 'Hello!',
      voice_url: 'https://your-audio-host.com/your-voice-sample.wav',
    });
  });

  it('speech: paralinguistic tags with a preset voice', async () => {
    const { runpod, jobs } = publishedSetup();
    await generateSpeech({
      model: runpod.speech('resembleai/chatterbox-turbo'),
      text: `[sigh] I can't believe it worked! [laugh] This is amazing.`,
      voice: 'lucy',
    });
    expect((await jobs())[0].input).toEqual({
      prompt: "[sigh] I can't believe it worked! [laugh] This is amazing.",
      voice: 'lucy',
    });
  });

  it('transcription on pruna/whisper-v3-large: RunPod retired it, and the error names the way on', () => {
    const { runpod } = publishedSetup();
    const error = thrown(() => runpod.transcription('pruna/whisper-v3-large'));
    expect(NoSuchModelError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('on 2026-06-16');
    expect((error as Error).message).toContain("RunPod's faster-whisper worker");
  });

  it("transcription options by the worker's names, on your own faster-whisper endpoint", async () => {
    const { runpod, jobs } = publishedSetup();
    const result = await transcribe({
      model: runpod.transcription('whisper-own1'),
      audio: new Uint8Array([82, 73, 70, 70, 1, 2, 3, 4]),
      providerOptions: {
        runpod: {
          language: 'en',
          prompt: 'This is a demo of audio transcription',
          word_timestamps: true,
        } satisfies RunpodTranscriptionProviderOptions,
      },
    });
    const [job] = await jobs();
    expect(job.input).toMatchObject({
      language: 'en',
      initial_prompt: 'This is a demo of audio transcription',
      word_timestamps: true,
    });
    expect(job.input).not.toHaveProperty('prompt');
    expect(result.warnings).toMatchObject([
      { type: 'compatibility', feature: 'providerOptions.runpod.prompt' },
    ]);
    expect(result.text.length).toBeGreaterThan(0);
  });

  it("image errors read as 1.x's RunpodImageErrorData: RunPod's error text in data.error", async () => {
    const { runpod, mock } = publishedSetup();
    await mock.script({ job: { fail: 'Invalid parameter: width must be divisible by 64' } });
    const error = await generateImage({
      model: runpod.imageModel('black-forest-labs/flux-1-schnell'),
      prompt: 'A sunset',
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    const data = (error as APICallError).data as RunpodImageErrorData;
    expect(data.error ?? data.message).toBe('Invalid parameter: width must be divisible by 64');
  });

  it('transcription: an audio URL in providerOptions.runpod.audio, which the worker downloads', async () => {
    const { runpod, jobs } = publishedSetup();
    const result = await transcribe({
      model: runpod.transcription('whisper-own2'),
      audio: new Uint8Array([82, 73, 70, 70, 1, 2, 3, 4]),
      providerOptions: { runpod: { audio: 'https://example.com/welcome-to-runpod.wav' } },
    });
    expect((await jobs())[0].input).toEqual({ audio: 'https://example.com/welcome-to-runpod.wav' });
    expect(result.text).toBe('Welcome to runpod.');
  });

  it('video: text-to-video on WAN 2.6 T2V', async () => {
    const { runpod, jobs } = publishedSetup();
    const result = await generateVideo({
      model: runpod.video('alibaba/wan-2.6-t2v'),
      prompt: 'A golden retriever running on a sunny beach, cinematic, 4k',
    });
    // `result.video.url` is not part of the AI SDK's result: the provider downloads the
    // video; its URL is in providerMetadata.runpod.videos[0].url.
    expect((result.video as { url?: string }).url).toBeUndefined();
    expect((result.providerMetadata.runpod as any).videos[0].url).toMatch(/\.mp4$/);
    expect((await jobs())[0].path).toBe('/v2/wan-2-6-t2v/run');
  });

  it('video: image-to-video with `image` beside `prompt`, which the AI SDK drops; the error says where it goes', async () => {
    const { runpod, sent } = publishedSetup();
    const error = await generateVideo({
      model: runpod.video('alibaba/wan-2.6-i2v'),
      prompt: 'Animate this scene with gentle camera movement',
      image: new URL('https://example.com/image.png'),
    } as Parameters<typeof generateVideo>[0]).catch((caught: unknown) => caught);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('pass `prompt: { image, text }`');
    expect(sent).toEqual([]);
  });

  it('video: provider options forwarded as given', async () => {
    const { runpod, jobs } = publishedSetup();
    await generateVideo({
      model: runpod.video('alibaba/wan-2.6-t2v'),
      prompt: 'A serene mountain landscape with flowing water',
      duration: 5,
      aspectRatio: '16:9',
      seed: 42,
      providerOptions: {
        runpod: {
          negative_prompt: 'blurry, low quality',
          guidance_scale: 7.5,
        },
      },
    });
    expect((await jobs())[0].input).toEqual({
      prompt: 'A serene mountain landscape with flowing water',
      duration: 5,
      size: '1280*720',
      seed: 42,
      negative_prompt: 'blurry, low quality',
      guidance_scale: 7.5,
    });
  });
});
