import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { aiVersions, generateSpeechOf, isJobSubmission, mockRunPod, rejection } from './helpers';
import { mediaBytes } from './mock-runpod/media';

// Text-to-speech through the AI SDK's speech function: `experimental_generateSpeech` in
// ai@6, `generateSpeech` in ai@7 (which keeps the experimental name as a deprecated alias).
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

type Mock = ReturnType<typeof mockRunPod>;

const CHATTERBOX = 'resembleai/chatterbox-turbo';
const MINIMAX = 'minimax/speech-02-hd';
const TEXT = 'Hello! Welcome to our text-to-speech demonstration.';

/** The job's submission (`/run`) and the audio download that followed it. */
async function jobRequests(mock: Mock) {
  const requests = await mock.requests();
  const submit = requests.find(isJobSubmission);
  const download = requests.find(r => r.path.startsWith('/media/'));
  return { requests, submit, download, mediaName: download?.path.slice('/media/'.length) };
}

describe.each(aiVersions)('speech (%s)', (_, ai) => {
  const generateSpeech = generateSpeechOf(ai);
  const speak = (mock: Mock, model: string, options: Record<string, unknown> = {}) =>
    generateSpeech({
      model: mock.provider().speech(model),
      text: TEXT,
      maxRetries: 0,
      ...options,
    });

  describe('Chatterbox Turbo', () => {
    it('sends the text as prompt to chatterbox-turbo and returns the downloaded audio bytes', async () => {
      const mock = mockRunPod();
      const { audio, warnings } = await speak(mock, CHATTERBOX);

      const { requests, submit, mediaName } = await jobRequests(mock);
      expect(requests.map(r => `${r.method} ${r.path}`)).toEqual([
        'POST /v2/chatterbox-turbo/run',
        expect.stringMatching(/^GET \/v2\/chatterbox-turbo\/status-sync\//),
        expect.stringMatching(/^GET \/media\/.*-1\.wav$/),
      ]);
      // maxWaitMs defaults to 300 000 ms: the job's TTL is that plus a minute.
      expect(submit!.body).toEqual({ input: { prompt: TEXT }, policy: { ttl: 360_000 } });
      expect(audio.uint8Array).toEqual(mediaBytes(mediaName!)!.bytes);
      expect(audio.mediaType).toBe('audio/wav');
      expect(warnings).toEqual([]);
    });

    it('reports the job ID, times, cost and audio URL in providerMetadata.runpod', async () => {
      const mock = mockRunPod();
      const { providerMetadata } = await speak(mock, CHATTERBOX);

      const { mediaName } = await jobRequests(mock);
      expect(providerMetadata.runpod).toEqual({
        jobId: mediaName!.replace(/-1\.wav$/, ''),
        delayTime: 0,
        executionTime: 40,
        cost: Number(((TEXT.length / 15) * 0.001).toFixed(5)),
        url: `${mock.origin}/media/${mediaName}`,
        // 1.x's name for it.
        audioUrl: `${mock.origin}/media/${mediaName}`,
      });
    });

    it('sends a preset voice as voice', async () => {
      const mock = mockRunPod();
      await speak(mock, CHATTERBOX, { voice: 'walter' });
      const { submit } = await jobRequests(mock);
      expect(submit!.body).toMatchObject({ input: { prompt: TEXT, voice: 'walter' } });
    });

    it('rejects a voice that is not one of the 20 presets, naming them, before any request', async () => {
      const mock = mockRunPod();
      const error = await rejection(speak(mock, CHATTERBOX, { voice: 'Wise_Woman' }));

      expect(InvalidArgumentError.isInstance(error)).toBe(true);
      expect(error.argument).toBe('voice');
      expect(error.message).toContain("got 'Wise_Woman'");
      expect(error.message).toContain(
        'voice takes aaron, abigail, anaya, andy, archer, brian, chloe, dylan, emmanuel, ethan, evelyn, gavin, gordon, ivan, laura, lucy, madison, marisol, meera, walter,',
      );
      expect(await mock.requests()).toEqual([]);
    });

    it('sends outputFormat as format and returns audio in that format', async () => {
      const mock = mockRunPod();
      const { audio } = await speak(mock, CHATTERBOX, { outputFormat: 'flac' });

      const { submit, mediaName } = await jobRequests(mock);
      expect(submit!.body).toMatchObject({ input: { prompt: TEXT, format: 'flac' } });
      expect(mediaName).toMatch(/\.flac$/);
      expect(audio.uint8Array).toEqual(mediaBytes(mediaName!)!.bytes);
      expect(audio.mediaType).toBe('audio/flac');
    });

    it('rejects an outputFormat other than wav, flac or ogg before any request', async () => {
      const mock = mockRunPod();
      const error = await rejection(speak(mock, CHATTERBOX, { outputFormat: 'mp3' }));

      expect(InvalidArgumentError.isInstance(error)).toBe(true);
      expect(error.argument).toBe('outputFormat');
      expect(error.message).toBe(
        "RunPod speech model 'resembleai/chatterbox-turbo': outputFormat (sent as format) takes wav, flac, ogg, got 'mp3'.",
      );
      expect(await mock.requests()).toEqual([]);
    });

    it('warns that it has no speed, instructions or language parameter, and sends none', async () => {
      const mock = mockRunPod();
      const { warnings } = await speak(mock, CHATTERBOX, {
        speed: 1.5,
        instructions: 'Whisper it',
        language: 'de',
      });

      const { submit } = await jobRequests(mock);
      expect(submit!.body).toMatchObject({ input: { prompt: TEXT } });
      expect(Object.keys((submit!.body as any).input)).toEqual(['prompt']);
      expect(warnings).toEqual(
        ['speed', 'instructions', 'language'].map(feature => ({
          type: 'unsupported',
          feature,
          details: `'resembleai/chatterbox-turbo' has no parameter for ${feature}; it was not sent.`,
        })),
      );
    });

    it('sends providerOptions.runpod.voiceUrl as voice_url, for voice cloning', async () => {
      const mock = mockRunPod();
      await speak(mock, CHATTERBOX, {
        providerOptions: { runpod: { voiceUrl: 'https://example.com/my-voice.wav' } },
      });
      const { submit } = await jobRequests(mock);
      expect((submit!.body as any).input).toEqual({
        prompt: TEXT,
        voice_url: 'https://example.com/my-voice.wav',
      });
    });

    it('sends a provider option its page does not document (here a MiniMax one) as given, with a warning', async () => {
      const mock = mockRunPod();
      const { warnings } = await speak(mock, CHATTERBOX, {
        providerOptions: { runpod: { emotion: 'happy' } },
      });
      const { submit } = await jobRequests(mock);
      expect((submit!.body as any).input).toEqual({ prompt: TEXT, emotion: 'happy' });
      expect(warnings).toEqual([
        {
          type: 'other',
          message:
            "RunPod speech model 'resembleai/chatterbox-turbo': providerOptions.runpod.emotion is not a parameter its RunPod page documents; it was sent as input.emotion, as given.",
        },
      ]);
    });

    it('takes the live output shape: audio_url and result both set, with cost', async () => {
      const mock = mockRunPod();
      // speech-chatterbox-turbo.runsync-completed.observed.json, with URLs on the mock.
      const url = `${mock.origin}/media/observed-1.wav`;
      await mock.script({ job: { output: { audio_url: url, cost: 0.00088, result: url } } });
      const { audio, providerMetadata } = await speak(mock, CHATTERBOX);

      expect(audio.uint8Array).toEqual(mediaBytes('observed-1.wav')!.bytes);
      expect(providerMetadata.runpod).toMatchObject({ cost: 0.00088, url });
    });

    it('reads the audio URL from result when the output has no audio_url', async () => {
      const mock = mockRunPod();
      const url = `${mock.origin}/media/result-only-1.ogg`;
      await mock.script({ job: { output: { result: url } } });
      const { audio, providerMetadata } = await speak(mock, CHATTERBOX);

      expect(audio.uint8Array).toEqual(mediaBytes('result-only-1.ogg')!.bytes);
      expect(providerMetadata.runpod).toMatchObject({ url });
      expect(providerMetadata.runpod).not.toHaveProperty('cost');
    });

    it('waits for a longer job with a /status-sync long-poll', async () => {
      const mock = mockRunPod();
      await mock.script({ job: { executionMs: 150 } });
      const { audio, providerMetadata } = await speak(mock, CHATTERBOX);

      const { requests, mediaName } = await jobRequests(mock);
      const jobId = providerMetadata.runpod.jobId;
      expect(
        requests.filter(r => r.path === `/v2/chatterbox-turbo/status-sync/${jobId}`).length,
      ).toBe(1);
      expect(audio.uint8Array).toEqual(mediaBytes(mediaName!)!.bytes);
      expect(providerMetadata.runpod).toMatchObject({ executionTime: 150 });
    });

    it('resolves the public endpoint slug to the catalog model', async () => {
      const mock = mockRunPod();
      const { responses } = await speak(mock, 'chatterbox-turbo');
      expect(responses[0].modelId).toBe(CHATTERBOX);
      expect((await jobRequests(mock)).submit!.path).toBe('/v2/chatterbox-turbo/run');
    });
  });

  describe('MiniMax Speech 02 HD', () => {
    it('sends voice as voice_id and speed as speed, and returns the MP3 bytes', async () => {
      const mock = mockRunPod();
      const { audio, warnings, providerMetadata } = await speak(mock, MINIMAX, {
        voice: 'Wise_Woman',
        speed: 1.25,
      });

      const { submit, mediaName } = await jobRequests(mock);
      expect(submit!.path).toBe('/v2/minimax-speech-02-hd/run');
      expect((submit!.body as any).input).toEqual({
        prompt: TEXT,
        voice_id: 'Wise_Woman',
        speed: 1.25,
      });
      expect(mediaName).toMatch(/\.mp3$/);
      expect(audio.uint8Array).toEqual(mediaBytes(mediaName!)!.bytes);
      expect(warnings).toEqual([]);
      expect(providerMetadata.runpod).toMatchObject({
        cost: Number(((TEXT.length / 1000) * 0.05).toFixed(6)),
      });
    });

    it('sends volume, pitch, emotion, englishNormalization and defaultAudioUrl under its names', async () => {
      const mock = mockRunPod();
      await speak(mock, MINIMAX, {
        providerOptions: {
          runpod: {
            volume: 0.8,
            pitch: -2,
            emotion: 'surprised',
            englishNormalization: true,
            defaultAudioUrl: 'https://example.com/fallback.mp3',
          },
        },
      });
      const { submit } = await jobRequests(mock);
      expect((submit!.body as any).input).toEqual({
        prompt: TEXT,
        volume: 0.8,
        pitch: -2,
        emotion: 'surprised',
        english_normalization: true,
        default_audio_url: 'https://example.com/fallback.mp3',
      });
    });

    it('warns that it has no format, instructions or language parameter, and sends none', async () => {
      const mock = mockRunPod();
      const { warnings } = await speak(mock, MINIMAX, {
        outputFormat: 'wav',
        instructions: 'Slowly',
        language: 'fr',
      });

      const { submit } = await jobRequests(mock);
      expect((submit!.body as any).input).toEqual({ prompt: TEXT });
      expect(warnings.map(w => (w as { feature: string }).feature)).toEqual([
        'outputFormat',
        'instructions',
        'language',
      ]);
      expect(warnings[0]).toEqual({
        type: 'unsupported',
        feature: 'outputFormat',
        details: "'minimax/speech-02-hd' has no parameter for outputFormat; it was not sent.",
      });
    });

    it('sends an emotion the page does not name: its list is not exhaustive', async () => {
      const mock = mockRunPod();
      const { warnings } = await speak(mock, MINIMAX, {
        providerOptions: { runpod: { emotion: 'calm' } },
      });
      const { submit } = await jobRequests(mock);
      expect((submit!.body as any).input).toEqual({ prompt: TEXT, emotion: 'calm' });
      expect(warnings).toEqual([]);
    });

    it('rejects an emotion that is not a string before any request, naming the key', async () => {
      const mock = mockRunPod();
      const error = await rejection(
        speak(mock, MINIMAX, { providerOptions: { runpod: { emotion: 3 } } }),
      );
      expect(InvalidArgumentError.isInstance(error)).toBe(true);
      expect(error.argument).toBe('providerOptions.runpod.emotion');
      expect(await mock.requests()).toEqual([]);
    });

    it("passes on the endpoint's own error for a voice_id it rejects", async () => {
      const mock = mockRunPod();
      const error = await rejection(speak(mock, MINIMAX, { voice: 'not a voice' }));
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error.message).toBe(
        "RunPod model 'minimax/speech-02-hd' (endpoint 'minimax-speech-02-hd'): job " +
          `${error.data.jobId} failed: Invalid voice_id`,
      );
    });
  });

  describe('your own endpoint', () => {
    it('sends prompt, voice and every provider option as is, and warns about the rest', async () => {
      const mock = mockRunPod();
      const url = `${mock.origin}/media/own-tts-1.wav`;
      await mock.script({ job: { output: { audio_url: url } } });
      const { audio, warnings } = await speak(mock, 'my-tts-endpoint', {
        voice: 'narrator',
        outputFormat: 'wav',
        speed: 0.9,
        providerOptions: {
          runpod: { sample_rate: 24_000, style: { calm: true }, maxWaitMs: 120_000 },
        },
      });

      const { submit } = await jobRequests(mock);
      expect(submit!.path).toBe('/v2/my-tts-endpoint/run');
      expect(submit!.body).toEqual({
        input: { prompt: TEXT, voice: 'narrator', sample_rate: 24_000, style: { calm: true } },
        policy: { ttl: 180_000 },
      });
      expect(audio.uint8Array).toEqual(mediaBytes('own-tts-1.wav')!.bytes);
      expect(warnings.map(w => (w as { feature: string }).feature)).toEqual([
        'outputFormat',
        'speed',
      ]);
    });
  });
});
