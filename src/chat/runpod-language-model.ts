import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3GenerateResult,
  LanguageModelV3StreamPart,
  LanguageModelV3StreamResult,
  SharedV3Warning,
} from '@ai-sdk/provider';
import type { ServedModelNames, ServedModelTarget } from '../openai-route/served-model-name';
import { callWithServedName } from '../openai-route/served-model-name';
import type { RunPodErrorContext } from '../core/errors';
import { IMAGE_URLS, refuseFileParts, withImageSubtypes } from './input-files';
import { firstChoiceOf, observeReasoningField, type ReasoningReplay } from './reasoning-replay';
import type { ReasoningControl } from './reasoning-control';
import type { TemplateOpensThink } from './reasoning-template';
import { prepareCall } from './runpod-call-options';
import { endStreamAtFault } from './stream-faults';
import { splitThinkTagsInContent, splitThinkTagsInStream } from './think-tag-reasoning';

export interface RunPodLanguageModelOptions {
  provider: string;
  /** The model and endpoint, for error messages. */
  context: RunPodErrorContext;
  /** The route's URL (`…/openai/v1/chat/completions`), for errors raised inside a stream. */
  url: string;
  /** The provider's served names, and which model on which endpoint this is. */
  servedModelNames: ServedModelNames;
  target: ServedModelTarget;
  /** Builds the OpenAI-compatible model for a served model name. */
  createModel: (servedModelName: string) => LanguageModelV3;
  /** Whether `<think>` splitting is on when the call does not say. */
  extractReasoningTags: boolean;
  /**
   * Replies may begin inside the reasoning (the template opens `<think>` in the prompt),
   * asked per call: the setting, the catalog, or what the endpoint's answers showed.
   */
  templateOpensThink: TemplateOpensThink;
  /** How the model's thinking is switched (see `prepareCall`). */
  reasoningControl: ReasoningControl;
  /** Chat models: which field replayed reasoning goes back in, learnt from the answers. */
  reasoningReplay?: ReasoningReplay;
  /** Whether the model reads images and files; `false` refuses them before any request. */
  acceptsFiles: boolean;
}

/**
 * The RunPod face of an `@ai-sdk/openai-compatible` model, which does all the protocol
 * work. Around it, this class:
 * - sends the served model name, and when the endpoint answers that it does not serve
 *   it, looks the names up and retries once with the right one (see `ServedModelNames`);
 * - reports a 2xx answer that is a RunPod error object as that error
 *   (`withRunPodErrorBody`), and faults inside a stream as AI SDK errors
 *   ({@link endStreamAtFault});
 * - maps `topK` and ai@7's `reasoning` ({@link prepareCall});
 * - notes the field the endpoint returns reasoning in ({@link ReasoningReplay});
 * - splits inline `<think>` reasoning out of the text when asked to;
 * - lets http(s) image URLs through for the endpoint to fetch ({@link IMAGE_URLS}), and
 *   refuses images and files for a model that reads text only ({@link refuseFileParts}).
 */
export class RunPodLanguageModel implements LanguageModelV3 {
  readonly specificationVersion = 'v3';
  readonly supportedUrls = IMAGE_URLS;
  private readonly models = new Map<string, LanguageModelV3>();

  constructor(
    readonly modelId: string,
    private readonly options: RunPodLanguageModelOptions,
  ) {}

  get provider(): string {
    return this.options.provider;
  }

  async doGenerate(options: LanguageModelV3CallOptions): Promise<LanguageModelV3GenerateResult> {
    const { callOptions, warnings, extractReasoningTags } = await this.prepare(options);
    const result = await this.withServedName(options.abortSignal, model =>
      model.doGenerate(callOptions),
    );
    this.options.reasoningReplay?.observe(firstChoiceOf(result.response?.body, 'message'));
    const extract = extractReasoningTags ?? this.options.extractReasoningTags;
    const { learn } = this.options.templateOpensThink;
    return {
      ...result,
      content: extract ? splitThinkTagsInContent(result.content, learn) : result.content,
      warnings: [...result.warnings, ...warnings],
    };
  }

  async doStream(options: LanguageModelV3CallOptions): Promise<LanguageModelV3StreamResult> {
    const { callOptions, warnings, extractReasoningTags, thinkingOff } =
      await this.prepare(options);
    const replay = this.options.reasoningReplay;
    // Raw chunks show which field reasoning comes in, until the endpoint has shown it.
    const observe = replay !== undefined && replay.learning();
    const result = await this.withServedName(options.abortSignal, model =>
      model.doStream(observe ? { ...callOptions, includeRawChunks: true } : callOptions),
    );

    let stream = endStreamAtFault(result.stream, {
      context: this.options.context,
      url: this.options.url,
      requestBody: result.request?.body,
    });
    if (observe) {
      stream = stream.pipeThrough(observeReasoningField(replay, options.includeRawChunks === true));
    }
    if (extractReasoningTags ?? this.options.extractReasoningTags) {
      const { holdFirstTag, learn } = this.options.templateOpensThink;
      stream = stream.pipeThrough(
        splitThinkTagsInStream({ startsInReasoning: holdFirstTag(thinkingOff), onFirstTag: learn }),
      );
    }
    if (warnings.length > 0) stream = stream.pipeThrough(addWarnings(warnings));
    return { ...result, stream };
  }

  private prepare(options: LanguageModelV3CallOptions) {
    if (!this.options.acceptsFiles) refuseFileParts(options.prompt, this.modelId);
    return prepareCall(
      { ...options, prompt: withImageSubtypes(options.prompt) },
      { modelId: this.modelId, reasoningControl: this.options.reasoningControl },
    );
  }

  /**
   * Runs `call` on the model for the current served name. If the endpoint answers that
   * it does not serve that name, runs it once more with the name the endpoint lists.
   */
  private withServedName<T>(
    abortSignal: AbortSignal | undefined,
    call: (model: LanguageModelV3) => PromiseLike<T>,
  ): Promise<T> {
    const { servedModelNames, target } = this.options;
    return callWithServedName(servedModelNames, target, abortSignal, name =>
      call(this.modelFor(name)),
    );
  }

  private modelFor(servedModelName: string): LanguageModelV3 {
    let model = this.models.get(servedModelName);
    if (model === undefined) {
      model = this.options.createModel(servedModelName);
      this.models.set(servedModelName, model);
    }
    return model;
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
