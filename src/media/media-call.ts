import {
  InvalidArgumentError,
  type SharedV3ProviderOptions,
  type SharedV3Warning,
} from '@ai-sdk/provider';
import {
  countText,
  type MediaParameter,
  type StandardOption,
  type MediaModelEntry,
} from '../catalog/media-parameter';
import { type MediaCallKind, type MediaJobOptions, parseMediaOptions } from './media-options';

/**
 * One media call on its way to a job's `input`: the model's entry, what the call gave in
 * `providerOptions.runpod`, the input built so far and the warnings. The kinds' mappers
 * (`<kind>/<kind>-input.ts`) put the AI SDK's standard options in with {@link set}, warn
 * with {@link unsupported} and refuse with {@link fail}; {@link finish} adds the provider
 * options and checks what the entry requires. Every media kind words its warnings and
 * errors through here.
 */
export class MediaCall {
  readonly warnings: SharedV3Warning[] = [];
  private readonly input: Record<string, unknown> = {};

  private constructor(
    readonly kind: MediaCallKind,
    readonly modelId: string,
    readonly entry: MediaModelEntry,
    /** The wait limit for the job, in ms. */
    readonly maxWaitMs: number,
    /** `webhook`, `onWaitLimit` and `jobId` from `providerOptions.runpod`, for the job client. */
    readonly jobOptions: MediaJobOptions,
    /** Documented inputs given in `providerOptions.runpod`, under RunPod's names. */
    private readonly given: Record<string, unknown>,
    /** Other `providerOptions.runpod` keys, sent as given. */
    private readonly extra: Record<string, unknown>,
  ) {}

  /**
   * Starts a call: reads `providerOptions.runpod` (in RunPod's terms: the models start their
   * calls through `startMediaCall`, which translates 1.x's options first) against the entry.
   * `warnings` are the ones reading the options gave so far.
   *
   * @throws {InvalidArgumentError} for a provider option the entry does not allow.
   */
  static async start(options: {
    kind: MediaCallKind;
    modelId: string;
    entry: MediaModelEntry;
    providerOptions: SharedV3ProviderOptions | undefined;
    warnings?: SharedV3Warning[];
  }): Promise<MediaCall> {
    const { maxWaitMs, jobOptions, given, extra } = await parseMediaOptions(options);
    const call = new MediaCall(
      options.kind,
      options.modelId,
      options.entry,
      maxWaitMs,
      jobOptions,
      given,
      extra,
    );
    call.warnings.push(...(options.warnings ?? []));
    return call;
  }

  /** `RunPod image model 'x'`, the start of every message. */
  get name(): string {
    return `RunPod ${this.kind} model '${this.modelId}'`;
  }

  /**
   * Whether the call collects a job submitted earlier (`providerOptions.runpod.jobId`): it
   * sends no input, so the call's prompt and options are not mapped or checked.
   */
  get collecting(): boolean {
    return this.jobOptions.resumeJobId !== undefined;
  }

  /** Whether the model is one of the user's own endpoints (its input is not known). */
  get ownEndpoint(): boolean {
    return this.entry.passThrough === true;
  }

  /** The input a standard option fills, if the model has one: `[name, parameter]`. */
  target(from: StandardOption): [string, MediaParameter] | undefined {
    return Object.entries(this.entry.inputs).find(([, parameter]) => parameter.from === from);
  }

  /** Every input a standard option fills. */
  targets(from: StandardOption): Array<[string, MediaParameter]> {
    return Object.entries(this.entry.inputs).filter(([, parameter]) => parameter.from === from);
  }

  /** A provider option given for this input (under either name), if any. */
  option(name: string): unknown {
    return this.given[name] ?? (this.ownEndpoint ? this.extra[name] : undefined);
  }

  /**
   * Puts a standard option's value into `input[name]`, checked against the entry.
   *
   * @throws {InvalidArgumentError} naming `argument`, for a value the parameter does not take.
   */
  set(name: string, value: unknown, argument: string): void {
    if (value === undefined) return;
    const parameter = this.entry.inputs[name];
    if (parameter !== undefined && !this.ownEndpoint) {
      const result = parameter.schema.safeParse(value);
      if (!result.success) {
        const what = name === argument ? argument : `${argument} (sent as ${name})`;
        this.fail(argument, `${what} ${result.error.issues[0].message}`);
      }
    }
    this.input[name] = value;
  }

  /**
   * Puts the URLs of a standard option (input images, references) into input `name`: the
   * first of them for a `url` input, the list for a `urls` input.
   *
   * @throws {InvalidArgumentError} naming `argument`, for a count the input does not take
   * (`takes 1 to 10 reference images, got 0`), unless there are none and the input is given
   * in `providerOptions.runpod` instead.
   */
  setUrls(name: string, urls: string[], argument: string, noun: string): void {
    if (urls.length === 0 && this.has(name)) return;
    const parameter = this.entry.inputs[name];
    const limits =
      parameter.type === 'url' ? { min: parameter.required ? 1 : 0, max: 1 } : parameter;
    if (urls.length < (limits.min ?? 0) || urls.length > (limits.max ?? Infinity)) {
      this.fail(argument, `takes ${countText(limits, noun)}, got ${urls.length}`);
    }
    if (urls.length > 0) this.set(name, parameter.type === 'url' ? urls[0] : urls, argument);
  }

  /** Whether the input has a value for `name` yet (from a standard option or a provider option). */
  has(name: string): boolean {
    return this.input[name] !== undefined || this.option(name) !== undefined;
  }

  /** Warns that a standard option was not sent; `details` defaults to "has no parameter for it". */
  unsupported(feature: string, details?: string): void {
    this.warnings.push({
      type: 'unsupported',
      feature,
      details: details ?? `'${this.modelId}' has no parameter for ${feature}; it was not sent.`,
    });
  }

  /** Refuses the call before any request. */
  fail(argument: string, message: string): never {
    throw new InvalidArgumentError({ argument, message: `${this.name}: ${message}.` });
  }

  /**
   * The job's `input`: the standard options as mapped, then the provider options, which win
   * over them. A provider option the entry does not document is sent as given, with a
   * warning (none on your own endpoints). Inputs the page says are ignored beside another
   * are dropped, with a warning.
   *
   * @throws {InvalidArgumentError} for a required input that is missing.
   */
  finish(): Record<string, unknown> {
    if (this.collecting) return {};
    const input = { ...this.input, ...this.given, ...this.extra };
    if (this.ownEndpoint) return input;

    for (const key of Object.keys(this.extra)) {
      this.warnings.push({
        type: 'other',
        message:
          `${this.name}: providerOptions.runpod.${key} is not a parameter its RunPod page ` +
          `documents; it was sent as input.${key}, as given.`,
      });
    }
    for (const [name, parameter] of Object.entries(this.entry.inputs)) {
      if (input[name] === undefined) {
        if (parameter.required)
          this.fail(requiredArgument(name, parameter), requiredText(name, parameter));
        continue;
      }
      if (parameter.ignoredWith !== undefined && input[parameter.ignoredWith] !== undefined) {
        delete input[name];
        this.unsupported(
          parameter.from ?? `providerOptions.runpod.${name}`,
          `'${this.modelId}' takes the ${name} from its ${parameter.ignoredWith} input; ${name} was not sent.`,
        );
      } else if (parameter.caveat !== undefined && this.given[name] !== undefined) {
        this.unsupported(
          `providerOptions.runpod.${parameter.alias ?? name}`,
          `'${this.modelId}': ${parameter.caveat}`,
        );
      }
    }
    return input;
  }
}

const FROM_TEXT: Partial<Record<StandardOption, string>> = {
  prompt: 'a text prompt',
  images: 'input images (prompt.images)',
  image: 'a start image: pass `prompt: { image, text }` or a `first_frame` in `frameImages`',
  referenceImages: 'reference images (inputReferences)',
  duration: 'a duration',
  resolution: 'a resolution',
  voice: 'a voice',
};

function requiredArgument(name: string, parameter: MediaParameter): string {
  return parameter.from === 'images'
    ? 'prompt.images'
    : parameter.from === 'referenceImages'
      ? 'inputReferences'
      : (parameter.from ?? `providerOptions.runpod.${parameter.alias ?? name}`);
}

function requiredText(name: string, parameter: MediaParameter): string {
  const what = parameter.from !== undefined ? FROM_TEXT[parameter.from] : undefined;
  const values = parameter.values
    ? `: ${parameter.values.join(', ')}${parameter.unit ? ` ${parameter.unit}` : ''}`
    : '';
  return what !== undefined
    ? `needs ${what}${values}`
    : `needs input ${name}${values}: pass it as providerOptions.runpod.${parameter.alias ?? name}`;
}
