import { type Experimental_VideoModelV3, NoSuchModelError } from '@ai-sdk/provider';
import type { JobClientConfig } from '../jobs/job-client';
import type { RunPodVideoModelId } from './runpod-video-options';

/** Placeholder until the video models land: creating one throws `NoSuchModelError`. */
export class RunPodVideoModel implements Experimental_VideoModelV3 {
  declare readonly specificationVersion: 'v3';
  declare readonly provider: string;
  declare readonly modelId: string;
  declare doGenerate: Experimental_VideoModelV3['doGenerate'];
  declare readonly maxVideosPerCall: number;
  constructor(modelId: RunPodVideoModelId, _config: JobClientConfig) {
    throw new NoSuchModelError({ modelId, modelType: 'videoModel' });
  }
}
