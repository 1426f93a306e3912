import {
  firstError,
  intInRange,
  invalid,
  type MediaEndpoint,
  numberInRange,
  oneOf,
  onlyKeys,
  requireString,
} from '../media-endpoints';

const divisibleBy64 = (input: Record<string, any>, name: string) =>
  input[name] === undefined || (Number.isInteger(input[name]) && input[name] % 64 === 0)
    ? undefined
    : invalid(`${name} must be divisible by 64`);

/** Flux Dev / Schnell (flux-dev.mdx, flux-schnell.mdx). */
const flux = (maxSteps: number): MediaEndpoint => ({
  kind: 'image',
  executionMs: 40,
  validate: input =>
    firstError(
      onlyKeys(input, [
        'prompt',
        'negative_prompt',
        'width',
        'height',
        'num_inference_steps',
        'guidance',
        'seed',
        'image_format',
      ]),
      requireString(input, 'prompt'),
      divisibleBy64(input, 'width'),
      divisibleBy64(input, 'height'),
      intInRange(input, 'width', 256, 1536),
      intInRange(input, 'height', 256, 1536),
      intInRange(input, 'num_inference_steps', 1, maxSteps),
      numberInRange(input, 'guidance', 0, 10),
      oneOf(input, 'image_format', ['png', 'jpeg']),
    ),
  output: (input, media) => ({
    image_url: media(input.image_format === 'png' ? 'png' : 'jpeg'),
    cost: Number(
      (
        (((input.width ?? 1024) * (input.height ?? 1024)) / 1e6) *
        (maxSteps === 8 ? 0.0024 : 0.02)
      ).toFixed(8),
    ),
  }),
});

export const imageEndpoints: Record<string, MediaEndpoint> = {
  'black-forest-labs-flux-1-dev': flux(50),
  'black-forest-labs-flux-1-schnell': flux(8),
};
