import type { Job, JobQueue } from './jobs';

/**
 * RunPod's webhook, as the mock plays it. A `/run` (or `/runsync`) body may carry a
 * top-level `webhook` URL; "Receive notifications when jobs complete … Your webhook should
 * return a `200` status code. If the call fails, Runpod retries up to 2 more times with a
 * 10-second delay." (https://docs.runpod.io/serverless/endpoints/send-requests, "Webhook
 * notifications"). The page does not show the body; the mock POSTs the job as `/status`
 * answers it (`id`, `status`, `delayTime`, `executionTime`, `output` or `error`), as RunPod's
 * API does, with `content-type: application/json` (runpod-python's test server sends the
 * job's result with `requests.post(url, json=…)`: `_send_webhook` in
 * https://github.com/runpod/runpod-python/blob/main/runpod/serverless/modules/rp_fastapi.py).
 * A cancelled job is not "complete": no delivery. Only loopback URLs are called.
 */
export interface WebhookSettings {
  /** The pause between attempts, in ms (RunPod's 10 000; tests shorten it). */
  webhookRetryDelayMs?: number;
}

const ATTEMPTS = 3;

/** Delivers `job` to `url` once it ends, with RunPod's retries; resolves when done. */
export async function deliverWebhook(
  queue: JobQueue,
  job: Job,
  url: string,
  settings: WebhookSettings,
): Promise<void> {
  const target = new URL(url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) return;
  for (;;) {
    if (queue.get(job.id) === undefined) return;
    const wait = queue.msUntilChange(job);
    if (wait === undefined) break;
    await new Promise(resolve => setTimeout(resolve, Math.min(wait, 50)));
  }
  const view = queue.view(job);
  if (view.status === 'CANCELLED') return;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const ok = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(view),
    }).then(
      response => response.status === 200,
      () => false,
    );
    if (ok || attempt === ATTEMPTS) return;
    await new Promise(resolve => setTimeout(resolve, settings.webhookRetryDelayMs ?? 10_000));
  }
}

/** One POST the test's receiver got. */
export interface WebhookDelivery {
  /** The URL it was sent to, query included (tokens are there). */
  url: string;
  body: unknown;
  /** The status the receiver answered. */
  answered: number;
}

/**
 * A user's webhook receiver for the tests (not part of RunPod): `POST /__inbox/<name>`
 * records each delivery and answers 200, or 500 to the first `?failFirst=<n>` of them (to
 * provoke RunPod's retries). `GET /__inbox/<name>` lists what it got.
 */
export class WebhookInbox {
  private readonly deliveries = new Map<string, WebhookDelivery[]>();

  async answer(url: URL, request: Request): Promise<Response> {
    const name = url.pathname.slice('/__inbox/'.length);
    const list = this.deliveries.get(name) ?? [];
    this.deliveries.set(name, list);
    if (request.method !== 'POST') return Response.json(list);
    const failFirst = Number(url.searchParams.get('failFirst') ?? 0);
    const answered = list.length < failFirst ? 500 : 200;
    list.push({ url: url.toString(), body: await request.json(), answered });
    return new Response(null, { status: answered });
  }
}
