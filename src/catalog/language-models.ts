/** The message field a vLLM-style server returns reasoning in, and reads it back from. */
export type ReasoningField = 'reasoning' | 'reasoning_content';

/** A level of reasoning effort, in ascending order as the AI SDK ranks them. */
export const REASONING_EFFORTS = ['minimal', 'low', 'medium', 'high', 'xhigh', 'max'] as const;
/** One of {@link REASONING_EFFORTS}. */
export type ReasoningEffort = (typeof REASONING_EFFORTS)[number];

/**
 * How a model's thinking is turned on and off, where it can be:
 * - `enable_thinking`: `chat_template_kwargs.enable_thinking` (Qwen3's chat template;
 *   vLLM's "Reasoning Outputs", https://docs.vllm.ai/en/latest/features/reasoning_outputs.html);
 * - `thinking`: `chat_template_kwargs.thinking` (Kimi K2.5/K2.6 and DeepSeek V3.1 templates
 *   on vLLM or SGLang);
 * - `moonshot`: Moonshot's own `thinking: { type: 'enabled' | 'disabled' }`
 *   (https://platform.kimi.ai/docs/api/models-overview) and the template's
 *   `chat_template_kwargs.thinking` beside it, for an endpoint that may be served either way.
 */
export type ThinkingSwitch = 'enable_thinking' | 'thinking' | 'moonshot';

/**
 * RunPod's public LLM endpoints, as data. Each entry gives the endpoint slug
 * (`https://api.runpod.ai/v2/<endpoint>/openai/v1`), the served model name vLLM
 * expects in the `model` field, and what the endpoint can do. Sources: the model
 * pages under https://docs.runpod.io/public-endpoints/models (`docs`) and the pages in
 * `sources`.
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
  /**
   * For `fields`: the field the endpoint answers with, and so the field reasoning in a
   * replayed history goes back in until the endpoint has answered this provider
   * instance (then its answers decide). Moonshot-style servers reject a tool-call
   * history without `reasoning_content`; vLLM 0.16 and later reads only `reasoning`
   * (vllm-project/vllm#38488). Absent: `reasoning`.
   */
  reasoningField?: ReasoningField;
  /**
   * The `reasoning_effort` values the model takes. A `reasoning` level (ai@7's call option
   * or `providerOptions.runpod.reasoning`) is sent as the nearest of these.
   */
  reasoningEfforts?: readonly ReasoningEffort[];
  /** How thinking is turned off (and on), where the model can stop thinking. */
  thinkingSwitch?: ThinkingSwitch;
  /**
   * The chat template opens the think block in the prompt, so replies begin inside the
   * reasoning and carry only `</think>` (Qwen3 thinking variants, DeepSeek-R1 distills).
   */
  startsInReasoning?: boolean;
  /**
   * The model calls tools (`tools`, `tool_choice`). RunPod states it for GPT-OSS 120B
   * (its AI SDK page); for the others it holds where the endpoint's vLLM runs a tool
   * parser, which RunPod does not state per public endpoint.
   */
  tools: boolean;
  /** vLLM honours `response_format: json_schema`, so `generateObject` sends the schema. */
  structuredOutputs: boolean;
  /**
   * The model reads images in user messages (`image_url` parts), where RunPod's page says
   * it takes multimodal input. Absent: text only, and an image or file part is refused
   * before any request.
   */
  images?: boolean;
  /** Context window in tokens (prompt and output together), where RunPod documents it. */
  contextWindow?: number;
  /** Most tokens one answer may have (`max_tokens`), where RunPod documents it. */
  maxOutputTokens?: number;
  /**
   * `available`: listed in RunPod's docs today. `delisted`: the model page still
   * exists but is gone from the catalog. (`retired` is not used: a retired ID throws a
   * `NoSuchModelError`, as for every kind.)
   */
  status: 'available' | 'delisted' | 'retired';
  /** The RunPod doc page for the endpoint. */
  docs: string;
  /** Other pages the facts above come from. */
  sources?: readonly string[];
}

const docs = (page: string) => `https://docs.runpod.io/public-endpoints/models/${page}`;
/** RunPod's AI-coding-tools page: served names, context windows and output limits. */
const AI_CODING_TOOLS = 'https://docs.runpod.io/public-endpoints/ai-coding-tools';
/** RunPod's AI SDK page: "Supports tool calling" for GPT-OSS 120B. */
const AI_SDK = 'https://docs.runpod.io/public-endpoints/ai-sdk';
/** Moonshot's reasoning-effort guide: Kimi K3 takes `low`, `high` and `max`. */
const MOONSHOT_REASONING_EFFORT = 'https://platform.kimi.ai/docs/guide/use-reasoning-effort';
/** Kimi K2.6's model card: instant mode is `thinking: {type: 'disabled'}` on Moonshot's API and
 * `chat_template_kwargs: {thinking: false}` on vLLM/SGLang. */
const KIMI_K2_6_MODEL_CARD = 'https://huggingface.co/moonshotai/Kimi-K2.6';
/** Moonshot's parameter reference: K2.6 takes `thinking: {type: 'enabled' | 'disabled'}`. */
const MOONSHOT_PARAMETERS = 'https://platform.kimi.ai/docs/api/models-overview';
/** Qwen3's model card: `enable_thinking=False` in the chat template turns thinking off. */
const QWEN3_MODEL_CARD = 'https://huggingface.co/Qwen/Qwen3-32B-AWQ';
/** vLLM's "Reasoning Outputs": Qwen3 thinking is switched with `chat_template_kwargs`. */
const VLLM_REASONING = 'https://docs.vllm.ai/en/latest/features/reasoning_outputs.html';
/** OpenAI's model card: GPT-OSS takes reasoning effort `low`, `medium` and `high`. */
const GPT_OSS_MODEL_CARD = 'https://huggingface.co/openai/gpt-oss-120b';

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
    // Qwen3 (not a thinking-only 2507 variant): the template opens no think block itself.
    thinkingSwitch: 'enable_thinking',
    tools: true,
    structuredOutputs: true,
    contextWindow: 32_768,
    maxOutputTokens: 4_096,
    status: 'available',
    docs: docs('qwen3-32b'),
    sources: [AI_CODING_TOOLS, QWEN3_MODEL_CARD, VLLM_REASONING],
  },
  'ibm-granite/granite-4.0-h-small': {
    endpoint: 'granite-4-0-h-small',
    // Not stated by RunPod; the Hugging Face repository ID that vLLM serves by default.
    servedModelName: 'ibm-granite/granite-4.0-h-small',
    reasoning: 'none',
    tools: true,
    structuredOutputs: true,
    status: 'available',
    docs: docs('granite-4'),
  },
  'moonshotai/kimi-k2.6': {
    endpoint: 'moonshot-kimi',
    servedModelName: 'kimi-k2.6',
    reasoning: 'fields',
    reasoningField: 'reasoning_content',
    // RunPod's Kimi page sends `reasoning_effort="max"` to K2.6 "for adding reasoning", and
    // calls K2.6 a model "with thinking and non-thinking modes"; RunPod does not say what
    // serves it, so thinking is turned off both ways Kimi's model card gives.
    reasoningEfforts: ['max'],
    thinkingSwitch: 'moonshot',
    tools: true,
    structuredOutputs: true,
    // RunPod's Kimi page: K2.6 has "thinking and non-thinking modes… multimodal input".
    images: true,
    contextWindow: 262_144,
    status: 'available',
    docs: docs('moonshot-kimi'),
    sources: [KIMI_K2_6_MODEL_CARD, MOONSHOT_PARAMETERS],
  },
  'moonshotai/kimi-k2.7-code': {
    endpoint: 'moonshot-kimi',
    servedModelName: 'kimi-k2.7-code',
    reasoning: 'fields',
    reasoningField: 'reasoning_content',
    tools: true,
    structuredOutputs: true,
    contextWindow: 262_144,
    status: 'available',
    docs: docs('moonshot-kimi'),
  },
  'moonshotai/kimi-k3': {
    endpoint: 'moonshot-kimi',
    servedModelName: 'kimi-k3',
    reasoning: 'fields',
    reasoningField: 'reasoning_content',
    // RunPod: "always-on reasoning and configurable reasoning effort"; the levels are
    // Moonshot's. No switch: K3 cannot stop thinking.
    reasoningEfforts: ['low', 'high', 'max'],
    tools: true,
    structuredOutputs: true,
    contextWindow: 1_048_576,
    status: 'available',
    docs: docs('moonshot-kimi'),
    sources: [MOONSHOT_REASONING_EFFORT],
  },
  'openai/gpt-oss-120b': {
    endpoint: 'gpt-oss-120b',
    // RunPod's AI-coding-tools page: "exactly as shown (case-sensitive)". Its model page
    // says `gpt-oss-120b`; a call that is told the name does not exist finds the right one.
    servedModelName: 'openai/gpt-oss-120b',
    reasoning: 'fields',
    reasoningField: 'reasoning',
    reasoningEfforts: ['low', 'medium', 'high'],
    tools: true,
    structuredOutputs: true,
    contextWindow: 131_072,
    maxOutputTokens: 4_096,
    status: 'delisted',
    docs: docs('gpt-oss-120b'),
    sources: [AI_CODING_TOOLS, AI_SDK, GPT_OSS_MODEL_CARD],
  },
  'deepcogito/cogito-671b-v2.1-fp8': {
    endpoint: 'cogito-671b-v2-1-fp8-dynamic',
    servedModelName: 'cogito-671b-v2-1-fp8-dynamic',
    reasoning: 'none',
    tools: true,
    structuredOutputs: true,
    status: 'delisted',
    docs: docs('cogito-671b'),
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
