import type { SpeechModelV3, SpeechModelV3CallOptions } from '@ai-sdk/provider';
import type { ResolvedMediaModel } from '../catalog/resolve-model';
import type { SpeechModelCatalogEntry } from '../catalog/speech-models';
import { startMediaCall, withV1Metadata } from '../compat/read-v1-options';
import { type JobClientConfig, runJobs } from '../jobs/job-client';
import { mapSpeechOptions } from './speech-input';

/** One `doGenerate` of a speech model (see `RunPodSpeechModel`): one job, its audio downloaded. Loaded on first use. */
export async function generateSpeech(
  model: ResolvedMediaModel<SpeechModelCatalogEntry>,
  config: JobClientConfig,
  options: SpeechModelV3CallOptions,
): Promise<Awaited<ReturnType<SpeechModelV3['doGenerate']>>> {
  const { modelId, endpointId, entry, catalogEntry } = model;
  const call = await startMediaCall({
    kind: 'speech',
    modelId,
    entry,
    providerOptions: options.providerOptions,
  });
  if (!call.collecting) mapSpeechOptions(call, options);
  const input = call.finish();

  const [{ job, media, metadata }] = await runJobs(config, {
    context: { modelId, endpointId },
    inputs: [input],
    output: 'media',
    maxWaitMs: call.maxWaitMs,
    ...call.jobOptions,
    typicalExecutionMs: catalogEntry?.typicalExecutionMs,
    abortSignal: options.abortSignal,
    headers: options.headers,
  });

  return {
    audio: media[0].data,
    warnings: call.warnings,
    request: { body: job.requestBody },
    response: {
      timestamp: new Date(),
      modelId,
      headers: job.responseHeaders,
      body: job.output,
    },
    providerMetadata: { runpod: withV1Metadata('speech', metadata) },
  };
}
