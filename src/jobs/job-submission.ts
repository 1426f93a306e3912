import { InvalidArgumentError } from '@ai-sdk/provider';
import { describeModel, type RunPodErrorContext } from '../core/errors';
import { type JobEndpoint, type JobResponse, submitJob } from './job-requests';

/*
 * How `runJobs` starts waiting on a job: a submission sized for `/run` or `/runsync`, or a
 * job submitted earlier (`resumeJobId`).
 */

/**
 * Largest request body for `/runsync`: RunPod's "20 MB"
 * (https://docs.runpod.io/serverless/endpoints/operation-reference), read as 20 000 000
 * bytes to stay on the safe side.
 */
export const RUNSYNC_MAX_BODY_BYTES = 20_000_000;
/** Largest request body for `/run`: RunPod's "10 MB" (same page), as 10 000 000 bytes. */
export const RUN_MAX_BODY_BYTES = 10_000_000;
// /runsync's shortest hold (RunPod takes `?wait=` from 1 000 ms): a body too large for /run
// still learns its job ID within about a second, for the long-polls and for a cancel.
const RUNSYNC_HOLD_MS = 1_000;

/**
 * `POST /run`, or `/runsync?wait=1000` for a body over `/run`'s 10 MB; a 429 is sent again
 * until `retryUntil` (the wait's deadline, on the job clock).
 */
export function submitRunJob(
  endpoint: JobEndpoint,
  requestBody: { input: Record<string, unknown> },
  abortSignal: AbortSignal | undefined,
  retryUntil?: number,
): Promise<JobResponse> {
  const bodyBytes = checkBodySize(endpoint.context, requestBody, RUNSYNC_MAX_BODY_BYTES);
  return submitJob(
    endpoint,
    bodyBytes > RUN_MAX_BODY_BYTES ? `runsync?wait=${RUNSYNC_HOLD_MS}` : 'run',
    requestBody,
    abortSignal,
    retryUntil,
  );
}

/**
 * A job submitted earlier, as the wait starts from it: not known to be terminal, so the
 * first long-poll reads it (a 404 there means its 30 minutes of retention ran out).
 */
export function resumedJob(endpoint: JobEndpoint, jobId: string): JobResponse {
  return {
    job: { id: jobId, status: 'UNKNOWN' },
    url: `${endpoint.url}/status/${jobId}`,
    responseHeaders: undefined,
  };
}

/**
 * The body's size in bytes, once it is known to fit `maxBytes`. Inputs carry images and
 * audio as data URLs, and RunPod refuses too large a body, so this says so before sending.
 * (String length counts bytes for this ASCII-heavy JSON.)
 *
 * @throws {InvalidArgumentError} for a larger body.
 */
export function checkBodySize(
  context: RunPodErrorContext,
  body: unknown,
  maxBytes: number,
): number {
  const bodyBytes = JSON.stringify(body).length;
  if (bodyBytes > maxBytes) {
    throw new InvalidArgumentError({
      argument: 'input',
      message:
        `${describeModel(context)}: the job's input is ${(bodyBytes / 1e6).toFixed(1)} MB; RunPod ` +
        `takes at most ${maxBytes / 1e6} MB per request. Pass large images, audio or video as URLs instead of bytes.`,
    });
  }
  return bodyBytes;
}
