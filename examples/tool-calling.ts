/**
 * Tool calling: the model asks for tools, the AI SDK runs their `execute` functions and
 * sends the results back, and the model answers with them (at most three steps).
 */
import { runpod } from '@runpod/ai-sdk-provider';
import { generateText, stepCountIs, tool } from 'ai';
import { z } from 'zod';

const getWeather = tool({
  description: 'Get the current weather in a city',
  inputSchema: z.object({
    city: z.string().describe('Name of the city'),
  }),
  // A stand-in for a real weather API.
  execute: async ({ city }) => ({ city, temperatureC: 21, conditions: 'partly cloudy' }),
});

const convertCelsius = tool({
  description: 'Convert a temperature from degrees Celsius to degrees Fahrenheit',
  inputSchema: z.object({
    celsius: z.number().describe('Temperature in degrees Celsius'),
  }),
  execute: async ({ celsius }) => ({ fahrenheit: Math.round((celsius * 9) / 5 + 32) }),
});

export default async function main() {
  const result = await generateText({
    model: runpod('qwen/qwen3-32b-awq'),
    tools: { getWeather, convertCelsius },
    stopWhen: stepCountIs(3),
    prompt: 'What is the weather in Amsterdam, in Fahrenheit?',
  });

  for (const [index, step] of result.steps.entries()) {
    for (const call of step.toolCalls) {
      console.log(`Step ${index + 1} tool call:   ${call.toolName}(${JSON.stringify(call.input)})`);
    }
    for (const toolResult of step.toolResults) {
      console.log(
        `Step ${index + 1} tool result: ${toolResult.toolName} → ${JSON.stringify(toolResult.output)}`,
      );
    }
  }
  console.log(`Steps: ${result.steps.length}`);
  console.log(`Final text: ${result.text}`);
}
