/**
 * What the mock knows about RunPod endpoints: the served model names RunPod documents
 * for its public LLM endpoints (https://docs.runpod.io/public-endpoints/models) and how each returns reasoning.
 * Any other endpoint ID is treated as a user's own endpoint that serves `mock-org/<id>`.
 */
import { infinityEndpoints } from './media-endpoints/rerank';
import type { MockServerFront } from './server-fronts';
import type { NotServedAnswer } from './not-served';
type ReasoningStyle = 'think-tags' | 'reasoning_content' | 'reasoning' | 'none';

export interface MockEndpoint {
  servedModelNames: string[];
  reasoning: ReasoningStyle;
  /** Rejects a tool-call history without `reasoning_content`, as Moonshot does (`moonshot.ts`). */
  requiresReplayedReasoningContent?: boolean;
  /** A Pod's server started with vLLM's `--api-key`: it takes only this bearer token. */
  apiKey?: string;
  /** A load-balancing endpoint or Pod: how its server is doing, as its front sees it. */
  front?: MockServerFront;
  /**
   * How `/embeddings` treats `dimensions`: `matryoshka` (the default for a vLLM endpoint)
   * shortens the vectors; `refused` is vLLM with a model that is no Matryoshka model;
   * `ignored` is RunPod's infinity worker, which reads only `model` and `input`.
   */
  dimensions?: 'matryoshka' | 'refused' | 'ignored';
  /** How it answers a `model` it does not serve (`not-served.ts`; default `vllm`). */
  notServed?: NotServedAnswer;
  /**
   * What turns the model's thinking off (see `thinkingTurnedOff` in simulate.ts): Qwen3's
   * template reads `chat_template_kwargs.enable_thinking`; Moonshot's API reads
   * `thinking.type`, Kimi's template `chat_template_kwargs.thinking`. Absent: nothing does.
   */
  thinkingSwitch?: 'enable_thinking' | 'moonshot';
  /**
   * The chat template ends the prompt with `<think>\n` (Qwen3 thinking variants,
   * DeepSeek-R1 distills), so an inline-tag reply has only `</think>`.
   */
  templateOpensThink?: boolean;
}

const publicEndpoints: Record<string, MockEndpoint> = {
  'qwen3-32b-awq': {
    servedModelNames: ['Qwen/Qwen3-32B-AWQ'],
    reasoning: 'think-tags',
    thinkingSwitch: 'enable_thinking',
  },
  'granite-4-0-h-small': {
    servedModelNames: ['ibm-granite/granite-4.0-h-small'],
    reasoning: 'none',
  },
  'moonshot-kimi': {
    servedModelNames: ['kimi-k2.6', 'kimi-k2.7-code', 'kimi-k3'],
    reasoning: 'reasoning_content',
    requiresReplayedReasoningContent: true,
    thinkingSwitch: 'moonshot',
  },
  'gpt-oss-120b': { servedModelNames: ['openai/gpt-oss-120b'], reasoning: 'reasoning' },
  'cogito-671b-v2-1-fp8-dynamic': {
    servedModelNames: ['cogito-671b-v2-1-fp8-dynamic'],
    reasoning: 'none',
  },
  'deep-cogito-v2-llama-70b': {
    servedModelNames: ['deepcogito/cogito-v2-preview-llama-70B'],
    reasoning: 'none',
  },
};

/** Whether the endpoint is one of RunPod's public endpoints. */
export function isPublicEndpoint(endpointId: string): boolean {
  return Object.hasOwn(publicEndpoints, endpointId);
}

/**
 * The endpoint as the mock plays it, with what a test changed on it (`deployed`: a user's
 * endpoint redeployed with another model, a public endpoint that serves another name).
 */
export function mockEndpoint(endpointId: string, deployed?: Partial<MockEndpoint>): MockEndpoint {
  // The infinity worker lists its MODEL_NAMES at /openai/v1/models.
  const infinityModels = infinityEndpoints[endpointId];
  const endpoint: MockEndpoint =
    infinityModels !== undefined
      ? { servedModelNames: Object.keys(infinityModels), reasoning: 'none', dimensions: 'ignored' }
      : (publicEndpoints[endpointId] ?? {
          servedModelNames: [`mock-org/${endpointId}`],
          reasoning: 'reasoning',
          // A user's endpoint plays vLLM serving a Qwen3-style template.
          thinkingSwitch: 'enable_thinking',
        });
  return deployed === undefined ? endpoint : { ...endpoint, ...deployed };
}
