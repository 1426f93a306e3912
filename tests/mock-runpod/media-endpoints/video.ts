import {
  firstError,
  intInRange,
  invalid,
  isUrl,
  type MediaEndpoint,
  type MediaFactory,
  numberInRange,
  oneOf,
  requireString,
  sizeFormat,
} from '../media-endpoints';

/**
 * RunPod's public video endpoints as their pages under
 * https://docs.runpod.io/public-endpoints/models describe them: the
 * fields each takes, which are required, their allowed values, and the output
 * `{ video_url, cost }` (WAN 2.5 answers under `result`, as RunPod's own text-to-video
 * tutorial reads it:
 * https://docs.runpod.io/tutorials/public-endpoints/text-to-video-pipeline). Error texts are the pages' where they give one
 * ("Invalid image URL", "Invalid duration: must be 4, 8, or 12 seconds", …).
 */

type Input = Record<string, any>;

/** `image`-like fields: a URL or an image `data:` URL. */
function imageUrl(input: Input, name: string, required = true): string | undefined {
  const value = input[name];
  if (value === undefined) return required ? invalid(`${name} is required`) : undefined;
  return isUrl(value) && !/^data:(?!image\/)/.test(value) ? undefined : 'Invalid image URL';
}

function mediaUrl(input: Input, name: string, kind: 'audio' | 'video', required: boolean) {
  const value = input[name];
  if (value === undefined) return required ? invalid(`${name} is required`) : undefined;
  return isUrl(value) && !new RegExp(`^data:(?!${kind}/)`).test(value)
    ? undefined
    : `Invalid ${kind} URL`;
}

function bool(input: Input, ...names: string[]): string | undefined {
  const wrong = names.find(name => input[name] !== undefined && typeof input[name] !== 'boolean');
  return wrong === undefined ? undefined : invalid(`${wrong} must be a boolean`);
}

function text(input: Input, ...names: string[]): string | undefined {
  const wrong = names.find(name => input[name] !== undefined && typeof input[name] !== 'string');
  return wrong === undefined ? undefined : invalid(`${wrong} must be a string`);
}

function integer(input: Input, ...names: string[]): string | undefined {
  const wrong = names.find(name => input[name] !== undefined && !Number.isInteger(input[name]));
  return wrong === undefined ? undefined : invalid(`${wrong} must be an integer`);
}

function number(input: Input, ...names: string[]): string | undefined {
  const wrong = names.find(name => input[name] !== undefined && typeof input[name] !== 'number');
  return wrong === undefined ? undefined : invalid(`${wrong} must be a number`);
}

const seed = (input: Input) => integer(input, 'seed');

function loras(input: Input, name: string): string | undefined {
  const value = input[name];
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return invalid(`${name} must be an array`);
  for (const item of value) {
    if (item == null || typeof item.scale !== 'number') {
      return invalid(`${name}[].scale is required`);
    }
    if (typeof item.path !== 'string' || !/^https?:\/\//.test(item.path)) {
      return 'Failed to load LoRA model from URL';
    }
  }
  return undefined;
}

const output =
  (cost: (input: Input) => number, key: 'video_url' | 'result' = 'video_url') =>
  (input: Input, media: MediaFactory) => ({
    [key]: media('mp4'),
    cost: Number(cost(input).toFixed(4)),
  });

const seconds = (input: Input, fallback = 5) => input.duration ?? fallback;
const pixels = (size: string | undefined) =>
  Math.min(...(size ?? '1280*720').split('*').map(Number));

const infinitetalk: MediaEndpoint = {
  kind: 'video',
  validate: input =>
    firstError(
      requireString(input, 'prompt'),
      imageUrl(input, 'image'),
      mediaUrl(input, 'audio', 'audio', true),
      input.size === undefined ? invalid('size is required') : undefined,
      oneOf(input, 'size', ['480p', '720p']),
      bool(input, 'enable_safety_checker'),
    ),
  output: output(input => (input.size === '720p' ? 0.5 : 0.25)),
};

const klingI2v: MediaEndpoint = {
  kind: 'video',
  validate: input =>
    firstError(
      requireString(input, 'prompt'),
      imageUrl(input, 'image'),
      text(input, 'negative_prompt'),
      number(input, 'guidance_scale'),
      integer(input, 'duration'),
      bool(input, 'enable_safety_checker'),
    ),
  output: output(input => 0.09 * seconds(input)),
};

const klingMotionControl: MediaEndpoint = {
  kind: 'video',
  validate: input =>
    firstError(
      imageUrl(input, 'image'),
      mediaUrl(input, 'video', 'video', true),
      input.character_orientation === undefined
        ? invalid('character_orientation is required')
        : oneOf(input, 'character_orientation', ['video', 'image']),
      text(input, 'prompt', 'negative_prompt'),
      bool(input, 'keep_original_sound'),
    ),
  output: output(() => 0.42),
};

const klingO1: MediaEndpoint = {
  kind: 'video',
  validate: input =>
    firstError(
      requireString(input, 'prompt'),
      !Array.isArray(input.images) || input.images.length < 1 || input.images.length > 10
        ? invalid('images must be an array of 1 to 10 image URLs')
        : input.images.every((url: unknown) => imageUrl({ url }, 'url') === undefined)
          ? undefined
          : 'Invalid image URL',
      mediaUrl(input, 'video', 'video', false),
      text(input, 'negative_prompt'),
      oneOf(input, 'aspect_ratio', ['16:9', '9:16', '1:1']),
      intInRange(input, 'duration', 3, 10),
      seed(input),
      bool(input, 'enable_prompt_expansion', 'enable_safety_checker'),
    ),
  output: output(input => 0.112 * seconds(input)),
};

const seedance: MediaEndpoint = {
  kind: 'video',
  validate: input =>
    firstError(
      requireString(input, 'prompt'),
      imageUrl(input, 'image'),
      imageUrl(input, 'last_image', false),
      intInRange(input, 'duration', 4, 12),
      oneOf(input, 'resolution', ['480p', '720p']),
      oneOf(input, 'aspect_ratio', ['21:9', '16:9', '9:16', '1:1', '4:3', '3:4']),
      bool(input, 'camera_fixed', 'generate_audio'),
      seed(input),
    ),
  output: output(input => (input.resolution === '480p' ? 0.024 : 0.052) * seconds(input)),
};

const sora = (pro: boolean): MediaEndpoint => ({
  kind: 'video',
  validate: input =>
    firstError(
      requireString(input, 'prompt'),
      imageUrl(input, 'image'),
      [4, 8, 12].includes(input.duration)
        ? undefined
        : 'Invalid duration: must be 4, 8, or 12 seconds',
      oneOf(input, 'size', ['720p', '1080p']),
    ),
  output: output(input =>
    pro ? (input.size === '1080p' ? 0.5 : 0.3) * input.duration : 0.1 * input.duration,
  ),
});

const pVideo: MediaEndpoint = {
  kind: 'video',
  validate: input =>
    firstError(
      requireString(input, 'prompt'),
      imageUrl(input, 'image', false),
      input.audio === undefined ||
        /^data:audio\/(flac|mpeg|wav|x-wav)[;,]|^https?:\/\/.*\.(flac|mp3|wav)$/.test(input.audio)
        ? undefined
        : 'Invalid audio format',
      intInRange(input, 'duration', 1, 10),
      oneOf(input, 'resolution', ['720p', '1080p']),
      oneOf(input, 'fps', [24, 48]),
      oneOf(input, 'aspect_ratio', ['16:9', '9:16', '4:3', '3:4', '3:2', '2:3', '1:1']),
      seed(input),
      bool(input, 'draft', 'save_audio', 'prompt_upsampling'),
    ),
  output: output(
    input =>
      (input.resolution === '1080p' ? 0.04 : 0.02) * (input.draft ? 0.25 : 1) * seconds(input),
  ),
};

const vidu = (textToVideo: boolean): MediaEndpoint => ({
  kind: 'video',
  validate: input =>
    firstError(
      typeof input.prompt === 'string' && input.prompt !== '' ? undefined : 'Invalid prompt',
      textToVideo ? undefined : imageUrl(input, 'image'),
      oneOf(input, 'style', ['general', 'anime']),
      oneOf(input, 'aspect_ratio', ['16:9', '9:16', '4:3', '3:4', '1:1']),
      oneOf(input, 'resolution', ['540p', '720p', '1080p']),
      intInRange(input, 'duration', 1, 16),
      oneOf(input, 'movement_amplitude', ['auto', 'small', 'medium', 'large']),
      bool(input, 'generate_audio', 'bgm'),
      seed(input),
    ),
  output: output(input => 0.15 * seconds(input)),
});

/** WAN 2.1 / 2.2 image-to-video 720p (identical parameters). */
const wanI2v: MediaEndpoint = {
  kind: 'video',
  validate: input =>
    firstError(
      requireString(input, 'prompt'),
      imageUrl(input, 'image'),
      text(input, 'negative_prompt'),
      sizeFormat(input),
      intInRange(input, 'num_inference_steps', 1, 50),
      numberInRange(input, 'guidance', 0, 10),
      integer(input, 'duration', 'flow_shift'),
      seed(input),
      bool(input, 'enable_prompt_optimization', 'enable_safety_checker'),
    ),
  output: output(input => 0.06 * seconds(input)),
};

const wanLora: MediaEndpoint = {
  kind: 'video',
  validate: input =>
    firstError(
      requireString(input, 'prompt'),
      imageUrl(input, 'image'),
      loras(input, 'high_noise_loras'),
      loras(input, 'low_noise_loras'),
      integer(input, 'duration'),
      seed(input),
      bool(input, 'enable_safety_checker'),
    ),
  output: output(input => 0.07 * seconds(input)),
};

const wan25: MediaEndpoint = {
  kind: 'video',
  validate: input =>
    firstError(
      requireString(input, 'prompt'),
      imageUrl(input, 'image'),
      text(input, 'negative_prompt'),
      sizeFormat(input),
      integer(input, 'duration'),
      seed(input),
      bool(input, 'enable_prompt_expansion', 'enable_safety_checker'),
    ),
  output: output(
    input =>
      (({ 480: 0.05, 720: 0.1, 1080: 0.15 }) as Record<number, number>)[pixels(input.size)] *
      seconds(input),
    'result',
  ),
};

const wan26 = (imageToVideo: boolean): MediaEndpoint => ({
  kind: 'video',
  validate: input =>
    firstError(
      requireString(input, 'prompt'),
      imageToVideo ? imageUrl(input, 'image') : undefined,
      mediaUrl(input, 'audio', 'audio', false),
      text(input, 'negative_prompt'),
      oneOf(
        input,
        'size',
        imageToVideo
          ? ['1280*720', '1920*1080']
          : ['1280*720', '1920*1080', '720*1280', '1080*1920'],
      ),
      oneOf(input, 'duration', [5, 10, 15]),
      oneOf(input, 'shot_type', ['single', 'multi']),
      seed(input),
      bool(input, 'enable_prompt_expansion', 'enable_safety_checker'),
    ),
  output: output(input => (pixels(input.size) >= 1080 ? 0.15 : 0.1) * seconds(input)),
});

export const videoEndpoints: Record<string, MediaEndpoint> = {
  infinitetalk,
  'kling-v2-1-i2v-pro': klingI2v,
  'kling-v2-6-std-motion-control': klingMotionControl,
  'kling-video-o1-r2v': klingO1,
  'seedance-v1-5-pro-i2v': seedance,
  'sora-2-i2v': sora(false),
  'sora-2-pro-i2v': sora(true),
  'p-video': pVideo,
  'vidu-q3-i2v': vidu(false),
  'vidu-q3-t2v': vidu(true),
  'wan-2-1-i2v-720': wanI2v,
  'wan-2-2-t2v-720-lora': wanLora,
  'wan-2-2-i2v-720': wanI2v,
  'wan-2-5': wan25,
  'wan-2-6-i2v': wan26(true),
  'wan-2-6-t2v': wan26(false),
};
