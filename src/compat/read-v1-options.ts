import {
  type ImageModelV3CallOptions,
  type JSONObject,
  type SharedV3ProviderOptions,
  type SharedV3Warning,
} from '@ai-sdk/provider';
import { nearestMegapixel, parseDimensions, starSize } from '../media/dimensions';
import { bothNamesError, invalidProviderOptionsError } from '../core/option-errors';
import { MediaCall } from '../media/media-call';
import type { MediaCallKind, MediaKind } from '../media/media-options';
import type { MediaModelEntry } from '../catalog/media-parameter';
import {
  V1_INPUT_IMAGE_OPTIONS,
  V1_METADATA_NAMES,
  V1_OPTION_NAMES,
  V1_POLLING,
  V1_VALUES,
  v1InputImagesWarning,
  v1OptionNameWarning,
  v1PollingOptionsSchema,
  v1PollingWarning,
  v1ValueWarning,
} from './v1-options';

/*
 * Applies the 1.x tables (`V1_*`) to a call before the media layer reads it:
 * 1.x's names and options are rewritten into RunPod's, each with a `compatibility` warning.
 * Removed in 3.0.0 with the tables.
 */

type Options = JSONObject;

/** A call's `providerOptions` with `runpod` replaced. */
const withRunPod = (
  providerOptions: SharedV3ProviderOptions | undefined,
  runpod: Options,
): SharedV3ProviderOptions => ({ ...providerOptions, runpod });

const compatibility = (feature: string, details: string): SharedV3Warning => ({
  type: 'compatibility',
  feature,
  details,
});

/**
 * `providerOptions.runpod` of any media call, in RunPod's terms: 1.x's polling options become
 * `maxWaitMs` (`maxPollAttempts × pollIntervalMillis`, unless `maxWaitMs` is given) and 1.x's
 * option names become RunPod's input names, with a warning each.
 *
 * @throws {InvalidArgumentError} for a polling option that is not a positive number, and for
 * a 1.x name given beside RunPod's name (or alias) of the same input.
 */
export function readV1ProviderOptions({
  kind,
  modelId,
  entry,
  providerOptions,
}: {
  kind: MediaKind;
  modelId: string;
  entry: MediaModelEntry;
  providerOptions: SharedV3ProviderOptions | undefined;
}): { providerOptions: SharedV3ProviderOptions | undefined; warnings: SharedV3Warning[] } {
  const given = providerOptions?.runpod;
  if (given === undefined) return { providerOptions, warnings: [] };
  const prefix = `RunPod ${kind} model '${modelId}'`;
  const runpod = { ...given };
  const warnings = [
    ...readPolling(kind, prefix, runpod),
    ...readNames(kind, prefix, entry, runpod),
  ];
  return warnings.length === 0
    ? { providerOptions, warnings }
    : { providerOptions: withRunPod(providerOptions, runpod), warnings };
}

/**
 * `providerOptions.runpod` with 1.x's polling options turned into `maxWaitMs` (see
 * {@link readV1ProviderOptions}), for a model with no media inputs (reranking).
 *
 * @throws {InvalidArgumentError} for a polling option that is not a positive number.
 */
export function readV1PollingOptions(
  kind: MediaKind,
  modelId: string,
  providerOptions: SharedV3ProviderOptions | undefined,
): { providerOptions: SharedV3ProviderOptions | undefined; warnings: SharedV3Warning[] } {
  const given = providerOptions?.runpod;
  if (given === undefined) return { providerOptions, warnings: [] };
  const runpod = { ...given };
  const warnings = readPolling(kind, `RunPod ${kind} model '${modelId}'`, runpod);
  return warnings.length === 0
    ? { providerOptions, warnings }
    : { providerOptions: withRunPod(providerOptions, runpod), warnings };
}

/** Replaces `maxPollAttempts` and `pollIntervalMillis` in `runpod` by the `maxWaitMs` they make. */
function readPolling(kind: MediaKind, prefix: string, runpod: Options): SharedV3Warning[] {
  const { maxPollAttempts, pollIntervalMillis } = runpod;
  if (maxPollAttempts === undefined && pollIntervalMillis === undefined) return [];
  const parsed = v1PollingOptionsSchema.safeParse({ maxPollAttempts, pollIntervalMillis });
  if (!parsed.success) {
    throw invalidProviderOptionsError({ subject: prefix, issues: parsed.error.issues.slice(0, 1) });
  }
  delete runpod.maxPollAttempts;
  delete runpod.pollIntervalMillis;
  const [attempts, intervalMs] = V1_POLLING[kind];
  const v1Ms =
    (parsed.data.maxPollAttempts ?? attempts) * (parsed.data.pollIntervalMillis ?? intervalMs);
  const maxWaitMsGiven = runpod.maxWaitMs !== undefined;
  const waitMs = Math.max(1_000, Math.round(v1Ms));
  if (!maxWaitMsGiven) runpod.maxWaitMs = waitMs;
  return [
    compatibility(
      'providerOptions.runpod.maxPollAttempts',
      v1PollingWarning(waitMs, maxWaitMsGiven),
    ),
  ];
}

/** Renames 1.x's option names in `runpod` to RunPod's input names. */
function readNames(
  kind: MediaKind,
  prefix: string,
  entry: MediaModelEntry,
  runpod: Options,
): SharedV3Warning[] {
  if (entry.passThrough) return [];
  const warnings: SharedV3Warning[] = [];
  for (const row of V1_OPTION_NAMES) {
    const parameter = entry.inputs[row.input];
    if (row.kind !== kind || parameter === undefined || runpod[row.option] === undefined) continue;
    const other = [row.input, parameter.alias].find(
      name => name !== undefined && runpod[name] !== undefined,
    );
    if (other !== undefined) {
      throw bothNamesError(prefix, other, row.option);
    }
    runpod[row.input] = runpod[row.option];
    delete runpod[row.option];
    warnings.push(compatibility(`providerOptions.runpod.${row.option}`, v1OptionNameWarning(row)));
  }
  return warnings;
}

/** An image call as 1.x's rows leave it, and the inputs to send as given. */
export interface ImageCall {
  options: ImageModelV3CallOptions;
  input: Options;
  warnings: SharedV3Warning[];
}

/**
 * An image call in RunPod's terms: 1.x's input-image options join `prompt.images`, and 1.x's
 * values and sizes (from `providerOptions.runpod` or from `size`/`aspectRatio`) are taken out
 * of the call, to be sent as given (`input`) after the media layer has built the rest.
 */
export function readV1ImageCall({
  modelId,
  entry,
  options,
}: {
  modelId: string;
  entry: MediaModelEntry;
  options: ImageModelV3CallOptions;
}): ImageCall {
  const result: ImageCall = { options, input: {}, warnings: [] };
  if (entry.passThrough) return result;
  readInputImages(entry, result);
  for (const row of V1_VALUES) {
    if (row.model === modelId && entry.inputs[row.input] !== undefined) {
      readValues(modelId, entry, row.input, row.values, result);
    }
  }
  return result;
}

/** `providerOptions.runpod.image`/`.images` under the name the model's input does not have, into `prompt.images`. */
function readInputImages(entry: MediaModelEntry, call: ImageCall): void {
  const target = Object.entries(entry.inputs).find(([, parameter]) => parameter.from === 'images');
  const runpod = { ...call.options.providerOptions?.runpod };
  if (target === undefined) return;
  const files = [...(call.options.files ?? [])];
  for (const option of V1_INPUT_IMAGE_OPTIONS) {
    const value = runpod[option];
    if (option === target[0] || value === undefined) continue;
    delete runpod[option];
    for (const url of Array.isArray(value) ? value : [value]) {
      files.push({ type: 'url', url: String(url) });
    }
    call.warnings.push(
      compatibility(`providerOptions.runpod.${option}`, v1InputImagesWarning(target[0])),
    );
  }
  if (files.length !== (call.options.files ?? []).length) {
    call.options = {
      ...call.options,
      files,
      providerOptions: withRunPod(call.options.providerOptions, runpod),
    };
  }
}

/**
 * 1.x's values of one input: from `providerOptions.runpod` (under RunPod's name or alias), or,
 * for a `"W*H"` size, from `size` (a 1.x size) or `aspectRatio` (where only 1.x's sizes have
 * that ratio, the one nearest one megapixel).
 */
function readValues(
  modelId: string,
  entry: MediaModelEntry,
  input: string,
  values: readonly string[],
  call: ImageCall,
): void {
  const parameter = entry.inputs[input];
  const listed = parameter.values ?? [];
  const runpod = call.options.providerOptions?.runpod;
  const key = [input, parameter.alias].find(
    name => name !== undefined && runpod?.[name] !== undefined,
  );
  const given = key === undefined ? undefined : runpod?.[key];
  if (
    key !== undefined &&
    typeof given === 'string' &&
    values.includes(given) &&
    !listed.includes(given)
  ) {
    const { [key]: _, ...rest } = runpod ?? {};
    call.options = {
      ...call.options,
      providerOptions: withRunPod(call.options.providerOptions, rest),
    };
    call.input[input] = given;
    call.warnings.push(
      compatibility(`providerOptions.runpod.${input}`, v1ValueWarning(modelId, input, given)),
    );
    return;
  }
  if (parameter.from !== 'size' || parameter.format !== 'W*H') return;
  const size = v1Size(call.options, values, listed);
  if (size === undefined) return;
  if (call.options.size !== undefined && call.options.aspectRatio !== undefined) {
    call.warnings.push({
      type: 'unsupported',
      feature: 'aspectRatio',
      details: 'size and aspectRatio were both given; the size was used.',
    });
  }
  call.options = { ...call.options, size: undefined, aspectRatio: undefined };
  call.input[input] = size;
  call.warnings.push(compatibility('size', v1ValueWarning(modelId, input, size)));
}

/** The 1.x size (`"W*H"`) the call's `size` or `aspectRatio` asks for, where the page lists none. */
function v1Size(
  { size, aspectRatio }: ImageModelV3CallOptions,
  values: readonly string[],
  listed: readonly unknown[],
): string | undefined {
  if (size !== undefined) {
    const dimensions = parseDimensions(size, 'x');
    const star = dimensions && starSize(dimensions);
    return star !== undefined && values.includes(star) && !listed.includes(star) ? star : undefined;
  }
  const ratio = aspectRatio === undefined ? undefined : parseDimensions(aspectRatio, ':');
  if (ratio === undefined || nearestMegapixel(listed, ratio) !== undefined) return undefined;
  return nearestMegapixel(values, ratio);
}

/** `providerMetadata.runpod` with 1.x's names beside RunPod's (speech: `audioUrl` beside `url`). */
export function withV1Metadata<METADATA extends Options>(
  kind: MediaKind,
  metadata: METADATA,
): METADATA {
  const names = Object.entries(V1_METADATA_NAMES[kind] ?? {}).filter(
    ([, from]) => metadata[from] !== undefined,
  );
  return names.length === 0
    ? metadata
    : { ...metadata, ...Object.fromEntries(names.map(([name, from]) => [name, metadata[from]])) };
}

/**
 * Starts a media call (`MediaCall.start`) on `providerOptions.runpod` in RunPod's terms:
 * 1.x's options rewritten first ({@link readV1ProviderOptions}), with their warnings. Every
 * media model starts its calls here.
 *
 * @throws {InvalidArgumentError} as `readV1ProviderOptions` and `MediaCall.start` do.
 */
export function startMediaCall(options: {
  kind: MediaCallKind;
  modelId: string;
  entry: MediaModelEntry;
  providerOptions: SharedV3ProviderOptions | undefined;
}): Promise<MediaCall> {
  return MediaCall.start({ ...options, ...readV1ProviderOptions(options) });
}
