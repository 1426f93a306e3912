import { InvalidArgumentError, type JSONValue } from '@ai-sdk/provider';
import * as ai7 from 'ai-v7';
import { describe, expect, it } from 'vitest';
import { inboxDeliveries, inboxUrl, mockRunPod, rejection } from './helpers';
import { mockJobApi } from './job-helpers';

// ai@7's webhooks for video: `experimental_generateVideo({ webhook })` through the model's
// handleWebhookOption and doStart({ webhookUrl }), and `experimental_startVideo({ webhookUrl })`
// with `runpod.webhooks.video` on the receiving side. RunPod's POSTs come from the mock
// (tests/mock-runpod/webhooks.ts) to the test's receiver on the mock (`/__inbox/…`).
type Model = Parameters<typeof ai7.experimental_startVideo>[0]['model'];
type Mock = ReturnType<typeof mockRunPod>;

const VIDEO = 'alibaba/wan-2.6-t2v';

/** Downloads the mock's media (on loopback, which ai@7's own download refuses). */
const loopbackDownload = async ({ url }: { url: URL }) => {
  const response = await fetch(url);
  return {
    data: new Uint8Array(await response.arrayBuffer()),
    mediaType: response.headers.get('content-type') ?? undefined,
  };
};

/** A webhook factory as an app writes it: a URL, and a promise of the first POST to it. */
function webhookFactory(mock: Mock, name: string, forge?: (body: any) => JSONValue) {
  return async () => ({
    url: inboxUrl(mock, name),
    received: inboxDeliveries(mock, name).then(([delivery]) => ({
      headers: {},
      body: (forge ? forge(delivery.body) : delivery.body) as JSONValue,
    })),
  });
}

describe('experimental_generateVideo with webhook (ai@7)', () => {
  it("gives RunPod a tokened URL as /run's webhook and returns the job RunPod posts", async () => {
    const mock = mockRunPod();
    const model = mock.provider().video(VIDEO) as unknown as Model;
    const { video, providerMetadata } = await ai7.experimental_generateVideo({
      model,
      prompt: 'Waves at dusk',
      webhook: webhookFactory(mock, 'generate'),
      download: loopbackDownload, // ai@7 refuses to download from 127.0.0.1 itself
    });

    expect(video.mediaType).toBe('video/mp4');
    expect(video.uint8Array.length).toBeGreaterThan(0);
    const requests = await mock.requests();
    const submit = requests.find(r => r.path.endsWith('/run'))!;
    const webhook = (submit.body as { webhook: string }).webhook;
    expect(webhook).toMatch(
      new RegExp(`^${inboxUrl(mock, 'generate')}\\?runpod_webhook_token=[\\w-]{43}$`),
    );
    expect(submit.body).not.toHaveProperty('input.webhook');
    const [delivery] = await inboxDeliveries(mock, 'generate');
    const jobId = (delivery.body as { id: string }).id;
    expect((providerMetadata.runpod as any).videos[0].jobId).toBe(jobId);
    // The posted job is the result: no status reads, only the video's download.
    expect(requests.filter(r => r.path.includes('/status'))).toEqual([]);
  });

  it('refuses a delivery of a job it did not start, with an InvalidArgumentError', async () => {
    const mock = mockRunPod();
    const model = mock.provider().video(VIDEO) as unknown as Model;
    const error = await rejection(
      ai7.experimental_generateVideo({
        model,
        prompt: 'Waves at dusk',
        webhook: webhookFactory(mock, 'forged', body => ({ ...body, id: 'forged-job' })),
      }),
    );

    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(error.message).toContain(
      'webhook delivery refused: job forged-job is not one this call started',
    );
  });

  it('refuses n > 1 with a webhook before any request (RunPod posts each job alone)', async () => {
    const mock = mockRunPod();
    const model = mock.provider().video(VIDEO) as unknown as Model;
    const error = await rejection(
      ai7.experimental_generateVideo({
        model,
        prompt: 'Waves',
        n: 2,
        webhook: webhookFactory(mock, 'two'),
      }),
    );

    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(await mock.requests()).toEqual([]);
  });
});

describe('experimental_startVideo with webhookUrl and runpod.webhooks.video (ai@7)', () => {
  async function startTwo(mock: Mock) {
    const provider = mock.provider();
    const started = await ai7.experimental_startVideo({
      model: provider.video(VIDEO) as unknown as Model,
      prompt: 'Waves at dusk',
      n: 2,
      webhookUrl: inboxUrl(mock, 'start'),
    });
    const deliveries = await inboxDeliveries(mock, 'start', 2);
    return { provider, operation: started.operation, deliveries };
  }

  it('sends each job its own token, and turns each delivery into that job’s video status', async () => {
    const mock = mockRunPod();
    const { provider, operation, deliveries } = await startTwo(mock);
    const { jobIds, webhookTokens } = operation as { jobIds: string[]; webhookTokens: string[] };
    expect(new Set(webhookTokens).size).toBe(2);

    for (const delivery of deliveries) {
      // As a route handler receives it: a web Request.
      const request = new Request(delivery.url, {
        method: 'POST',
        body: JSON.stringify(delivery.body),
      });
      const jobId = (delivery.body as { id: string }).id;
      expect(await provider.webhooks.video(request, { operation })).toMatchObject({
        status: 'completed',
        videos: [
          { type: 'url', url: `${mock.origin}/media/${jobId}-1.mp4`, mediaType: 'video/mp4' },
        ],
        providerMetadata: { runpod: { videos: [{ jobId }] } },
      });
      expect(new URL(delivery.url).searchParams.get('runpod_webhook_token')).toBe(
        webhookTokens[jobIds.indexOf(jobId)],
      );
    }
  });

  it('refuses a replayed delivery, a wrong token and a token of another job', async () => {
    const mock = mockRunPod();
    const { provider, operation, deliveries } = await startTwo(mock);
    const [first, second] = deliveries;
    await provider.webhooks.video(first, { operation });

    const refusals = [
      provider.webhooks.video(first, { operation }),
      provider.webhooks.video(
        { url: first.url.replace(/token=[\w-]+/, 'token=guessed'), body: first.body },
        { operation },
      ),
      provider.webhooks.video({ url: second.url, body: first.body }, { operation }),
      provider.webhooks.video({ url: inboxUrl(mock, 'start'), body: second.body }, { operation }),
    ];
    const errors = await Promise.all(refusals.map(rejection));
    expect(errors.every(error => InvalidArgumentError.isInstance(error))).toBe(true);
    expect(errors.map(error => error.message.replace(/^.*refused: /, ''))).toEqual([
      `job ${(first.body as any).id} was already received.`,
      'its URL does not carry a token of this operation.',
      `job ${(first.body as any).id} is not one this call started.`,
      'its URL does not carry a token of this operation.',
    ]);
    // The second job is still accepted once.
    expect((await provider.webhooks.video(second, { operation })).status).toBe('completed');
  });

  it("reports a failed job's delivery as status error with RunPod's text", async () => {
    const mock = mockRunPod();
    await mock.script({ job: { fail: 'Invalid parameter: size' } });
    const provider = mock.provider();
    const { operation } = await ai7.experimental_startVideo({
      model: provider.video(VIDEO) as unknown as Model,
      prompt: 'Waves',
      webhookUrl: inboxUrl(mock, 'failed'),
    });
    const [delivery] = await inboxDeliveries(mock, 'failed');

    const status = await provider.webhooks.video(delivery, { operation });
    expect(status).toMatchObject({ status: 'error' });
    expect(status.status === 'error' && status.error).toContain('failed: Invalid parameter: size');
  });
});

describe("the mock's webhook (RunPod's documented retries)", () => {
  it('retries a failed delivery up to 2 more times, then stops', async () => {
    const mock = mockJobApi();
    await mock.configure({ webhookRetryDelayMs: 50 });
    const provider = mock.provider();
    await ai7.experimental_startVideo({
      model: provider.video(VIDEO) as unknown as Model,
      prompt: 'Waves',
      webhookUrl: `${inboxUrl(mock, 'retry')}?failFirst=5`,
    });

    const deliveries = await inboxDeliveries(mock, 'retry', 3);
    await new Promise(resolve => setTimeout(resolve, 200));
    expect((await inboxDeliveries(mock, 'retry')).map(d => d.answered)).toEqual([500, 500, 500]);
    expect(new Set(deliveries.map(d => JSON.stringify(d.body))).size).toBe(1);
  });
});

describe('experimental_startVideo refusals (ai@7)', () => {
  it.each([
    ['a webhook URL in the clear', { webhookUrl: 'http://example.com/hook' }, 'webhookUrl'],
    [
      'a jobId to collect (startVideo only starts jobs)',
      { providerOptions: { runpod: { jobId: 'job-1' } } },
      'providerOptions.runpod.jobId',
    ],
  ])('refuses %s before any request', async (_, extra, argument) => {
    const mock = mockRunPod();
    const model = mock.provider().video(VIDEO) as unknown as Model;
    const error = await rejection(
      ai7.experimental_startVideo({ model, prompt: 'Waves', ...extra } as Parameters<
        typeof ai7.experimental_startVideo
      >[0]),
    );
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as InvalidArgumentError).argument).toBe(argument);
    expect(await mock.requests()).toEqual([]);
  });
});
