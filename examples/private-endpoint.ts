/**
 * Your own vLLM serverless endpoint on RunPod (worker-vllm). Pass its endpoint ID, or
 * its console URL https://console.runpod.io/serverless/user/endpoint/<id>.
 *
 * vLLM only answers to its served model name (MODEL_NAME, or
 * OPENAI_SERVED_MODEL_NAME_OVERRIDE). Left out, the provider asks the endpoint once with
 * GET /openai/v1/models; given as `servedModelName`, no lookup is made.
 * `runpod.endpointHealth` tells whether a worker is up before the first call.
 *
 *   RUNPOD_ENDPOINT_ID        your endpoint ID
 *   RUNPOD_SERVED_MODEL_NAME  its served model name (optional)
 */
import { runpod } from '@runpod/ai-sdk-provider';
import { generateText } from 'ai';

// Read when the module loads: with your own API key, this example needs your endpoint.
const skip = Boolean(process.env.RUNPOD_API_KEY) && !process.env.RUNPOD_ENDPOINT_ID;
const endpointId = process.env.RUNPOD_ENDPOINT_ID ?? 'your-endpoint-id';

export default async function main() {
  if (skip) {
    console.log('Skipped: set RUNPOD_ENDPOINT_ID to the ID of your vLLM serverless endpoint.');
    return;
  }

  // 0. Is a worker up, or will the first call wait for a cold start?
  const { jobs, workers } = await runpod.endpointHealth(endpointId);
  console.log(
    `Health:            ${workers.idle} idle, ${workers.running} running, ` +
      `${workers.initializing ?? 0} starting; ${jobs.inQueue} jobs queued`,
  );

  // 1. By endpoint ID: the served model name is looked up on the first call.
  const first = await generateText({
    model: runpod(endpointId),
    prompt: 'Say hello in five words.',
  });
  console.log(`Endpoint:          ${endpointId}`);
  console.log(`Served model name: ${first.response.modelId}`);
  console.log(`Text:              ${first.text}`);

  // 2. The served model name given up front: no lookup.
  const servedModelName = process.env.RUNPOD_SERVED_MODEL_NAME ?? first.response.modelId;
  const second = await generateText({
    model: runpod(endpointId, { servedModelName }),
    prompt: 'Now say goodbye in five words.',
  });
  console.log(`With servedModelName '${servedModelName}': ${second.text}`);

  // 3. The endpoint's console URL works as a model ID too.
  const consoleURL = `https://console.runpod.io/serverless/user/endpoint/${endpointId}`;
  const third = await generateText({
    model: runpod(consoleURL),
    prompt: 'One more time, in three words.',
  });
  console.log(`By console URL ${consoleURL}: ${third.text}`);
}
