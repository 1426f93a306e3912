import {
  OpenAICompatibleChatLanguageModel,
  OpenAICompatibleCompletionLanguageModel,
} from '@ai-sdk/openai-compatible';
import type { LanguageModelV3 } from '@ai-sdk/provider';
import {
  type LanguageModelCatalogEntry,
  languageModelAliases,
  languageModelCatalog,
} from '../catalog/language-models';
import { reportedModelId, resolveModel } from '../catalog/resolve-model';
import type { OpenAIRouteState } from '../openai-route/openai-route-state';
import { openaiTarget } from '../openai-route/openai-target';
import { explainingServerErrors } from '../openai-route/server-fronts';
import { createRunPodErrorStructure } from '../core/errors';
import { createOpenAIRouteFetch } from '../core/fetch';
import { reasoningControlOf } from './reasoning-control';
import { createReasoningReplay } from './reasoning-replay';
import { decideTemplateOpensThink } from './reasoning-template';
import { createRunPodChatRequestTransform } from './runpod-chat-request';
import {
  parseLanguageModelSettings,
  type RunPodChatModelId,
  type RunPodLanguageModelSettings,
} from './runpod-chat-options';
import { RunPodLanguageModel } from './runpod-language-model';

/**
 * Resolves a model ID and prepares what both chat and completion models need:
 * the endpoint's OpenAI base, error handling, and which served name to send.
 *
 * @throws {InvalidArgumentError} for an empty model ID or a wrong setting.
 * @throws {NoSuchModelError} for a model ID that is neither a catalog ID nor an endpoint ID.
 */
function prepare(
  modelId: RunPodChatModelId,
  modelSettings: RunPodLanguageModelSettings | undefined,
  config: OpenAIRouteState,
) {
  const resolved = resolveModel({
    modelId,
    modelType: 'languageModel',
    catalog: languageModelCatalog,
    aliases: languageModelAliases,
    servers: true,
    servedNames: config.openaiBase !== undefined || config.endpointId !== undefined,
  });
  const id = reportedModelId(resolved, modelId);
  const settings = parseLanguageModelSettings(modelSettings, id);
  const entry: LanguageModelCatalogEntry | undefined =
    resolved.kind === 'catalog' ? resolved.entry : undefined;
  const target = openaiTarget({
    resolved,
    modelId: id,
    configured: settings.servedModelName ?? entry?.servedModelName,
    settings,
    config,
  });
  const { openaiBase, context } = target;
  return {
    id,
    entry,
    openaiBase,
    server: target.server,
    model: {
      context,
      servedModelNames: config.servedModelNames,
      target,
      templateOpensThink: decideTemplateOpensThink(
        settings.startsInReasoning,
        entry?.startsInReasoning,
        config.templateOpensThink,
        openaiBase,
      ),
      reasoningControl: reasoningControlOf(entry, settings.reasoningSwitch),
    },
    shared: {
      url: ({ path }: { path: string }) => `${openaiBase}${path}`,
      headers: target.headers,
      fetch: createOpenAIRouteFetch(context, config.fetch),
      includeUsage: true,
      errorStructure: createRunPodErrorStructure(context),
    },
  };
}

/**
 * A chat model on an endpoint's `/openai/v1/chat/completions`: an
 * `OpenAICompatibleChatLanguageModel` inside the thin {@link RunPodLanguageModel}.
 * `<think>` splitting is on by default for models that write reasoning inline (Qwen3)
 * and for the user's own endpoints. On a load-balancing endpoint or a Pod, the errors their
 * front answers (no worker ready, timeouts, worker affinity) are explained.
 */
export function createChatLanguageModel(
  modelId: RunPodChatModelId,
  settings: RunPodLanguageModelSettings | undefined,
  config: OpenAIRouteState,
): LanguageModelV3 {
  const { id, entry, openaiBase, server, model, shared } = prepare(modelId, settings, config);
  const reasoningReplay = createReasoningReplay({
    memory: config.reasoningFields,
    openaiBase,
    fallback: entry?.reasoningField ?? 'reasoning',
    learn: entry === undefined || entry.reasoning === 'fields',
  });
  const chat = new RunPodLanguageModel(id, {
    ...model,
    provider: 'runpod.chat',
    url: `${openaiBase}/chat/completions`,
    createModel: name =>
      new OpenAICompatibleChatLanguageModel(id, {
        ...shared,
        provider: 'runpod.chat',
        supportsStructuredOutputs: entry?.structuredOutputs ?? true,
        transformRequestBody: createRunPodChatRequestTransform(name, reasoningReplay.field),
      }),
    extractReasoningTags: entry === undefined || entry.reasoning === 'think-tags',
    reasoningReplay,
    // Your own endpoints may serve a vision model; a catalog model says.
    acceptsFiles: entry === undefined || entry.images === true,
  });
  return explainingServerErrors(chat, server);
}

/**
 * A completion model on an endpoint's `/openai/v1/completions`. The completion model of
 * `@ai-sdk/openai-compatible` sends its model ID as `model`, so it is made with the
 * served model name and wrapped to keep the ID the user gave.
 */
export function createCompletionLanguageModel(
  modelId: RunPodChatModelId,
  settings: RunPodLanguageModelSettings | undefined,
  config: OpenAIRouteState,
): LanguageModelV3 {
  const { id, openaiBase, server, model, shared } = prepare(modelId, settings, config);
  const completion = new RunPodLanguageModel(id, {
    ...model,
    provider: 'runpod.completion',
    url: `${openaiBase}/completions`,
    createModel: name =>
      new OpenAICompatibleCompletionLanguageModel(name, {
        ...shared,
        provider: 'runpod.completion',
      }),
    extractReasoningTags: false,
    // vLLM's completions route has no chat template and takes no reasoning_effort.
    reasoningControl: {},
    // A prompt, not messages: `@ai-sdk/openai-compatible` refuses file parts itself.
    acceptsFiles: true,
  });
  return explainingServerErrors(completion, server);
}
