import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { aiVersions, mockRunPod } from './helpers';

const recipe = z.object({
  name: z.string(),
  servings: z.number().int().min(1),
  vegetarian: z.boolean(),
  ingredients: z.array(z.object({ item: z.string(), grams: z.number() })),
});

describe.each(aiVersions)('structured output (%s)', (_, ai) => {
  it('generateObject sends a json_schema response format and parses the object', async () => {
    const mock = mockRunPod();
    const { object } = await ai.generateObject({
      model: mock.provider()('qwen/qwen3-32b-awq'),
      schema: recipe,
      schemaName: 'recipe',
      schemaDescription: 'A recipe',
      prompt: 'A pancake recipe',
    });

    expect(object).toEqual({
      name: 'sample name',
      servings: 1,
      vegetarian: true,
      ingredients: [{ item: 'sample item', grams: 42 }],
    });
    const [request] = await mock.requests();
    const responseFormat = (request.body as any).response_format;
    expect(responseFormat.type).toBe('json_schema');
    expect(responseFormat.json_schema.name).toBe('recipe');
    expect(responseFormat.json_schema.description).toBe('A recipe');
    expect(responseFormat.json_schema.schema).toMatchObject({
      type: 'object',
      required: ['name', 'servings', 'vegetarian', 'ingredients'],
      properties: { servings: { type: 'integer', minimum: 1 } },
    });
  });

  it('streamObject streams partial objects and ends with the whole one', async () => {
    const mock = mockRunPod();
    const result = ai.streamObject({
      model: mock.provider()('moonshotai/kimi-k2.6'),
      schema: recipe,
      prompt: 'A pancake recipe',
    });

    const partials: unknown[] = [];
    for await (const partial of result.partialObjectStream) partials.push(partial);

    expect(partials.length).toBeGreaterThan(3);
    expect(await result.object).toMatchObject({ name: 'sample name', servings: 1 });
    const [request] = await mock.requests();
    expect((request.body as any).response_format.type).toBe('json_schema');
    expect((request.body as any).stream).toBe(true);
  });

  it('generateText with Output.object uses the same json_schema response format', async () => {
    const mock = mockRunPod();
    const { output } = await ai.generateText({
      model: mock.provider()('ibm-granite/granite-4.0-h-small'),
      output: ai.Output.object({ schema: z.object({ city: z.string() }) }),
      prompt: 'Where is the Eiffel tower?',
    });
    expect(output).toEqual({ city: 'sample city' });
    const [request] = await mock.requests();
    expect((request.body as any).response_format.json_schema.schema.properties).toEqual({
      city: { type: 'string' },
    });
  });
});
