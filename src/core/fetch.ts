import { APICallError } from '@ai-sdk/provider';
import {
  createJsonErrorResponseHandler,
  createJsonResponseHandler,
  type FetchFunction,
  type FlexibleSchema,
  getFromApi,
  normalizeHeaders,
} from '@ai-sdk/provider-utils';
import {
  createRunPodErrorStructure,
  describeModel,
  errorFromSuccessBody,
  httpStatusText,
  isRetryableStatus,
  type RunPodErrorContext,
  safeJson,
  withRunPodErrorBody,
} from './errors';
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
 * - a non-2xx body that is not JSON (gateway HTML or plain text);
 * - a 2xx JSON body (an error object) answering a streaming request, which would
 *   otherwise read as an empty stream.
 * Event streams and JSON answers to other requests pass through untouched; a 2xx error
 * body there fails the response schema and {@link withRunPodErrorBody} explains it.
 */
export function createOpenAIRouteFetch(
  context: RunPodErrorContext,
  baseFetch: FetchFunction | undefined,
): FetchFunction {
  const fetch = createRunPodFetch(baseFetch);
  return async (input, init) => {
    let response: Response;
    try {
      response = await fetch(input, init);
    } catch (error) {
      throw coldStartError(error, context, input, init) ?? error;
    }
    const contentType = response.headers.get('content-type') ?? '';
    const isJson = contentType.includes('json');
    const unexplained = response.ok
      ? isJson && typeof init?.body === 'string' && init.body.includes('"stream":true')
      : !isJson && !contentType.includes('event-stream');
    if (!unexplained) return response;

    const text = await response.text();
    const url = urlOf(input);
    const responseHeaders = Object.fromEntries(response.headers.entries());
    const requestBodyValues = parseRequestBody(init?.body);

    if (!response.ok) {
      throw new APICallError({
        message: `${describeModel(context)}: ${httpStatusText(response.status, response.statusText, text)}`,
        url,
        requestBodyValues,
        statusCode: response.status,
        responseHeaders,
        responseBody: text,
        isRetryable: isRetryableStatus(response.status),
      });
    }
    const error = errorFromSuccessBody({
      body: text,
      url,
      statusCode: response.status,
      responseHeaders,
      requestBodyValues,
      context,
    });
    if (error !== undefined) throw error;
    return new Response(text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

/**
 * `GET url` on RunPod's API, its JSON answer checked against `schema`; RunPod's error
 * bodies (also inside 2xx answers) become `APICallError`s that name `context`.
 */
export async function getRunPodJson<T>({
  url,
  schema,
  context,
  headers,
  fetch,
  abortSignal,
}: {
  url: string;
  schema: FlexibleSchema<T>;
  context: RunPodErrorContext;
  /** The request's headers, credentials included ({@link RunPodConfig.headersFor}). */
  headers: Record<string, string | undefined>;
  fetch: FetchFunction | undefined;
  abortSignal?: AbortSignal;
}): Promise<T> {
  try {
    const { value } = await getFromApi({
      url,
      headers,
      failedResponseHandler: createJsonErrorResponseHandler(createRunPodErrorStructure(context)),
      successfulResponseHandler: createJsonResponseHandler(schema),
      abortSignal,
      fetch: createOpenAIRouteFetch(context, fetch),
    });
    return value;
  } catch (error) {
    throw withRunPodErrorBody(error, context);
  }
}

/**
 * Node's `fetch` (undici) gives up on a request that has had no response headers for
 * 300 s: `TypeError: fetch failed` whose cause has code `UND_ERR_HEADERS_TIMEOUT`
 * (vercel/ai#4224). On RunPod's OpenAI route that is what a cold start looks like: the
 * request waits while the endpoint scales up from zero and vLLM loads the model.
 * Returns the `APICallError` that says so, or undefined for any other failure.
 */
function coldStartError(
  error: unknown,
  context: RunPodErrorContext,
  input: Parameters<FetchFunction>[0],
  init: RequestInit | undefined,
): APICallError | undefined {
  if (!hasErrorCode(error, 'UND_ERR_HEADERS_TIMEOUT')) return undefined;
  return new APICallError({
    message:
      `${describeModel(context)}: no answer before fetch's headers timeout ` +
      `(UND_ERR_HEADERS_TIMEOUT; 300 s in Node). The endpoint is probably cold-starting: ` +
      `scaled to zero, it starts a worker and loads the model first, which can take ` +
      `minutes. Give fetch a longer headersTimeout, or keep an active worker on the endpoint.`,
    url: urlOf(input),
    requestBodyValues: parseRequestBody(init?.body),
    isRetryable: true,
    cause: error,
  });
}

function hasErrorCode(error: unknown, code: string): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; depth++) {
    if ((cause as { code?: unknown }).code === code) return true;
    cause = cause.cause;
  }
  return false;
}

/** The URL a `fetch` was called with. */
export function urlOf(input: Parameters<FetchFunction>[0]): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

function withUserAgent(init: RequestInit | undefined): RequestInit {
  const headers = normalizeHeaders(init?.headers);
  const userAgent = headers['user-agent'];
  if (userAgent?.includes(USER_AGENT_SUFFIX)) return init ?? {};
  headers['user-agent'] = userAgent ? `${userAgent} ${USER_AGENT_SUFFIX}` : USER_AGENT_SUFFIX;
  return { ...init, headers };
}

/** A request body as `APICallError.requestBodyValues`: its JSON, else its text. */
export function parseRequestBody(body: unknown): unknown {
  return typeof body === 'string' ? (safeJson(body) ?? body) : undefined;
}
