import type {
  Experimental_VideoModelV3CallOptions,
  Experimental_VideoModelV3File,
  SharedV3Warning,
} from '@ai-sdk/provider';
import { convertToBase64 } from '@ai-sdk/provider-utils';
import type { z } from 'zod/v4';
import type { VideoModelCatalogEntry } from '../catalog/video-models';
import { fail } from './call-helpers';
import { catalogInput } from './standard-input';

/** One video model family: its `providerOptions.runpod` schema and its mapping to `input`. */
export interface VideoFamily<OPTIONS extends Record<string, unknown>> {
  /** Family-specific provider options (camelCase), a strict zod object. */
  options: z.ZodObject;
  /** Maps one call to the endpoint's `input`; pushes warnings for what it cannot honour. */
  toInput(call: VideoCall<OPTIONS>): Record<string, unknown>;
}

/** What a family mapper gets: the AI SDK's options, checked and normalised. */
export interface VideoCall<OPTIONS> {
  modelId: string;
  entry: VideoModelCatalogEntry | undefined;
  options: OPTIONS;
  warnings: SharedV3Warning[];
  prompt: string | undefined;
  /** The start image (`image`, or the `first_frame` of `frameImages`), as a URL or `data:` URL. */
  image: string | undefined;
  /** The `last_frame` of `frameImages`, as a URL or `data:` URL. */
  lastImage: string | undefined;
  /** `inputReferences` that are images, then those that are videos, as URLs or `data:` URLs. */
  referenceImages: string[];
  referenceVideos: string[];
  /** In seconds. */
  duration: number | undefined;
  /** `resolution` in pixels. */
  resolution: { width: number; height: number } | undefined;
  /** As given, `'adaptive'` included. */
  aspectRatio: string | undefined;
  seed: number | undefined;
  fps: number | undefined;
  generateAudio: boolean | undefined;
  /**
   * For catalog models: the standard options as the endpoint's `input` fields (`prompt`,
   * `image`, `last_image`, `images`, `video`, `duration`, `size` or `resolution`,
   * `aspect_ratio`, `seed`, `fps`, `generate_audio`), checked against the entry. Empty for
   * your own endpoints.
   */
  input: Record<string, unknown>;
}

/**
 * Turns the AI SDK's video call options into a {@link VideoCall}: media as URLs (bytes
 * become `data:` URLs), `resolution` parsed, and for catalog models the standard options
 * mapped to the endpoint's fields within its documented limits. What a model has no
 * parameter for becomes a warning and is not sent.
 *
 * @throws {InvalidArgumentError} before any request, for a missing prompt or start image
 * the model requires, a malformed resolution, and a duration, resolution, aspect ratio, fps,
 * seed or number of references the model does not take.
 */
export function toVideoCall<OPTIONS>(
  options: Experimental_VideoModelV3CallOptions,
  {
    modelId,
    entry,
    familyOptions,
  }: { modelId: string; entry: VideoModelCatalogEntry | undefined; familyOptions: OPTIONS },
): VideoCall<OPTIONS> {
  const prompt = options.prompt?.trim() === '' ? undefined : options.prompt;
  if (prompt === undefined && entry?.prompt === 'required') {
    fail(modelId, 'prompt', 'needs a text prompt');
  }
  const lastFrame = options.frameImages?.find(frame => frame.frameType === 'last_frame');
  const references = options.inputReferences ?? [];
  const call: VideoCall<OPTIONS> = {
    modelId,
    entry,
    options: familyOptions,
    warnings: [],
    prompt,
    image: options.image === undefined ? undefined : fileToUrl(options.image),
    lastImage: lastFrame === undefined ? undefined : fileToUrl(lastFrame.image),
    referenceImages: references.filter(file => !isVideo(file)).map(fileToUrl),
    referenceVideos: references.filter(isVideo).map(fileToUrl),
    duration: options.duration,
    resolution:
      options.resolution === undefined ? undefined : parseResolution(options.resolution, modelId),
    aspectRatio: options.aspectRatio,
    seed: options.seed,
    fps: options.fps,
    generateAudio: options.generateAudio,
    input: {},
  };
  if (entry !== undefined) call.input = catalogInput(call, entry);
  return call;
}

function parseResolution(value: string, modelId: string) {
  const match = /^(\d+)x(\d+)$/.exec(value);
  const [width, height] = match === null ? [0, 0] : [Number(match[1]), Number(match[2])];
  if (width <= 0 || height <= 0) {
    fail(
      modelId,
      'resolution',
      `takes a resolution of the form WxH such as '1280x720', got '${value}'`,
    );
  }
  return { width, height };
}

const VIDEO_PATH = /\.(mp4|mov|webm|m4v|mkv)$/i;

/** A reference is a video when its media type says so, or (a URL without one) its path ends like one. */
function isVideo(file: Experimental_VideoModelV3File): boolean {
  if (file.mediaType !== undefined) return file.mediaType.startsWith('video/');
  return file.type === 'url' && VIDEO_PATH.test(file.url.split(/[?#]/)[0]);
}

/** URLs pass as they are; bytes and base64 become a `data:` URL. */
export function fileToUrl(file: Experimental_VideoModelV3File): string {
  return file.type === 'url'
    ? file.url
    : `data:${file.mediaType};base64,${convertToBase64(file.data)}`;
}
