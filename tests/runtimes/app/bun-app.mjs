/* global console, process */
// The app as a Bun program: `bun bun-app.mjs`, the API key from RUNPOD_API_KEY.
import { createRunPod } from '@runpod/ai-sdk-provider';
import { runScenario } from './scenario.mjs';

const runpod = createRunPod({
  baseURL: process.env.RUNPOD_BASE_URL,
  headers: { 'x-mock-key': process.env.MOCK_KEY },
});
console.log(
  JSON.stringify(await runScenario(runpod, { runtime: 'Bun', version: process.versions.bun })),
);
