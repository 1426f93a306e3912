import {
  APICallError,
  InvalidArgumentError,
  InvalidResponseDataError,
  NoSuchModelError,
} from '@ai-sdk/provider';
import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import * as ai6 from 'ai';
import * as ai7 from 'ai-v7';
import { describe, expect, it } from 'vitest';
import { aiVersions, isJobSubmission, mockRunPod, rejection, transcribeOf } from './helpers';
import { mediaBytes } from './mock-runpod/media';
import { mockTranscription } from './mock-runpod/media-endpoints/transcription';

// Transcription on your own endpoint running RunPod's faster-whisper worker, through the
// AI SDK's transcribe function: `experimental_transcribe` in ai@6, `transcribe` in ai@7.
// The mock treats endpoint IDs starting with `whisper` as faster-whisper workers.
type Mock = ReturnType<typeof mockRunPod>;

const ENDPOINT = 'whisper-abc123';

/** A short 16 kHz mono 16-bit PCM WAV file: `samples` samples of a sawtooth. */
function wav(samples: number): Uint8Array {
  const bytes = new Uint8Array(44 + samples * 2);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) =>
    [...text].forEach((char, i) => view.setUint8(offset + i, char.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + samples * 2, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, 16_000, true);
  view.setUint32(28, 32_000, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, samples * 2, true);
  for (let i = 0; i < samples; i++) view.setInt16(44 + i * 2, ((i % 64) - 32) * 512, true);
  return bytes;
}

async function submitted(mock: Mock) {
  const requests = await mock.requests();
  return { requests, submit: requests.find(isJobSubmission)! };
}

describe.each(aiVersions)('transcription (%s)', (_, ai) => {
  const transcribe = transcribeOf(ai);
  const run = (mock: Mock, options: Record<string, unknown> = {}, model = ENDPOINT) =>
    transcribe({
      model: mock.provider().transcription(model),
      audio: wav(800),
      maxRetries: 0,
      ...options,
    });

  it('sends audio bytes as base64 in audio_base64 and maps text, segments, language and duration', async () => {
    const mock = mockRunPod();
    const audio = wav(800);
    const result = await run(mock, { audio });

    const base64 = convertUint8ArrayToBase64(audio);
    const { requests, submit } = await submitted(mock);
    expect(requests.map(r => `${r.method} ${r.path}`)).toEqual([
      `POST /v2/${ENDPOINT}/run`,
      expect.stringMatching(new RegExp(`^GET /v2/${ENDPOINT}/status-sync/`)),
    ]);
    // maxWaitMs defaults to 600 000 ms: the job's TTL is that plus a minute.
    expect(submit.body).toEqual({ input: { audio_base64: base64 }, policy: { ttl: 660_000 } });

    const words = mockTranscription(base64).slice(0, -1).split(/[ .]+/);
    expect(words).toHaveLength(6);
    expect(result.text).toBe(mockTranscription(base64));
    // The worker's segments: three words each, 2.5 s apart, text without Whisper's leading space.
    expect(result.segments).toEqual([
      { text: result.text.split('. ')[0] + '.', startSecond: 0, endSecond: 1.5 },
      { text: result.text.split('. ')[1], startSecond: 2.5, endSecond: 4 },
    ]);
    expect(result.language).toBe('en');
    // The worker reports no duration: the end of the last segment stands in.
    expect(result.durationInSeconds).toBe(4);
    expect(result.warnings).toEqual([]);
  });

  it('transcribes audio given as a base64 string the same way', async () => {
    const mock = mockRunPod();
    const base64 = convertUint8ArrayToBase64(wav(400));
    const { text } = await run(mock, { audio: base64 });

    expect((await submitted(mock)).submit.body).toMatchObject({ input: { audio_base64: base64 } });
    expect(text).toBe(mockTranscription(base64));
  });

  it("sends every provider option under the worker's name", async () => {
    const mock = mockRunPod();
    const { text, language } = await run(mock, {
      providerOptions: {
        runpod: {
          model: 'large-v3',
          language: 'de',
          translate: false,
          transcriptionFormat: 'formatted_text',
          translationFormat: 'srt',
          temperature: 0.2,
          bestOf: 3,
          beamSize: 4,
          patience: 1.5,
          lengthPenalty: 0.1,
          suppressTokens: '-1,50363',
          initialPrompt: 'RunPod, faster-whisper',
          conditionOnPreviousText: false,
          temperatureIncrementOnFallback: 0.1,
          compressionRatioThreshold: 2.2,
          logprobThreshold: -0.8,
          noSpeechThreshold: 0.5,
          enableVad: true,
          wordTimestamps: false,
        },
      },
    });

    const { submit } = await submitted(mock);
    const { audio_base64, ...options } = (submit.body as any).input;
    expect(audio_base64).toBe(convertUint8ArrayToBase64(wav(800)));
    expect(options).toEqual({
      model: 'large-v3',
      language: 'de',
      translate: false,
      transcription: 'formatted_text',
      translation: 'srt',
      temperature: 0.2,
      best_of: 3,
      beam_size: 4,
      patience: 1.5,
      length_penalty: 0.1,
      suppress_tokens: '-1,50363',
      initial_prompt: 'RunPod, faster-whisper',
      condition_on_previous_text: false,
      temperature_increment_on_fallback: 0.1,
      compression_ratio_threshold: 2.2,
      logprob_threshold: -0.8,
      no_speech_threshold: 0.5,
      enable_vad: true,
      word_timestamps: false,
    });
    // formatted_text puts a segment on each line; faster-whisper reports the language it was given.
    expect(text).toBe(mockTranscription(audio_base64).replace('. ', '.\n'));
    expect(language).toBe('de');
  });

  it('reports the job, the model, the translation and word timings in providerMetadata.runpod', async () => {
    const mock = mockRunPod();
    const { providerMetadata } = await run(mock, {
      providerOptions: { runpod: { model: 'turbo', translate: true, wordTimestamps: true } },
    });

    const { submit } = await submitted(mock);
    const transcription = mockTranscription((submit.body as any).input.audio_base64);
    const [first, second, third] = transcription.split(' ');
    expect(providerMetadata.runpod).toEqual({
      jobId: expect.stringMatching(/-u\d+$/),
      delayTime: 0,
      executionTime: 40,
      model: 'turbo',
      // The mock's "translation" marks each sentence.
      translation: transcription.replace(/(^|\. )/g, '$1[en] '),
      wordTimestamps: expect.any(Array),
    });
    expect((providerMetadata.runpod.wordTimestamps as unknown[]).slice(0, 3)).toEqual([
      { word: ` ${first.toLowerCase()}`, start: 0, end: 0.4 },
      { word: ` ${second}`, start: 0.4, end: 0.8 },
      { word: ` ${third.slice(0, -1)}`, start: 0.8, end: 1.2 },
    ]);
  });

  it("maps the worker's segments, detected language and duration when it reports one", async () => {
    const mock = mockRunPod();
    // README.md "Sample output" of worker-faster_whisper, plus a duration some builds add.
    await mock.script({
      job: {
        output: {
          segments: [
            { id: 1, seek: 106, start: 0.11, end: 3.11, text: ' Hola mundo.', tokens: [50364] },
            { id: 2, seek: 306, start: 3.2, end: 5.04, text: ' ¿Qué tal?', tokens: [50514] },
          ],
          detected_language: 'es',
          transcription: 'Hola mundo. ¿Qué tal?',
          translation: null,
          device: 'cuda',
          model: 'large-v2',
          duration: 6.5,
        },
      },
    });
    const result = await run(mock);

    expect(result.text).toBe('Hola mundo. ¿Qué tal?');
    expect(result.segments).toEqual([
      { text: 'Hola mundo.', startSecond: 0.11, endSecond: 3.11 },
      { text: '¿Qué tal?', startSecond: 3.2, endSecond: 5.04 },
    ]);
    expect(result.language).toBe('es');
    expect(result.durationInSeconds).toBe(6.5);
    expect(result.providerMetadata.runpod).not.toHaveProperty('translation');
  });

  it('fails with InvalidResponseDataError when a completed job has no transcription', async () => {
    const mock = mockRunPod();
    await mock.script({ job: { output: { text: 'not a faster-whisper worker', cost: 0.001 } } });
    const error = await rejection(run(mock));

    expect(InvalidResponseDataError.isInstance(error)).toBe(true);
    expect(error.message).toBe(
      `RunPod endpoint '${ENDPOINT}': the job completed without a transcription in its output. ` +
        "Is the endpoint running RunPod's faster-whisper worker?",
    );
  });

  it('rejects a model the worker does not have before any request, naming the key', async () => {
    const mock = mockRunPod();
    // The worker's README lists distil-large-v3; its code (src/predict.py) refuses it.
    const error = await rejection(
      run(mock, { providerOptions: { runpod: { model: 'distil-large-v3' } } }),
    );

    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(error.argument).toBe('providerOptions.runpod.model');
    expect(error.message).toBe(
      `RunPod transcription model '${ENDPOINT}': providerOptions.runpod.model takes tiny, base, small, medium, large-v1, large-v2, large-v3, turbo, got 'distil-large-v3'.`,
    );
    expect(await mock.requests()).toEqual([]);
  });

  it("sends an option the worker does not document, with a warning, and passes on the worker's error", async () => {
    const mock = mockRunPod();
    // repetition_penalty is only in an unmerged pull request to the worker (#59).
    const error = await rejection(
      run(mock, { providerOptions: { runpod: { repetition_penalty: 1.1 } } }),
    );

    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toBe(
      `RunPod endpoint '${ENDPOINT}': job ${error.data.jobId} failed: Unexpected input. repetition_penalty is not a valid input option.`,
    );
    const { submit } = await submitted(mock);
    expect((submit.body as any).input).toMatchObject({ repetition_penalty: 1.1 });
  });

  it('warns that suppressTokens has no effect: the worker hard-codes suppress_tokens', async () => {
    const mock = mockRunPod();
    const { warnings } = await run(mock, {
      providerOptions: { runpod: { suppress_tokens: '1,2' } },
    });

    expect((await submitted(mock)).submit.body).toMatchObject({
      input: { suppress_tokens: '1,2' },
    });
    expect(warnings).toEqual([
      {
        type: 'unsupported',
        feature: 'providerOptions.runpod.suppressTokens',
        details: `'${ENDPOINT}': the faster-whisper worker passes suppress_tokens=[-1] to Whisper whatever this says (src/predict.py), so it has no effect.`,
      },
    ]);
  });

  it('rejects empty audio before any request', async () => {
    const mock = mockRunPod();
    const error = await rejection(run(mock, { audio: new Uint8Array(0) }));

    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(error.argument).toBe('audio');
    expect(error.message).toBe(
      `RunPod transcription model '${ENDPOINT}': needs audio to transcribe, got 0 bytes.`,
    );
    expect(await mock.requests()).toEqual([]);
  });

  it('rejects audio too large for a RunPod request before any request', async () => {
    const mock = mockRunPod();
    // 15 000 001 bytes are 20 000 004 base64 characters: over /runsync's 20 MB.
    const error = await rejection(run(mock, { audio: new Uint8Array(15_000_001) }));

    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(error.argument).toBe('audio');
    expect(error.message).toContain('15000001 bytes of audio');
    expect(error.message).toContain("over RunPod's 20000000-byte limit per request");
    expect(error.message).toContain("audio: new URL('https://…')");
    expect(await mock.requests()).toEqual([]);
  });

  it('waits for a longer job with a /status-sync long-poll', async () => {
    const mock = mockRunPod();
    await mock.script({ job: { executionMs: 150 } });
    const { text, providerMetadata } = await run(mock);

    const { requests, submit } = await submitted(mock);
    const jobId = providerMetadata.runpod.jobId;
    expect(requests.filter(r => r.path === `/v2/${ENDPOINT}/status-sync/${jobId}`).length).toBe(1);
    expect(text).toBe(mockTranscription((submit.body as any).input.audio_base64));
    expect(providerMetadata.runpod).toMatchObject({ executionTime: 150 });
  });

  it('takes the endpoint console URL as the model ID, and maxWaitMs for the job TTL', async () => {
    const mock = mockRunPod();
    await run(
      mock,
      { providerOptions: { runpod: { maxWaitMs: 30_000 } } },
      'https://console.runpod.io/serverless/user/endpoint/whisper-console-1',
    );

    const { submit } = await submitted(mock);
    expect(submit.path).toBe('/v2/whisper-console-1/run');
    expect((submit.body as any).policy).toEqual({ ttl: 90_000 });
  });

  it('throws NoSuchModelError for a model ID that is not an endpoint ID', () => {
    const mock = mockRunPod();
    let error: unknown;
    try {
      mock.provider().transcription('pruna/whisper-v3-large');
    } catch (caught) {
      error = caught;
    }
    expect(NoSuchModelError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain("RunPod's faster-whisper worker");
  });
});

describe('transcription of a URL', () => {
  const url = 'https://audio.example.com/talks/welcome-to-runpod-speech-models.mp3';

  it("ai@7 hands the URL to the model, which sends it as the worker's audio; nothing is downloaded", async () => {
    const mock = mockRunPod();
    const result = await ai7.transcribe({
      model: mock.provider().transcription(ENDPOINT),
      audio: new URL(url),
      maxRetries: 0,
    });

    const { requests, submit } = await submitted(mock);
    expect(requests.map(r => `${r.method} ${r.path}`)).toEqual([
      `POST /v2/${ENDPOINT}/run`,
      expect.stringMatching(new RegExp(`^GET /v2/${ENDPOINT}/status-sync/`)),
    ]);
    expect(submit.body).toEqual({ input: { audio: url }, policy: { ttl: 660_000 } });
    expect(result.text).toBe('Welcome to runpod. Speech models.');
    expect(result.segments).toEqual([
      { text: 'Welcome to runpod.', startSecond: 0, endSecond: 1.5 },
      { text: 'Speech models.', startSecond: 2.5, endSecond: 3.6 },
    ]);
    expect(result.durationInSeconds).toBe(3.6);
  });

  it('ai@6 downloads the URL itself and calls the model with the bytes: the worker gets audio_base64', async () => {
    const mock = mockRunPod();
    const hosted = `${mock.origin}/media/hosted-talk-1.wav`;
    const downloaded: string[] = [];
    const result = await ai6.experimental_transcribe({
      model: mock.provider().transcription(ENDPOINT),
      audio: new URL(hosted),
      maxRetries: 0,
      // ai@6's own downloader refuses loopback addresses such as the mock's.
      download: async ({ url: target }) => {
        downloaded.push(target.href);
        const response = await fetch(target);
        return {
          data: new Uint8Array(await response.arrayBuffer()),
          mediaType: response.headers.get('content-type') ?? undefined,
        };
      },
    });

    const bytes = mediaBytes('hosted-talk-1.wav')!.bytes;
    const { submit } = await submitted(mock);
    expect(downloaded).toEqual([hosted]);
    expect(submit.body).toMatchObject({
      input: { audio_base64: convertUint8ArrayToBase64(bytes) },
    });
    expect(result.text).toBe(mockTranscription(convertUint8ArrayToBase64(bytes)));
  });
});
