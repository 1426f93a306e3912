/**
 * Structured output: `generateObject` with a zod schema. RunPod's vLLM endpoints follow
 * the JSON schema (`response_format: json_schema`), so the answer parses as the schema says.
 */
import { runpod } from '@runpod/ai-sdk-provider';
import { generateObject } from 'ai';
import { z } from 'zod';

const recipeSchema = z.object({
  name: z.string().describe('Name of the dish'),
  servings: z.number().int().min(1),
  vegetarian: z.boolean(),
  ingredients: z.array(
    z.object({
      item: z.string(),
      amount: z.string().describe('Quantity with its unit, e.g. "200 g"'),
    }),
  ),
  steps: z.array(z.string()).min(1),
});

export default async function main() {
  const { object, usage } = await generateObject({
    model: runpod('qwen/qwen3-32b-awq'),
    schema: recipeSchema,
    prompt: 'Give me a simple recipe for a tomato pasta.',
  });

  console.log('Object:');
  console.log(JSON.stringify(object, null, 2));
  console.log(`Recipe "${object.name}" has ${object.ingredients.length} ingredient(s).`);
  console.log(`Usage: ${usage.totalTokens} tokens`);
}
