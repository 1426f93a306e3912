import type { JSONObject, SpeechModelV3, SpeechModelV3CallOptions } from '@ai-sdk/provider';
import { speechModelCatalog, type SpeechModelCatalogEntry } from '../catalog/speech-models';
import type { JobClientConfig } from '../jobs/job-client';
import { runMediaJob } from '../jobs/media-job';
import { parseMediaOptions, resolveMediaModel } from '../jobs/media-model';
import type { RunPodErrorContext } from '../runpod-error';
import { speechFamilies } from './families';
import { ownEndpointFamily } from './families/own-endpoint';
import { type SpeechFamily, toSpeechCall } from './speech-call';
import type { RunPodSpeechModelId } from './runpod-speech-options';

const DEFAULT_MAX_WAIT_MS = 300_000;

/**
 * A text-to-speech model on a RunPod queue endpoint: one job per call
 * (`/runsync` then `/status`), whose output URL (`audio_url`, or `result`) is downloaded and
 * returned as bytes. `providerMetadata.runpod` holds the job ID, `delayTime` and
 * `executionTime` (ms), `cost` (USD, when RunPod reports it) and the audio `url`.
 *
 * @throws {InvalidArgumentError} for empty text, a voice or output format the model does not
 * take, or unknown provider options, before anything is sent.
 * @throws {APICallError} when the job fails, times out or outlasts `maxWaitMs`.
 */
export class RunPodSpeechModel implements SpeechModelV3 {
  readonly specificationVersion = 'v3';
  readonly provider = 'runpod.speech';
  readonly modelId: string;
  private readonly entry: SpeechModelCatalogEntry | undefined;
  private readonly family: SpeechFamily<any>;
  private readonly context: RunPodErrorContext;

  constructor(
    modelId: RunPodSpeechModelId,
    private readonly config: JobClientConfig,
  ) {
    const resolved = resolveMediaModel({
      modelId,
      modelType: 'speechModel',
      catalog: speechModelCatalog,
      families: speechFamilies,
      ownEndpointFamily: ownEndpointFamily,
    });
    this.modelId = resolved.modelId;
    this.entry = resolved.entry;
    this.family = resolved.family;
    this.context = resolved.context;
  }

  async doGenerate(
    options: SpeechModelV3CallOptions,
  ): Promise<Awaited<ReturnType<SpeechModelV3['doGenerate']>>> {
    const { maxWaitMs, options: familyOptions } = await parseMediaOptions({
      providerOptions: options.providerOptions,
      schema: this.family.options,
      modelId: this.modelId,
      defaultMaxWaitMs: DEFAULT_MAX_WAIT_MS,
    });
    const call = toSpeechCall(options, { modelId: this.modelId, entry: this.entry, familyOptions });
    const input = this.family.toInput(call);

    const { job, media, metadata } = await runMediaJob(this.config, {
      context: this.context,
      input,
      maxWaitMs: maxWaitMs,
      typicalExecutionMs: this.entry?.typicalExecutionMs,
      abortSignal: options.abortSignal,
      headers: options.headers,
    });

    return {
      audio: media[0].data,
      warnings: call.warnings,
      request: { body: job.requestBody },
      response: {
        timestamp: new Date(),
        modelId: this.modelId,
        headers: job.responseHeaders,
        body: job.output,
      },
      providerMetadata: { runpod: metadata as JSONObject },
    };
  }
}
