/** A RunPod speech model ID. (Placeholder until the speech models land.) */
export type RunPodSpeechModelId = string & {};
