import { describe, expect, it } from 'vitest';
import { isSelfHostedBase, workerServerFromUrl } from '../../src/core/model-urls';
import { baseURLShape } from '../../src/core/settings';
import { workerServerOf } from '../../src/jobs/worker-server';

describe('baseURLShape: what a baseURL is, by its shape', () => {
  it.each([
    ['https://api.runpod.ai/v2', { baseURL: 'https://api.runpod.ai/v2' }],
    [
      'https://gateway.ai.cloudflare.com/v1/acct/gw/custom-runpod/v2',
      { baseURL: 'https://gateway.ai.cloudflare.com/v1/acct/gw/custom-runpod/v2' },
    ],
    [
      'https://api.runpod.ai/v2/abc123',
      { baseURL: 'https://api.runpod.ai/v2', endpointId: 'abc123' },
    ],
    [
      'http://localhost:8000/v1',
      { baseURL: 'http://localhost:8000/v1', openaiBase: 'http://localhost:8000/v1' },
    ],
    // A server's root: a worker's own server (runpod-python's --rp_serve_api), as 1.x read it.
    [
      'http://localhost:8000',
      { baseURL: 'http://localhost:8000', workerServer: 'http://localhost:8000' },
    ],
    [
      'http://127.0.0.1:8000/',
      { baseURL: 'http://127.0.0.1:8000', workerServer: 'http://127.0.0.1:8000' },
    ],
    [
      'https://pod1abc-8080.proxy.runpod.net',
      {
        baseURL: 'https://pod1abc-8080.proxy.runpod.net',
        workerServer: 'https://pod1abc-8080.proxy.runpod.net',
      },
    ],
    // RunPod's API host at its root is no worker's server.
    ['https://api.runpod.ai', { baseURL: 'https://api.runpod.ai' }],
  ])('%s', (baseURL, shape) => {
    expect(baseURLShape(baseURL)).toEqual(shape);
  });
});

describe('isSelfHostedBase: whether a baseURL is a server of the user own', () => {
  it.each([
    ['https://api.runpod.ai/v2', false],
    ['https://api.runpod.ai/v2/abc/openai/v1', false],
    ['https://lb1abc.api.runpod.ai/v1', false],
    ['https://gateway.example.com/custom-runpod/v2', false],
    ['https://gateway.example.com/custom-runpod/v2/abc', false],
    ['https://gateway.example.com/custom-runpod/v2/abc/openai/v1', false],
    ['http://localhost:8000/v1', true],
    ['https://pod1abc-8000.proxy.runpod.net/v1', true],
    ['http://localhost:8000', true],
  ])('%s: %s', (baseURL, selfHosted) => {
    expect(isSelfHostedBase(new URL(baseURL))).toBe(selfHosted);
  });
});

describe('workerServerFromUrl: a worker server given as a model ID', () => {
  it.each([
    ['http://localhost:8000', 'http://localhost:8000'],
    ['http://127.0.0.1:8000/', 'http://127.0.0.1:8000'],
    ['https://pod1abc-8080.proxy.runpod.net', 'https://pod1abc-8080.proxy.runpod.net'],
    ['http://localhost:8000/v1', undefined],
    ['http://localhost:8000/?x=1', undefined],
    ['https://api.runpod.ai', undefined],
    ['https://lb1abc.api.runpod.ai', undefined],
    ['https://console.runpod.io', undefined],
    ['abc123', undefined],
  ])('%s → %s', (id, server) => {
    expect(workerServerFromUrl(id)).toBe(server);
  });
});

describe('workerServerOf: which job protocol a job takes', () => {
  it("is the model ID's server, else the baseURL's worker server, else RunPod's job API", () => {
    expect(workerServerOf({}, 'abc123')).toBeUndefined();
    expect(workerServerOf({}, 'http://localhost:8000')).toBe('http://localhost:8000');
    const local = { workerServer: 'http://127.0.0.1:8000' };
    expect(workerServerOf(local, 'black-forest-labs-flux-1-dev')).toBe('http://127.0.0.1:8000');
    expect(workerServerOf(local, 'http://localhost:9000')).toBe('http://localhost:9000');
  });
});
