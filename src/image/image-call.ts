import {
  type ImageModelV3CallOptions,
  InvalidArgumentError,
  type SharedV3Warning,
} from '@ai-sdk/provider';
import { convertImageModelFileToDataUri } from '@ai-sdk/provider-utils';
import type { z } from 'zod/v4';
import type { ImageModelCatalogEntry } from '../catalog/image-models';

/** One image model family: its `providerOptions.runpod` schema and its mapping to `input`. */
export interface ImageFamily<OPTIONS extends Record<string, unknown>> {
  /** Family-specific provider options (camelCase), a strict zod object. */
  options: z.ZodObject;
  /** Maps one call to the endpoint's `input`; pushes warnings for what it cannot honour. */
  toInput(call: ImageCall<OPTIONS>): Record<string, unknown>;
}

/** What a family mapper gets: the AI SDK's options, checked and normalised. */
export interface ImageCall<OPTIONS> {
  modelId: string;
  prompt: string;
  size: { width: number; height: number } | undefined;
  aspectRatio: { width: number; height: number; text: string } | undefined;
  seed: number | undefined;
  /** Input images as URLs or `data:` URLs, within the entry's count limits. */
  images: string[];
  options: OPTIONS;
  entry: ImageModelCatalogEntry | undefined;
  warnings: SharedV3Warning[];
}

/**
 * Checks what every image model needs and turns the AI SDK's call options into an
 * {@link ImageCall}: a prompt, a parsed size and aspect ratio, input images as URLs
 * (bytes become `data:` URLs) within the model's documented count.
 *
 * @throws {InvalidArgumentError} for a missing prompt, a malformed size or aspect ratio,
 * input images on a model that takes none, or too few or too many of them.
 */
export function toImageCall<OPTIONS>(
  options: ImageModelV3CallOptions,
  {
    modelId,
    entry,
    familyOptions,
  }: { modelId: string; entry: ImageModelCatalogEntry | undefined; familyOptions: OPTIONS },
): ImageCall<OPTIONS> {
  const warnings: SharedV3Warning[] = [];
  if (options.prompt === undefined || options.prompt.trim() === '') {
    throw new InvalidArgumentError({
      argument: 'prompt',
      message: `RunPod image model '${modelId}' needs a text prompt.`,
    });
  }
  if (options.mask !== undefined) {
    warnings.push({
      type: 'unsupported',
      feature: 'mask',
      details: 'RunPod image endpoints take no mask; it was not sent.',
    });
  }

  const images = (options.files ?? []).map(file =>
    file.type === 'url' ? file.url : convertImageModelFileToDataUri(file),
  );
  const limits = entry?.inputImages;
  if (entry !== undefined && images.length > 0 && limits === undefined) {
    warnings.push({
      type: 'unsupported',
      feature: 'prompt.images',
      details: `'${modelId}' generates from text only; the input images were not sent. Use an edit model.`,
    });
    images.length = 0;
  }
  // No `max`: the model's page states none.
  const max = limits?.max ?? Infinity;
  if (limits !== undefined && (images.length < limits.min || images.length > max)) {
    const count =
      limits.min === max
        ? `${max}`
        : max === Infinity
          ? `at least ${limits.min}`
          : limits.min === 0
            ? `at most ${max}`
            : `${limits.min} to ${max}`;
    throw new InvalidArgumentError({
      argument: 'prompt.images',
      message:
        `RunPod image model '${modelId}' takes ${count} ` +
        `input image${/(^| )1$/.test(count) ? '' : 's'}, got ${images.length}.`,
    });
  }

  return {
    modelId,
    prompt: options.prompt,
    size:
      options.size === undefined ? undefined : parseDimensions(options.size, 'x', 'size', modelId),
    aspectRatio:
      options.aspectRatio === undefined
        ? undefined
        : {
            ...parseDimensions(options.aspectRatio, ':', 'aspectRatio', modelId),
            text: options.aspectRatio,
          },
    seed: options.seed,
    images,
    options: familyOptions,
    entry,
    warnings,
  };
}

function parseDimensions(value: string, separator: string, argument: string, modelId: string) {
  const [width, height] = value.split(separator).map(Number);
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0)) {
    throw new InvalidArgumentError({
      argument,
      message: `RunPod image model '${modelId}': ${argument} '${value}' is not of the form W${separator}H.`,
    });
  }
  return { width, height };
}

/** A warning for a standard option the model has no parameter for. */
export function unsupported(
  call: ImageCall<unknown>,
  feature: 'size' | 'aspectRatio' | 'seed',
  details?: string,
): void {
  call.warnings.push({
    type: 'unsupported',
    feature,
    details: details ?? `'${call.modelId}' has no parameter for ${feature}; it was not sent.`,
  });
}

/** `size` and `aspectRatio` both given: the size wins. */
export function sizeOrAspectRatio(call: ImageCall<unknown>): 'size' | 'aspectRatio' | undefined {
  if (call.size !== undefined && call.aspectRatio !== undefined) {
    unsupported(call, 'aspectRatio', 'size and aspectRatio were both given; the size was used.');
    return 'size';
  }
  return call.size !== undefined
    ? 'size'
    : call.aspectRatio !== undefined
      ? 'aspectRatio'
      : undefined;
}

/** Width and height near `megapixels` for an aspect ratio, as multiples of `step`. */
export function dimensionsForAspectRatio(
  ratio: { width: number; height: number },
  { megapixels = 1, step = 64, min = 256, max = 1536 } = {},
): { width: number; height: number } {
  const area = megapixels * 1024 * 1024;
  const width = Math.sqrt((area * ratio.width) / ratio.height);
  const clamp = (value: number) => Math.min(max, Math.max(min, Math.round(value / step) * step));
  return { width: clamp(width), height: clamp((width * ratio.height) / ratio.width) };
}
