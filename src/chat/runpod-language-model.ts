import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3GenerateResult,
  LanguageModelV3StreamResult,
} from '@ai-sdk/provider';
import { type RunPodErrorContext, withRunPodErrorBody } from '../runpod-error';
import { parseRunPodOptions } from '../util/provider-options';
import { runpodChatOptionsSchema } from './runpod-chat-options';
import { splitThinkTagsInContent, splitThinkTagsInStream } from './think-tag-reasoning';

/**
 * The RunPod face of an `@ai-sdk/openai-compatible` model, which does all the protocol
 * work. Around it, this class:
 * - makes it once the served model name is known (for the user's own endpoints that
 *   takes a `/models` lookup);
 * - reports a 2xx answer that is a RunPod error object as that error
 *   ({@link withRunPodErrorBody});
 * - splits inline `<think>` reasoning out of the text when asked to.
 */
export class RunPodLanguageModel implements LanguageModelV3 {
  readonly specificationVersion = 'v3';
  readonly supportedUrls = {};
  private model: LanguageModelV3 | undefined;

  constructor(
    readonly modelId: string,
    private readonly options: {
      provider: string;
      /** The model and endpoint, for error messages. */
      context: RunPodErrorContext;
      /** Resolves the served model name (may ask the endpoint). */
      servedModelName: (abortSignal?: AbortSignal) => string | Promise<string>;
      /** Builds the OpenAI-compatible model for a served model name. */
      createModel: (servedModelName: string) => LanguageModelV3;
      /** Whether `<think>` splitting is on when the call does not say. */
      extractReasoningTags: boolean;
    },
  ) {}

  get provider(): string {
    return this.options.provider;
  }

  async doGenerate(options: LanguageModelV3CallOptions): Promise<LanguageModelV3GenerateResult> {
    const { model, extract, callOptions } = await this.prepare(options);
    let result: LanguageModelV3GenerateResult;
    try {
      result = await model.doGenerate(callOptions);
    } catch (error) {
      throw withRunPodErrorBody(error, this.options.context);
    }
    return extract ? { ...result, content: splitThinkTagsInContent(result.content) } : result;
  }

  async doStream(options: LanguageModelV3CallOptions): Promise<LanguageModelV3StreamResult> {
    const { model, extract, callOptions } = await this.prepare(options);
    const result = await model.doStream(callOptions);
    return extract
      ? { ...result, stream: result.stream.pipeThrough(splitThinkTagsInStream()) }
      : result;
  }

  private async prepare(options: LanguageModelV3CallOptions) {
    const runpodOptions =
      options.providerOptions?.runpod?.extractReasoningTags === undefined
        ? undefined
        : await parseRunPodOptions({
            providerOptions: options.providerOptions,
            schema: runpodChatOptionsSchema,
            modelId: this.modelId,
          });
    if (this.model === undefined) {
      const servedModelName = await this.options.servedModelName(options.abortSignal);
      this.model ??= this.options.createModel(servedModelName);
    }
    return {
      model: this.model,
      extract: runpodOptions?.extractReasoningTags ?? this.options.extractReasoningTags,
      callOptions: withoutOwnOptions(options),
    };
  }
}

// Our own options are not request parameters: keep them out of the body.
function withoutOwnOptions(options: LanguageModelV3CallOptions): LanguageModelV3CallOptions {
  const runpod = options.providerOptions?.runpod;
  if (runpod === undefined || !('extractReasoningTags' in runpod)) return options;
  const { extractReasoningTags: _, ...rest } = runpod;
  return { ...options, providerOptions: { ...options.providerOptions, runpod: rest } };
}
