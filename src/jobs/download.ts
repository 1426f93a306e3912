import { APICallError, InvalidResponseDataError } from '@ai-sdk/provider';
import {
  convertBase64ToUint8Array,
  createBinaryResponseHandler,
  type FetchFunction,
  getFromApi,
  type ResponseHandler,
} from '@ai-sdk/provider-utils';
import {
  describeModel,
  httpStatusText,
  isRetryableStatus,
  type RunPodErrorContext,
} from '../core/errors';
import { parseDataUrl } from './job-output';

export interface DownloadedMedia {
  data: Uint8Array;
  /** From the `data:` URL or the `content-type` header, when given. */
  mediaType: string | undefined;
  /** Where it came from, for `http(s)` values. */
  url: string | undefined;
}

/**
 * Turns one output value into bytes: decodes `data:` URLs and bare base64, and downloads
 * `http(s)` URLs. Which credentials a download carries is the provider's one rule
 * (`headersFor`, i.e. `requestHeaders`): none for media hosts (`image.runpod.ai`, S3, …);
 * and provider-utils (`credentialedOrigin`) lets them through only to the `baseURL`'s
 * origin, also across redirects. URLs from other origins go through the AI SDK's download checks (no
 * private or loopback addresses, redirects re-checked). The download stops when
 * `abortSignal` aborts.
 *
 * @throws {APICallError} when the media host answers with an error.
 * @throws {InvalidResponseDataError} for a value that is no URL, `data:` URL or base64.
 * @throws {DownloadError} when the URL is blocked by those checks.
 */
export async function downloadMedia({
  value,
  apiBaseURL,
  headersFor,
  fetch,
  abortSignal,
  context,
}: {
  value: string;
  apiBaseURL: string;
  headersFor: (url: string) => Record<string, string | undefined>;
  fetch: FetchFunction | undefined;
  abortSignal: AbortSignal | undefined;
  context: RunPodErrorContext;
}): Promise<DownloadedMedia> {
  const dataUrl = parseDataUrl(value);
  if (dataUrl !== undefined) {
    return {
      data: base64Media(dataUrl.payload, context),
      mediaType: dataUrl.mediaType,
      url: undefined,
    };
  }
  if (!/^https?:\/\//i.test(value)) {
    return { data: base64Media(value, context), mediaType: undefined, url: undefined };
  }

  const apiOrigin = new URL(apiBaseURL).origin;
  const { value: data, responseHeaders } = await getFromApi({
    url: value,
    headers: headersFor(value),
    credentialedOrigin: apiOrigin,
    validateUrl: true,
    trustedOrigin: apiOrigin,
    successfulResponseHandler: createBinaryResponseHandler(),
    failedResponseHandler: downloadFailed(context),
    abortSignal,
    fetch,
  });
  return { data, mediaType: responseHeaders?.['content-type']?.split(';')[0], url: value };
}

/** Base64 (standard or URL-safe, padding optional) as bytes. */
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/**
 * @throws {InvalidResponseDataError} for a value that is neither a URL RunPod can serve nor
 * base64 (e.g. an `s3://` URL from a worker that uploads its output).
 */
function base64Media(value: string, context: RunPodErrorContext): Uint8Array {
  const text = value.replace(/\s+/g, '');
  if (text === '' || !BASE64.test(text)) {
    throw new InvalidResponseDataError({
      data: value.slice(0, 200),
      message:
        `${describeModel(context)}: the job's output holds '${value.slice(0, 80)}', which is neither ` +
        `an http(s) URL, a data: URL nor base64, so the media cannot be fetched.`,
    });
  }
  return convertBase64ToUint8Array(text);
}

function downloadFailed(context: RunPodErrorContext): ResponseHandler<APICallError> {
  return async ({ response, url, requestBodyValues }) => {
    const responseBody = await response.text();
    return {
      value: new APICallError({
        message: `${describeModel(context)}: downloading the output ${url} failed: ${httpStatusText(response.status, response.statusText, '')}`,
        url,
        requestBodyValues,
        statusCode: response.status,
        responseBody,
        isRetryable: isRetryableStatus(response.status),
      }),
    };
  };
}
