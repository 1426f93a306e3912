import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import {
  API_KEY,
  inboxDeliveries,
  inboxUrl,
  aiVersions,
  generateSpeechOf,
  isJobSubmission,
  mockRunPod,
  rejection,
  transcribeOf,
} from './helpers';
import { mockJobApi } from './job-helpers';

// Jobs that outlive the call: `webhook` on every media kind (sent as /run's top-level
// `webhook`), `onWaitLimit: 'keep'` at the wait limit, and collecting a job by `jobId`.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

type Mock = ReturnType<typeof mockRunPod>;

const IMAGE = 'black-forest-labs/flux-1-schnell';
const IMAGE_ENDPOINT = 'black-forest-labs-flux-1-schnell';
const SPEECH = 'resembleai/chatterbox-turbo';
const SPEECH_ENDPOINT = 'chatterbox-turbo';
const WHISPER = 'whisper-abc123';
const VIDEO = 'alibaba/wan-2.6-t2v';
const VIDEO_ENDPOINT = 'wan-2-6-t2v';
// "RIFF....WAVE": enough of a WAV file for the media type to be told.
const WAV_HEADER = new Uint8Array([82, 73, 70, 70, 0, 0, 0, 0, 87, 65, 86, 69]);

/** Submits a job straight to the mock's `/run`, as an earlier call would have. */
async function submitDirectly(mock: Mock, endpoint: string, input: Record<string, unknown>) {
  const response = await fetch(`${mock.baseURL}/${endpoint}/run`, {
    method: 'POST',
    headers: { authorization: `Bearer ${API_KEY}`, 'x-mock-key': mock.key },
    body: JSON.stringify({ input }),
  });
  return ((await response.json()) as { id: string }).id;
}

async function submissionBody(mock: Mock): Promise<Record<string, unknown>> {
  return (await mock.requests()).find(isJobSubmission)!.body as Record<string, unknown>;
}

describe.each(aiVersions)('long jobs (%s)', (_, ai) => {
  const generateSpeech = generateSpeechOf(ai);
  const transcribe = transcribeOf(ai);

  describe('providerOptions.runpod.webhook', () => {
    it("sends an image job's webhook at the top level of /run, and still returns the image", async () => {
      const mock = mockRunPod();
      const webhook = inboxUrl(mock, 'image');
      const { image } = await ai.generateImage({
        model: mock.provider().image(IMAGE),
        prompt: 'a lighthouse',
        providerOptions: { runpod: { webhook } },
      });

      expect(image.uint8Array.length).toBeGreaterThan(0);
      const body = await submissionBody(mock);
      expect(body).toEqual({
        input: { prompt: 'a lighthouse' },
        policy: expect.any(Object),
        webhook,
      });
      const [delivery] = await inboxDeliveries(mock, 'image');
      expect(delivery.body).toMatchObject({ status: 'COMPLETED', output: expect.anything() });
    });

    it("sends a speech job's webhook at the top level, not in its input", async () => {
      const mock = mockRunPod();
      const webhook = inboxUrl(mock, 'speech');
      const { audio } = await generateSpeech({
        model: mock.provider().speech(SPEECH),
        text: 'Hello there.',
        providerOptions: { runpod: { webhook } },
      });

      expect(audio.uint8Array.length).toBeGreaterThan(0);
      const body = await submissionBody(mock);
      expect(body.webhook).toBe(webhook);
      expect(body.input).not.toHaveProperty('webhook');
      expect(await inboxDeliveries(mock, 'speech')).toHaveLength(1);
    });

    it("sends a transcription job's webhook at the top level, not in its input", async () => {
      const mock = mockRunPod();
      const webhook = inboxUrl(mock, 'transcription');
      const { text } = await transcribe({
        model: mock.provider().transcription(WHISPER),
        audio: WAV_HEADER,
        providerOptions: { runpod: { webhook } },
      });

      expect(typeof text).toBe('string');
      const body = await submissionBody(mock);
      expect(body.webhook).toBe(webhook);
      expect(body.input).not.toHaveProperty('webhook');
    });

    it("sends a rerank job's webhook at the top level, not in its input", async () => {
      const mock = mockRunPod();
      const webhook = inboxUrl(mock, 'rerank');
      const { ranking } = await ai.rerank({
        model: mock.provider().reranking('infinity-reranker', {
          servedModelName: 'BAAI/bge-reranker-base',
        }),
        query: 'fox',
        documents: ['a fox', 'a dog'],
        providerOptions: { runpod: { webhook } },
      });

      expect(ranking).toHaveLength(2);
      const body = await submissionBody(mock);
      expect(body.webhook).toBe(webhook);
      expect(body.input).not.toHaveProperty('webhook');
    });

    it('refuses a webhook that is not https (or http on loopback), before any request', async () => {
      const mock = mockRunPod();
      const error = await rejection(
        ai.generateImage({
          model: mock.provider().image(IMAGE),
          prompt: 'a lighthouse',
          providerOptions: { runpod: { webhook: 'http://example.com/hook' } },
        }),
      );

      expect(InvalidArgumentError.isInstance(error)).toBe(true);
      expect(error.message).toContain('providerOptions.runpod.webhook');
      expect(await mock.requests()).toEqual([]);
    });
  });

  describe('the wait limit', () => {
    it("with onWaitLimit: 'keep' leaves the job running (no /cancel) and names it in the error", async () => {
      const mock = mockJobApi();
      await mock.script({ job: { executionMs: 600_000 } });
      const model = mock.provider().image(IMAGE);
      const error = await rejection(
        ai.generateImage({
          model,
          prompt: 'a lighthouse',
          maxRetries: 0,
          providerOptions: { runpod: { maxWaitMs: 1_000, onWaitLimit: 'keep' } },
        }),
      );

      expect(APICallError.isInstance(error)).toBe(true);
      const { jobId, endpointId, status, kept } = error.data;
      expect({ endpointId, status, kept }).toEqual({
        endpointId: IMAGE_ENDPOINT,
        status: 'IN_PROGRESS',
        kept: true,
      });
      expect(error.message).toContain(`job ${jobId} did not finish within 1000 ms`);
      expect(error.message).toContain(`providerOptions.runpod.jobId: '${jobId}'`);
      expect(await mock.paths()).not.toContainEqual(expect.stringContaining('/cancel/'));
      // A kept job has RunPod's own TTL, not one a minute past the wait limit.
      expect(await submissionBody(mock)).not.toHaveProperty('policy');

      // Later, within RunPod's 30 minutes: collect it by ID, through the same call.
      await mock.advanceClock(600_000);
      const { image, providerMetadata } = await ai.generateImage({
        model,
        prompt: '',
        providerOptions: { runpod: { jobId } },
      });
      expect(image.uint8Array.length).toBeGreaterThan(0);
      expect((providerMetadata.runpod as any).images[0].jobId).toBe(jobId);
      expect((await mock.requests()).filter(isJobSubmission)).toHaveLength(1);
    });

    it('by default cancels the job and says how to keep it', async () => {
      const mock = mockJobApi();
      await mock.script({ job: { executionMs: 600_000 } });
      const error = await rejection(
        ai.generateImage({
          model: mock.provider().image(IMAGE),
          prompt: 'a lighthouse',
          maxRetries: 0,
          providerOptions: { runpod: { maxWaitMs: 1_000 } },
        }),
      );

      expect(error.data).toMatchObject({ endpointId: IMAGE_ENDPOINT, kept: false });
      expect(error.message).toContain('it was cancelled. Raise providerOptions.runpod.maxWaitMs');
      expect(error.message).toContain("onWaitLimit: 'keep'");
      expect(await mock.paths()).toContainEqual(
        `POST /v2/${IMAGE_ENDPOINT}/cancel/${error.data.jobId}`,
      );
    });
  });

  describe('collecting a job by jobId', () => {
    it('returns speech as generateSpeech would have', async () => {
      const mock = mockRunPod();
      const jobId = await submitDirectly(mock, SPEECH_ENDPOINT, { prompt: 'Hello there.' });
      const { audio } = await generateSpeech({
        model: mock.provider().speech(SPEECH),
        text: 'Hello there.',
        providerOptions: { runpod: { jobId } },
      });

      expect(audio.uint8Array.length).toBeGreaterThan(0);
      expect((await mock.requests()).filter(isJobSubmission)).toHaveLength(1);
    });

    it('returns a transcript as transcribe would have', async () => {
      const mock = mockRunPod();
      const jobId = await submitDirectly(mock, WHISPER, { audio: 'https://example.com/talk.mp3' });
      const result = await transcribe({
        model: mock.provider().transcription(WHISPER),
        audio: WAV_HEADER,
        providerOptions: { runpod: { jobId } },
      });

      expect(typeof result.text).toBe('string');
      expect(result.segments.length).toBeGreaterThan(0);
    });

    it('returns a video as experimental_generateVideo would have', async () => {
      const mock = mockRunPod();
      const jobId = await submitDirectly(mock, VIDEO_ENDPOINT, {
        prompt: 'Waves',
        size: '1280*720',
      });
      const { video, providerMetadata } = await ai.experimental_generateVideo({
        model: mock.provider().video(VIDEO),
        prompt: 'Waves',
        providerOptions: { runpod: { jobId } },
      });

      expect(video.uint8Array.length).toBeGreaterThan(0);
      expect(video.mediaType).toBe('video/mp4');
      expect((providerMetadata.runpod as any).videos[0].jobId).toBe(jobId);
    });

    it('says so when RunPod no longer keeps the job (past its 30 minutes)', async () => {
      const mock = mockJobApi();
      const jobId = await submitDirectly(mock, IMAGE_ENDPOINT, { prompt: 'a lighthouse' });
      await mock.advanceClock(31 * 60_000);
      const error = await rejection(
        ai.generateImage({
          model: mock.provider().image(IMAGE),
          prompt: '',
          maxRetries: 0,
          providerOptions: { runpod: { jobId } },
        }),
      );

      expect(error.message).toContain(`RunPod no longer knows job ${jobId}`);
      expect(APICallError.isInstance(error)).toBe(true);
    });

    it('refuses jobId with n > 1, before any request', async () => {
      const mock = mockRunPod();
      const error = await rejection(
        ai.generateImage({
          model: mock.provider().image(IMAGE),
          prompt: '',
          n: 2,
          providerOptions: { runpod: { jobId: 'abc' } },
        }),
      );

      expect(InvalidArgumentError.isInstance(error)).toBe(true);
      expect(await mock.requests()).toEqual([]);
    });
  });
});
