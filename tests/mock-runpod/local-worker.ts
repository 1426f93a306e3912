import { findMediaEndpoint, type MediaFactory } from './media-endpoints';
import { sleep } from './openai-route';

/**
 * A worker's own server: what runpod-python 1.12.0 serves for `python handler.py
 * --rp_serve_api` (https://github.com/runpod/runpod-python/blob/07fc6e2b02b6a97a0e94fbdcf53c66949c1a6164/runpod/serverless/modules/rp_fastapi.py),
 * reached at the mock's root. As that file has it:
 * - routes at the root, no endpoint ID, no auth (an `Authorization` header is ignored);
 * - `POST /runsync` runs the handler inside the request: `{id: "test-<uuid>", status:
 *   "COMPLETED", output}`, or `{id, status: "FAILED", error}` when the handler returned an
 *   `error` (`rp_job.py` `run_job` pops it from a dict output) or raised;
 * - `POST /run` stores the job and answers `{id, status: "IN_PROGRESS"}`; `POST /status/{id}`
 *   runs it inside that request and forgets it, so a second read answers FAILED "Job ID not
 *   found"; `POST /stream/{id}` runs a generator handler to its end inside the request and
 *   answers `{id, status: "COMPLETED", stream: [{output}, …]}` (and forgets the job), or
 *   FAILED "Stream not supported, handler must be a generator." for other handlers;
 * - a generator handler's `/runsync` and `/status` output is the list of what it yielded;
 * - no `delayTime`/`executionTime`, no `/cancel`, `/status-sync` or `/health` (FastAPI's
 *   `{"detail": "Not Found"}` 404, and `{"detail": "Method Not Allowed"}` 405 for a GET);
 * - a body without an object `input` fails FastAPI's validation of `DefaultRequest` (422);
 * - a handler exception answers FAILED with `error` = `json.dumps` of `error_type`,
 *   `error_message`, `error_traceback`, `hostname`, `worker_id`, `runpod_version`
 *   (`rp_job.py` `run_job`).
 *
 * Tests choose the handler with headers, since the server has no endpoint ID: `x-mock-worker`
 * names the mock endpoint whose worker it plays (its input checks and output, see
 * `media-endpoints.ts`; default: a custom worker answering `{result: <png URL>}`),
 * `x-mock-handler-ms` how long the handler runs, `x-mock-handler-raises` an exception
 * message the handler raises, `x-mock-handler-yields` (a JSON array) makes it a generator
 * yielding those partial outputs.
 */
export const WORKER_HEADER = 'x-mock-worker';
export const HANDLER_MS_HEADER = 'x-mock-handler-ms';
export const HANDLER_RAISES_HEADER = 'x-mock-handler-raises';
export const HANDLER_YIELDS_HEADER = 'x-mock-handler-yields';

const ROUTE = /^\/(run|runsync|status|stream|cancel|status-sync|health)(?:\/([^/]+))?$/;

interface StoredJob {
  input: Record<string, unknown>;
  handler: Handler;
}

interface Handler {
  worker: string;
  runsMs: number;
  raises: string | undefined;
  /** A generator handler's partial outputs. */
  yields: unknown[] | undefined;
}

/** Whether a path is one of the worker server's (or one it lacks, answered as FastAPI does). */
export function isLocalWorkerPath(path: string): boolean {
  return ROUTE.test(path);
}

export class LocalWorkerServer {
  /** `job_list` in rp_fastapi.py: jobs `/run` stored, until a `/status` read runs them. */
  private readonly stored = new Map<string, StoredJob>();

  async answer(request: Request, url: URL, body: unknown): Promise<Response> {
    const [, route, jobId] = ROUTE.exec(url.pathname) ?? [];
    const known = ['run', 'runsync'].includes(route) ? jobId === undefined : jobId !== undefined;
    if (!['run', 'runsync', 'status', 'stream'].includes(route) || !known) {
      return Response.json({ detail: 'Not Found' }, { status: 404 });
    }
    if (request.method !== 'POST') {
      return Response.json({ detail: 'Method Not Allowed' }, { status: 405 });
    }
    const handler = handlerOf(request.headers);
    const origin = url.origin;
    if (route === 'run' || route === 'runsync') {
      const input = (body as { input?: unknown } | undefined)?.input;
      if (input === null || typeof input !== 'object' || Array.isArray(input)) {
        return Response.json(
          { detail: [{ type: 'missing', loc: ['body', 'input'], msg: 'Field required' }] },
          { status: 422 },
        );
      }
      const id = `test-${crypto.randomUUID()}`;
      if (route === 'run') {
        this.stored.set(id, { input: input as Record<string, unknown>, handler });
        return Response.json({ id, status: 'IN_PROGRESS' });
      }
      return Response.json(
        await this.runJob(id, input as Record<string, unknown>, handler, origin),
      );
    }
    const stored = this.stored.get(jobId);
    if (stored === undefined) {
      return Response.json({ id: jobId, status: 'FAILED', error: 'Job ID not found' });
    }
    if (route === 'stream') {
      if (stored.handler.yields === undefined) {
        return Response.json({
          id: jobId,
          status: 'FAILED',
          error: 'Stream not supported, handler must be a generator.',
        });
      }
      const answer = await this.runJob(jobId, stored.input, stored.handler, origin);
      this.stored.delete(jobId);
      const parts = (answer.output as unknown[] | undefined) ?? [];
      return Response.json({
        id: jobId,
        status: answer.status,
        stream: parts.map(output => ({ output })),
      });
    }
    const answer = await this.runJob(jobId, stored.input, stored.handler, origin);
    this.stored.delete(jobId);
    return Response.json(answer);
  }

  /** The handler, run to its end whatever happens to the request (the server cannot stop it). */
  private async runJob(
    id: string,
    input: Record<string, unknown>,
    handler: Handler,
    origin: string,
  ): Promise<Record<string, unknown>> {
    if (handler.runsMs > 0) await sleep(handler.runsMs);
    if (handler.raises !== undefined) {
      const error = JSON.stringify({
        error_type: "<class 'ValueError'>",
        error_message: handler.raises,
        error_traceback: `Traceback (most recent call last):\n  File "handler.py", line 7, in handler\nValueError: ${handler.raises}\n`,
        hostname: 'unknown',
        worker_id: 'unknown',
        runpod_version: '1.12.0',
      });
      return { id, status: 'FAILED', error };
    }
    if (handler.yields !== undefined) return { id, status: 'COMPLETED', output: handler.yields };
    const endpoint = findMediaEndpoint(handler.worker);
    // A worker that checks its input returns `{"error": …}`, which run_job turns into FAILED.
    const invalid = endpoint.validate(input);
    if (invalid !== undefined) return { id, status: 'FAILED', error: invalid };
    const media: MediaFactory = (extension, n = 1) => `${origin}/media/${id}-${n}.${extension}`;
    return { id, status: 'COMPLETED', output: endpoint.output(input, media) };
  }
}

function handlerOf(headers: Headers): Handler {
  return {
    worker: headers.get(WORKER_HEADER) ?? 'own-worker',
    runsMs: Number(headers.get(HANDLER_MS_HEADER) ?? 0),
    raises: headers.get(HANDLER_RAISES_HEADER) ?? undefined,
    yields: headers.has(HANDLER_YIELDS_HEADER)
      ? (JSON.parse(headers.get(HANDLER_YIELDS_HEADER) ?? '[]') as unknown[])
      : undefined,
  };
}
