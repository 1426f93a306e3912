/**
 * The mock's table of RunPod media endpoints (job API): what each accepts, as its doc
 * page under https://docs.runpod.io/public-endpoints/models describes it, and what it
 * returns. An input the real endpoint would reject makes the mock's job FAIL with an
 * error in RunPod's words, so a wrong mapping fails the tests. Keys a page does not list
 * are ignored, not refused: RunPod's own AI SDK page sends `enable_safety_checker` to Flux
 * Dev, whose page lists no such input (https://docs.runpod.io/public-endpoints/ai-sdk), and
 * 1.x of this package forwarded every provider option into `input`.
 *
 * Kinds add their entries in media-endpoints/<kind>.ts.
 */
import { audioEndpoints } from './media-endpoints/audio';
import { comfyuiEndpointsByPrefix } from './media-endpoints/comfyui';
import { imageEndpoints } from './media-endpoints/image';
import { rerankEndpoints, rerankEndpointsByPrefix } from './media-endpoints/rerank';
import {
  transcriptionEndpoints,
  transcriptionEndpointsByPrefix,
} from './media-endpoints/transcription';
import { videoEndpoints } from './media-endpoints/video';

type MediaKind = 'image' | 'audio' | 'video' | 'transcription' | 'rerank';

export interface MediaEndpoint {
  kind: MediaKind;
  /** Checks `input`; returns RunPod's error text for an input the endpoint rejects. */
  validate(input: Record<string, any>): string | undefined;
  /** The job's `output`, given where its media will be served. */
  output(input: Record<string, any>, media: MediaFactory): unknown;
  /** How long the worker runs, in ms (tests keep this short). */
  executionMs?: number;
}

/** Makes a URL on the mock that serves media of a kind; `n` tells several apart. */
export type MediaFactory = (
  extension: 'png' | 'jpeg' | 'webp' | 'wav' | 'mp3' | 'flac' | 'ogg' | 'mp4',
  n?: number,
) => string;

const mediaEndpoints: Record<string, MediaEndpoint> = {
  ...imageEndpoints,
  ...audioEndpoints,
  ...transcriptionEndpoints,
  ...videoEndpoints,
  ...rerankEndpoints,
};

/** Endpoints the mock recognises by the start of their ID (your own endpoints running a known worker). */
const mediaEndpointsByPrefix: Record<string, MediaEndpoint> = {
  ...transcriptionEndpointsByPrefix,
  ...rerankEndpointsByPrefix,
  ...comfyuiEndpointsByPrefix,
};

/** The mock endpoint an ID names: an exact entry, else a prefix entry, else {@link ownEndpoint}. */
export function findMediaEndpoint(endpointId: string): MediaEndpoint {
  const byPrefix = Object.entries(mediaEndpointsByPrefix).find(([prefix]) =>
    endpointId.startsWith(prefix),
  );
  return mediaEndpoints[endpointId] ?? byPrefix?.[1] ?? ownEndpoint;
}

/**
 * Any other endpoint is one of the user's own: it takes any input and answers with an
 * image URL under `result`, unless a test scripts the output.
 */
const ownEndpoint: MediaEndpoint = {
  kind: 'image',
  validate: () => undefined,
  output: (_input, media) => ({ result: media('png') }),
};

// ---- helpers for the entries ----

/** The error text RunPod's pages show for a missing or invalid parameter. */
export const invalid = (message: string) => `Invalid parameter: ${message}`;

export function requireString(input: Record<string, any>, name: string): string | undefined {
  return typeof input[name] === 'string' && input[name] !== ''
    ? undefined
    : invalid(`${name} is required`);
}

export function oneOf(
  input: Record<string, any>,
  name: string,
  allowed: readonly unknown[],
): string | undefined {
  return input[name] === undefined || allowed.includes(input[name])
    ? undefined
    : invalid(`${name} must be one of ${allowed.join(', ')}`);
}

export function intInRange(
  input: Record<string, any>,
  name: string,
  min: number,
  max: number,
): string | undefined {
  const value = input[name];
  return value === undefined || (Number.isInteger(value) && value >= min && value <= max)
    ? undefined
    : invalid(`${name} must be an integer from ${min} to ${max}`);
}

export function numberInRange(
  input: Record<string, any>,
  name: string,
  min: number,
  max: number,
): string | undefined {
  const value = input[name];
  return value === undefined || (typeof value === 'number' && value >= min && value <= max)
    ? undefined
    : invalid(`${name} must be a number from ${min} to ${max}`);
}

/** `"W*H"` sizes. */
export function sizeFormat(input: Record<string, any>, name = 'size'): string | undefined {
  const value = input[name];
  return value === undefined || (typeof value === 'string' && /^\d+\*\d+$/.test(value))
    ? undefined
    : invalid(`${name} format must be width*height`);
}

export function isUrl(value: unknown): boolean {
  return typeof value === 'string' && /^(https?:\/\/|data:)/.test(value);
}

/** The first error of several checks. */
export function firstError(...errors: Array<string | undefined>): string | undefined {
  return errors.find(error => error !== undefined);
}
