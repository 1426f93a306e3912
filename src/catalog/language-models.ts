/**
 * RunPod's public LLM endpoints, as data. Each entry gives the endpoint slug
 * (`https://api.runpod.ai/v2/<endpoint>/openai/v1`), the served model name vLLM
 * expects in the `model` field, and what the endpoint can do. Sources: the model
 * pages under https://docs.runpod.io/public-endpoints/models and `runpod-api.md` §2.2.
 */
export interface LanguageModelCatalogEntry {
  /** Endpoint ID (slug) of the public endpoint. */
  endpoint: string;
  /** The `model` value the endpoint's vLLM server answers to. */
  servedModelName: string;
  /**
   * How the model hands back its reasoning: `fields` in `reasoning` /
   * `reasoning_content`, `think-tags` inline as `<think>…</think>` in the text,
   * or `none`.
   */
  reasoning: 'fields' | 'think-tags' | 'none';
  /** vLLM honours `response_format: json_schema`, so `generateObject` sends the schema. */
  structuredOutputs: boolean;
  /** Context window in tokens, where RunPod documents it. */
  contextWindow?: number;
  /**
   * `available`: listed in RunPod's docs today. `delisted`: the model page still
   * exists but is gone from the catalog. `retired`: removed from RunPod's docs.
   */
  status: 'available' | 'delisted' | 'retired';
  /** The RunPod doc page for the endpoint. */
  docs: string;
}

const docs = (page: string) => `https://docs.runpod.io/public-endpoints/models/${page}`;

/**
 * The language model catalog: catalog ID → {@link LanguageModelCatalogEntry}. The IDs are
 * the suggestions of `RunPodChatModelId`; README.md's model table lists the same entries.
 * (https://docs.runpod.io/public-endpoints/reference)
 */
export const languageModelCatalog = {
  'qwen/qwen3-32b-awq': {
    endpoint: 'qwen3-32b-awq',
    servedModelName: 'Qwen/Qwen3-32B-AWQ',
    // RunPod's own tutorial strips inline <think> blocks from this endpoint's content.
    reasoning: 'think-tags',
    structuredOutputs: true,
    status: 'available',
    docs: docs('qwen3-32b'),
  },
  'ibm-granite/granite-4.0-h-small': {
    endpoint: 'granite-4-0-h-small',
    // Not stated by RunPod; the Hugging Face repository ID that vLLM serves by default.
    servedModelName: 'ibm-granite/granite-4.0-h-small',
    reasoning: 'none',
    structuredOutputs: true,
    status: 'available',
    docs: docs('granite-4'),
  },
  'moonshotai/kimi-k2.6': {
    endpoint: 'moonshot-kimi',
    servedModelName: 'kimi-k2.6',
    reasoning: 'fields',
    structuredOutputs: true,
    contextWindow: 262_144,
    status: 'available',
    docs: docs('moonshot-kimi'),
  },
  'moonshotai/kimi-k2.7-code': {
    endpoint: 'moonshot-kimi',
    servedModelName: 'kimi-k2.7-code',
    reasoning: 'fields',
    structuredOutputs: true,
    contextWindow: 262_144,
    status: 'available',
    docs: docs('moonshot-kimi'),
  },
  'moonshotai/kimi-k3': {
    endpoint: 'moonshot-kimi',
    servedModelName: 'kimi-k3',
    reasoning: 'fields',
    structuredOutputs: true,
    contextWindow: 1_048_576,
    status: 'available',
    docs: docs('moonshot-kimi'),
  },
  'openai/gpt-oss-120b': {
    endpoint: 'gpt-oss-120b',
    // RunPod's AI-coding-tools page: "exactly as shown (case-sensitive)".
    servedModelName: 'openai/gpt-oss-120b',
    reasoning: 'fields',
    structuredOutputs: true,
    contextWindow: 131_072,
    status: 'delisted',
    docs: docs('gpt-oss-120b'),
  },
  'deepcogito/cogito-671b-v2.1-fp8': {
    endpoint: 'cogito-671b-v2-1-fp8-dynamic',
    servedModelName: 'cogito-671b-v2-1-fp8-dynamic',
    reasoning: 'none',
    structuredOutputs: true,
    status: 'delisted',
    docs: docs('cogito-671b'),
  },
  'deep-cogito/deep-cogito-v2-llama-70b': {
    endpoint: 'deep-cogito-v2-llama-70b',
    servedModelName: 'deepcogito/cogito-v2-preview-llama-70B',
    reasoning: 'none',
    structuredOutputs: true,
    status: 'retired',
    docs: 'https://docs.runpod.io/public-endpoints/overview',
  },
} as const satisfies Record<string, LanguageModelCatalogEntry>;

/** Catalog IDs of RunPod's public LLM endpoints. */
export type RunPodCatalogChatModelId = keyof typeof languageModelCatalog;

/**
 * Other names for catalog models: the IDs RunPod's earlier `@runpod/ai-sdk-provider`
 * releases accepted, so code written for them resolves to the same entry.
 */
export const languageModelAliases: Record<string, RunPodCatalogChatModelId> = {
  'deepcogito/cogito-671b-v2.1-FP8': 'deepcogito/cogito-671b-v2.1-fp8',
  'gpt-oss-120b': 'openai/gpt-oss-120b',
};
