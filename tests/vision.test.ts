import { InvalidArgumentError } from '@ai-sdk/provider';
import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import { describe, expect, it } from 'vitest';
import { aiVersions, mockRunPod, rejection } from './helpers';
import { mediaBytes } from './mock-runpod/media';

// Images in chat messages. vLLM's OpenAI server fetches http(s) `image_url`s itself
// (https://docs.vllm.ai/en/latest/features/multimodal_inputs.html#online-serving), so URLs
// go through as they are; bytes are inlined as `data:` URLs. A catalog model whose RunPod
// page lists text input only refuses images before any request.
const PHOTO_URL = 'https://example.com/cat.jpg';
const PNG = mediaBytes('start.png')!.bytes;

type Mock = ReturnType<typeof mockRunPod>;

/** The `content` of the last message of the one chat request the mock saw. */
async function sentContent(mock: Mock) {
  const requests = (await mock.requests()).filter(r => r.path.endsWith('/chat/completions'));
  expect(requests).toHaveLength(1);
  const messages = (requests[0].body as { messages: Array<{ content: unknown }> }).messages;
  return messages[messages.length - 1].content;
}

describe.each(aiVersions)('images in chat messages (%s)', (_, ai) => {
  const photoMessage = (image: URL | Uint8Array | string) => [
    {
      role: 'user' as const,
      content: [
        { type: 'text' as const, text: 'What is in this photo?' },
        { type: 'image' as const, image },
      ],
    },
  ];

  it('sends an http(s) image URL to your own endpoint as image_url, without downloading it', async () => {
    const mock = mockRunPod();
    const { text } = await ai.generateText({
      model: mock.provider()('my-vision-endpoint'),
      messages: photoMessage(new URL(PHOTO_URL)),
    });
    expect(text.length).toBeGreaterThan(0);
    // The only requests went to the mock: the AI SDK did not fetch example.com.
    expect(await sentContent(mock)).toEqual([
      { type: 'text', text: 'What is in this photo?' },
      { type: 'image_url', image_url: { url: PHOTO_URL } },
    ]);
  });

  it('sends an image URL given as a string the same way, also when streaming', async () => {
    const mock = mockRunPod();
    const result = ai.streamText({
      model: mock.provider()('my-vision-endpoint'),
      messages: photoMessage(PHOTO_URL),
    });
    expect((await result.text).length).toBeGreaterThan(0);
    expect(await sentContent(mock)).toEqual([
      { type: 'text', text: 'What is in this photo?' },
      { type: 'image_url', image_url: { url: PHOTO_URL } },
    ]);
  });

  it.each(['image/jpeg', ...(ai === aiVersions[1][1] ? ['image'] : [])])(
    'sends a file part with media type %s and a URL as image_url',
    async mediaType => {
      const mock = mockRunPod();
      await ai.generateText({
        model: mock.provider()('my-vision-endpoint'),
        messages: [
          {
            role: 'user',
            content: [{ type: 'file', data: new URL(PHOTO_URL), mediaType }],
          },
        ],
      });
      expect(await sentContent(mock)).toEqual([
        { type: 'image_url', image_url: { url: PHOTO_URL } },
      ]);
    },
  );

  it('inlines image bytes as a data: URL', async () => {
    const mock = mockRunPod();
    await ai.generateText({
      model: mock.provider()('my-vision-endpoint'),
      messages: photoMessage(PNG),
    });
    expect(await sentContent(mock)).toEqual([
      { type: 'text', text: 'What is in this photo?' },
      {
        type: 'image_url',
        image_url: { url: `data:image/png;base64,${convertUint8ArrayToBase64(PNG)}` },
      },
    ]);
  });

  it('takes images on Kimi K2.6, whose RunPod page lists multimodal input', async () => {
    const mock = mockRunPod();
    await ai.generateText({
      model: mock.provider()('moonshotai/kimi-k2.6'),
      messages: photoMessage(new URL(PHOTO_URL)),
    });
    expect(await sentContent(mock)).toContainEqual({
      type: 'image_url',
      image_url: { url: PHOTO_URL },
    });
  });

  it.each(['qwen/qwen3-32b-awq', 'ibm-granite/granite-4.0-h-small', 'openai/gpt-oss-120b'])(
    'refuses an image for %s, which reads text only, before any request',
    async modelId => {
      const mock = mockRunPod();
      const error = await rejection(
        ai.generateText({
          model: mock.provider()(modelId),
          messages: photoMessage(new URL(PHOTO_URL)),
          maxRetries: 0,
        }),
      );
      expect(InvalidArgumentError.isInstance(error)).toBe(true);
      expect((error as Error).message).toContain(`RunPod model '${modelId}' reads text only`);
      expect((error as Error).message).toContain('the prompt holds an image');
      expect(await mock.requests()).toEqual([]);
    },
  );
});
