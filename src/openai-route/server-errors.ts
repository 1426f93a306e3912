import { APICallError } from '@ai-sdk/provider';
import type { ServerURL } from '../core/model-urls';

/**
 * Errors that RunPod's load balancer and the Pod proxy answer for the server behind them,
 * explained: what happened, whether sending the request again helps, and what to do.
 * A load-balancing endpoint has no queue, so while no worker is ready it answers
 * `{"error":"no workers available"}` and the client is meant to retry
 * (https://docs.runpod.io/serverless/load-balancing/overview#handling-cold-starts,
 * https://github.com/runpod-workers/worker-vllm/blob/main/README.md "Option 3"); it ends a
 * request after 5.5 minutes of processing (same page, "Timeouts and limits"). Strict worker
 * affinity answers 400 `timed out waiting for worker` and 404 `affinity_worker_gone`
 * (https://docs.runpod.io/serverless/load-balancing/worker-affinity). A Pod's proxy goes
 * through Cloudflare, which answers 524 when the server has not answered within 100 seconds
 * (https://docs.runpod.io/pods/configuration/expose-ports#proxy-limitations-and-behavior).
 * Loaded on the first failure of such a model (`server-fronts.ts`).
 */

/** A load-balancing endpoint or a Pod (`ServerKind` in `server-fronts.ts`). */
type ServerKind = ServerURL['type'];

export interface ServerErrorAdvice {
  /** What happened. */
  cause: 'no-worker-ready' | 'processing-timeout' | 'affinity-timeout' | 'affinity-worker-gone';
  /** Whether the same request is worth sending again (the AI SDK's `maxRetries`). */
  retryable: boolean;
  /** What happened and what to do, added to the error's message. */
  note: string;
}

const LB_DOCS = 'https://docs.runpod.io/serverless/load-balancing/overview';
const AFFINITY_DOCS = 'https://docs.runpod.io/serverless/load-balancing/worker-affinity';
const POD_DOCS = 'https://docs.runpod.io/pods/configuration/expose-ports';

const NO_WORKER_READY =
  'The load-balancing endpoint is cold-starting: no worker is ready yet (it scaled to zero, ' +
  'or its workers are still starting and loading the model), and a load-balancing endpoint ' +
  'does not queue requests meanwhile. The AI SDK sends the request again (maxRetries); if ' +
  'this persists, raise maxRetries, keep a worker running (active workers of 1 or more), or ' +
  `look at the endpoint's workers and their logs in the RunPod console (${LB_DOCS}).`;

const LB_TIMEOUT =
  'RunPod ends a request to a load-balancing endpoint after about 5.5 minutes of ' +
  'processing, and the worker had not answered by then. It is not sent again, as it would ' +
  'take as long again: ask for less per request (a lower maxOutputTokens, a shorter ' +
  `prompt), or run work that takes longer on a queue endpoint (${LB_DOCS}).`;

const POD_TIMEOUT =
  "A Pod's HTTP proxy (Cloudflare) closes a request that has had no answer for 100 " +
  'seconds, and the server in the Pod had not answered by then. It is not sent again, as ' +
  'it would take as long again: stream the answer (streamText) so that it starts within ' +
  'the limit, ask for less per request, or reach the server through a TCP port the Pod ' +
  `exposes (its public IP and port, as baseURL), which the proxy does not limit (${POD_DOCS}).`;

const AFFINITY_TIMEOUT =
  'The request was pinned to one worker (X-Runpod-Worker-Id: strict …) and that worker ' +
  'stayed busy for about 5 minutes. It is not sent again as it is, as it would wait again: ' +
  'send it without the header, or with soft affinity (the worker ID alone), so that ' +
  `another worker can take it (${AFFINITY_DOCS}).`;

const AFFINITY_GONE =
  'The request was pinned to one worker (X-Runpod-Worker-Id: strict …) that is no longer ' +
  "among the endpoint's workers (scaled down, terminated or redeployed). It is not sent " +
  'again as it is: drop the header, or pin the worker named in the X-Runpod-Worker-Id ' +
  `header of a newer response (${AFFINITY_DOCS}).`;

/**
 * What an error answer from a load-balancing endpoint or a Pod means, or undefined when it
 * is none of the answers their front (RunPod's load balancer, the Pod proxy) gives.
 *
 * @param text the answer's body (or, without one, the error's message).
 */
export function serverErrorAdvice({
  server,
  status,
  text,
}: {
  server: ServerKind;
  status: number | undefined;
  text: string;
}): ServerErrorAdvice | undefined {
  if (status === undefined || status < 400) return undefined;
  if (server === 'pod') {
    return status === 524
      ? { cause: 'processing-timeout', retryable: false, note: POD_TIMEOUT }
      : undefined;
  }
  if (/no workers available/i.test(text)) {
    return { cause: 'no-worker-ready', retryable: true, note: NO_WORKER_READY };
  }
  if (status === 524) return { cause: 'processing-timeout', retryable: false, note: LB_TIMEOUT };
  if (status === 400 && /timed out waiting for worker|worker_timeout/i.test(text)) {
    return { cause: 'affinity-timeout', retryable: false, note: AFFINITY_TIMEOUT };
  }
  if (status === 404 && /affinity_worker_gone/i.test(text)) {
    return { cause: 'affinity-worker-gone', retryable: false, note: AFFINITY_GONE };
  }
  return undefined;
}

/**
 * `error` with {@link serverErrorAdvice}'s note added to its message and its `isRetryable`
 * set by the advice, when it is an `APICallError` the advice explains; else `error`.
 */
export function explainServerError(error: unknown, server: ServerKind): unknown {
  if (!APICallError.isInstance(error)) return error;
  const text = error.responseBody ?? error.message;
  const advice = serverErrorAdvice({ server, status: error.statusCode, text });
  if (advice === undefined || error.message.includes(advice.note)) return error;
  const message = error.message.trimEnd();
  return new APICallError({
    message: `${message}${/[.!?]$/.test(message) ? '' : '.'} ${advice.note}`,
    url: error.url,
    requestBodyValues: error.requestBodyValues,
    statusCode: error.statusCode,
    responseHeaders: error.responseHeaders,
    responseBody: error.responseBody,
    isRetryable: advice.retryable,
    data: error.data,
    cause: error,
  });
}
