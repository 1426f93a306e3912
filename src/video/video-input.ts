import type {
  Experimental_VideoModelV3CallOptions,
  Experimental_VideoModelV3File,
} from '@ai-sdk/provider';
import { convertImageModelFileToDataUri } from '@ai-sdk/provider-utils';
import { asXSizes, nearestMegapixel, parseDimensions, reducedRatio } from '../media/dimensions';
import type { MediaCall } from '../media/media-call';
import type { StandardOption } from '../catalog/media-parameter';

/**
 * `experimental_generateVideo`'s options into the job's `input`, as the model's entry
 * declares its inputs (`from` says which option fills which input): the prompt; the start
 * image (`prompt.image` or the `first_frame` of `frameImages`) and end frame; reference
 * images and videos (`inputReferences`); `duration` in seconds; `resolution`; `aspectRatio`;
 * `seed`, `fps` and `generateAudio`. Media go as URLs, bytes as `data:` URLs. What the model
 * has no input for is a warning and is not sent.
 *
 * @throws {InvalidArgumentError} before any request, for a malformed resolution, a value the
 * model does not take, or too few or too many references.
 */
export function mapVideoOptions(
  call: MediaCall,
  options: Experimental_VideoModelV3CallOptions,
  { alwaysWithSound = false }: { alwaysWithSound?: boolean } = {},
): void {
  const prompt = options.prompt?.trim() === '' ? undefined : options.prompt;
  call.set('prompt', prompt, 'prompt');

  const hasStartImage = mapFrames(call, options);

  if (options.duration !== undefined && call.target('duration') === undefined) {
    call.unsupported(
      'duration',
      `'${call.modelId}' has no duration parameter (its inputs set the length); it was not sent.`,
    );
  }
  put(call, 'duration', options.duration, 'duration');

  const resolution = mapResolution(call, options.resolution);
  mapAspectRatio(call, options.aspectRatio, resolution, hasStartImage);

  for (const feature of ['seed', 'fps'] as const) {
    if (options[feature] !== undefined && call.target(feature) === undefined) {
      call.unsupported(feature, `'${call.modelId}' takes no ${feature}; it was not sent.`);
    }
    put(call, feature, options[feature], feature);
  }
  mapGenerateAudio(call, options.generateAudio, alwaysWithSound);
}

/**
 * The start image (`prompt.image` or the `first_frame` of `frameImages`), the end frame and
 * the references (`inputReferences`, images and videos apart), where the model takes them.
 * Returns whether a start image was set.
 */
function mapFrames(call: MediaCall, options: Experimental_VideoModelV3CallOptions): boolean {
  const lastFrame = options.frameImages?.find(frame => frame.frameType === 'last_frame');
  const references = options.inputReferences ?? [];
  const image = options.image === undefined ? undefined : toUrl(options.image);
  const hasStartImage = image !== undefined && call.target('image') !== undefined;
  // A reference-to-video model (Kling O1) takes `prompt.image` as its first reference image:
  // RunPod's AI SDK page lists it as image-to-video
  // (https://docs.runpod.io/public-endpoints/ai-sdk, runpod/ai-sdk-provider#64).
  const imageAsReference =
    image !== undefined && !hasStartImage && call.target('referenceImages') !== undefined;
  if (image !== undefined && !hasStartImage && !imageAsReference) {
    call.unsupported(
      'image',
      `'${call.modelId}' generates from text only; the start image was not sent.`,
    );
  }
  put(call, 'image', image, 'image');
  if (lastFrame !== undefined && call.target('lastFrame') === undefined) {
    call.unsupported(
      'frameImages',
      `'${call.modelId}' takes no last frame; the last_frame image was not sent.`,
    );
  } else {
    put(call, 'lastFrame', lastFrame && toUrl(lastFrame.image), 'frameImages');
  }
  putReferences(
    call,
    'referenceImages',
    [...(imageAsReference ? [image] : []), ...references.filter(file => !isVideo(file)).map(toUrl)],
    'image',
  );
  putReferences(call, 'referenceVideos', references.filter(isVideo).map(toUrl), 'video');
  return hasStartImage;
}

/** `generateAudio` where the model has the input; else a warning where it cannot do what was asked. */
function mapGenerateAudio(
  call: MediaCall,
  generateAudio: boolean | undefined,
  alwaysWithSound: boolean,
): void {
  if (generateAudio !== undefined && call.target('generateAudio') === undefined) {
    if (alwaysWithSound && !generateAudio) {
      call.unsupported(
        'generateAudio',
        `'${call.modelId}' always generates sound; it cannot be turned off.`,
      );
    } else if (!alwaysWithSound && generateAudio) {
      call.unsupported(
        'generateAudio',
        `'${call.modelId}' generates no audio; generateAudio was not sent.`,
      );
    }
  }
  put(call, 'generateAudio', generateAudio, 'generateAudio');
}

/** Sets the input `from` fills, if the model has one. */
function put(call: MediaCall, from: StandardOption, value: unknown, argument: string): void {
  const target = call.target(from);
  if (target !== undefined && value !== undefined) call.set(target[0], value, argument);
}

function putReferences(call: MediaCall, from: StandardOption, urls: string[], noun: string): void {
  const target = call.target(from);
  if (target === undefined) {
    if (urls.length > 0) {
      call.unsupported(
        'inputReferences',
        `'${call.modelId}' takes no reference ${noun}s; they were not sent.`,
      );
    }
    return;
  }
  call.setUrls(target[0], urls, 'inputReferences', `reference ${noun}`);
}

/** `resolution` (`"1280x720"`) as the model writes it: `"1280*720"`, `"720p"` or width and height. */
function mapResolution(call: MediaCall, value: string | undefined) {
  if (value === undefined) return undefined;
  const resolution = parseDimensions(value, 'x');
  if (resolution === undefined) {
    call.fail('resolution', `resolution takes the form WxH such as '1280x720', got '${value}'`);
  }
  const targets = call.targets('resolution');
  if (targets.length === 0) {
    call.unsupported(
      'resolution',
      `'${call.modelId}' has no resolution parameter; it was not sent.`,
    );
  }
  for (const [name, parameter] of targets) {
    const { width, height } = resolution;
    const formatted =
      parameter.format === 'W*H'
        ? `${width}*${height}`
        : parameter.format === 'p'
          ? `${Math.min(width, height)}p`
          : resolution[parameter.format as 'width' | 'height'];
    if (parameter.values !== undefined && !parameter.values.includes(formatted)) {
      const takes =
        parameter.format === 'W*H'
          ? asXSizes(parameter.values)
          : `a short side of ${parameter.values.map(v => String(v).replace('p', '')).join(', ')} pixels (${parameter.values.join(', ')})`;
      call.fail('resolution', `resolution takes ${takes}, got '${value}'`);
    }
    call.set(name, formatted, 'resolution');
  }
  return { ...resolution, short: targets.some(([, p]) => p.format === 'p') };
}

/**
 * `aspectRatio` as `aspect_ratio` (a listed value). `'adaptive'` is never sent: the video
 * follows the start image where the model does that. Without an `aspectRatio`, a `720p`
 * resolution sends its shape as the aspect ratio, which `720p` alone loses.
 */
function mapAspectRatio(
  call: MediaCall,
  ratio: string | undefined,
  resolution: ReturnType<typeof mapResolution>,
  hasStartImage: boolean,
): void {
  const target = call.target('aspectRatio');
  const fromImage = target?.[1].ignoredWith === 'image';
  if (ratio === 'adaptive') {
    if (!hasStartImage || (target?.[1].values !== undefined && !fromImage)) {
      call.unsupported(
        'aspectRatio',
        `'${call.modelId}' cannot take the aspect ratio from an input; 'adaptive' was not sent.`,
      );
    }
    return;
  }
  if (ratio !== undefined) {
    if (target === undefined) {
      if (resolution === undefined && sizeForAspectRatio(call, ratio)) return;
      call.unsupported(
        'aspectRatio',
        `'${call.modelId}' has no aspect_ratio parameter${call.target('resolution') ? ' (set resolution instead)' : ''}; it was not sent.`,
      );
    } else {
      call.set(target[0], ratio, 'aspectRatio');
    }
    return;
  }
  if (target !== undefined && resolution?.short && !(hasStartImage && fromImage)) {
    const derived = reducedRatio(resolution);
    if (target[1].values?.includes(derived)) call.set(target[0], derived, 'resolution');
  }
}

/**
 * An aspect ratio on a model that takes only a `"W*H"` size: the listed size of that ratio
 * nearest one megapixel (WAN 2.6 T2V: 16:9 → 1280*720), or, where the page lists none, the
 * size of that ratio with a 720-pixel short side (its 720p models' default is 1280*720).
 * 1.x sent the ratio this way too. False when there is no such size.
 */
function sizeForAspectRatio(call: MediaCall, ratio: string): boolean {
  const target = call.targets('resolution').find(([, parameter]) => parameter.format === 'W*H');
  const shape = parseDimensions(ratio, ':');
  if (target === undefined || shape === undefined) return false;
  const [name, parameter] = target;
  const short = 720;
  const size =
    parameter.values === undefined
      ? shape.width >= shape.height
        ? `${Math.round((short * shape.width) / shape.height)}*${short}`
        : `${short}*${Math.round((short * shape.height) / shape.width)}`
      : nearestMegapixel(parameter.values, shape);
  if (size === undefined) return false;
  call.set(name, size, 'aspectRatio');
  return true;
}

const VIDEO_PATH = /\.(mp4|mov|webm|m4v|mkv)$/i;

/** A reference is a video when its media type says so, or (a URL without one) its path ends like one. */
function isVideo(file: Experimental_VideoModelV3File): boolean {
  if (file.mediaType !== undefined) return file.mediaType.startsWith('video/');
  return file.type === 'url' && VIDEO_PATH.test(file.url.split(/[?#]/)[0]);
}

/** URLs pass as they are; bytes and base64 become a `data:` URL. */
const toUrl = (file: Experimental_VideoModelV3File) => convertImageModelFileToDataUri(file);
