import { type TranscriptionModelV3, type TranscriptionModelV3CallOptions } from '@ai-sdk/provider';
import { jobEndpointId, resolveModel } from '../catalog/resolve-model';
import type { RunPodErrorContext } from '../core/errors';
import type { JobClientConfig } from '../jobs/job-client';
import type { RunPodTranscriptionModelId } from './runpod-transcription-options';

type TranscriptionResult = Awaited<ReturnType<TranscriptionModelV3['doGenerate']>>;

/**
 * A transcription model on your own endpoint running RunPod's faster-whisper worker
 * (https://github.com/runpod-workers/worker-faster_whisper): one job per call
 * (`/run`, then `/status-sync` long-polls). Audio bytes go as base64 in the worker's `audio_base64`;
 * with `ai@7` and later, an http(s) URL passed as `audio` goes in the worker's `audio`
 * instead and the worker downloads it (`ai@6` downloads URLs itself and passes the bytes).
 *
 * The result's `text` is the worker's `transcription`, `segments` its segments (seconds),
 * `language` its detected language, `durationInSeconds` the end of the last segment.
 * `providerMetadata.runpod` holds the job ID, `delayTime` and `executionTime` (ms), and,
 * where the worker sent them, `model`, `translation` and `wordTimestamps`.
 *
 * @throws {InvalidArgumentError} for empty audio, provider option values the worker does not
 * take, or audio too large for a RunPod request, before anything is sent.
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
    const resolved = resolveModel({
      modelId,
      modelType: 'transcriptionModel',
      catalog: {},
      ownEndpointRuns: " running RunPod's faster-whisper worker",
    });
    const endpointId = jobEndpointId(resolved.endpointId, config, 'transcription models');
    this.modelId = resolved.endpointId;
    this.context = { modelId: resolved.endpointId, endpointId };
  }

  async doGenerate(options: TranscriptionModelV3CallOptions): Promise<TranscriptionResult> {
    return this.transcribe(options.audio, options);
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
    return this.transcribe(options.audio, options);
  }

  private async transcribe(
    audio: Uint8Array | string | URL,
    options: Pick<TranscriptionModelV3CallOptions, 'abortSignal' | 'headers' | 'providerOptions'>,
  ): Promise<TranscriptionResult> {
    // The job road loads on first use: a language-only app's bundler can leave it out.
    const { transcribe } = await import('./transcribe-audio');
    return transcribe(this.context, this.config, audio, options);
  }
}
