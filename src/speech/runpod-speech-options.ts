import type { RunPodCatalogSpeechModelId, speechModelCatalog } from '../catalog/speech-models';
import type { RunPodV1PollingOptions } from '../compat/v1-options';
import type { MediaModelOptions, MediaProviderOptions } from '../media/media-options';

/**
 * A RunPod speech model ID: a catalog ID (`resembleai/chatterbox-turbo`,
 * `minimax/speech-02-hd`), a public endpoint slug (`chatterbox-turbo`,
 * `minimax-speech-02-hd`), or the endpoint ID (or console URL) of your own speech endpoint.
 */
export type RunPodSpeechModelId = RunPodCatalogSpeechModelId | (string & {});

/**
 * The documented `providerOptions.runpod` keys of one catalog speech model: each input its
 * RunPod page lists, under RunPod's name (`voice_url`) and under our camelCase alias
 * (`voiceUrl`). Inferred from the schema the provider checks the options with.
 */
export type RunPodSpeechModelOptions<ID extends RunPodCatalogSpeechModelId> = MediaModelOptions<
  (typeof speechModelCatalog)[ID]
>;

/**
 * `providerOptions.runpod` for speech models. Every model takes `maxWaitMs` (in ms, default
 * 300 000). A catalog model takes the inputs its page documents
 * (`RunPodSpeechProviderOptions<'<model id>'>`, checked before any request); any other key is sent in
 * the job's `input` as given, with a warning. For your own endpoints every key is sent as
 * given. 1.x's `maxPollAttempts` and `pollIntervalMillis` are still taken (deprecated).
 */
export type RunPodSpeechProviderOptions<ID extends RunPodSpeechModelId = RunPodSpeechModelId> =
  MediaProviderOptions<typeof speechModelCatalog, ID> & RunPodV1PollingOptions;
