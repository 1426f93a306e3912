/**
 * Embeddings from your own serverless endpoint running RunPod's infinity-embedding
 * worker (RunPod has no public embedding endpoint). The served model name (one of the
 * worker's MODEL_NAMES) is looked up once with GET /openai/v1/models.
 *
 *   RUNPOD_EMBEDDING_ENDPOINT_ID  your embedding endpoint ID
 */
import { runpod } from '@runpod/ai-sdk-provider';
import { cosineSimilarity, embed, embedMany } from 'ai';

// Read when the module loads: with your own API key, this example needs your endpoint.
const skip = Boolean(process.env.RUNPOD_API_KEY) && !process.env.RUNPOD_EMBEDDING_ENDPOINT_ID;
const endpointId = process.env.RUNPOD_EMBEDDING_ENDPOINT_ID ?? 'your-embedding-endpoint-id';

export default async function main() {
  if (skip) {
    console.log(
      'Skipped: set RUNPOD_EMBEDDING_ENDPOINT_ID to the ID of your infinity-embedding endpoint.',
    );
    return;
  }

  const model = runpod.embeddingModel(endpointId);

  const { embedding } = await embed({ model, value: 'How do I deploy a model on RunPod?' });
  console.log(`embed: ${embedding.length} dimensions`);

  const documents = [
    'RunPod serverless endpoints scale GPU workers up and down with demand.',
    'Deploy a vLLM worker to serve an open model on RunPod.',
    'A recipe for tomato pasta with basil.',
  ];
  const { embeddings, usage } = await embedMany({ model, values: documents });
  console.log(`embedMany: ${embeddings.length} embeddings of ${embeddings[0].length} dimensions`);
  console.log(`Usage: ${usage.tokens} tokens`);

  console.log('Cosine similarity to the question:');
  documents.forEach((document, index) => {
    const similarity = cosineSimilarity(embedding, embeddings[index]);
    console.log(`  ${similarity.toFixed(3).padStart(6)}  ${document}`);
  });
}
