/* global console, Deno */
// The app as a Deno program: `deno run --allow-net --allow-env --allow-sys=hostname
// deno-app.mjs`, the API key from RUNPOD_API_KEY.
import { createRunPod } from '@runpod/ai-sdk-provider';
import { runScenario } from './scenario.mjs';

const runpod = createRunPod({
  baseURL: Deno.env.get('RUNPOD_BASE_URL'),
  headers: { 'x-mock-key': Deno.env.get('MOCK_KEY') },
});
console.log(
  JSON.stringify(await runScenario(runpod, { runtime: 'Deno', version: Deno.version.deno })),
);
