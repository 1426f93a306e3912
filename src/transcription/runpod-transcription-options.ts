import type { RunPodV1PollingOptions, RunPodV1TranscriptionOptions } from '../compat/v1-options';
import type { fasterWhisperWorker } from '../catalog/transcription-models';
import type { MediaModelOptions, RunPodMediaJobOptions } from '../media/media-options';

/**
 * A RunPod transcription model ID: the endpoint ID (or console URL
 * `https://console.runpod.io/serverless/user/endpoint/<id>`) of your own endpoint running
 * RunPod's faster-whisper worker (https://github.com/runpod-workers/worker-faster_whisper).
 * RunPod has no public transcription endpoint since Whisper V3 Large was retired.
 */
export type RunPodTranscriptionModelId = string & {};

/**
 * `providerOptions.runpod` for transcription: `maxWaitMs` (in ms, default 600 000) and the
 * faster-whisper worker's inputs, under the worker's names (`word_timestamps`) or our
 * camelCase aliases (`wordTimestamps`), checked before any request. Defaults are the
 * worker's (`src/rp_schema.py`). Any other key is sent as given, with a warning: the worker
 * rejects keys it does not know.
 */
export type RunPodTranscriptionProviderOptions = MediaModelOptions<typeof fasterWhisperWorker> &
  RunPodMediaJobOptions &
  RunPodV1PollingOptions &
  RunPodV1TranscriptionOptions;
