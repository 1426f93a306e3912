import { NoSuchModelError } from '@ai-sdk/provider';

/*
 * Model IDs RunPod has retired, for every kind, as data. Model creation with one of them (or
 * its endpoint slug) throws a `NoSuchModelError` before any request, naming the date, the
 * replacement and where RunPod's removal shows; the catalogs list only what RunPod serves.
 *
 * Removal plan: a row stays for at least one major release after RunPod retires the
 * endpoint, so that 1.x code fails with a message that says what to use instead; the rows
 * of endpoints retired before 2.0.0 are removed in 3.0.0 (the IDs then fail as unknown).
 */

/** The model kinds, as the AI SDK's `NoSuchModelError` names them. */
export type RetiredModelType = 'languageModel' | 'imageModel' | 'transcriptionModel';

/** A public endpoint RunPod has removed. */
export interface RetiredModel {
  /** The kind of model the ID named. */
  modelType: RetiredModelType;
  /** Its endpoint slug (also refused as a model ID). */
  endpoint: string;
  /** When RunPod removed it from its docs (YYYY-MM-DD). */
  retiredOn: string;
  /** What to use instead. */
  replacement: string;
  /** Where RunPod's removal shows. */
  source: string;
}

/** Retired model ID → what became of it. */
export const retiredModels: Readonly<Record<string, RetiredModel>> = {
  'deep-cogito/deep-cogito-v2-llama-70b': {
    modelType: 'languageModel',
    endpoint: 'deep-cogito-v2-llama-70b',
    retiredOn: '2025-09-29',
    replacement: "a listed model such as Qwen3 32B AWQ, 'qwen/qwen3-32b-awq'",
    // Gone from RunPod's list of public endpoints.
    source: 'https://docs.runpod.io/public-endpoints/reference',
  },
  'bytedance/seedream-3.0': {
    modelType: 'imageModel',
    endpoint: 'seedream-3-0-t2i',
    retiredOn: '2026-06-18',
    replacement: "Seedream 4.0, 'bytedance/seedream-4.0'",
    source: 'https://github.com/runpod/docs/commit/99ac4b6b',
  },
  'pruna/whisper-v3-large': {
    modelType: 'transcriptionModel',
    endpoint: 'whisper-v3-large',
    retiredOn: '2026-06-16',
    replacement:
      "your own endpoint running RunPod's faster-whisper worker (https://github.com/runpod-workers/worker-faster_whisper): runpod.transcription('<your endpoint ID>')",
    source: 'https://github.com/runpod/docs/commit/e30efcdb',
  },
};

/** The retired model a model ID (or endpoint slug) of this kind names, if any: `[id, row]`. */
export function findRetiredModel(
  modelType: string,
  modelId: string,
): [string, RetiredModel] | undefined {
  return Object.entries(retiredModels).find(
    ([id, row]) => row.modelType === modelType && (modelId === id || modelId === row.endpoint),
  );
}

/** The `NoSuchModelError` message for a retired model. */
function retiredMessage([id, row]: [string, RetiredModel]): string {
  return (
    `RunPod retired the public endpoint '${row.endpoint}' (${id}) on ${row.retiredOn} ` +
    `(${row.source}); use ${row.replacement} instead.`
  );
}

/**
 * Refuses a model ID that names a retired endpoint of this kind, before the model is made
 * (the provider's factories call it). Not where the provider's `baseURL` names the user's
 * own server (`servedNames`): there the ID is a served model name.
 *
 * @throws {NoSuchModelError} saying when RunPod removed the endpoint and what replaces it.
 */
export function refuseRetired(
  modelId: unknown,
  modelType: RetiredModelType,
  { servedNames = false }: { servedNames?: boolean } = {},
): void {
  if (servedNames || typeof modelId !== 'string') return;
  const retired = findRetiredModel(modelType, modelId.trim());
  if (retired !== undefined) {
    throw new NoSuchModelError({ modelId, modelType, message: retiredMessage(retired) });
  }
}
