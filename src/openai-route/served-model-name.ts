import { InvalidResponseDataError } from '@ai-sdk/provider';
import {
  createJsonErrorResponseHandler,
  createJsonResponseHandler,
  getFromApi,
} from '@ai-sdk/provider-utils';
import { z } from 'zod/v4';
import { createRunPodErrorStructure, withRunPodErrorBody } from '../runpod-error';
import { createOpenAIRouteFetch } from '../runpod-fetch';
import { raceAbort } from '../util/abort';
import { type OpenAIRouteConfig, openaiBaseURL } from './openai-route-config';

const modelsResponseSchema = z.object({
  data: z.array(z.object({ id: z.string() })),
});

/**
 * Finds the served model name of a user's own endpoint: RunPod's vLLM and infinity
 * workers reject a `model` that is not the served name, and the endpoint ID does not
 * tell it. Asks `GET <endpoint>/openai/v1/models` once per endpoint and provider
 * instance and keeps the answer; a failed lookup is not kept, so the next call asks again.
 * (https://docs.runpod.io/serverless/vllm/openai-compatibility#model-name)
 */
export function createServedModelNameResolver(config: OpenAIRouteConfig) {
  const cache = new Map<string, Promise<string>>();

  const lookUp = async (endpointId: string): Promise<string> => {
    const url = `${openaiBaseURL(config, endpointId)}/models`;
    const context = { modelId: endpointId, endpointId };
    const { value } = await getFromApi({
      url,
      headers: config.headers(),
      failedResponseHandler: createJsonErrorResponseHandler(createRunPodErrorStructure(context)),
      successfulResponseHandler: createJsonResponseHandler(modelsResponseSchema),
      fetch: createOpenAIRouteFetch(context, config.fetch),
    }).catch(error => Promise.reject(withRunPodErrorBody(error, context)));
    const servedName = value.data[0]?.id;
    if (servedName === undefined) {
      throw new InvalidResponseDataError({
        data: value,
        message:
          `RunPod endpoint '${endpointId}' lists no models at ${url}; ` +
          `pass the served model name as { servedModelName } when creating the model.`,
      });
    }
    return servedName;
  };

  return (endpointId: string, abortSignal?: AbortSignal): Promise<string> => {
    let pending = cache.get(endpointId);
    if (pending === undefined) {
      pending = lookUp(endpointId);
      cache.set(endpointId, pending);
      pending.catch(() => cache.delete(endpointId));
    }
    // The lookup is shared between calls, so one caller's abort must not cancel it for
    // the others: each caller stops waiting on its own signal instead.
    return raceAbort(pending, abortSignal);
  };
}

export type ServedModelNameResolver = ReturnType<typeof createServedModelNameResolver>;
