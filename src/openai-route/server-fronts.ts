import type { LanguageModelV3 } from '@ai-sdk/provider';
import { isPodHost, isRunPodApiHost, type ServerURL } from '../core/model-urls';

/**
 * A server with a front of RunPod's before it: a load-balancing endpoint (RunPod's load
 * balancer) or a Pod (its HTTP proxy), whose error answers `server-errors.ts` explains.
 */
export type ServerKind = ServerURL['type'];

/**
 * Whether an OpenAI base is a load-balancing endpoint (`https://<id>.api.runpod.ai/v1`) or a
 * Pod's proxy (`https://<pod>-<port>.proxy.runpod.net/v1`), told by its host; else undefined.
 */
export function serverKindOf(openaiBase: string): ServerKind | undefined {
  let host: string;
  try {
    host = new URL(openaiBase).hostname;
  } catch {
    return undefined;
  }
  if (isPodHost(host)) return 'pod';
  return host !== 'api.runpod.ai' && isRunPodApiHost(host) ? 'load-balancing' : undefined;
}

/**
 * `error` explained when it is one of the answers of `server`'s front (`explainServerError`,
 * loaded on first use: the notes are only needed when something failed).
 */
export async function explainFrontError(error: unknown, server: ServerKind): Promise<unknown> {
  const { explainServerError } = await import('./server-errors');
  return explainServerError(error, server);
}

/**
 * `model`, whose failures on a load-balancing endpoint or a Pod leave it explained
 * ({@link explainFrontError}); `model` itself for any other endpoint. Its calls are the
 * ones the AI SDK retries, so the explained `isRetryable` decides whether it does.
 */
export function explainingServerErrors(
  model: LanguageModelV3,
  server: ServerKind | undefined,
): LanguageModelV3 {
  if (server === undefined) return model;
  const explain = async (error: unknown): Promise<never> => {
    throw await explainFrontError(error, server);
  };
  return {
    specificationVersion: model.specificationVersion,
    provider: model.provider,
    modelId: model.modelId,
    supportedUrls: model.supportedUrls,
    doGenerate: options => Promise.resolve(model.doGenerate(options)).catch(explain),
    doStream: options => Promise.resolve(model.doStream(options)).catch(explain),
  };
}
