import { invalid, isUrl, oneOf, sizeFormat } from '../media-endpoints';

// Input checks shared by the mock's image endpoints, worded as RunPod words its errors.

export type Input = Record<string, any>;
export type Check = (input: Input) => string | undefined;

export const divisibleBy64: (name: string) => Check = name => input =>
  input[name] === undefined || (Number.isInteger(input[name]) && input[name] % 64 === 0)
    ? undefined
    : invalid(`${name} must be divisible by 64`);

export const boolean: (name: string) => Check = name => input =>
  input[name] === undefined || typeof input[name] === 'boolean'
    ? undefined
    : invalid(`${name} must be a boolean`);

export const string: (name: string) => Check = name => input =>
  input[name] === undefined || typeof input[name] === 'string'
    ? undefined
    : invalid(`${name} must be a string`);

export const seed: Check = input =>
  input.seed === undefined || Number.isInteger(input.seed)
    ? undefined
    : invalid('seed must be an integer');

export const listed: (name: string, allowed: readonly string[]) => Check =
  (name, allowed) => input =>
    oneOf(input, name, allowed);

/** `image`: one URL (kontext and qwen-image-edit pages: "Invalid image URL"). */
export const singleImage =
  ({ required }: { required: boolean }): Check =>
  input => {
    if (input.image === undefined) return required ? invalid('image is required') : undefined;
    return isUrl(input.image) ? undefined : 'Invalid image URL';
  };

/** `images`: a list of URLs ("Invalid image URL in images array" on the pages). */
export const imageList =
  (min: number, max = Infinity): Check =>
  input => {
    const images = input.images;
    if (!Array.isArray(images) || images.length < min || images.length > max) {
      return invalid(
        max === Infinity
          ? `images must be an array of at least ${min} image URL`
          : `images must be an array of ${min} to ${max} image URLs`,
      );
    }
    return images.every(isUrl) ? undefined : 'Invalid image URL in images array';
  };

/** `loras`: `{ path, scale }` items, both required. */
export const loras: Check = input => {
  if (input.loras === undefined) return undefined;
  if (!Array.isArray(input.loras)) return invalid('loras must be an array');
  for (const [index, lora] of input.loras.entries()) {
    if (typeof lora?.path !== 'string' || lora.path === '') {
      return invalid(`loras[${index}].path is required`);
    }
    if (typeof lora.scale !== 'number') return invalid(`loras[${index}].scale is required`);
    if (Object.keys(lora).some(key => key !== 'path' && key !== 'scale')) {
      return invalid(`loras[${index}] takes only path and scale`);
    }
  }
  return undefined;
};

export const freeSize: Check = input => sizeFormat(input);
export const sizeFrom =
  (sizes: readonly string[]): Check =>
  input =>
    sizeFormat(input) ?? oneOf(input, 'size', sizes);
