import { findMediaEndpoint, type MediaFactory } from './media-endpoints';

/**
 * RunPod's job queue as the mock plays it (https://docs.runpod.io/serverless/endpoints/job-states): jobs are IN_QUEUE for
 * `queueMs`, IN_PROGRESS for the execution time, then COMPLETED, or FAILED when the
 * endpoint's table rejects the input. Output media are served by `/media/…` on the mock.
 *
 * Time is the real clock plus an offset per mock key, which tests move forward
 * (`/__mock/clock`) to age jobs without waiting. With it the queue forgets jobs as
 * RunPod does (https://docs.runpod.io/serverless/endpoints/operation-reference,
 * "Result retention"; https://docs.runpod.io/serverless/endpoints/send-requests):
 * - results are kept 1 minute after the job ends for `/runsync` jobs, 30 minutes for
 *   `/run` jobs ("up to 5 minutes with `?wait`" for `/runsync` is not modelled);
 * - a job whose `policy.ttl` (default 24 h, counted from submission) runs out before it
 *   ends is removed at once.
 * A forgotten job is answered with 404 by `/status`, `/status-sync` and `/cancel`.
 */
export interface JobScript {
  /** Time in the queue, in ms (default 0). */
  queueMs?: number;
  /** Time running, in ms (default: the endpoint's). */
  executionMs?: number;
  /** End as FAILED with this error (any JSON: string, JSON in a string, object). */
  fail?: unknown;
  /** End as TIMED_OUT. */
  timeOut?: boolean;
  /** Use this `output` instead of the endpoint's. */
  output?: unknown;
  /**
   * Answer these status reads (`/status`, `/status-sync` or `/stream`), in order, with an HTTP
   * status or a dropped connection.
   */
  statusFailures?: Array<number | 'drop'>;
  /**
   * HTTP status of answers that carry the FAILED job (RunPod's model pages label their
   * FAILED `/runsync` examples "400"; whether RunPod does so is not documented elsewhere).
   */
  failedHttpStatus?: number;
  /**
   * Play a generator worker (a handler that yields): these partial outputs, yielded evenly
   * over the execution time and read from `/stream/{id}`
   * (https://docs.runpod.io/serverless/workers/handler-functions#streaming-handlers). Its
   * job's `output` is then absent unless `aggregateStream`.
   */
  stream?: unknown[];
  /**
   * The worker started with `return_aggregate_stream: True`: the job's `output` is the list
   * of its partial outputs too (same page).
   */
  aggregateStream?: boolean;
}

export interface Job {
  id: string;
  /** The mock key it was submitted under (whose clock it runs on). */
  key: string;
  endpointId: string;
  input: Record<string, any>;
  /** Submitted through `/runsync` (else `/run`). */
  sync: boolean;
  submittedAt: number;
  queueMs: number;
  executionMs: number;
  /** `policy.ttl`, in ms. */
  ttlMs: number;
  cancelledAt?: number;
  error?: unknown;
  timedOut: boolean;
  output?: unknown;
  script: JobScript;
  /** How many partial outputs `/stream` has handed out (each read returns only new ones). */
  streamed: number;
}

export const DROP = Symbol('drop');

const RETENTION_MS = { runsync: 60_000, run: 30 * 60_000 };
const DEFAULT_TTL_MS = 24 * 60 * 60_000;

export class JobQueue {
  private jobs = new Map<string, Job>();
  private offsets = new Map<string, number>();
  private counter = 0;

  /** The mock's time for a key, in ms since the epoch. */
  now(key: string): number {
    return Date.now() + (this.offsets.get(key) ?? 0);
  }

  /** Moves a key's clock forward by `ms`. */
  advance(key: string, ms: number): void {
    this.offsets.set(key, (this.offsets.get(key) ?? 0) + ms);
  }

  submit(
    key: string,
    endpointId: string,
    body: any,
    script: JobScript,
    sync: boolean,
    origin: string,
  ): Job | string {
    if (
      body == null ||
      typeof body !== 'object' ||
      body.input == null ||
      typeof body.input !== 'object'
    ) {
      return 'Input is required';
    }
    const endpoint = findMediaEndpoint(endpointId);
    this.counter += 1;
    const id = `${sync ? 'sync-' : ''}${crypto.randomUUID()}-u${this.counter}`;
    const error = script.fail ?? endpoint.validate(body.input);
    const media: MediaFactory = (extension, n = 1) => `${origin}/media/${id}-${n}.${extension}`;
    const ttl = body.policy?.ttl;
    const job: Job = {
      id,
      key,
      endpointId,
      input: body.input,
      sync,
      submittedAt: this.now(key),
      queueMs: script.queueMs ?? 0,
      executionMs: script.executionMs ?? endpoint.executionMs ?? 40,
      ttlMs: typeof ttl === 'number' ? ttl : DEFAULT_TTL_MS,
      error,
      timedOut: script.timeOut === true,
      output:
        error === undefined
          ? outputOf(script, () => endpoint.output(body.input, media))
          : undefined,
      script,
      streamed: 0,
    };
    this.jobs.set(id, job);
    return job;
  }

  /** The job, unless RunPod would have forgotten it by now (retention or TTL ran out). */
  get(id: string): Job | undefined {
    const job = this.jobs.get(id);
    if (job === undefined) return undefined;
    const now = this.now(job.key);
    const endedAt = this.endedAt(job);
    const expired =
      endedAt > job.submittedAt + job.ttlMs
        ? now >= job.submittedAt + job.ttlMs
        : now >= endedAt + RETENTION_MS[job.sync ? 'runsync' : 'run'];
    if (expired) {
      this.jobs.delete(id);
      return undefined;
    }
    return job;
  }

  /** When the job ends (or ended), on its key's clock. */
  endedAt(job: Job): number {
    return job.cancelledAt ?? job.submittedAt + job.queueMs + job.executionMs;
  }

  /** Now on the job's clock, or when it ended if it has. */
  endedAtOrNow(job: Job): number {
    return Math.min(this.now(job.key), this.endedAt(job));
  }

  /** The next scripted status failure for this job, if any. */
  takeStatusFailure(job: Job): number | typeof DROP | undefined {
    const next = job.script.statusFailures?.shift();
    return next === 'drop' ? DROP : next;
  }

  cancel(job: Job): void {
    if (!isTerminal(this.view(job).status)) job.cancelledAt = this.now(job.key);
  }

  /** The job as RunPod reports it now. */
  view(job: Job): Record<string, unknown> {
    const elapsed = (job.cancelledAt ?? this.now(job.key)) - job.submittedAt;
    if (job.cancelledAt !== undefined) {
      return {
        id: job.id,
        status: 'CANCELLED',
        ...(elapsed >= job.queueMs ? { delayTime: job.queueMs } : {}),
      };
    }
    if (elapsed < job.queueMs) return { id: job.id, status: 'IN_QUEUE' };
    if (elapsed < job.queueMs + job.executionMs) {
      return { id: job.id, status: 'IN_PROGRESS', delayTime: job.queueMs, input: job.input };
    }
    const times = {
      delayTime: job.queueMs,
      executionTime: job.executionMs,
      workerId: 'mockworker0001',
    };
    if (job.timedOut) return { id: job.id, status: 'TIMED_OUT', ...times };
    if (job.error !== undefined)
      return { id: job.id, status: 'FAILED', error: job.error, ...times };
    return { id: job.id, status: 'COMPLETED', ...times, output: job.output };
  }

  /** When the job will next change state, in ms from now (undefined once it is terminal). */
  msUntilChange(job: Job): number | undefined {
    if (job.cancelledAt !== undefined) return undefined;
    const elapsed = this.now(job.key) - job.submittedAt;
    if (elapsed < job.queueMs) return job.queueMs - elapsed;
    if (elapsed < job.queueMs + job.executionMs) return job.queueMs + job.executionMs - elapsed;
    return undefined;
  }
}

function outputOf(script: JobScript, workerOutput: () => unknown): unknown {
  if (script.output !== undefined) return script.output;
  if (script.stream === undefined) return workerOutput();
  return script.aggregateStream ? script.stream : undefined;
}

/**
 * The partial outputs of a generator job not yet read from `/stream`, marked as read: those
 * yielded by now, the parts spread evenly over the execution time (all of them once it ends,
 * as far as it got when cancelled).
 */
export function takeStreamParts(queue: JobQueue, job: Job): unknown[] {
  const parts = job.script.stream ?? [];
  const ranMs = queue.endedAtOrNow(job) - job.submittedAt - job.queueMs;
  const produced =
    ranMs >= job.executionMs
      ? parts.length
      : Math.max(0, Math.floor((parts.length * ranMs) / Math.max(1, job.executionMs)));
  const fresh = parts.slice(job.streamed, produced);
  job.streamed = Math.max(job.streamed, produced);
  return fresh;
}

function isTerminal(status: unknown): boolean {
  return (
    status === 'COMPLETED' ||
    status === 'FAILED' ||
    status === 'CANCELLED' ||
    status === 'TIMED_OUT'
  );
}

/**
 * Holds a request until the job is terminal, RunPod forgets it, `holdMs` pass (real
 * time) or the client goes away. Wakes when the job is due to change, and at least every
 * 50 ms, so that a cancel or a moved clock is seen.
 */
export async function holdUntilDone(
  queue: JobQueue,
  job: Job,
  holdMs: number,
  signal: AbortSignal,
): Promise<void> {
  const until = Date.now() + holdMs;
  for (;;) {
    const next = queue.msUntilChange(job);
    if (next === undefined || queue.get(job.id) === undefined) return;
    if (Date.now() >= until || signal.aborted) return;
    await new Promise(resolve => setTimeout(resolve, Math.min(next, until - Date.now(), 50)));
  }
}

/** A `?wait=` value in ms, clamped to `[min, max]`; `fallback` when absent or not a number. */
export function waitParam(value: string | null, min: number, max: number, fallback: number) {
  const requested = value === null ? fallback : Number(value);
  return Math.min(max, Math.max(min, Number.isFinite(requested) ? requested : fallback));
}
