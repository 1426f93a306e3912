import type { VideoModelCatalogEntry } from '../catalog/video-models';
import { fail, warn } from './call-helpers';
import type { VideoCall } from './video-call';

/**
 * The standard call options of a catalog model as its endpoint's `input` fields, checked
 * against what its catalog entry documents: the start image, end frame and references;
 * `duration`; `resolution` and `aspectRatio`; `seed`, `fps` and `generateAudio`. What the
 * model has no parameter for is a warning and is not sent.
 *
 * @throws {InvalidArgumentError} for a required input that is missing or a value the model
 * does not take.
 */
export function catalogInput(call: VideoCall<unknown>, entry: VideoModelCatalogEntry) {
  const { modelId } = call;
  const input: Record<string, unknown> = {};
  if (call.prompt !== undefined) input.prompt = call.prompt;

  if (call.image === undefined) {
    if (entry.image === 'required') {
      fail(
        modelId,
        'image',
        'animates a start image: pass `prompt: { image, text }` or a `first_frame` in `frameImages`',
      );
    }
  } else if (entry.image === 'none') {
    warn(
      call,
      'image',
      entry.referenceImages
        ? 'takes reference images, not a start image; pass them as inputReferences. The image was not sent.'
        : 'generates from text only; the start image was not sent.',
    );
  } else {
    input.image = call.image;
  }
  if (call.lastImage !== undefined) {
    if (entry.lastFrame) input.last_image = call.lastImage;
    else warn(call, 'frameImages', 'takes no last frame; the last_frame image was not sent.');
  }

  const limits = entry.referenceImages;
  if (limits !== undefined) {
    const count = call.referenceImages.length;
    if (count < limits.min || count > limits.max) {
      fail(
        modelId,
        'inputReferences',
        `takes ${limits.min} to ${limits.max} reference images, got ${count}`,
      );
    }
    input.images = call.referenceImages;
  } else if (call.referenceImages.length > 0) {
    warn(call, 'inputReferences', 'takes no reference images; they were not sent.');
  }
  if (call.referenceVideos.length > 0) {
    if (!entry.referenceVideo) {
      warn(call, 'inputReferences', 'takes no reference video; it was not sent.');
    } else if (call.referenceVideos.length > 1) {
      fail(
        modelId,
        'inputReferences',
        `takes one reference video, got ${call.referenceVideos.length}`,
      );
    } else {
      input.video = call.referenceVideos[0];
    }
  }

  Object.assign(input, durationInput(call, entry), sizeInput(call, entry));

  if (call.seed !== undefined) {
    if (!entry.seed) {
      warn(call, 'seed', 'takes no seed; it was not sent.');
    } else if (!Number.isInteger(call.seed)) {
      fail(modelId, 'seed', `takes an integer seed, got ${call.seed}`);
    } else {
      input.seed = call.seed;
    }
  }
  if (call.fps !== undefined) {
    if (entry.fps === undefined) {
      warn(call, 'fps', 'has no fps parameter; it was not sent.');
    } else if (!entry.fps.includes(call.fps)) {
      fail(modelId, 'fps', `takes fps ${entry.fps.join(' or ')}, got ${call.fps}`);
    } else {
      input.fps = call.fps;
    }
  }
  if (call.generateAudio !== undefined) {
    if (entry.audio === 'generate') input.generate_audio = call.generateAudio;
    else if (entry.audio === 'always' && !call.generateAudio) {
      warn(call, 'generateAudio', 'always generates sound; it cannot be turned off.');
    } else if (entry.audio === undefined && call.generateAudio) {
      warn(call, 'generateAudio', 'generates no audio; generateAudio was not sent.');
    }
  }
  return input;
}

function durationInput(call: VideoCall<unknown>, entry: VideoModelCatalogEntry) {
  const spec = entry.duration;
  const seconds = call.duration;
  if (seconds === undefined) {
    if (spec?.required) {
      fail(call.modelId, 'duration', `needs a duration: ${spec.values?.join(', ')} seconds`);
    }
    return {};
  }
  if (spec === undefined) {
    warn(
      call,
      'duration',
      'has no duration parameter (its inputs set the length); it was not sent.',
    );
    return {};
  }
  const allowed =
    spec.values !== undefined
      ? spec.values.includes(seconds)
      : Number.isInteger(seconds) &&
        seconds >= (spec.min ?? 1) &&
        seconds <= (spec.max ?? Number.MAX_SAFE_INTEGER);
  if (!allowed) {
    const expected =
      spec.values !== undefined
        ? spec.values.join(', ')
        : spec.max !== undefined
          ? `${spec.min ?? 1} to ${spec.max}`
          : 'a whole number of';
    fail(call.modelId, 'duration', `takes ${expected} seconds, got ${seconds}`);
  }
  return { duration: seconds };
}

/** `resolution` and `aspectRatio` in the endpoint's vocabulary. */
function sizeInput(call: VideoCall<unknown>, entry: VideoModelCatalogEntry) {
  const input: Record<string, unknown> = {};
  const spec = entry.resolution;
  const { resolution } = call;
  if (resolution === undefined) {
    if (spec?.required) {
      fail(
        call.modelId,
        'resolution',
        `needs a resolution: ${describeValues(spec.values!, spec.format)}`,
      );
    }
  } else if (spec === undefined) {
    warn(call, 'resolution', 'has no resolution parameter; it was not sent.');
  } else {
    const { width, height } = resolution;
    const value = spec.format === 'W*H' ? `${width}*${height}` : `${Math.min(width, height)}p`;
    if (spec.values !== undefined && !spec.values.includes(value)) {
      fail(
        call.modelId,
        'resolution',
        `takes ${describeValues(spec.values, spec.format)}, got '${width}x${height}'`,
      );
    }
    input[spec.param] = value;
  }

  const hasImage = call.image !== undefined && entry.image !== 'none';
  const ratios = entry.aspectRatios;
  const ratio = call.aspectRatio;
  if (ratio === 'adaptive') {
    // Not a value RunPod takes: the video follows the start image where the model does that.
    if (!hasImage || (ratios !== undefined && !entry.aspectRatioFromImage)) {
      warn(
        call,
        'aspectRatio',
        "cannot take the aspect ratio from an input; 'adaptive' was not sent.",
      );
    }
  } else if (ratio !== undefined) {
    if (ratios === undefined) {
      warn(
        call,
        'aspectRatio',
        `has no aspect_ratio parameter${spec ? ' (set resolution instead)' : ''}; it was not sent.`,
      );
    } else if (!ratios.includes(ratio)) {
      fail(call.modelId, 'aspectRatio', `takes aspect ratio ${ratios.join(', ')}, got '${ratio}'`);
    } else if (hasImage && entry.aspectRatioFromImage) {
      warn(call, 'aspectRatio', 'takes the aspect ratio from the start image; it was not sent.');
    } else {
      input.aspect_ratio = ratio;
    }
  } else if (resolution !== undefined && spec?.format === 'p' && ratios !== undefined) {
    // "720p" alone loses the orientation the resolution asked for: send its ratio too.
    const derived = reducedRatio(resolution);
    if (ratios.includes(derived) && !(hasImage && entry.aspectRatioFromImage)) {
      input.aspect_ratio = derived;
    }
  }
  return input;
}

function describeValues(values: readonly string[], format: 'W*H' | 'p'): string {
  return format === 'W*H'
    ? `resolution ${values.map(value => value.replace('*', 'x')).join(', ')}`
    : `a resolution whose short side is ${values.map(value => value.replace('p', '')).join(', ')} pixels (${values.join(', ')})`;
}

function reducedRatio({ width, height }: { width: number; height: number }): string {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const divisor = gcd(width, height);
  return `${width / divisor}:${height / divisor}`;
}
