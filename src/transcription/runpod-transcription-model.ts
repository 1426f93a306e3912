import {
  NoSuchModelError,
  type TranscriptionModelV3,
  type TranscriptionModelV3CallOptions,
} from '@ai-sdk/provider';
import { resolveModel } from '../catalog/resolve-model';
import type { JobClientConfig } from '../jobs/job-client';
import { runMediaJob } from '../jobs/media-job';
import { describeModel, type RunPodErrorContext } from '../runpod-error';
import { parseRunPodOptions } from '../util/provider-options';
import {
  type RunPodTranscriptionModelId,
  transcriptionOptionsSchema,
} from './runpod-transcription-options';
import { inputForAudioData, inputForAudioUrl, workerOptions } from './transcription-input';
import { toTranscript } from './transcription-output';

const DEFAULT_MAX_WAIT_MS = 600_000;

type TranscriptionResult = Awaited<ReturnType<TranscriptionModelV3['doGenerate']>>;

/**
 * A transcription model on your own endpoint running RunPod's faster-whisper worker
 * (https://github.com/runpod-workers/worker-faster_whisper): one job per call
 * (`/runsync` then `/status`). Audio bytes go as base64 in the worker's `audio_base64`;
 * with `ai@7` and later, an http(s) URL passed as `audio` goes in the worker's `audio`
 * instead and the worker downloads it (`ai@6` downloads URLs itself and passes the bytes).
 *
 * The result's `text` is the worker's `transcription`, `segments` its segments (seconds),
 * `language` its detected language, `durationInSeconds` the end of the last segment.
 * `providerMetadata.runpod` holds the job ID, `delayTime` and `executionTime` (ms), and,
 * where the worker sent them, `model`, `translation` and `wordTimestamps`.
 *
 * @throws {InvalidArgumentError} for unknown provider options, or audio too large for a
 * RunPod request (just under 15 MB), before anything is sent.
 * @throws {APICallError} when the job fails (the worker's own error text), times out or
 * outlasts `maxWaitMs`.
 * @throws {InvalidResponseDataError} when the job's output has no transcription.
 */
export class RunPodTranscriptionModel implements TranscriptionModelV3 {
  readonly specificationVersion = 'v3';
  readonly provider = 'runpod.transcription';
  readonly modelId: string;
  private readonly context: RunPodErrorContext;

  constructor(
    modelId: RunPodTranscriptionModelId,
    private readonly config: JobClientConfig,
  ) {
    let endpointId: string;
    try {
      ({ endpointId } = resolveModel({ modelId, modelType: 'transcriptionModel', catalog: {} }));
    } catch (error) {
      if (!NoSuchModelError.isInstance(error)) throw error;
      throw new NoSuchModelError({
        modelId,
        modelType: 'transcriptionModel',
        message:
          `No such RunPod transcription model: '${modelId}'. Use the endpoint ID of your ` +
          `endpoint running RunPod's faster-whisper worker (letters, digits, '-' and '_'), or ` +
          `its console URL https://console.runpod.io/serverless/user/endpoint/<id>.`,
      });
    }
    this.modelId = endpointId;
    this.context = { modelId: endpointId, endpointId };
  }

  async doGenerate(options: TranscriptionModelV3CallOptions): Promise<TranscriptionResult> {
    const { maxWaitMs, workerInput } = await this.parseOptions(options.providerOptions);
    return this.transcribe(
      inputForAudioData(options.audio, workerInput, this.modelId),
      maxWaitMs,
      options,
    );
  }

  /**
   * Transcribes audio at an http(s) URL, which the worker downloads itself. `ai@7` calls
   * this (its transcription specification's `doGenerateFromUrl`) for
   * `transcribe({ audio: new URL(…) })` instead of downloading the file first.
   */
  async doGenerateFromUrl(
    options: Omit<TranscriptionModelV3CallOptions, 'audio' | 'mediaType'> & { audio: URL },
  ): Promise<TranscriptionResult | undefined> {
    if (options.audio.protocol !== 'https:' && options.audio.protocol !== 'http:') {
      return undefined; // the AI SDK downloads it and calls doGenerate
    }
    const { maxWaitMs, workerInput } = await this.parseOptions(options.providerOptions);
    return this.transcribe(inputForAudioUrl(options.audio, workerInput), maxWaitMs, options);
  }

  private async parseOptions(providerOptions: TranscriptionModelV3CallOptions['providerOptions']) {
    const { maxWaitMs, ...options } =
      (await parseRunPodOptions({
        providerOptions,
        schema: transcriptionOptionsSchema,
        modelId: this.modelId,
      })) ?? {};
    return { maxWaitMs: maxWaitMs ?? DEFAULT_MAX_WAIT_MS, workerInput: workerOptions(options) };
  }

  private async transcribe(
    input: Record<string, unknown>,
    maxWaitMs: number,
    options: Pick<TranscriptionModelV3CallOptions, 'abortSignal' | 'headers'>,
  ): Promise<TranscriptionResult> {
    const { job, metadata } = await runMediaJob(this.config, {
      context: this.context,
      input,
      maxWaitMs,
      abortSignal: options.abortSignal,
      headers: options.headers,
      expectMedia: false,
    });
    const transcript = toTranscript(job.output, describeModel(this.context));
    return {
      text: transcript.text,
      segments: transcript.segments,
      language: transcript.language,
      durationInSeconds: transcript.durationInSeconds,
      warnings: [],
      response: {
        timestamp: new Date(),
        modelId: this.modelId,
        headers: job.responseHeaders,
        body: job.output,
      },
      providerMetadata: { runpod: { ...metadata, ...transcript.metadata } },
    };
  }
}
