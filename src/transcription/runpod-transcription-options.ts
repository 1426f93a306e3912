/** A RunPod transcription model ID. (Placeholder until the transcription models land.) */
export type RunPodTranscriptionModelId = string & {};
