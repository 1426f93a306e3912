/** A RunPod video model ID. (Placeholder until the video models land.) */
export type RunPodVideoModelId = string & {};
