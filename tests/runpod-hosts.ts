import { createRunpod, type RunPodProviderSettings } from '../src';
import { API_KEY, jobSubmissions, mockRunPod } from './helpers';
import { HOST_HEADER } from './mock-runpod/http-servers';
import { KEY_HEADER, MEDIA_ORIGIN_HEADER } from './mock-runpod/mock-runpod';

/** A request the code under test sent, where it was meant to go. */
interface SentRequest {
  url: string;
  method: string;
  /** The `Authorization` header, if the request carried one. */
  authorization: string | null;
  headers: Record<string, string>;
}

const RUNPOD_HOSTS = /(^|\.)(api\.runpod\.ai|proxy\.runpod\.net)$/;

/**
 * A `fetch` for code written as users write it, against RunPod's real hosts
 * (`https://api.runpod.ai/v2`, `https://<id>.api.runpod.ai`, `https://<pod>-<port>.proxy.runpod.net`):
 * each request goes to the loopback mock instead, under the test's mock key, and is noted
 * with the URL it was meant for and the `Authorization` it carried. Job outputs point at
 * `https://api.runpod.ai/media/…`, which comes back here too. Any other host is refused, so
 * nothing leaves the machine.
 */
export function viaRunPodHosts(mock: ReturnType<typeof mockRunPod>) {
  const sent: SentRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
    );
    const headers = new Headers(
      init?.headers ?? (input instanceof Request ? input.headers : undefined),
    );
    sent.push({
      url: url.href,
      method: init?.method ?? (input instanceof Request ? input.method : 'GET'),
      authorization: headers.get('authorization'),
      headers: Object.fromEntries(headers),
    });
    if (!RUNPOD_HOSTS.test(url.hostname)) {
      throw new TypeError(`fetch failed: the tests reach no host but RunPod's (${url.host})`);
    }
    headers.set(KEY_HEADER, mock.key);
    headers.set(HOST_HEADER, url.host);
    headers.set(MEDIA_ORIGIN_HEADER, 'https://api.runpod.ai');
    return globalThis.fetch(`${mock.origin}${url.pathname}${url.search}`, {
      ...init,
      headers,
      body: init?.body ?? (input instanceof Request ? await input.text() : undefined),
      method: init?.method ?? (input instanceof Request ? input.method : undefined),
    });
  };
  return { fetch, sent };
}

/**
 * A provider created as published code creates it (`createRunpod({ apiKey, …settings })`),
 * with only `fetch` injected: {@link viaRunPodHosts}, for this test's mock. Besides what
 * was sent where, it gives the jobs the mock received and the chat request bodies.
 */
export function publishedSetup(settings: RunPodProviderSettings = {}) {
  const mock = mockRunPod();
  const { fetch, sent } = viaRunPodHosts(mock);
  const runpod = createRunpod({ apiKey: API_KEY, ...settings, fetch });
  const jobs = () => jobSubmissions(mock);
  const chatBodies = async () =>
    (await mock.requests())
      .filter(r => r.path.endsWith('/chat/completions'))
      .map(r => r.body as Record<string, any>);
  return { mock, runpod, sent, jobs, chatBodies };
}
