import { APICallError } from '@ai-sdk/provider';
import type { FetchFunction } from '@ai-sdk/provider-utils';
import { normalizeHeaders, secureJsonParse } from '@ai-sdk/provider-utils';
import {
  describeModel,
  isRetryableStatus,
  type RunPodErrorContext,
  runpodErrorSchema,
} from './runpod-error';
import { VERSION } from './version';

const USER_AGENT_SUFFIX = `ai-sdk/runpod/${VERSION}`;

/**
 * Wraps `fetch` for requests to RunPod's API: appends `ai-sdk/runpod/<version>` to the
 * user-agent (the AI SDK's call-level user-agent replaces one set in provider headers).
 */
export function createRunPodFetch(baseFetch: FetchFunction | undefined): FetchFunction {
  return (input, init) => (baseFetch ?? globalThis.fetch)(input, withUserAgent(init));
}

/**
 * {@link createRunPodFetch} for the OpenAI route, which also turns answers the
 * OpenAI-compatible response handlers cannot explain into `APICallError`s with RunPod's
 * message:
 * - a 2xx JSON body that is an error object (worker-vllm#57: unknown served model
 *   name, infinity worker errors) instead of a parse failure or an empty stream;
 * - a non-2xx body that is not JSON (gateway HTML or plain text).
 * Event streams and ordinary JSON answers pass through untouched.
 */
export function createOpenAIRouteFetch(
  context: RunPodErrorContext,
  baseFetch: FetchFunction | undefined,
): FetchFunction {
  const fetch = createRunPodFetch(baseFetch);
  return async (input, init) => {
    const response = await fetch(input, init);
    const contentType = response.headers.get('content-type') ?? '';
    const isJson = contentType.includes('json');
    if (response.ok ? !isJson : isJson || contentType.includes('event-stream')) {
      return response;
    }

    const text = await response.text();
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const responseHeaders = Object.fromEntries(response.headers.entries());

    if (!response.ok) {
      throw new APICallError({
        message: `${describeModel(context)}: HTTP ${response.status} ${response.statusText}${
          text.trim() ? `: ${text.trim().slice(0, 500)}` : ''
        }`,
        url,
        requestBodyValues: parseRequestBody(init?.body),
        statusCode: response.status,
        responseHeaders,
        responseBody: text,
        isRetryable: isRetryableStatus(response.status),
      });
    }

    // `"error"` or `"detail"` only occur unescaped as keys, never inside a string value.
    if (text.includes('"error"') || text.includes('"detail"')) {
      const parsed = runpodErrorSchema.safeParse(safeJson(text));
      if (parsed.success) {
        const { message, code } = parsed.data.error;
        const codeStatus = typeof code === 'number' ? code : Number.parseInt(code ?? '', 10);
        throw new APICallError({
          message: `${describeModel(context)}: ${message}`,
          url,
          requestBodyValues: parseRequestBody(init?.body),
          statusCode: response.status,
          responseHeaders,
          responseBody: text,
          isRetryable: Number.isInteger(codeStatus) && isRetryableStatus(codeStatus),
          data: parsed.data,
        });
      }
    }

    return new Response(text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

function withUserAgent(init: RequestInit | undefined): RequestInit {
  const headers = normalizeHeaders(init?.headers);
  const userAgent = headers['user-agent'];
  if (userAgent?.includes(USER_AGENT_SUFFIX)) return init ?? {};
  headers['user-agent'] = userAgent ? `${userAgent} ${USER_AGENT_SUFFIX}` : USER_AGENT_SUFFIX;
  return { ...init, headers };
}

function safeJson(text: string): unknown {
  try {
    return secureJsonParse(text);
  } catch {
    return undefined;
  }
}

function parseRequestBody(body: unknown): unknown {
  return typeof body === 'string' ? (safeJson(body) ?? body) : undefined;
}
