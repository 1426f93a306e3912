import { describe, expect, it } from 'vitest';
import { isAllowedWebhookUrl } from '../../src/core/webhook-url';
import {
  matchingToken,
  newWebhookToken,
  tokensMatch,
  WEBHOOK_TOKEN_PARAM,
  webhookTokenOf,
  withWebhookToken,
} from '../../src/jobs/webhook-token';

describe('webhook tokens', () => {
  it('are 256 random bits in base64url, different each time', () => {
    const tokens = Array.from({ length: 50 }, newWebhookToken);
    expect(new Set(tokens).size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('go into a URL as a query parameter, keeping the others, and come back out', () => {
    const url = withWebhookToken('https://app.example/hooks/runpod?user=7', 'abc-_1');
    expect(url).toBe(`https://app.example/hooks/runpod?user=7&${WEBHOOK_TOKEN_PARAM}=abc-_1`);
    expect(webhookTokenOf(url)).toBe('abc-_1');
    expect(webhookTokenOf('https://app.example/hooks/runpod')).toBeUndefined();
    expect(webhookTokenOf('not a url')).toBeUndefined();
  });

  it('match only when equal, whatever the lengths', () => {
    expect(tokensMatch('abcdef', 'abcdef')).toBe(true);
    expect(tokensMatch('abcdef', 'abcdeg')).toBe(false);
    expect(tokensMatch('abcdef', 'abcde')).toBe(false);
    expect(tokensMatch('abcdef', 'abcdefabcdef')).toBe(false);
    expect(tokensMatch('abcdef', '')).toBe(false);
  });

  it('are found among an operation’s tokens by index, and a missing one matches none', () => {
    expect(matchingToken(['one', 'two', 'six'], 'two')).toBe(1);
    expect(matchingToken(['one', 'two'], 'ten')).toBe(-1);
    expect(matchingToken(['one', 'two'], undefined)).toBe(-1);
    expect(matchingToken([''], undefined)).toBe(-1);
  });
});

describe('isAllowedWebhookUrl', () => {
  it('takes https anywhere and http only on loopback', () => {
    expect(isAllowedWebhookUrl('https://app.example/hook')).toBe(true);
    expect(isAllowedWebhookUrl('http://127.0.0.1:3000/hook')).toBe(true);
    expect(isAllowedWebhookUrl('http://localhost/hook')).toBe(true);
    expect(isAllowedWebhookUrl('http://[::1]:8080/hook')).toBe(true);
    expect(isAllowedWebhookUrl('http://app.example/hook')).toBe(false);
    expect(isAllowedWebhookUrl('ftp://app.example/hook')).toBe(false);
    expect(isAllowedWebhookUrl('/relative/hook')).toBe(false);
  });

  it('refuses credentials in the URL (RunPod would log them with the job)', () => {
    expect(isAllowedWebhookUrl('https://user:secret@app.example/hook')).toBe(false);
  });
});
