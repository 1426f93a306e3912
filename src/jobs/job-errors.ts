import { APICallError, InvalidResponseDataError } from '@ai-sdk/provider';
import type { ResponseHandler } from '@ai-sdk/provider-utils';
import { extractResponseHeaders } from '@ai-sdk/provider-utils';
import {
  describeModel,
  httpStatusText,
  isRetryableStatus,
  type RunPodErrorContext,
  runpodErrorSchema,
  safeJson,
} from '../core/errors';
import { errorsWithoutMedia } from './job-output';
import { parsePythonLiteral } from '../core/python-repr';
import { jobSchema, type RunPodJob } from './job-schema';

/**
 * The text of a failed job's `error`: a string, JSON in a string (runpod-python's handler
 * exceptions: `error_message`), a Python dict written out (runpod-python 1.12's
 * `str(item["error"])`, see `python-repr.ts`), or an object.
 */
function jobErrorText(error: unknown): string | undefined {
  if (error == null) return undefined;
  if (typeof error === 'string') {
    const parsed = safeJson(error) ?? pythonDict(error);
    if (parsed !== undefined && typeof parsed === 'object') return jobErrorText(parsed) ?? error;
    return error;
  }
  if (typeof error === 'object') {
    const record = error as Record<string, unknown>;
    for (const key of ['error_message', 'message', 'error', 'detail']) {
      const text = jobErrorText(record[key]);
      if (text !== undefined) return text;
    }
  }
  return JSON.stringify(error);
}

function pythonDict(text: string): unknown {
  return text.trimStart().startsWith('{') ? parsePythonLiteral(text.trim()) : undefined;
}

/**
 * An error a worker put into a completed job's output (`{error}` or `[{error}]`), or the
 * errors of an image result without images (worker-comfyui's `errors`).
 */
function outputErrorText(output: unknown): string | undefined {
  const workerErrors = errorsWithoutMedia(output);
  if (workerErrors !== undefined) return workerErrors;
  const item = Array.isArray(output) ? output.find(entry => entry?.error != null) : output;
  if (item == null || typeof item !== 'object' || !('error' in item)) return undefined;
  return jobErrorText((item as { error: unknown }).error);
}

function jobFailedError({
  context,
  job,
  url,
  statusCode,
  responseHeaders,
  responseBody,
  message,
}: {
  context: RunPodErrorContext;
  job: RunPodJob;
  url: string;
  statusCode?: number;
  responseHeaders?: Record<string, string>;
  responseBody?: string;
  message: string;
}): APICallError {
  return new APICallError({
    message: `${describeModel(context)}: job ${job.id ?? '(no id)'} ${message}`,
    url,
    requestBodyValues: undefined,
    statusCode,
    responseHeaders,
    responseBody,
    isRetryable: job.status === 'TIMED_OUT',
    data: { jobId: job.id, endpointId: context.endpointId, status: job.status, error: job.error },
  });
}

/**
 * Why a terminal job is not a result: FAILED, CANCELLED and TIMED_OUT jobs, and COMPLETED
 * jobs whose output holds an `error`, as an `APICallError` with RunPod's error text, the
 * job ID and the endpoint. `undefined` for a COMPLETED job with a usable output.
 */
export function terminalJobError({
  context,
  job,
  url,
  responseHeaders,
}: {
  context: RunPodErrorContext;
  job: RunPodJob;
  url: string;
  responseHeaders: Record<string, string> | undefined;
}): APICallError | undefined {
  let message: string;
  if (job.status === 'COMPLETED') {
    const outputError = outputErrorText(job.output);
    if (outputError === undefined) return undefined;
    message = `completed with an error in its output: ${outputError}`;
  } else if (job.status === 'FAILED') {
    message = `failed: ${jobErrorText(job.error) ?? 'RunPod gave no reason'}`;
  } else if (job.status === 'CANCELLED') {
    message = 'was cancelled';
  } else {
    message = `timed out${job.error != null ? `: ${jobErrorText(job.error)}` : ''}`;
  }
  return jobFailedError({ context, job, url, statusCode: 200, responseHeaders, message });
}

/** RunPod took a submission (not terminal) but its answer carries no job ID to wait on. */
export function missingJobIdError(
  context: RunPodErrorContext,
  job: RunPodJob,
): InvalidResponseDataError {
  return new InvalidResponseDataError({
    data: job,
    message: `${describeModel(context)}: RunPod accepted the job but did not say its ID (status ${job.status}).`,
  });
}

/**
 * A 404 for a job RunPod accepted: its TTL or result retention ran out
 * (https://docs.runpod.io/serverless/endpoints/operation-reference).
 */
export function jobGoneError({
  context,
  jobId,
  url,
  cause,
}: {
  context: RunPodErrorContext;
  jobId: string;
  url: string;
  cause: APICallError;
}): APICallError {
  return new APICallError({
    message:
      `${describeModel(context)}: RunPod no longer knows job ${jobId} (HTTP 404 on /status): ` +
      `its TTL or result retention ran out.`,
    url,
    requestBodyValues: undefined,
    statusCode: 404,
    responseBody: cause.responseBody,
    isRetryable: false,
    data: { jobId, endpointId: context.endpointId },
  });
}

/**
 * For non-2xx answers from the job API: a job body (RunPod labels its FAILED examples
 * "400"), one of RunPod's error bodies, or anything else (status text and body).
 */
export function createJobErrorResponseHandler(
  context: RunPodErrorContext,
): ResponseHandler<APICallError> {
  return async ({ response, url, requestBodyValues }) => {
    const responseBody = await response.text();
    const responseHeaders = extractResponseHeaders(response);
    const parsedBody = safeJson(responseBody);
    const job = jobSchema.safeParse(parsedBody);
    const bodyError = runpodErrorSchema.safeParse(parsedBody);
    const detail = job.success
      ? `job ${job.data.id ?? '(no id)'} ${job.data.status.toLowerCase()}: ${jobErrorText(job.data.error) ?? 'no error given'}`
      : bodyError.success
        ? bodyError.data.error.message
        : httpStatusText(response.status, response.statusText, responseBody);
    return {
      responseHeaders,
      value: new APICallError({
        message: `${describeModel(context)}: ${detail}`,
        url,
        requestBodyValues,
        statusCode: response.status,
        responseHeaders,
        responseBody,
        isRetryable: isRetryableStatus(response.status),
        data: job.success
          ? { jobId: job.data.id, endpointId: context.endpointId, status: job.data.status }
          : undefined,
      }),
    };
  };
}
