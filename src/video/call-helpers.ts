import { InvalidArgumentError } from '@ai-sdk/provider';
import type { VideoCall } from './video-call';

/** Throws the `InvalidArgumentError` for an argument the model cannot take. */
export function fail(modelId: string, argument: string, message: string): never {
  throw new InvalidArgumentError({
    argument,
    message: `RunPod video model '${modelId}' ${message}.`,
  });
}

/** Adds an `unsupported` warning; `details` continues a sentence that starts with the model ID. */
export function warn(call: VideoCall<unknown>, feature: string, details: string): void {
  call.warnings.push({ type: 'unsupported', feature, details: `'${call.modelId}' ${details}` });
}
