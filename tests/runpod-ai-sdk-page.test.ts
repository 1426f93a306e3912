import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { createRunpod } from '../src';
import { aiVersions, API_KEY } from './helpers';
import { publishedSetup, viaRunPodHosts } from './runpod-hosts';

// Every TypeScript example on RunPod's AI SDK page (https://docs.runpod.io/public-endpoints/ai-sdk,
// runpod/docs `public-endpoints/ai-sdk.mdx`), as published, under ai@6 and ai@7. Only `fetch`
// is injected: it sends what would go to https://api.runpod.ai to the loopback mock and notes
// where each request was meant to go. The page imports `experimental_generateImage`, which
// ai@7 renamed `generateImage`; each test takes the function its major exports.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

type Ai = (typeof aiVersions)[number][1];
const generateImageOf = (ai: Ai): Ai['generateImage'] =>
  (ai as Record<string, any>).experimental_generateImage ?? ai.generateImage;

/**
 * The page's `runpod`, with the test's `fetch`; `jobs()` lists the URLs jobs were sent to
 * (on RunPod's hosts), `inputs()` their inputs.
 */
function pageSetup() {
  const setup = publishedSetup();
  const jobs = () =>
    setup.sent
      .map(r => ({ ...r, url: r.url.split('?')[0] }))
      .filter(r => r.method === 'POST' && /\/v2\/[^/]+\/(run|runsync)$/.test(r.url))
      .map(r => r.url);
  const inputs = async () => (await setup.jobs()).map(job => job.input);
  return { ...setup, jobs, inputs };
}

describe.concurrent.each(aiVersions)("RunPod's AI SDK page (%s)", (_, ai) => {
  const generateImage = generateImageOf(ai);
  const { generateText, streamText, experimental_generateVideo: generateVideo } = ai;

  it('custom configuration: createRunpod({ apiKey, baseURL, headers })', async () => {
    const { mock, sent } = pageSetup();
    const { fetch } = viaRunPodHosts(mock);
    const runpod = createRunpod({
      apiKey: API_KEY,
      baseURL: 'https://api.runpod.ai/v2',
      headers: {
        'X-Custom-Header': 'value',
      },
      fetch,
    });
    const { text } = await generateText({ model: runpod('qwen3-32b-awq'), prompt: 'Hi' });
    const [request] = await mock.requests();
    expect(request.path).toBe('/v2/qwen3-32b-awq/openai/v1/chat/completions');
    expect(request.headers['x-custom-header']).toBe('value');
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(text).toContain('Hello from Qwen/Qwen3-32B-AWQ');
    expect(sent).toEqual([]);
  });

  it('using endpoint IDs: a custom chat endpoint and a custom image endpoint', async () => {
    const { runpod, mock, sent } = pageSetup();
    // Use a custom chat endpoint
    const { text } = await generateText({
      model: runpod('your-endpoint-id'),
      prompt: 'Hello, how are you?',
    });

    // Use a custom image endpoint
    const { image } = await generateImage({
      model: runpod.image('your-image-endpoint-id'),
      prompt: 'A beautiful sunset',
    });

    expect(sent.map(r => `${r.method} ${r.url}`).slice(0, 2)).toEqual([
      'GET https://api.runpod.ai/v2/your-endpoint-id/openai/v1/models',
      'POST https://api.runpod.ai/v2/your-endpoint-id/openai/v1/chat/completions',
    ]);
    expect(text).toContain('Hello, how are you?');
    const job = (await mock.requests()).find(r => r.path.startsWith('/v2/your-image-endpoint-id/'));
    expect((job?.body as any).input).toEqual({ prompt: 'A beautiful sunset' });
    expect(image.uint8Array.length).toBeGreaterThan(0);
  });

  it('using console URLs: an image endpoint by its console URL', async () => {
    const { runpod, jobs } = pageSetup();
    const { image } = await generateImage({
      model: runpod.image('https://console.runpod.io/serverless/user/endpoint/abc123xyz'),
      prompt: 'A serene mountain landscape',
    });
    expect(jobs()[0]).toMatch(/^https:\/\/api\.runpod\.ai\/v2\/abc123xyz\/(run|runsync)$/);
    expect(image.uint8Array.length).toBeGreaterThan(0);
  });

  it('basic text generation: the slug qwen3-32b-awq sends the served model name', async () => {
    const { runpod, chatBodies } = pageSetup();
    const { text, finishReason, usage } = await generateText({
      model: runpod('qwen3-32b-awq'),
      prompt: 'Write a Python function that checks if a number is prime:',
    });
    const [body] = await chatBodies();
    expect(body.model).toBe('Qwen/Qwen3-32B-AWQ');
    expect(text).toContain('checks if a number is prime');
    expect(finishReason).toBe('stop');
    expect(usage.totalTokens).toBeGreaterThan(0);
  });

  it('chat conversations: system and user messages (ai@7 takes the system prompt as `instructions`)', async () => {
    const { runpod, chatBodies } = pageSetup();
    const call = generateText({
      model: runpod('qwen3-32b-awq'),
      messages: [
        {
          role: 'system',
          content: 'You are a helpful coding assistant. Be concise.',
        },
        {
          role: 'user',
          content: 'How do I read a JSON file in Python?',
        },
      ],
    });
    if (ai === aiVersions[1][1]) {
      // ai@7 itself refuses system messages in `messages`, before any request.
      await expect(call).rejects.toThrow(/System messages are not allowed/);
      expect(await chatBodies()).toEqual([]);
      return;
    }
    const { text } = await call;
    const [body] = await chatBodies();
    expect(body.messages).toEqual([
      { role: 'system', content: 'You are a helpful coding assistant. Be concise.' },
      { role: 'user', content: 'How do I read a JSON file in Python?' },
    ]);
    expect(text).toContain('How do I read a JSON file in Python?');
  });

  it('generation parameters: temperature and topP are sent (maxTokens is ai@4’s name, not sent)', async () => {
    const { runpod, chatBodies } = pageSetup();
    const { text } = await generateText({
      model: runpod('qwen3-32b-awq'),
      prompt: 'Write a creative story about a robot:',
      temperature: 0.8, // Higher = more creative (0-1)
      // @ts-expect-error the page's `maxTokens` is the AI SDK 4 name of `maxOutputTokens`
      maxTokens: 500, // Maximum tokens to generate
      topP: 0.9, // Nucleus sampling threshold
    });
    const [body] = await chatBodies();
    expect(body).toMatchObject({ temperature: 0.8, top_p: 0.9 });
    expect(body).not.toHaveProperty('max_tokens');
    expect(text.length).toBeGreaterThan(0);
  });

  it('streaming: textStream', async () => {
    const { runpod, chatBodies } = pageSetup();
    const out: string[] = [];
    const { textStream } = await streamText({
      model: runpod('qwen3-32b-awq'),
      prompt: 'Explain quantum computing in simple terms:',
      temperature: 0.7,
    });

    for await (const chunk of textStream) {
      out.push(chunk);
    }
    const [body] = await chatBodies();
    expect(body).toMatchObject({ stream: true, temperature: 0.7, model: 'Qwen/Qwen3-32B-AWQ' });
    expect(out.join('')).toContain('Explain quantum computing in simple terms:');
  });

  it('streaming with callbacks: onChunk and onFinish', async () => {
    const { runpod } = pageSetup();
    const written: unknown[] = [];
    const process = { stdout: { write: (value: unknown) => written.push(value) } };
    let totalTokens: number | undefined;
    const result = await streamText({
      model: runpod('qwen3-32b-awq'),
      prompt: 'Write a poem about the ocean:',
      onChunk: ({ chunk }) => {
        if (chunk.type === 'text-delta') {
          // @ts-expect-error the page's `textDelta` is the AI SDK 4 name of `text`
          process.stdout.write(chunk.textDelta);
        }
      },
      onFinish: ({ text, usage }) => {
        totalTokens = usage.totalTokens;
        process.stdout.write(`\n\nTotal tokens: ${usage.totalTokens}`);
        expect(text).toContain('Write a poem about the ocean:');
      },
    });
    await result.consumeStream();
    expect(totalTokens).toBeGreaterThan(0);
    expect(written.at(-1)).toBe(`\n\nTotal tokens: ${totalTokens}`);
  });

  it('text-to-image: Flux Dev by its slug, with aspectRatio 16:9', async () => {
    const { runpod, jobs, inputs } = pageSetup();
    const { image } = await generateImage({
      model: runpod.image('black-forest-labs-flux-1-dev'),
      prompt: 'A serene mountain landscape at sunset, photorealistic',
      aspectRatio: '16:9',
    });
    expect(jobs()[0]).toMatch(/\/v2\/black-forest-labs-flux-1-dev\//);
    expect(await inputs()).toEqual([
      {
        prompt: 'A serene mountain landscape at sunset, photorealistic',
        width: 1344,
        height: 768,
      },
    ]);
    expect(image.uint8Array.length).toBeGreaterThan(0);
    expect(image.base64.length).toBeGreaterThan(0);
  });

  it('image editing: google-nano-banana-edit is Nano Banana Edit; it has no aspect ratio (a warning)', async () => {
    const { runpod, jobs, inputs } = pageSetup();
    const { image, warnings } = await generateImage({
      model: runpod.image('google-nano-banana-edit'),
      prompt: {
        text: 'Add modern Scandinavian furniture to this room',
        images: ['https://example.com/empty-room.png'],
      },
      aspectRatio: '16:9',
    });
    expect(jobs()[0]).toMatch(/\/v2\/nano-banana-edit\//);
    expect(await inputs()).toEqual([
      {
        prompt: 'Add modern Scandinavian furniture to this room',
        images: ['https://example.com/empty-room.png'],
      },
    ]);
    expect(warnings).toMatchObject([{ type: 'unsupported', feature: 'aspectRatio' }]);
    expect(image.uint8Array.length).toBeGreaterThan(0);
  });

  it('image editing: four reference images', async () => {
    const { runpod, inputs } = pageSetup();
    const { image } = await generateImage({
      model: runpod.image('google-nano-banana-edit'),
      prompt: {
        text: 'Combine these into an epic band photo',
        images: [
          'https://example.com/drummer.png',
          'https://example.com/guitarist.png',
          'https://example.com/bassist.png',
          'https://example.com/singer.png',
        ],
      },
    });
    expect((await inputs())[0].images).toHaveLength(4);
    expect(image.uint8Array.length).toBeGreaterThan(0);
  });

  it('provider options: RunPod names to Flux Dev', async () => {
    const { runpod, inputs } = pageSetup();
    const { image } = await generateImage({
      model: runpod.image('black-forest-labs-flux-1-dev'),
      prompt: 'A sunset over the ocean',
      providerOptions: {
        runpod: {
          negative_prompt: 'blurry, low quality, distorted',
          num_inference_steps: 30,
          guidance: 7.5,
          seed: 42,
          enable_safety_checker: true,
        },
      },
    });
    expect(await inputs()).toEqual([
      {
        prompt: 'A sunset over the ocean',
        negative_prompt: 'blurry, low quality, distorted',
        num_inference_steps: 30,
        guidance: 7.5,
        seed: 42,
        enable_safety_checker: true,
      },
    ]);
    expect(image.uint8Array.length).toBeGreaterThan(0);
  });

  it('provider options: maxPollAttempts and pollIntervalMillis set the wait limit, with a warning', async () => {
    const { runpod, mock } = pageSetup();
    const { warnings } = await generateImage({
      model: runpod.image('black-forest-labs-flux-1-dev'),
      prompt: 'A sunset over the ocean',
      providerOptions: { runpod: { maxPollAttempts: 30, pollIntervalMillis: 4000 } },
    });
    const [job] = (await mock.requests()).filter(r => /\/(run|runsync)$/.test(r.path));
    // 30 × 4 s = 120 000 ms; the job's TTL is the wait limit plus a minute.
    expect(job.body).toEqual({
      input: { prompt: 'A sunset over the ocean' },
      policy: { ttl: 180_000 },
    });
    expect(warnings).toMatchObject([
      { type: 'compatibility', feature: 'providerOptions.runpod.maxPollAttempts' },
    ]);
  });

  it('text-to-video: WAN 2.6 T2V', async () => {
    const { runpod, jobs, inputs } = pageSetup();
    const { video, providerMetadata } = await generateVideo({
      model: runpod.video('alibaba/wan-2.6-t2v'),
      prompt: 'A golden retriever running on a sunny beach, cinematic, 4k',
    });

    // `video.url` is not part of the AI SDK's result (1.x's README and this page print it):
    // the provider downloads the video; its URL is in providerMetadata.
    expect((video as { url?: string }).url).toBeUndefined();
    expect(jobs()[0]).toMatch(/\/v2\/wan-2-6-t2v\//);
    expect(await inputs()).toEqual([
      { prompt: 'A golden retriever running on a sunny beach, cinematic, 4k' },
    ]);
    expect(video.mediaType).toBe('video/mp4');
    expect((providerMetadata.runpod as any).videos[0].url).toMatch(
      /^https:\/\/api\.runpod\.ai\/media\/.*\.mp4$/,
    );
  });

  it('image-to-video: `image` beside `prompt` is not an AI SDK option; the error says where it goes', async () => {
    const { runpod, sent } = pageSetup();
    // The AI SDK reads the start image from `prompt: { image, text }` only (ai@6 and ai@7 drop
    // an `image` option), so the page's example cannot reach any provider as written.
    const error = await generateVideo({
      model: runpod.video('alibaba/wan-2.6-i2v'),
      prompt: 'Animate this scene with gentle camera movement',
      image: new URL('https://example.com/image.png'),
    } as Parameters<typeof generateVideo>[0]).catch((caught: unknown) => caught);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('pass `prompt: { image, text }`');
    expect(sent).toEqual([]);

    // As the AI SDK takes it:
    const second = pageSetup();
    const { video } = await generateVideo({
      model: second.runpod.video('alibaba/wan-2.6-i2v'),
      prompt: {
        text: 'Animate this scene with gentle camera movement',
        image: 'https://example.com/image.png',
      },
    });
    expect(await second.inputs()).toEqual([
      {
        prompt: 'Animate this scene with gentle camera movement',
        image: 'https://example.com/image.png',
      },
    ]);
    expect(video.uint8Array.length).toBeGreaterThan(0);
  });

  it('video generation parameters: duration, aspectRatio (as the matching size) and seed', async () => {
    const { runpod, inputs } = pageSetup();
    const { video, warnings } = await generateVideo({
      model: runpod.video('alibaba/wan-2.6-t2v'),
      prompt: 'A serene mountain landscape with flowing water',
      duration: 5,
      aspectRatio: '16:9',
      seed: 42,
    });
    expect(await inputs()).toEqual([
      {
        prompt: 'A serene mountain landscape with flowing water',
        duration: 5,
        size: '1280*720',
        seed: 42,
      },
    ]);
    expect(warnings).toEqual([]);
    expect(video.uint8Array.length).toBeGreaterThan(0);
  });

  it('video provider options: negative_prompt and guidance_scale', async () => {
    const { runpod, inputs } = pageSetup();
    const { warnings } = await generateVideo({
      model: runpod.video('alibaba/wan-2.6-t2v'),
      prompt: 'A serene mountain landscape with flowing water',
      duration: 5,
      aspectRatio: '16:9',
      providerOptions: {
        runpod: {
          negative_prompt: 'blurry, low quality',
          guidance_scale: 7.5,
        },
      },
    });
    expect(await inputs()).toEqual([
      {
        prompt: 'A serene mountain landscape with flowing water',
        duration: 5,
        size: '1280*720',
        negative_prompt: 'blurry, low quality',
        guidance_scale: 7.5,
      },
    ]);
    // WAN 2.6 T2V's page lists no guidance_scale: sent, with a warning.
    expect(warnings).toMatchObject([{ type: 'other' }]);
  });

  it('supported models: gpt-oss-120b and bytedance-seedream-4-0-t2i', async () => {
    const { runpod, jobs, chatBodies } = pageSetup();
    await generateText({ model: runpod('gpt-oss-120b'), prompt: 'Hi' });
    await generateImage({ model: runpod.image('bytedance-seedream-4-0-t2i'), prompt: 'A fox' });
    expect((await chatBodies())[0].model).toBe('openai/gpt-oss-120b');
    expect(jobs()[0]).toMatch(/\/v2\/seedream-v4-t2i\//);
  });

  it('example chat application: the history goes back with each turn', async () => {
    const { runpod, chatBodies } = pageSetup();
    const messages: { role: 'user' | 'assistant'; content: string }[] = [];
    const written: string[] = [];
    const process = { stdout: { write: (text: string) => written.push(text) } };

    async function chat(userMessage: string) {
      messages.push({ role: 'user', content: userMessage });

      const { textStream } = await streamText({
        model: runpod('qwen3-32b-awq'),
        system: 'You are a helpful assistant.',
        messages,
      });

      let assistantMessage = '';
      process.stdout.write('\nAssistant: ');

      for await (const chunk of textStream) {
        process.stdout.write(chunk);
        assistantMessage += chunk;
      }

      messages.push({ role: 'assistant', content: assistantMessage });
    }

    await chat('Hi there');
    await chat('Tell me more');
    const bodies = await chatBodies();
    expect(bodies[1].messages).toEqual([
      { role: 'system', content: 'You are a helpful assistant.' },
      { role: 'user', content: 'Hi there' },
      { role: 'assistant', content: messages[1].content },
      { role: 'user', content: 'Tell me more' },
    ]);
    expect(messages[3].content).toContain('Tell me more');
    expect(written.join('')).toContain(messages[3].content);
  });

  it('an edit model without input images says so before any request', async () => {
    const { runpod, sent } = pageSetup();
    const error = await generateImage({
      model: runpod.image('google-nano-banana-edit'),
      prompt: 'A room',
    }).catch((caught: unknown) => caught);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(sent).toEqual([]);
  });
});
