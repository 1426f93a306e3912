import {
  type ImageModelV3CallOptions,
  InvalidArgumentError,
  type SharedV3Warning,
} from '@ai-sdk/provider';
import { convertImageModelFileToDataUri } from '@ai-sdk/provider-utils';
import { type ComfyUIOptions, withoutComfyUIKeys } from '../media/comfyui-options';
import type { MediaCall } from '../media/media-call';
import { type ComfyUIImage, mapComfyUIWorkflow } from '../media/comfyui-workflow';
import { type Dimensions, dimensionsForAspectRatio, parseDimensions } from '../media/dimensions';

/** File extensions of the input images, by media type (ComfyUI's `LoadImage` opens any PIL format). */
const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

/**
 * The `input`s of the jobs of one `generateImage` call to a worker-comfyui endpoint: the
 * user's workflow with the call's options written in (`mapComfyUIWorkflow`), the input
 * images as `input.images: [{name, image}]`, and the other provider options as given
 * (`comfy_org_api_key`, …). worker-comfyui's input (`validate_input` in `handler.py` @
 * d2a5572): https://github.com/runpod-workers/worker-comfyui/blob/d2a557235b3800d68dcc6fa3259125fdf4bed8a6/handler.py
 *
 * @throws {InvalidArgumentError} for a missing prompt, a malformed size or aspect ratio, an
 * input image given as a URL (the worker takes base64 only), and what `mapComfyUIWorkflow`
 * refuses.
 */
export function comfyUIJobInputs(
  call: MediaCall,
  options: ImageModelV3CallOptions,
  comfy: ComfyUIOptions,
): Array<Record<string, unknown>> {
  const { modelId, warnings } = call;
  const fail = (argument: string, message: string): never => {
    throw new InvalidArgumentError({
      argument,
      message: `RunPod image model '${modelId}': ${message}.`,
    });
  };
  if (options.prompt === undefined || options.prompt.trim() === '') {
    fail('prompt', 'needs a text prompt');
  }
  if (options.mask !== undefined) {
    warnings.push({
      type: 'unsupported',
      feature: 'mask',
      details: `'${modelId}': a ComfyUI workflow takes a mask in its own nodes; it was not sent.`,
    });
  }
  const images = (options.files ?? []).map((file, index): ComfyUIImage => {
    if (file.type === 'url') {
      return fail(
        'prompt.images',
        `worker-comfyui takes input images as base64, not URLs (${file.url}); pass the image's bytes`,
      );
    }
    const extension = EXTENSIONS[file.mediaType] ?? 'png';
    return {
      name: `input_image_${index + 1}.${extension}`,
      image: convertImageModelFileToDataUri(file),
    };
  });

  const mapping = mapComfyUIWorkflow(
    comfy.workflow,
    {
      modelId,
      prompt: options.prompt!,
      negativePrompt: comfy.negativePrompt,
      seed: options.seed,
      size: callSize(options, warnings, fail),
      n: options.n,
      images,
    },
    comfy.nodes,
  );
  warnings.push(...mapping.warnings);
  const placed = mapping.images.length > 0 ? { images: mapping.images } : {};
  const rest = withoutComfyUIKeys(call.finish());
  return mapping.workflows.map(workflow => ({ ...rest, workflow, ...placed }));
}

/**
 * `size` as given, else `aspectRatio` as the multiples of 64 nearest one megapixel of
 * that shape (sides 256…2048); given both, the size wins, with a warning.
 */
function callSize(
  options: ImageModelV3CallOptions,
  warnings: SharedV3Warning[],
  fail: (argument: string, message: string) => never,
): Dimensions | undefined {
  const { size, aspectRatio } = options;
  if (size !== undefined && aspectRatio !== undefined) {
    warnings.push({
      type: 'unsupported',
      feature: 'aspectRatio',
      details: 'size and aspectRatio were both given; the size was used.',
    });
  }
  if (size !== undefined) {
    return parseDimensions(size, 'x') ?? fail('size', `size '${size}' is not of the form WxH`);
  }
  if (aspectRatio === undefined) return undefined;
  const ratio =
    parseDimensions(aspectRatio, ':') ??
    fail('aspectRatio', `aspectRatio '${aspectRatio}' is not of the form W:H`);
  return dimensionsForAspectRatio(ratio, { max: 2048 });
}
