import { LoadAPIKeyError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { credentialTarget, requestHeaders } from '../../src/core/credentials';

const provider = {
  apiKey: 'rpa_provider',
  headers: { 'x-gateway': 'g' },
  baseURL: 'https://api.runpod.ai/v2',
};
const model = { apiKey: 'own-key', headers: { 'x-model': 'm' } };

describe('requestHeaders: the one credentials rule', () => {
  it("sends the RunPod key and the provider's headers to RunPod's API hosts", () => {
    for (const url of [
      'https://api.runpod.ai/v2/abc/run',
      'https://lb1abc.api.runpod.ai/v1/chat/completions',
    ]) {
      expect(requestHeaders(url, provider)).toEqual({
        Authorization: 'Bearer rpa_provider',
        'x-gateway': 'g',
      });
    }
  });

  it("puts a model's own key in place of the provider's, and its headers last", () => {
    expect(requestHeaders('https://api.runpod.ai/v2/abc/run', provider, model)).toEqual({
      Authorization: 'Bearer own-key',
      'x-gateway': 'g',
      'x-model': 'm',
    });
  });

  it('sends the key to the baseURL, whatever its host (a gateway, a server)', () => {
    const gateway = { ...provider, baseURL: 'https://gateway.example.com/runpod/v2' };
    expect(requestHeaders('https://gateway.example.com/runpod/v2/abc/run', gateway)).toEqual({
      Authorization: 'Bearer rpa_provider',
      'x-gateway': 'g',
    });
  });

  it("never sends the RunPod key or the provider's headers to a Pod", () => {
    const pod = 'https://pod1abc-8000.proxy.runpod.net/v1/chat/completions';
    expect(requestHeaders(pod, provider)).toEqual({});
    expect(requestHeaders(pod, provider, model)).toEqual({
      Authorization: 'Bearer own-key',
      'x-model': 'm',
    });
  });

  it("sends the provider's headers, not its key, to a Pod that is the baseURL", () => {
    const podBase = { ...provider, baseURL: 'https://pod1abc-8000.proxy.runpod.net/v1' };
    expect(
      requestHeaders('https://pod1abc-8000.proxy.runpod.net/v1/chat/completions', podBase),
    ).toEqual({ 'x-gateway': 'g' });
  });

  it('sends nothing to what is no URL (a worker output that only looks like one)', () => {
    expect(requestHeaders('https://', provider, model)).toEqual({});
  });

  it('sends nothing to other hosts (media hosts, S3)', () => {
    expect(requestHeaders('https://image.runpod.ai/out/1.png', provider, model)).toEqual({});
    expect(requestHeaders('https://bucket.s3.amazonaws.com/1.png', provider)).toEqual({});
  });

  it('needs a key only when a request to RunPod goes out, and never shows it', () => {
    const keyless = { baseURL: provider.baseURL };
    const before = process.env.RUNPOD_API_KEY;
    delete process.env.RUNPOD_API_KEY;
    try {
      expect(requestHeaders('https://image.runpod.ai/out/1.png', keyless)).toEqual({});
      expect(() => requestHeaders('https://api.runpod.ai/v2/abc/run', keyless)).toThrow(
        LoadAPIKeyError,
      );
      expect(() =>
        requestHeaders('https://api.runpod.ai/v2/abc/run', { ...keyless, apiKey: ' ' }),
      ).toThrow(/apiKey setting/);
    } finally {
      if (before !== undefined) process.env.RUNPOD_API_KEY = before;
    }
  });
});

describe('credentialTarget: who a request goes to, for its credentials', () => {
  // request URL, baseURL, the server a model ID names (- for none), target
  const table = `
    https://api.runpod.ai/v2/abc/run                  https://api.runpod.ai/v2                 - runpod
    https://lb1abc.api.runpod.ai/v1/models            http://localhost:8000/v1                 - runpod
    https://gw.example.com/rp/v2/abc/run              https://gw.example.com/rp/v2             - runpod
    https://gw.example.com/rp/v2/abc/run              https://gw.example.com/rp/v2/abc         - runpod
    https://gw.example.com/rp/v2/abc/openai/v1/models https://gw.example.com/rp/v2/abc/openai/v1 - runpod
    http://localhost:8000/v1/models                   http://localhost:8000/v1                 - self-hosted-base
    http://localhost:8000/runsync                     http://localhost:8000                    - self-hosted-base
    https://pod1abc-8000.proxy.runpod.net/v1/models   https://pod1abc-8000.proxy.runpod.net/v1 - self-hosted-base
    https://pod1abc-8000.proxy.runpod.net/v1/models   https://api.runpod.ai/v2                 - self-hosted
    http://localhost:8000/runsync                     https://api.runpod.ai/v2 http://localhost:8000 self-hosted
    http://localhost:8000/runsync                     https://api.runpod.ai/v2                 - none
    https://image.runpod.ai/out/1.png                 https://api.runpod.ai/v2                 - none`;
  const rows = table
    .trim()
    .split('\n')
    .map(line => line.trim().split(/\s+/));
  it.each(rows)('%s (baseURL %s, model server %s): %s', (url, baseURL, server, target) => {
    const modelServer = server === '-' ? undefined : server;
    expect(credentialTarget(new URL(url), baseURL, modelServer)).toBe(
      target.replace('-base', ' base'),
    );
  });
});

describe('requestHeaders for self-hosted servers: never the RunPod key, no key needed', () => {
  const server = { ...model, server: 'http://localhost:8000' };
  it.each([
    // [request URL, baseURL, model credentials, headers]
    ['http://localhost:8000/v1/models', 'http://localhost:8000/v1', {}, { 'x-gateway': 'g' }],
    [
      'http://localhost:8000/v1/models',
      'http://localhost:8000/v1',
      model,
      { Authorization: 'Bearer own-key', 'x-gateway': 'g', 'x-model': 'm' },
    ],
    ['http://localhost:8000/runsync', 'http://localhost:8000', {}, { 'x-gateway': 'g' }],
    [
      'http://localhost:8000/runsync',
      'https://api.runpod.ai/v2',
      server,
      { Authorization: 'Bearer own-key', 'x-model': 'm' },
    ],
  ])('%s (baseURL %s, model %o): %o', (url, baseURL, credentials, headers) => {
    expect(requestHeaders(url, { ...provider, baseURL }, credentials)).toEqual(headers);
    // No key needed: the same without any RunPod key at all.
    const before = process.env.RUNPOD_API_KEY;
    delete process.env.RUNPOD_API_KEY;
    try {
      expect(requestHeaders(url, { baseURL, headers: provider.headers }, credentials)).toEqual(
        headers,
      );
    } finally {
      if (before !== undefined) process.env.RUNPOD_API_KEY = before;
    }
  });
});
