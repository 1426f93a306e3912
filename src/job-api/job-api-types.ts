import type { FlexibleSchema } from '@ai-sdk/provider-utils';

/**
 * A job's `policy` (https://docs.runpod.io/serverless/endpoints/send-requests, "Execution
 * policies"), all in ms.
 */
interface RunPodJobPolicy {
  /** Longest the worker may run the job (RunPod's default 600 000; above 5 000, at most 7 days). */
  executionTimeout?: number;
  /** When true, the job does not make RunPod start more workers. */
  lowPriority?: boolean;
  /**
   * The job's whole lifespan from submission, queue and run (RunPod's default 24 h; 10 000
   * to 7 days). Past it RunPod drops the job, and its status answers 404.
   */
  ttl?: number;
}

/** Settings of `runpod.jobs(endpoint, settings)`, the defaults of its calls. */
export interface RunPodJobsSettings {
  /**
   * How long `run` and `stream` wait in all, in ms (default 600 000, 10 min). Past it the
   * job is cancelled and the call fails with an `APICallError`.
   */
  maxWaitMs?: number;
  /** `policy` of the jobs `run` and `start` submit. */
  policy?: RunPodJobPolicy;
  /** Headers for every request, after the provider's. */
  headers?: Record<string, string | undefined>;
}

/** Options of one call; each takes what applies to it and wins over the settings. */
interface RunPodJobCallOptions<OUTPUT = unknown> extends RunPodJobsSettings {
  /**
   * Checks the worker's output (`run`, `status`) or each partial output (`stream`) and types
   * it: a zod schema, a Standard Schema (valibot, arktype, …) or the AI SDK's `jsonSchema()`.
   * Output that does not match throws `InvalidResponseDataError`.
   */
  schema?: FlexibleSchema<OUTPUT>;
  /** Aborting rejects at once and cancels the job (RunPod's API; a worker's own server has no `/cancel`). */
  abortSignal?: AbortSignal;
}

/** Options of `run` and `start`: also the URL RunPod POSTs the finished job to. */
interface RunPodJobSubmitOptions<OUTPUT = unknown> extends RunPodJobCallOptions<OUTPUT> {
  /**
   * RunPod POSTs the finished job (as `/status` reports it) to this URL, and retries twice,
   * 10 s apart, unless it answers 200 (https://docs.runpod.io/serverless/endpoints/send-requests).
   */
  webhook?: string;
}

/** Options of `status`. */
interface RunPodJobStatusOptions<OUTPUT = unknown> extends RunPodJobCallOptions<OUTPUT> {
  /**
   * Hold the read until the job ends or this many ms pass (1 000–90 000), a long-poll of
   * `/status-sync`; without it, one immediate `/status` read.
   */
  wait?: number;
}

/** A job as RunPod reports it. `output` is the worker's own JSON, checked by `schema` if given. */
export interface RunPodJob<OUTPUT = unknown> {
  id: string;
  /** `IN_QUEUE`, `IN_PROGRESS`, `COMPLETED`, `FAILED`, `CANCELLED` or `TIMED_OUT` (https://docs.runpod.io/serverless/endpoints/job-states). */
  status: string;
  /** The worker's output, once COMPLETED (a streaming worker's only with `return_aggregate_stream`). */
  output?: OUTPUT;
  /** The worker's (or RunPod's) error of a FAILED or TIMED_OUT job. */
  error?: unknown;
  /** Time in RunPod's queue, in ms. */
  delayTime?: number;
  /** Time the worker ran, in ms. */
  executionTime?: number;
}

/**
 * RunPod's job API on one endpoint, for any worker: `runpod.jobs(endpoint)`. Requests carry
 * the provider's credentials and go through its `fetch`.
 */
export interface RunPodJobs {
  /** The endpoint the jobs run on (a worker's own server: its origin). */
  readonly endpointId: string;

  /**
   * Runs a job to its end: `POST /run`, then `/status-sync` long-polls (on a worker's own
   * server, one `POST /runsync`). Resolves to the COMPLETED job.
   *
   * @throws {APICallError} for a job that ends FAILED, CANCELLED or TIMED_OUT (with the
   * worker's message), past `maxWaitMs` (the job is cancelled), and for refused requests
   * (401, 404 for an unknown endpoint, 429 and 5xx after retries).
   * @throws {InvalidResponseDataError} when the output does not match `schema`.
   * @throws {InvalidArgumentError} for an input that is no object, a body over 10 MB, or a
   * wrong option, before sending.
   */
  run<OUTPUT = unknown>(
    input: Record<string, unknown>,
    options?: RunPodJobSubmitOptions<OUTPUT>,
  ): Promise<RunPodJob<OUTPUT> & { status: 'COMPLETED' }>;

  /**
   * Submits a job (`POST /run`) and resolves to its ID at once, for `status`, `stream` and
   * `cancel`. RunPod keeps a finished job's result 30 minutes.
   */
  start(input: Record<string, unknown>, options?: RunPodJobSubmitOptions): Promise<string>;

  /**
   * One read of a job, whatever its state (a FAILED job resolves, with `error`).
   *
   * @throws {APICallError} for a job RunPod no longer knows (404: TTL or retention ran
   * out) and refused requests.
   * @throws {InvalidResponseDataError} when the output does not match `schema`.
   */
  status<OUTPUT = unknown>(
    jobId: string,
    options?: RunPodJobStatusOptions<OUTPUT>,
  ): Promise<RunPodJob<OUTPUT>>;

  /**
   * `POST /cancel/{id}`: resolves to whether RunPod took it (retried twice on transient
   * failures; never rejects). A worker's own server has no `/cancel`: false.
   */
  cancel(jobId: string, options?: Pick<RunPodJobsSettings, 'headers'>): Promise<boolean>;

  /**
   * A generator worker's partial outputs, in order, as they come (`/stream/{id}`), ending
   * when the job does. Breaking out of the loop stops reading and leaves the job running.
   *
   * @throws {APICallError} (from the loop) for a job that ends FAILED, CANCELLED or
   * TIMED_OUT, after the parts before it, and past `maxWaitMs` (the job is cancelled).
   * @throws {InvalidResponseDataError} for a part that does not match `schema`.
   */
  stream<PART = unknown>(jobId: string, options?: RunPodJobCallOptions<PART>): AsyncIterable<PART>;
}
