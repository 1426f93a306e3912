import { InvalidArgumentError, type JSONValue } from '@ai-sdk/provider';
import { safeParseJSON } from '@ai-sdk/provider-utils';
import { z } from 'zod/v4';
import { describeModel, type RunPodErrorContext } from '../core/errors';
import { type JobStatus, jobStatusOf } from '../jobs/job-operation';
import { jobSchema } from '../jobs/job-schema';
import {
  matchingToken,
  newWebhookToken,
  webhookTokenOf,
  withWebhookToken,
} from '../jobs/webhook-token';
import { videoStatusOf, type VideoStatusResult } from './video-operation';

/*
 * Webhooks for video jobs. RunPod POSTs a job to `/run`'s `webhook` URL when it completes,
 * retrying twice 10 s apart when the receiver does not answer 200
 * (https://docs.runpod.io/serverless/endpoints/send-requests, "Webhook notifications"). The
 * body is not documented there; RunPod's Python SDK's own test server posts the job's
 * result as JSON (`_send_webhook` in
 * https://github.com/runpod/runpod-python/blob/main/runpod/serverless/modules/rp_fastapi.py),
 * and RunPod's API posts the job as `/status` answers it: `id`, `status`, `output` or `error`.
 * RunPod signs nothing, so each job's URL carries its own random token (`webhook-token.ts`).
 */

/** Where RunPod's POST comes from: a web `Request`, or its URL and parsed JSON body. */
export type RunPodWebhookRequest = Request | { url: string; body: unknown };

/** `runpod.webhooks`: RunPod's webhook deliveries turned into AI SDK results on your server. */
export interface RunPodWebhooks {
  /**
   * Turns RunPod's POST to the webhook URL of a job that
   * `experimental_startVideo({ webhookUrl })` (ai@7) started into that job's status, as
   * `experimental_getVideoStatus` reports it: `completed` with the video (a URL to download,
   * valid 7 days) or `error` with RunPod's message. Pass the web `Request` your route
   * received (or its `url` and parsed JSON `body`) and the `operation` the start returned:
   * RunPod signs nothing, so each job's URL carries a random token of its own, which the
   * operation holds and which is compared in constant time.
   *
   * @throws {InvalidArgumentError} for a forged delivery (no token or a wrong one, a body
   * that is not the job the token belongs to, a job that has not ended), for a job this
   * provider has already accepted (a replay), and for an operation started without a
   * webhook URL. Answer such a request with a 4xx status.
   */
  video(
    request: RunPodWebhookRequest,
    options: { operation: unknown },
  ): Promise<VideoWebhookResult>;
}

/** A delivered video job: `completed` with its video, or `error` with RunPod's message. */
export type VideoWebhookResult = Exclude<VideoStatusResult, { status: 'pending' }>;

/** What a video model remembers between `handleWebhookOption`, `doStart` and `doStatus`. */
export interface VideoWebhookState {
  /** Calls whose webhook URL `handleWebhookOption` made, by that URL: their job IDs, once started. */
  calls: Map<string, { started: (jobIds: string[]) => void; failed: (error: unknown) => void }>;
  /** Jobs RunPod delivered to a call's webhook, for `doStatus` to use instead of reading them. */
  delivered: Map<string, JobStatus>;
}

/** A job as RunPod POSTs it to a webhook: the job's `/status` answer, with its ID. */
const deliverySchema = jobSchema.extend({ id: z.string() });

const operationSchema = z.object({
  endpointId: z.string(),
  modelId: z.string().optional(),
  jobIds: z.array(z.string()).min(1),
  webhookTokens: z.array(z.string()).optional(),
});

function refused(context: RunPodErrorContext, reason: string): InvalidArgumentError {
  return new InvalidArgumentError({
    argument: 'webhook',
    message: `${describeModel(context)}: webhook delivery refused: ${reason}`,
  });
}

/**
 * ai@7's `handleWebhookOption`: asks the user's factory for a URL, adds a fresh token, and
 * returns a `received` that resolves only for a delivery of the job this call starts (its
 * ID, from `doStart`; a job ID is known only to RunPod and this process) and rejects for any
 * other, with an {@link InvalidArgumentError}. The accepted job is kept for `doStatus`.
 */
export async function handleVideoWebhookOption<DELIVERY extends { body: JSONValue }>(
  state: VideoWebhookState,
  context: RunPodErrorContext,
  webhook: () => PromiseLike<{ url: string; received: PromiseLike<DELIVERY> }>,
): Promise<{ webhookUrl: string; received: Promise<DELIVERY> }> {
  const { url, received } = await webhook();
  const webhookUrl = withWebhookToken(url, newWebhookToken());
  const started = new Promise<string[]>((resolve, reject) => {
    state.calls.set(webhookUrl, { started: resolve, failed: reject });
  });
  started.catch(() => undefined); // doStart failed: ai@7 reports that error instead
  const checked = (async () => {
    const delivery = await received;
    const jobIds = await started;
    const status = parseDelivery(context, webhookUrl, delivery.body, jobIds);
    state.delivered.set(status.jobId, status);
    return delivery;
  })();
  return { webhookUrl, received: checked };
}

/** Tells the call that registered `webhookUrl` which jobs it started (or that it failed). */
export function settleWebhookCall(
  state: VideoWebhookState,
  webhookUrl: string,
  outcome: { jobIds: string[] } | { error: unknown },
): void {
  const call = state.calls.get(webhookUrl);
  state.calls.delete(webhookUrl);
  if (call === undefined) return;
  if ('jobIds' in outcome) call.started(outcome.jobIds);
  else call.failed(outcome.error);
}

/**
 * The job in a delivery, once it is one of `jobIds` and terminal.
 *
 * @throws {InvalidArgumentError} for a body that is not a RunPod job, a job of another call,
 * or one that has not ended.
 */
function parseDelivery(
  context: RunPodErrorContext,
  url: string,
  body: unknown,
  jobIds: readonly string[],
): JobStatus {
  const parsed = deliverySchema.safeParse(body);
  if (!parsed.success) throw refused(context, 'the body is not a RunPod job.');
  const job = parsed.data;
  if (!jobIds.includes(job.id)) {
    throw refused(context, `job ${job.id} is not one this call started.`);
  }
  const status = jobStatusOf({ context, jobId: job.id, job, url, responseHeaders: undefined });
  if (status.status === 'pending') {
    throw refused(context, `job ${job.id} has not ended (status ${job.status}).`);
  }
  return status;
}

/**
 * `runpod.webhooks.video`: turns RunPod's POST to a webhook URL that
 * `experimental_startVideo({ webhookUrl })` gave RunPod into that job's video status, as
 * `experimental_getVideoStatus` reports it. The URL's token must be the one the operation
 * holds for the posted job (compared in constant time), and a job is accepted once per
 * `accepted` set (one per provider).
 *
 * @throws {InvalidArgumentError} for a forged delivery (no token, a wrong token, a token of
 * another job, a body that is not a RunPod job), a replayed one, or an operation that was
 * not started with a webhook URL.
 */
export async function receiveVideoWebhook(
  accepted: Set<string>,
  request: RunPodWebhookRequest,
  { operation }: { operation: unknown },
): Promise<VideoWebhookResult> {
  const parsed = operationSchema.safeParse(operation);
  const context: RunPodErrorContext = {
    endpointId: parsed.data?.endpointId ?? '(unknown)',
    modelId: parsed.data?.modelId ?? parsed.data?.endpointId ?? '(unknown)',
  };
  const tokens = parsed.data?.webhookTokens;
  if (!parsed.success || tokens === undefined || tokens.length !== parsed.data.jobIds.length) {
    throw refused(
      context,
      'the operation is not one experimental_startVideo({ webhookUrl }) returned.',
    );
  }
  const index = matchingToken(tokens, webhookTokenOf(request.url));
  if (index < 0) throw refused(context, 'its URL does not carry a token of this operation.');
  const jobId = parsed.data.jobIds[index];
  const body =
    'body' in request && !isWebRequest(request) ? request.body : await bodyOf(request as Request);
  const status = parseDelivery(context, request.url, body, [jobId]);
  if (accepted.has(jobId)) throw refused(context, `job ${jobId} was already received.`);
  accepted.add(jobId);
  // Remember the latest jobs only: RunPod forgets a job 30 minutes after it ends anyway.
  if (accepted.size > MAX_REMEMBERED) accepted.delete(accepted.values().next().value as string);
  // A delivered job has ended (parseDelivery), so it is never pending.
  return videoStatusOf(context, [status]) as VideoWebhookResult;
}

const MAX_REMEMBERED = 10_000;

function isWebRequest(request: RunPodWebhookRequest): request is Request {
  return typeof (request as Request).text === 'function';
}

async function bodyOf(request: Request): Promise<unknown> {
  const parsed = await safeParseJSON({ text: await request.text() });
  return parsed.success ? parsed.value : undefined;
}
