import { InvalidResponseDataError, type JSONObject } from '@ai-sdk/provider';
import { z } from 'zod/v4';

/*
 * The faster-whisper worker's output, as read from runpod-workers/worker-faster_whisper
 * src/predict.py (`Predictor.predict`, `serialize_segments`) and README.md ("Sample output"):
 * `{ segments: [{ id, seek, start, end, text, tokens, temperature, avg_logprob,
 * compression_ratio, no_speech_prob }], detected_language, transcription, translation,
 * device, model, word_timestamps? }` with times in seconds. It has no duration field; some
 * builds of the worker add one, which is read when present.
 */
const outputSchema = z.object({
  transcription: z.string(),
  segments: z.array(z.object({ start: z.number(), end: z.number(), text: z.string() })).nullish(),
  detected_language: z.string().nullish(),
  duration: z.number().nullish(),
  translation: z.string().nullish(),
  model: z.string().nullish(),
  word_timestamps: z
    .array(z.object({ word: z.string(), start: z.number(), end: z.number() }))
    .nullish(),
});

export interface Transcript {
  text: string;
  segments: Array<{ text: string; startSecond: number; endSecond: number }>;
  language: string | undefined;
  durationInSeconds: number | undefined;
  /** Extra `providerMetadata.runpod` fields: translation, word timings, the worker's model. */
  metadata: JSONObject;
}

/**
 * Maps a completed job's output to the AI SDK's transcription result.
 *
 * @throws {InvalidResponseDataError} when the output has no `transcription` text (not a
 * faster-whisper worker, or an incompatible build of it).
 */
export function toTranscript(output: unknown, where: string): Transcript {
  const item = Array.isArray(output) && output.length === 1 ? output[0] : output;
  const parsed = outputSchema.safeParse(item);
  if (!parsed.success) {
    throw new InvalidResponseDataError({
      data: output,
      message:
        `${where}: the job completed without a transcription in its output. ` +
        `Is the endpoint running RunPod's faster-whisper worker?`,
    });
  }
  const result = parsed.data;
  const segments = (result.segments ?? []).map(segment => ({
    text: segment.text.trim(),
    startSecond: segment.start,
    endSecond: segment.end,
  }));
  return {
    text: result.transcription,
    segments,
    language: result.detected_language ?? undefined,
    durationInSeconds: result.duration ?? segments.at(-1)?.endSecond,
    metadata: {
      ...(result.model != null ? { model: result.model } : {}),
      ...(result.translation != null ? { translation: result.translation } : {}),
      ...(result.word_timestamps != null ? { wordTimestamps: result.word_timestamps } : {}),
    },
  };
}
