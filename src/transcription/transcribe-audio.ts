import type { TranscriptionModelV3, TranscriptionModelV3CallOptions } from '@ai-sdk/provider';
import { fasterWhisperWorker } from '../catalog/transcription-models';
import { startMediaCall } from '../compat/read-v1-options';
import { describeModel, type RunPodErrorContext } from '../core/errors';
import { type JobClientConfig, runJobs } from '../jobs/job-client';
import { mapTranscriptionAudio } from './transcription-input';
import { toTranscript } from './transcription-output';

type TranscriptionResult = Awaited<ReturnType<TranscriptionModelV3['doGenerate']>>;

/**
 * One transcription (see `RunPodTranscriptionModel`): one faster-whisper job, its output read
 * as the AI SDK's transcript. Loaded on first use.
 */
export async function transcribe(
  context: RunPodErrorContext,
  config: JobClientConfig,
  audio: Uint8Array | string | URL,
  options: Pick<TranscriptionModelV3CallOptions, 'abortSignal' | 'headers' | 'providerOptions'>,
): Promise<TranscriptionResult> {
  const call = await startMediaCall({
    kind: 'transcription',
    modelId: context.modelId,
    entry: fasterWhisperWorker,
    providerOptions: options.providerOptions,
  });
  if (!call.collecting) mapTranscriptionAudio(call, audio);
  const input = call.finish();

  const [{ job, metadata }] = await runJobs(config, {
    context: context,
    inputs: [input],
    output: 'data',
    maxWaitMs: call.maxWaitMs,
    ...call.jobOptions,
    abortSignal: options.abortSignal,
    headers: options.headers,
  });
  const transcript = toTranscript(job.output, describeModel(context));
  return {
    text: transcript.text,
    segments: transcript.segments,
    language: transcript.language,
    durationInSeconds: transcript.durationInSeconds,
    warnings: call.warnings,
    response: {
      timestamp: new Date(),
      modelId: context.modelId,
      headers: job.responseHeaders,
      body: job.output,
    },
    providerMetadata: { runpod: { ...metadata, ...transcript.metadata } },
  };
}
