import { InvalidResponseDataError, type JSONObject } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { describeModel, type RunPodErrorContext } from '../core/errors';

/**
 * Reading RunPod media endpoints' `output`. The docs put the result URL under
 * `image_url`, `video_url` or `audio_url`; live answers have used `result` instead (and
 * both), other workers `url` or `image`; `output` can be an object or a list of them
 * (https://docs.runpod.io/public-endpoints/requests and the model pages' examples). Values
 * are URLs, `data:` URLs or bare base64.
 */
const MEDIA_KEYS = [
  'image_url',
  'video_url',
  'audio_url',
  'result',
  'url',
  'image',
  'video',
  'audio',
] as const;

const costSchema = z.object({ cost: z.number() });

function outputItems(output: unknown): unknown[] {
  return Array.isArray(output) ? output : output == null ? [] : [output];
}

/**
 * worker-comfyui's output images (5.0.0+): `{filename, type: "base64" | "s3_url", data}`,
 * as base64 (a `data:` URL with the media type its filename's extension says) or the URL
 * RunPod's S3 upload gave. (`handler.py` @ d2a5572, where it appends to `output_data`:
 * https://github.com/runpod-workers/worker-comfyui/blob/d2a557235b3800d68dcc6fa3259125fdf4bed8a6/handler.py)
 */
const comfyImageSchema = z.object({
  filename: z.string(),
  type: z.enum(['base64', 's3_url']),
  data: z.string(),
});

const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
};

/** One entry of an `images` list: a string as is, a worker-comfyui image as a value to download. */
function imageListValue(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry;
  const parsed = comfyImageSchema.safeParse(entry);
  if (!parsed.success) return undefined;
  const { filename, type, data } = parsed.data;
  if (type === 's3_url') return data;
  const mediaType = IMAGE_TYPES[filename.split('.').pop()?.toLowerCase() ?? ''];
  return mediaType === undefined || data.startsWith('data:')
    ? data
    : `data:${mediaType};base64,${data}`;
}

/** The media values in a job's output, one per output item, in order (`images` lists are flattened). */
function findMediaValues(output: unknown): string[] {
  const values: string[] = [];
  for (const item of outputItems(output)) {
    if (typeof item === 'string') {
      values.push(item);
      continue;
    }
    if (item == null || typeof item !== 'object') continue;
    const record = item as Record<string, unknown>;
    if (Array.isArray(record.images)) {
      for (const entry of record.images) {
        const value = imageListValue(entry);
        if (value !== undefined) values.push(value);
      }
      continue;
    }
    const key = MEDIA_KEYS.find(name => typeof record[name] === 'string');
    if (key !== undefined) values.push(record[key] as string);
    else if (isPre5ComfyResult(record, 'success')) values.push(record.message as string);
  }
  return values;
}

/**
 * worker-comfyui before 5.0.0 answered `{status: "success", message: <URL or base64>}` or
 * `{status: "error", message}` (`src/rp_handler.py` @ 88b5f4a, `process_output_images`).
 */
function isPre5ComfyResult(record: Record<string, unknown>, status: 'success' | 'error') {
  return record.status === status && typeof record.message === 'string';
}

/**
 * What a worker reported as going wrong beside its result: worker-comfyui's `errors` list
 * (5.0.0+: node execution errors, images it could not fetch or upload) and its pre-5.0
 * `{status: "error", message}`. The image model shows them as warnings.
 */
export function findWorkerErrors(output: unknown): string[] {
  const errors: string[] = [];
  for (const item of outputItems(output)) {
    if (item == null || typeof item !== 'object') continue;
    const record = item as Record<string, unknown>;
    if (Array.isArray(record.errors)) {
      errors.push(
        ...record.errors.map(error => (typeof error === 'string' ? error : JSON.stringify(error))),
      );
    }
    if (isPre5ComfyResult(record, 'error')) errors.push(record.message as string);
  }
  return errors;
}

/**
 * The worker's errors, joined, for a completed job whose output is an image result (an
 * `images` list, or worker-comfyui's pre-5.0 shape) without any image but with errors (for
 * `terminalJobError`); undefined otherwise.
 */
export function errorsWithoutMedia(output: unknown): string | undefined {
  const imageResult = outputItems(output).some(
    item =>
      item != null &&
      typeof item === 'object' &&
      (Array.isArray((item as Record<string, unknown>).images) ||
        isPre5ComfyResult(item as Record<string, unknown>, 'error')),
  );
  if (!imageResult || findMediaValues(output).length > 0) return undefined;
  const errors = findWorkerErrors(output);
  return errors.length > 0 ? errors.join('; ') : undefined;
}

/** `output.cost` in USD, summed over output items, when RunPod reports it. */
export function findCost(output: unknown): number | undefined {
  let total: number | undefined;
  for (const item of outputItems(output)) {
    const parsed = costSchema.safeParse(item);
    if (parsed.success) total = (total ?? 0) + parsed.data.cost;
  }
  return total;
}

/**
 * {@link findMediaValues} of a completed media job, which must hold at least one.
 *
 * @throws {InvalidResponseDataError} naming the model and job, for an output without media.
 */
export function requireMediaValues(
  output: unknown,
  { context, jobId }: { context: RunPodErrorContext; jobId: string },
): string[] {
  const values = findMediaValues(output);
  if (values.length === 0) {
    // worker-comfyui's answer for a workflow that saved no image (`handler.py` @ d2a5572).
    const noImages = (output as { status?: unknown } | null)?.status === 'success_no_images';
    throw new InvalidResponseDataError({
      data: output,
      message: noImages
        ? `${describeModel(context)}: job ${jobId} completed, but its ComfyUI workflow saved no images (it needs a SaveImage node).`
        : `${describeModel(context)}: job ${jobId} completed without a media URL in its output.`,
    });
  }
  return values;
}

/** `data:<media type>;base64,<payload>`: the media type (if given) and the payload. */
export function parseDataUrl(
  value: string,
): { mediaType: string | undefined; payload: string } | undefined {
  const match = /^data:([^;,]+)?(?:;[^,]*)?,(.*)$/s.exec(value);
  return match === null ? undefined : { mediaType: match[1], payload: match[2] };
}

/**
 * `providerMetadata.runpod` of one media job: its ID, `delayTime` and `executionTime` (ms),
 * `cost` (USD) where RunPod reports them, and the output's http(s) `url` (`urls` for several).
 */
export function jobMetadata({
  jobId,
  delayTime,
  executionTime,
  cost,
  urls = [],
}: {
  jobId: string;
  delayTime?: number;
  executionTime?: number;
  cost?: number;
  urls?: string[];
}): JSONObject {
  return {
    jobId,
    ...(delayTime !== undefined ? { delayTime } : {}),
    ...(executionTime !== undefined ? { executionTime } : {}),
    ...(cost !== undefined ? { cost } : {}),
    ...(urls.length === 1 ? { url: urls[0] } : urls.length > 1 ? { urls } : {}),
  };
}
