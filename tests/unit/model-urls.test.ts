import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import {
  endpointIdFromUrl,
  isPodHost,
  isRunPodApiHost,
  serverFromUrl,
} from '../../src/core/model-urls';

describe('endpointIdFromUrl', () => {
  it.each([
    ['https://console.runpod.io/serverless/user/endpoint/abc123', 'abc123'],
    ['https://www.console.runpod.io/serverless/user/endpoint/abc123/overview', 'abc123'],
    ['https://console.runpod.io/hub/playground/image/flux-1-schnell', 'flux-1-schnell'],
    ['https://api.runpod.ai/v2/abc123', 'abc123'],
    ['https://api.runpod.ai/v2/abc123/run', undefined],
    ['https://example.com/serverless/user/endpoint/abc123', undefined],
    ['abc123', undefined],
  ])('%s -> %s', (url, id) => {
    expect(endpointIdFromUrl(url)).toBe(id);
  });
});

describe('serverFromUrl', () => {
  it('reads load-balancing endpoints and Pods with or without /v1', () => {
    expect(serverFromUrl('https://lb1abc.api.runpod.ai')).toEqual({
      openaiBase: 'https://lb1abc.api.runpod.ai/v1',
      host: 'lb1abc.api.runpod.ai',
      type: 'load-balancing',
    });
    expect(serverFromUrl('https://pod1abc-8000.proxy.runpod.net/v1/')).toEqual({
      openaiBase: 'https://pod1abc-8000.proxy.runpod.net/v1',
      host: 'pod1abc-8000.proxy.runpod.net',
      type: 'pod',
    });
  });

  it('is not a server for other hosts, other paths, queries', () => {
    expect(serverFromUrl('https://example.com/v1')).toBeUndefined();
    expect(serverFromUrl('https://lb1abc.api.runpod.ai/v2')).toBeUndefined();
    expect(serverFromUrl('https://lb1abc.api.runpod.ai/v1?x=1')).toBeUndefined();
  });

  it('refuses plain http for a load-balancing endpoint (it takes the RunPod key), not for a Pod', () => {
    expect(() => serverFromUrl('http://lb1abc.api.runpod.ai')).toThrow(InvalidArgumentError);
    expect(serverFromUrl('http://pod1abc-8000.proxy.runpod.net')?.type).toBe('pod');
  });
});

describe('hosts', () => {
  it.each([
    ['api.runpod.ai', true, false],
    ['lb1abc.api.runpod.ai', true, false],
    ['pod1abc-8000.proxy.runpod.net', false, true],
    ['image.runpod.ai', false, false],
    ['api.runpod.ai.example.com', false, false],
  ])('%s: RunPod API %s, Pod %s', (host, api, pod) => {
    expect(isRunPodApiHost(host)).toBe(api);
    expect(isPodHost(host)).toBe(pod);
  });
});
