import type { SpeechModelV3, SpeechModelV3CallOptions } from '@ai-sdk/provider';
import { type ResolvedMediaModel, resolveMediaModel } from '../catalog/resolve-model';
import {
  ownSpeechEndpoint,
  speechModelCatalog,
  type SpeechModelCatalogEntry,
} from '../catalog/speech-models';
import type { JobClientConfig } from '../jobs/job-client';
import type { RunPodSpeechModelId } from './runpod-speech-options';

/**
 * A text-to-speech model on a RunPod queue endpoint: one job per call, whose output URL
 * (`audio_url`, or `result`) is downloaded and returned as bytes. `providerMetadata.runpod`
 * holds the job ID, `delayTime` and `executionTime` (ms), `cost` (USD, when RunPod reports
 * it) and the audio `url` (also as `audioUrl`, 1.x's name, until 3.0.0).
 *
 * @throws {InvalidArgumentError} for empty text, a voice or output format the model does not
 * take, or provider option values its entry does not allow, before anything is sent.
 * @throws {APICallError} when the job fails, times out or outlasts `maxWaitMs`.
 */
export class RunPodSpeechModel implements SpeechModelV3 {
  readonly specificationVersion = 'v3';
  readonly provider = 'runpod.speech';
  readonly modelId: string;
  private readonly model: ResolvedMediaModel<SpeechModelCatalogEntry>;

  constructor(
    modelId: RunPodSpeechModelId,
    private readonly config: JobClientConfig,
  ) {
    this.model = resolveMediaModel({
      modelId,
      modelType: 'speechModel',
      catalog: speechModelCatalog,
      ownEndpoint: ownSpeechEndpoint,
      pinned: config,
    });
    this.modelId = this.model.modelId;
  }

  async doGenerate(
    options: SpeechModelV3CallOptions,
  ): Promise<Awaited<ReturnType<SpeechModelV3['doGenerate']>>> {
    // The job road loads on first use: a language-only app's bundler can leave it out.
    const { generateSpeech } = await import('./generate-speech');
    return generateSpeech(this.model, this.config, options);
  }
}
