import type { JSONObject, SharedV3Warning } from '@ai-sdk/provider';
import {
  REASONING_EFFORTS,
  type ReasoningEffort,
  type ThinkingSwitch,
} from '../catalog/language-models';

/**
 * A `reasoning` value as ai@7's call option and `providerOptions.runpod.reasoning` take it
 * (https://ai-sdk.dev/docs/ai-sdk-core/reasoning).
 */
export type ReasoningLevel = 'none' | ReasoningEffort | 'provider-default';

/**
 * What a model lets a caller control about its thinking, from its catalog entry or, for
 * an own endpoint, its `reasoningSwitch` setting.
 */
export interface ReasoningControl {
  /** How thinking is turned off and on; absent where it cannot be. */
  thinkingSwitch?: ThinkingSwitch;
  /** The `reasoning_effort` values the model takes, in ascending order. */
  efforts?: readonly ReasoningEffort[];
  /** The model does not reason at all (so `'none'` needs nothing). */
  neverReasons?: boolean;
  /** Said in the warning when a value cannot be honoured, e.g. how to pick a switch. */
  hint?: string;
}

export interface ReasoningRequest {
  /** What goes into `providerOptions.runpod` (so into the body): flat keys, objects merged. */
  options: JSONObject;
  warnings: SharedV3Warning[];
}

/**
 * The body fields that ask a model for a `reasoning` value, and warnings where the model
 * cannot do exactly that. The AI SDK's rule for the values
 * (https://ai-sdk.dev/docs/ai-sdk-core/reasoning, "How values are mapped"):
 * `'provider-default'` sends nothing; a level the model does not take is rounded down to
 * the nearest one it takes, else up, with a `compatibility` warning; `'none'` on a model
 * that cannot stop thinking is its lowest level, with a `compatibility` warning; a model
 * with no way to be asked gets an `unsupported` warning and nothing is sent.
 * A boolean switch (`enable_thinking`, `thinking`) is off for `'none'` and on for any
 * level; a level other than the one the model has is warned about as `compatibility`.
 */
export function requestReasoning(
  reasoning: ReasoningLevel | undefined,
  control: ReasoningControl,
  modelId: string,
): ReasoningRequest {
  const warnings: SharedV3Warning[] = [];
  if (reasoning === undefined || reasoning === 'provider-default') return { options: {}, warnings };
  const { thinkingSwitch, efforts = [] } = control;
  const model = `RunPod model '${modelId}'`;

  if (reasoning === 'none') {
    if (thinkingSwitch !== undefined)
      return { options: switchFields(thinkingSwitch, false), warnings };
    if (control.neverReasons) return { options: {}, warnings };
    if (efforts.length > 0) {
      warnings.push({
        type: 'compatibility',
        feature: 'reasoning',
        details: `${model} cannot stop thinking; reasoning "none" was sent as reasoning_effort "${efforts[0]}".`,
      });
      return { options: { reasoning_effort: efforts[0] }, warnings };
    }
    warnings.push(unsupported(`${model} cannot be told not to think.`, control.hint));
    return { options: {}, warnings };
  }

  const effort = nearestEffort(reasoning, efforts);
  if (effort !== undefined) {
    if (effort !== reasoning) {
      warnings.push({
        type: 'compatibility',
        feature: 'reasoning',
        details: `${model} takes reasoning_effort ${efforts.join(', ')}; reasoning "${reasoning}" was sent as "${effort}".`,
      });
    }
    return { options: { reasoning_effort: effort }, warnings };
  }
  if (thinkingSwitch !== undefined) {
    warnings.push({
      type: 'compatibility',
      feature: 'reasoning',
      details: `${model} turns thinking on or off, with no levels; reasoning "${reasoning}" turned it on.`,
    });
    return { options: switchFields(thinkingSwitch, true), warnings };
  }
  warnings.push(
    unsupported(
      control.neverReasons
        ? `${model} does not reason; reasoning "${reasoning}" was not sent.`
        : `${model} has no known way to set its reasoning; reasoning "${reasoning}" was not sent.`,
      control.hint,
    ),
  );
  return { options: {}, warnings };
}

/** The level asked for if the model takes it, else the nearest lower one, else higher. */
export function nearestEffort(
  wanted: ReasoningEffort,
  efforts: readonly ReasoningEffort[],
): ReasoningEffort | undefined {
  const index = REASONING_EFFORTS.indexOf(wanted);
  const candidates = [
    wanted,
    ...REASONING_EFFORTS.slice(0, index).reverse(),
    ...REASONING_EFFORTS.slice(index + 1),
  ];
  return candidates.find(level => efforts.includes(level));
}

/** The body fields a switch is set with. */
function switchFields(thinkingSwitch: ThinkingSwitch, on: boolean): JSONObject {
  switch (thinkingSwitch) {
    case 'enable_thinking':
      return { chat_template_kwargs: { enable_thinking: on } };
    case 'thinking':
      return { chat_template_kwargs: { thinking: on } };
    case 'moonshot':
      return {
        thinking: { type: on ? 'enabled' : 'disabled' },
        chat_template_kwargs: { thinking: on },
      };
  }
}

function unsupported(details: string, hint: string | undefined): SharedV3Warning {
  return {
    type: 'unsupported',
    feature: 'reasoning',
    details: hint === undefined ? details : `${details} ${hint}`,
  };
}

/**
 * `fields` under `given`: the caller's own values win, key by key, one level into objects
 * (so `chat_template_kwargs` the caller sent keeps its other keys and its own
 * `enable_thinking`).
 */
export function mergeUnder(
  fields: JSONObject,
  given: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...fields, ...given };
  for (const [key, value] of Object.entries(fields)) {
    const own = given?.[key];
    if (isObject(value) && isObject(own)) merged[key] = { ...value, ...own };
  }
  return merged;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value != null && typeof value === 'object' && !Array.isArray(value);

/** How an own endpoint's model is switched: the `reasoningSwitch` model setting. */
export type ReasoningSwitchSetting = 'enable_thinking' | 'thinking' | 'reasoning_effort' | 'none';

const OWN_ENDPOINT_HINT =
  "Say how your model is switched with the model setting reasoningSwitch ('enable_thinking', 'thinking', 'reasoning_effort').";

/**
 * What a model lets a caller control: a catalog entry's fields, or for an own endpoint its
 * `reasoningSwitch` setting (default `enable_thinking`: vLLM serving a Qwen3-style template
 * is the common case, and a template that does not read the key ignores it).
 * `reasoning_effort` on an own endpoint takes the levels vLLM accepts, `low`, `medium` and
 * `high` (`ChatCompletionRequest` in
 * https://github.com/vllm-project/vllm/blob/main/vllm/entrypoints/openai/protocol.py; GPT-OSS's
 * levels too, https://huggingface.co/openai/gpt-oss-120b).
 */
export function reasoningControlOf(
  entry:
    | {
        thinkingSwitch?: ThinkingSwitch;
        reasoningEfforts?: readonly ReasoningEffort[];
        reasoning: 'fields' | 'think-tags' | 'none';
      }
    | undefined,
  setting: ReasoningSwitchSetting | undefined,
): ReasoningControl {
  if (entry !== undefined) {
    return {
      thinkingSwitch: entry.thinkingSwitch,
      efforts: entry.reasoningEfforts,
      neverReasons: entry.reasoning === 'none',
    };
  }
  switch (setting ?? 'enable_thinking') {
    case 'enable_thinking':
      return { thinkingSwitch: 'enable_thinking' };
    case 'thinking':
      return { thinkingSwitch: 'thinking' };
    case 'reasoning_effort':
      return { efforts: ['low', 'medium', 'high'], hint: OWN_ENDPOINT_HINT };
    default:
      return { hint: OWN_ENDPOINT_HINT };
  }
}
