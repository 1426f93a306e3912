import { InvalidArgumentError, type LanguageModelV3Prompt } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { IMAGE_URLS, refuseFileParts, withImageSubtypes } from '../../src/chat/input-files';

const photo = (mediaType: string): LanguageModelV3Prompt => [
  { role: 'system', content: 'Be brief.' },
  {
    role: 'user',
    content: [
      { type: 'text', text: 'What is this?' },
      { type: 'file', data: new URL('https://example.com/a.jpg'), mediaType },
    ],
  },
];

describe('input files', () => {
  it('lets http(s) image URLs through, and nothing else', () => {
    const [pattern] = IMAGE_URLS['image/*'];
    expect(pattern.test('https://example.com/a.jpg')).toBe(true);
    expect(pattern.test('HTTP://example.com/a.jpg')).toBe(true);
    expect(pattern.test('data:image/png;base64,AAAA')).toBe(false);
    expect(pattern.test('ftp://example.com/a.jpg')).toBe(false);
  });

  it("writes ai@7's bare image media type as image/*, leaving the rest alone", () => {
    const prompt = photo('image');
    const written = withImageSubtypes(prompt);
    expect(written[1]).toMatchObject({ content: [{ type: 'text' }, { mediaType: 'image/*' }] });
    expect(written[0]).toBe(prompt[0]);
    expect(prompt[1].content[1]).toMatchObject({ mediaType: 'image' }); // not mutated
    const typed = photo('image/png');
    expect(withImageSubtypes(typed)).toBe(typed);
  });

  it('refuses any file part for a text-only model, naming the model and what it got', () => {
    expect(() => refuseFileParts(photo('image/png'), 'qwen/qwen3-32b-awq')).toThrow(
      InvalidArgumentError,
    );
    expect(() => refuseFileParts(photo('application/pdf'), 'm')).toThrow(
      /RunPod model 'm' reads text only .* holds a file \(application\/pdf\)/,
    );
    expect(() => refuseFileParts(photo('image'), 'm')).toThrow(/holds an image \(image\)/);
    expect(() =>
      refuseFileParts([{ role: 'user', content: [{ type: 'text', text: 'hi' }] }], 'm'),
    ).not.toThrow();
  });
});
