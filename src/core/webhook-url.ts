import { z } from 'zod/v4';

/** Hosts that name this machine: a receiver under development may listen there on `http:`. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether RunPod may be given `url` as a job's `webhook`: `https:` anywhere, `http:` only on
 * loopback (a receiver under development, or a worker's own server). RunPod POSTs the job
 * there, results included (https://docs.runpod.io/serverless/endpoints/send-requests,
 * "Webhook notifications"), so they never travel in the clear across a network.
 */
export function isAllowedWebhookUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname);
}

/** A webhook URL RunPod may be given (see {@link isAllowedWebhookUrl}). */
export const webhookUrlSchema = z
  .string()
  .refine(isAllowedWebhookUrl, 'expected an https: URL (or http: on localhost / 127.0.0.1)');
