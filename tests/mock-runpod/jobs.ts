import { findMediaEndpoint, type MediaFactory } from './media-endpoints';

/**
 * RunPod's job API as the mock plays it (runpod-api.md §3): `/run`, `/runsync?wait=`,
 * `/status/{id}`, `/cancel/{id}`. Jobs run on the real clock: IN_QUEUE for `queueMs`,
 * IN_PROGRESS for the execution time, then COMPLETED, or FAILED when the endpoint's
 * table rejects the input. Output media are served by `/media/…` on the mock itself.
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
  /** Answer these `/status` polls, in order, with an HTTP status or a dropped connection. */
  statusFailures?: Array<number | 'drop'>;
  /** `/status` answers 404 from this many ms after submission (retention ran out). */
  forgetAfterMs?: number;
  /** HTTP status for a FAILED job answered by `/runsync` (RunPod's pages label it 400). */
  failedHttpStatus?: number;
}

interface Job {
  id: string;
  endpointId: string;
  input: Record<string, any>;
  submittedAt: number;
  queueMs: number;
  executionMs: number;
  cancelledAt?: number;
  error?: unknown;
  timedOut: boolean;
  output?: unknown;
  script: JobScript;
}

export const DROP = Symbol('drop');

export class JobQueue {
  private jobs = new Map<string, Job>();
  private counter = 0;

  submit(
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
    const job: Job = {
      id,
      endpointId,
      input: body.input,
      submittedAt: Date.now(),
      queueMs: script.queueMs ?? 0,
      executionMs: script.executionMs ?? endpoint.executionMs ?? 40,
      error,
      timedOut: script.timeOut === true,
      output:
        error === undefined ? (script.output ?? endpoint.output(body.input, media)) : undefined,
      script,
    };
    this.jobs.set(id, job);
    return job;
  }

  get(id: string): Job | undefined {
    const job = this.jobs.get(id);
    if (
      job?.script.forgetAfterMs !== undefined &&
      Date.now() - job.submittedAt >= job.script.forgetAfterMs
    ) {
      return undefined;
    }
    return job;
  }

  /** The next scripted `/status` failure for this job, if any. */
  takeStatusFailure(job: Job): number | typeof DROP | undefined {
    const next = job.script.statusFailures?.shift();
    return next === 'drop' ? DROP : next;
  }

  cancel(job: Job): void {
    if (!isTerminal(this.view(job).status)) job.cancelledAt = Date.now();
  }

  /** The job as RunPod reports it now. */
  view(job: Job): Record<string, unknown> {
    const elapsed = (job.cancelledAt ?? Date.now()) - job.submittedAt;
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
    const elapsed = Date.now() - job.submittedAt;
    if (elapsed < job.queueMs) return job.queueMs - elapsed;
    if (elapsed < job.queueMs + job.executionMs) return job.queueMs + job.executionMs - elapsed;
    return undefined;
  }
}

export function isTerminal(status: unknown): boolean {
  return (
    status === 'COMPLETED' ||
    status === 'FAILED' ||
    status === 'CANCELLED' ||
    status === 'TIMED_OUT'
  );
}

/** `/runsync` holds the request until the job ends or `?wait=` ms pass (default 90 s, 1 000–300 000). */
export async function holdUntilDone(
  queue: JobQueue,
  job: Job,
  waitParam: string | null,
  signal: AbortSignal,
) {
  const requested = waitParam === null ? 90_000 : Number(waitParam);
  const wait = Math.min(300_000, Math.max(1_000, Number.isFinite(requested) ? requested : 90_000));
  const until = Date.now() + wait;
  for (;;) {
    const next = queue.msUntilChange(job);
    if (next === undefined || Date.now() >= until || signal.aborted) return;
    await new Promise(resolve => setTimeout(resolve, Math.min(next, until - Date.now(), 50)));
  }
}
