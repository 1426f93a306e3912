/**
 * Reranking on your own serverless endpoint running RunPod's infinity-embedding worker
 * with a reranker among its MODEL_NAMES (e.g. `BAAI/bge-reranker-base`; RunPod has no
 * public reranking endpoint). Typical use: embeddings find candidates, the reranker puts
 * the best first.
 *
 *   RUNPOD_RERANK_ENDPOINT_ID    your infinity-embedding endpoint ID
 *   RUNPOD_RERANK_MODEL          optional: the reranker's name, when the endpoint serves
 *                                several models (default: the first one it lists)
 */
import { runpod } from '@runpod/ai-sdk-provider';
import { rerank } from 'ai';

// Read when the module loads: with your own API key, this example needs your endpoint.
const skip = Boolean(process.env.RUNPOD_API_KEY) && !process.env.RUNPOD_RERANK_ENDPOINT_ID;
const endpointId = process.env.RUNPOD_RERANK_ENDPOINT_ID ?? 'infinity-your-endpoint-id';
const servedModelName = process.env.RUNPOD_RERANK_MODEL;

export default async function main() {
  if (skip) {
    console.log('Skipped: set RUNPOD_RERANK_ENDPOINT_ID to the ID of your reranking endpoint.');
    return;
  }

  const documents = [
    'Pods are GPU machines you rent by the hour and keep running.',
    'Serverless endpoints scale workers to zero when no requests come in.',
    'A recipe for tomato pasta with basil.',
    'Serverless workers start on demand, so the first request can wait for a cold start.',
  ];
  const { ranking, providerMetadata } = await rerank({
    model: runpod.rerankingModel(endpointId, { servedModelName }),
    query: 'Why does the first serverless request take longer?',
    documents,
    topN: 3,
  });

  console.log('Most relevant first:');
  for (const { score, originalIndex, document } of ranking) {
    console.log(`  ${score.toFixed(3)}  [${originalIndex}] ${document}`);
  }
  const runpodMetadata = providerMetadata?.runpod as { jobId?: string; executionTime?: number };
  console.log(`Job ${runpodMetadata?.jobId} ran for ${runpodMetadata?.executionTime} ms`);
}
