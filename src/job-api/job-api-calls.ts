import { APICallError, InvalidResponseDataError } from '@ai-sdk/provider';
import { type FlexibleSchema, safeValidateTypes } from '@ai-sdk/provider-utils';
import { describeModel, type RunPodErrorContext } from '../core/errors';
import { endpointFor, type JobClientConfig, runJobs } from '../jobs/job-client';
import { jobGoneError, missingJobIdError, terminalJobError } from '../jobs/job-errors';
import { cancelJob, getJob, jobRequestBody, type JobResponse } from '../jobs/job-requests';
import { submitRunJob } from '../jobs/job-submission';
import {
  readFromWorkerServer,
  submitToWorkerServer,
  workerServerEndpoint,
} from '../jobs/local-worker';
import { workerServerOf } from '../jobs/worker-server';
import { DEFAULT_JOB_WAIT_MS, type JobCallOptions } from './job-api-options';
import type { RunPodJob } from './job-api-types';

/** One call of `runpod.jobs(…)`: where it goes, its checked options and the provider's job config. */
export interface JobApiCall {
  config: JobClientConfig;
  context: RunPodErrorContext;
  options: JobCallOptions;
}

/**
 * Submits and waits: on RunPod `POST /run` then `/status-sync` long-polls through the job
 * client's one entry (`runJobs`: abort and the wait limit cancel the job, transient failures
 * are retried); on a worker's own server one `POST /runsync`.
 */
export async function runJobApi<OUTPUT>(
  call: JobApiCall,
  input: Record<string, unknown>,
): Promise<RunPodJob<OUTPUT> & { status: 'COMPLETED' }> {
  const { config, context, options } = call;
  const [{ job }] = await runJobs(config, {
    context,
    inputs: [input],
    output: 'data',
    maxWaitMs: options.maxWaitMs ?? DEFAULT_JOB_WAIT_MS,
    abortSignal: options.abortSignal,
    headers: options.headers,
    webhook: options.webhook,
    policy: options.policy,
  });
  const result: RunPodJob<OUTPUT> & { status: 'COMPLETED' } = { id: job.id, status: 'COMPLETED' };
  if (job.output !== undefined) {
    result.output = await validateOutput<OUTPUT>(
      context,
      job.id,
      job.output,
      options.schema as FlexibleSchema<OUTPUT> | undefined,
    );
  }
  if (job.delayTime !== undefined) result.delayTime = job.delayTime;
  if (job.executionTime !== undefined) result.executionTime = job.executionTime;
  return result;
}

/** `POST /run` (or the worker server's `/run`, which only stores the job): the job's ID. */
export async function startJobApi(call: JobApiCall, input: Record<string, unknown>) {
  const { config, context, options } = call;
  const server = workerServerOf(config, context.endpointId);
  let submitted: JobResponse;
  if (server !== undefined) {
    const endpoint = workerServerEndpoint(config, server, context, options.headers);
    const body = jobApiBody(input, { webhook: options.webhook }, undefined);
    submitted = await submitToWorkerServer(endpoint, body, options.abortSignal);
  } else {
    const body = jobApiBody(input, options, undefined);
    const endpoint = endpointFor(config, context, options.headers);
    submitted = await submitRunJob(endpoint, body, options.abortSignal);
  }
  if (submitted.job.id == null) throw missingJobIdError(context, submitted.job);
  return submitted.job.id;
}

/**
 * One read of a job: `GET /status/{id}`, or with `wait` a `/status-sync` long-poll (where
 * an endpoint turns out not to serve `/status-sync`, `/status`, remembered as `runJobs`
 * does). On a worker's own server `POST /status/{id}`, which runs the stored job.
 */
export async function jobStatusApi<OUTPUT>(
  call: JobApiCall,
  jobId: string,
): Promise<RunPodJob<OUTPUT>> {
  const { config, context, options } = call;
  const server = workerServerOf(config, context.endpointId);
  if (server !== undefined) {
    const endpoint = workerServerEndpoint(config, server, context, options.headers);
    const read = await readFromWorkerServer(endpoint, jobId, options.abortSignal);
    return jobResult<OUTPUT>(call, read, { failIfUnsuccessful: false });
  }
  const endpoint = endpointFor(config, context, options.headers);
  const { statusSyncSupport } = config;
  const longPoll = options.wait !== undefined && !statusSyncSupport.isMissing(context.endpointId);
  const read = (holdMs?: number) =>
    getJob(endpoint, jobId, { holdMs, abortSignal: options.abortSignal });
  let response: JobResponse;
  try {
    response = await read(longPoll ? options.wait : undefined).catch(async error => {
      const routeMissing =
        longPoll && APICallError.isInstance(error) && [404, 405].includes(error.statusCode ?? 0);
      if (!routeMissing) throw error;
      const answer = await read();
      statusSyncSupport.markMissing(context.endpointId);
      return answer;
    });
  } catch (error) {
    if (APICallError.isInstance(error) && error.statusCode === 404) {
      throw jobGoneError({ context, jobId, url: error.url, cause: error });
    }
    throw error;
  }
  return jobResult<OUTPUT>(call, response, { failIfUnsuccessful: false });
}

/**
 * `POST /cancel/{id}` (retried twice on transient failures): whether RunPod took it. A
 * worker's own server has no `/cancel`: false, without a request.
 */
export async function cancelJobApi(call: JobApiCall, jobId: string): Promise<boolean> {
  const { config, context, options } = call;
  if (workerServerOf(config, context.endpointId) !== undefined) return false;
  return cancelJob(endpointFor(config, context, options.headers), jobId);
}

/**
 * A job as `runpod.jobs` returns it, its output checked against the caller's schema. With
 * `failIfUnsuccessful`, a FAILED, CANCELLED or TIMED_OUT job (or a COMPLETED one whose
 * output is an `error`) is the job client's `APICallError` instead.
 */
async function jobResult<OUTPUT>(
  { context, options }: JobApiCall,
  { job, url, responseHeaders }: JobResponse,
  { failIfUnsuccessful }: { failIfUnsuccessful: boolean },
): Promise<RunPodJob<OUTPUT>> {
  const id = job.id ?? '(no id)';
  if (failIfUnsuccessful) {
    const error = terminalJobError({ context, job: { ...job, id }, url, responseHeaders });
    if (error !== undefined) throw error;
  }
  const result: RunPodJob<OUTPUT> = { id, status: job.status };
  if (job.output !== undefined) {
    result.output = await validateOutput<OUTPUT>(
      context,
      id,
      job.output,
      options.schema as FlexibleSchema<OUTPUT> | undefined,
    );
  }
  if (job.error != null) result.error = job.error;
  if (job.delayTime != null) result.delayTime = job.delayTime;
  if (job.executionTime != null) result.executionTime = job.executionTime;
  return result;
}

/**
 * The worker's output, checked against the caller's schema when there is one.
 *
 * @throws {InvalidResponseDataError} when it does not match, with the schema's complaint.
 */
export async function validateOutput<OUTPUT>(
  context: RunPodErrorContext,
  jobId: string,
  output: unknown,
  schema: FlexibleSchema<OUTPUT> | undefined,
  what = 'output',
): Promise<OUTPUT> {
  if (schema === undefined) return output as OUTPUT;
  const checked = await safeValidateTypes({ value: output, schema });
  if (checked.success) return checked.value;
  const cause = checked.error.cause;
  const reason = cause instanceof Error ? cause.message : checked.error.message;
  throw new InvalidResponseDataError({
    data: output,
    message: `${describeModel(context)}: job ${jobId}'s ${what} does not match the schema given: ${reason}`,
  });
}

/**
 * The body of a job submitted through `runpod.jobs`: the worker's `input`, the caller's
 * `webhook` (top-level, https://docs.runpod.io/serverless/endpoints/send-requests, "Webhook
 * notifications") and `policy`. A job someone waits for (`run`) also gets the job client's
 * safety-net `ttl` (the wait limit plus a minute), unless the caller set one; a started job
 * keeps RunPod's defaults.
 */
export function jobApiBody(
  input: Record<string, unknown>,
  { policy, webhook }: Pick<JobCallOptions, 'policy' | 'webhook'>,
  waitMs: number | undefined,
): { input: Record<string, unknown>; policy?: Record<string, unknown>; webhook?: string } {
  return jobRequestBody(input, waitMs ?? 0, { webhook, policy, kept: waitMs === undefined });
}
