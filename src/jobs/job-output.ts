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
      values.push(...record.images.filter((value): value is string => typeof value === 'string'));
      continue;
    }
    const key = MEDIA_KEYS.find(name => typeof record[name] === 'string');
    if (key !== undefined) values.push(record[key] as string);
  }
  return values;
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
    throw new InvalidResponseDataError({
      data: output,
      message: `${describeModel(context)}: job ${jobId} completed without a media URL in its output.`,
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
