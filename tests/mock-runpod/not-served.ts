/**
 * How a server answers a request whose `model` it does not serve, by the software behind
 * the endpoint (`MockEndpoint.notServed`), each as its source writes it:
 * - `vllm` (default): vLLM's error object, `{"object":"error","message":"The model \`X\` does
 *   not exist.","type":"NotFoundError","param":null,"code":404}`
 *   (https://github.com/vllm-project/vllm/blob/main/vllm/entrypoints/openai/serving_engine.py,
 *   `_check_model`), which RunPod's OpenAI route delivers with HTTP 200 (worker-vllm#57);
 * - `worker-vllm`: worker-vllm 2.25+ puts vLLM's 404 body into its own error item,
 *   `{"error": {"message": "vLLM returned HTTP 404: <body>", "type": "worker_error", "code": null}}`
 *   (https://github.com/runpod-workers/worker-vllm/blob/main/src/handler.py, `_error`),
 *   delivered as the job's output with HTTP 200, as worker-vllm#57 shows for output errors;
 * - `worker-vllm-failed`, `worker-vllm-failed-text`: the same item with runpod-python 1.12,
 *   which ends the generator job as FAILED with `error = str(item["error"])`, a Python repr
 *   (https://github.com/runpod/runpod-python/blob/main/runpod/serverless/modules/rp_job.py,
 *   `handle_job`). What RunPod's gateway answers on the OpenAI route for a FAILED job is
 *   not documented: the mock answers `{"error": "<repr>"}` with HTTP 400 (RunPod's model
 *   pages label their FAILED examples "400", see `JobScript.failedHttpStatus`), or the
 *   repr as plain text with HTTP 500;
 * - `llama.cpp`: the router of `llama-server`, HTTP 400
 *   `{"error":{"code":400,"message":"model 'X' not found","type":"invalid_request_error"}}`
 *   (https://github.com/ggml-org/llama.cpp/blob/master/tools/server/server-models.cpp,
 *   `router_validate_model`, with `format_error_response` in `server-common.cpp`);
 * - `sglang`: HTTP 404 `{"error":{"object":"error","message":"Model 'X' is not served.",
 *   "type":"NotFound","param":null,"code":404}}`
 *   (https://github.com/sgl-project/sglang/blob/main/python/sglang/srt/entrypoints/openai/serving_base.py,
 *   `handle_request` and `create_error_response`).
 */
export type NotServedAnswer =
  | 'vllm'
  | 'worker-vllm'
  | 'worker-vllm-failed'
  | 'worker-vllm-failed-text'
  | 'llama.cpp'
  | 'sglang';

/** vLLM's 404 body as the server sends it (compact JSON, as Starlette renders it). */
function vllmNotFoundBody(model: string): string {
  return JSON.stringify({
    error: {
      message: `The model \`${model}\` does not exist.`,
      type: 'NotFoundError',
      param: 'model',
      code: 404,
    },
  });
}

/** worker-vllm's error item for an answer vLLM gave with `status` and `body`. */
function workerVllmError(status: number, body: string) {
  return { message: `vLLM returned HTTP ${status}: ${body}`, type: 'worker_error', code: null };
}

/**
 * A FAILED job's `error` as runpod-python 1.12 writes it for worker-vllm's error item:
 * `str()` of the dict.
 */
export function workerVllmFailedError(status: number, body: string): string {
  return pythonRepr(workerVllmError(status, body));
}

export function notServedResponse(answer: NotServedAnswer, model: string): Response {
  switch (answer) {
    case 'vllm':
      return Response.json({
        object: 'error',
        message: `The model \`${model}\` does not exist.`,
        type: 'NotFoundError',
        param: null,
        code: 404,
      });
    case 'worker-vllm':
      return Response.json({ error: workerVllmError(404, vllmNotFoundBody(model)) });
    case 'worker-vllm-failed':
      return Response.json(
        { error: workerVllmFailedError(404, vllmNotFoundBody(model)) },
        { status: 400 },
      );
    case 'worker-vllm-failed-text':
      return new Response(workerVllmFailedError(404, vllmNotFoundBody(model)), {
        status: 500,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
    case 'llama.cpp':
      return Response.json(
        {
          error: {
            code: 400,
            message: `model '${model}' not found`,
            type: 'invalid_request_error',
          },
        },
        { status: 400 },
      );
    case 'sglang':
      return Response.json(
        {
          error: {
            object: 'error',
            message: `Model ${pythonRepr(model)} is not served.`,
            type: 'NotFound',
            param: null,
            code: 404,
          },
        },
        { status: 404 },
      );
  }
}

/**
 * Python's `repr()` of JSON-like data, as CPython writes it: strings in single quotes
 * unless they hold a single quote and no double quote, `None`/`True`/`False`, dicts as
 * `{'k': v}`.
 */
function pythonRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return pythonString(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return `{${entries.map(([key, item]) => `${pythonString(key)}: ${pythonRepr(item)}`).join(', ')}}`;
}

function pythonString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let body = '';
  for (const char of text) {
    if (char === '\\' || char === quote) body += `\\${char}`;
    else if (char === '\n') body += '\\n';
    else if (char === '\r') body += '\\r';
    else if (char === '\t') body += '\\t';
    else if (char < ' ' || char === '\x7f') {
      body += `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
    } else body += char;
  }
  return `${quote}${body}${quote}`;
}
