import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3GenerateResult,
  LanguageModelV3StreamPart,
  LanguageModelV3StreamResult,
  SharedV3Warning,
} from '@ai-sdk/provider';
import { type RunPodErrorContext, withRunPodErrorBody } from '../runpod-error';
import { prepareCall } from './runpod-call-options';
import { splitThinkTagsInContent, splitThinkTagsInStream } from './think-tag-reasoning';

/**
 * The RunPod face of an `@ai-sdk/openai-compatible` model, which does all the protocol
 * work. Around it, this class:
 * - makes it once the served model name is known (for the user's own endpoints that
 *   takes a `/models` lookup);
 * - reports a 2xx answer that is a RunPod error object as that error
 *   ({@link withRunPodErrorBody});
 * - maps `topK` and ai@7's `reasoning` ({@link prepareCall});
 * - splits inline `<think>` reasoning out of the text when asked to.
 */
export class RunPodLanguageModel implements LanguageModelV3 {
  readonly specificationVersion = 'v3';
  readonly supportedUrls = {};
  private inner: LanguageModelV3 | undefined;

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
      /** The `reasoning_effort` values the model takes, if known (see `prepareCall`). */
      reasoningEfforts: readonly string[] | undefined;
    },
  ) {}

  get provider(): string {
    return this.options.provider;
  }

  async doGenerate(options: LanguageModelV3CallOptions): Promise<LanguageModelV3GenerateResult> {
    const { callOptions, warnings, extractReasoningTags } = await this.prepare(options);
    const model = await this.model(options.abortSignal);
    let result: LanguageModelV3GenerateResult;
    try {
      result = await model.doGenerate(callOptions);
    } catch (error) {
      throw withRunPodErrorBody(error, this.options.context);
    }
    const extract = extractReasoningTags ?? this.options.extractReasoningTags;
    return {
      ...result,
      content: extract ? splitThinkTagsInContent(result.content) : result.content,
      warnings: [...result.warnings, ...warnings],
    };
  }

  async doStream(options: LanguageModelV3CallOptions): Promise<LanguageModelV3StreamResult> {
    const { callOptions, warnings, extractReasoningTags } = await this.prepare(options);
    const model = await this.model(options.abortSignal);
    const result = await model.doStream(callOptions);
    let stream = result.stream;
    if (extractReasoningTags ?? this.options.extractReasoningTags) {
      stream = stream.pipeThrough(splitThinkTagsInStream());
    }
    if (warnings.length > 0) stream = stream.pipeThrough(addWarnings(warnings));
    return { ...result, stream };
  }

  private prepare(options: LanguageModelV3CallOptions) {
    return prepareCall(options, {
      modelId: this.modelId,
      reasoningEfforts: this.options.reasoningEfforts,
    });
  }

  private async model(abortSignal: AbortSignal | undefined): Promise<LanguageModelV3> {
    if (this.inner === undefined) {
      const servedModelName = await this.options.servedModelName(abortSignal);
      this.inner ??= this.options.createModel(servedModelName);
    }
    return this.inner;
  }
}

function addWarnings(
  warnings: SharedV3Warning[],
): TransformStream<LanguageModelV3StreamPart, LanguageModelV3StreamPart> {
  return new TransformStream({
    transform(part, controller) {
      controller.enqueue(
        part.type === 'stream-start'
          ? { ...part, warnings: [...part.warnings, ...warnings] }
          : part,
      );
    },
  });
}
