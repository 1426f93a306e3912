import { type TranscriptionModelV3, NoSuchModelError } from '@ai-sdk/provider';
import type { JobClientConfig } from '../jobs/job-client';
import type { RunPodTranscriptionModelId } from './runpod-transcription-options';

/** Placeholder until the transcription models land: creating one throws `NoSuchModelError`. */
export class RunPodTranscriptionModel implements TranscriptionModelV3 {
  declare readonly specificationVersion: 'v3';
  declare readonly provider: string;
  declare readonly modelId: string;
  declare doGenerate: TranscriptionModelV3['doGenerate'];

  constructor(modelId: RunPodTranscriptionModelId, _config: JobClientConfig) {
    throw new NoSuchModelError({ modelId, modelType: 'transcriptionModel' });
  }
}
