import type { FirstTag } from './think-tag-reasoning';

/**
 * Whether an endpoint's chat template opens the think block in the prompt, so that its
 * replies begin inside the reasoning with only `</think>` in them (Qwen3 thinking
 * variants, DeepSeek-R1 distills; vercel/ai#4920). A stream can only split such a reply if
 * it knows before the first tag, so it holds the text back until that tag when it does.
 */
export interface TemplateOpensThink {
  /** Whether a stream should hold its text back until the first tag. */
  holdFirstTag(thinkingOff: boolean): boolean;
  /** Notes a reply's first tag: `close` means the template opened the block. */
  learn(tag: FirstTag): void;
}

/**
 * The answer, in this order: the `startsInReasoning` setting; then, unless the call turned
 * thinking off (a template that switches then opens no block), the catalog entry; then what
 * this endpoint's replies to this provider showed (the last reply with a tag decides);
 * else no.
 */
export function decideTemplateOpensThink(
  setting: boolean | undefined,
  catalog: boolean | undefined,
  seen: Map<string, boolean>,
  openaiBase: string,
): TemplateOpensThink {
  return {
    holdFirstTag: thinkingOff =>
      setting ?? (thinkingOff ? false : (catalog ?? seen.get(openaiBase) ?? false)),
    learn: tag => {
      seen.set(openaiBase, tag === 'close');
    },
  };
}
