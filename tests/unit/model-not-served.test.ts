import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { runpodErrorSchema } from '../../src/core/errors';
import {
  isModelNotFoundError,
  isModelNotServedAnswer,
} from '../../src/openai-route/served-model-name';

const vllm = JSON.stringify({
  error: {
    message: 'The model `my-org/tiny` does not exist.',
    type: 'NotFoundError',
    param: 'model',
    code: 404,
  },
});
// worker-vllm's `_error(f"vLLM returned HTTP {status}: {detail}")`.
const workerVllm = {
  message: `vLLM returned HTTP 404: ${vllm}`,
  type: 'worker_error',
  code: null,
};
// runpod-python 1.12: `str(item["error"])` of that dict.
const repr = `{'message': 'vLLM returned HTTP 404: ${vllm}', 'type': 'worker_error', 'code': None}`;
const llamaCpp = {
  error: { code: 400, message: "model 'my-org/tiny' not found", type: 'invalid_request_error' },
};
const sglang = {
  error: {
    object: 'error',
    message: "Model 'my-org/tiny' is not served.",
    type: 'NotFound',
    param: null,
    code: 404,
  },
};

/** The error the OpenAI-compatible layer makes of an answer, as far as the predicate reads it. */
function errorFor(statusCode: number, body: string): APICallError {
  const parsed = runpodErrorSchema.safeParse(safeParse(body));
  return new APICallError({
    message: parsed.success ? parsed.data.error.message : 'Internal Server Error',
    url: 'https://api.runpod.ai/v2/abc/openai/v1/chat/completions',
    requestBodyValues: {},
    statusCode,
    responseBody: body,
    data: parsed.success ? parsed.data : undefined,
  });
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

describe('an answer that says the model is not served', () => {
  it.each([
    ["vLLM's own 404", 404, vllm],
    [
      "vLLM's error object with HTTP 200 (worker-vllm#57)",
      200,
      JSON.stringify(JSON.parse(vllm).error),
    ],
    ["worker-vllm's wrapped 404", 200, JSON.stringify({ error: workerVllm })],
    ['a FAILED job repr as the error string', 500, JSON.stringify({ error: repr })],
    ['a FAILED job repr as the message', 400, JSON.stringify({ error: { message: repr } })],
    ['a FAILED job repr as plain text', 500, repr],
    ["llama.cpp's router", 400, JSON.stringify(llamaCpp)],
    ['SGLang', 404, JSON.stringify(sglang)],
    [
      "SGLang's answer inside worker-vllm's repr",
      500,
      JSON.stringify({
        error: `{'message': 'vLLM returned HTTP 404: ${JSON.stringify(sglang).replaceAll("'", "\\'")}', 'type': 'worker_error', 'code': None}`,
      }),
    ],
  ])('is recognised: %s', (_, status, body) => {
    expect(isModelNotFoundError(errorFor(status, body))).toBe(true);
  });

  it.each([
    ['a file that does not exist', 'The file `weights.bin` does not exist.'],
    ['a tool that is not found', "tool 'search' not found"],
    ['an unquoted sentence', 'model not found'],
    ["llama.cpp's unloaded model", 'model is not loaded'],
    ["SGLang's LoRA error", "LoRA adapter 'x' was requested, but LoRA is not enabled."],
    ['a cold start', 'no workers available'],
  ])('is not: %s', (_, message) => {
    expect(isModelNotServedAnswer({ message, body: JSON.stringify({ error: message }) })).toBe(
      false,
    );
  });

  it('is not an error other than an APICallError', () => {
    expect(isModelNotFoundError(new Error('The model `x` does not exist.'))).toBe(false);
  });
});

describe("RunPod's error bodies with a Python repr for a message", () => {
  it("give the repr's message, type and code", () => {
    const data = runpodErrorSchema.parse({ error: repr });
    expect(data.error).toEqual({ message: workerVllm.message, type: 'worker_error', code: null });
  });

  it('keep the outer type and code when the repr has none', () => {
    const data = runpodErrorSchema.parse({
      error: { message: "{'message': 'boom'}", type: 'server_error', code: 500 },
    });
    expect(data.error).toEqual({ message: 'boom', type: 'server_error', code: 500 });
  });
});
