import { type SpeechModelV3, NoSuchModelError } from '@ai-sdk/provider';
import type { JobClientConfig } from '../jobs/job-client';
import type { RunPodSpeechModelId } from './runpod-speech-options';

/** Placeholder until the speech models land: creating one throws `NoSuchModelError`. */
export class RunPodSpeechModel implements SpeechModelV3 {
  declare readonly specificationVersion: 'v3';
  declare readonly provider: string;
  declare readonly modelId: string;
  declare doGenerate: SpeechModelV3['doGenerate'];

  constructor(modelId: RunPodSpeechModelId, _config: JobClientConfig) {
    throw new NoSuchModelError({ modelId, modelType: 'speechModel' });
  }
}
