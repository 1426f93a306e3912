/**
 * The chat route of the chat UI example: a web-standard `POST(request) → Response` handler
 * that streams a RunPod model's answer to `useChat` as a UI message stream, with the
 * reasoning, the tool calls and their results.
 */
import type { RunPodProvider } from '@runpod/ai-sdk-provider';
import {
  convertToModelMessages,
  type InferUITools,
  stepCountIs,
  streamText,
  tool,
  type UIDataTypes,
  type UIMessage,
} from 'ai';
import { z } from 'zod';

const tools = {
  getWeather: tool({
    description: 'Get the current weather in a city',
    inputSchema: z.object({ city: z.string().describe('Name of the city') }),
    // A stand-in for a real weather API.
    execute: async ({ city }) => ({ city, temperatureC: 21, conditions: 'partly cloudy' }),
  }),
};

/** The messages this chat exchanges, typed with its tools (the page imports this type). */
export type ChatMessage = UIMessage<never, UIDataTypes, InferUITools<typeof tools>>;

export function createChatHandler(runpod: RunPodProvider) {
  return async function POST(request: Request): Promise<Response> {
    const { messages } = (await request.json()) as { messages: ChatMessage[] };
    const result = streamText({
      // Qwen3 writes its reasoning inline; the provider turns it into reasoning parts.
      model: runpod('qwen/qwen3-32b-awq'),
      system: 'You are a helpful assistant. Use the getWeather tool for questions about weather.',
      messages: await convertToModelMessages(messages),
      tools,
      stopWhen: stepCountIs(3),
      onError: ({ error }) => {
        console.error(`[chat] ${error instanceof Error ? error.message : String(error)}`);
      },
    });
    return result.toUIMessageStreamResponse({ sendReasoning: true });
  };
}
