import type { LanguageModelV3Content, LanguageModelV3StreamPart } from '@ai-sdk/provider';

/**
 * Splits reasoning that a model writes inline as `<think>…</think>` out of its text.
 * Qwen3 on RunPod's `qwen3-32b-awq` endpoint does this when vLLM runs without a
 * reasoning parser (https://docs.runpod.io/public-endpoints/models/qwen3-32b; RunPod's
 * text-to-video tutorial strips these blocks by hand). An unclosed `<think>` at the end
 * counts as reasoning.
 * Whitespace around the reasoning and right after `</think>` is dropped.
 *
 * Chat templates that open the think block in the prompt (Qwen3 thinking variants,
 * DeepSeek-R1 distills; vercel/ai#4920) make the reply begin inside the reasoning, with
 * only `</think>` in it. With `mayStartInReasoning`, the splitter holds the text back
 * until its first tag: text before a first `</think>` is reasoning, text before a first
 * `<think>` is text, and a reply with neither tag is text.
 */
const OPEN = '<think>';
const CLOSE = '</think>';

type Segment = { kind: 'text' | 'reasoning'; text: string };

/** The first tag of a reply: `<think>` (`open`), or `</think>` (`close`: it began inside). */
export type FirstTag = 'open' | 'close';

export class ThinkTagSplitter {
  private buffer = '';
  private inThink = false;
  private trimLeading = false;
  /** Still before the first tag of a reply that may begin inside the reasoning. */
  private undecided: boolean;
  /** The reply's first tag, once seen; `scan` keeps the tail a tag may be cut in. */
  private first: FirstTag | undefined;
  private scan = '';

  constructor({ mayStartInReasoning = false }: { mayStartInReasoning?: boolean } = {}) {
    this.undecided = mayStartInReasoning;
  }

  /** The reply's first tag so far, which tells whether the template opened the block. */
  get firstTag(): FirstTag | undefined {
    return this.first;
  }

  /** Feeds more text; returns the segments that are certain so far. */
  push(delta: string): Segment[] {
    this.noteFirstTag(delta);
    this.buffer += delta;
    const segments: Segment[] = [];
    if (this.undecided && !this.decide()) return segments;
    for (;;) {
      const tag = this.inThink ? CLOSE : OPEN;
      const index = this.buffer.indexOf(tag);
      if (index === -1) break;
      const before = this.buffer.slice(0, index);
      this.emit(segments, this.inThink ? before.trimEnd() : before);
      this.buffer = this.buffer.slice(index + tag.length);
      this.inThink = !this.inThink;
      this.trimLeading = true;
    }
    // Hold back a tail that could be the start of the next tag and, inside reasoning,
    // the whitespace before it, which is dropped if the tag follows.
    let keep = partialTagLength(this.buffer, this.inThink ? CLOSE : OPEN);
    if (this.inThink) {
      const rest = this.buffer.slice(0, this.buffer.length - keep);
      keep += rest.length - rest.trimEnd().length;
    }
    this.emit(segments, this.buffer.slice(0, this.buffer.length - keep));
    this.buffer = this.buffer.slice(this.buffer.length - keep);
    return segments;
  }

  /** Ends the text; returns what was held back. */
  flush(): Segment[] {
    const segments: Segment[] = [];
    this.undecided = false;
    this.emit(segments, this.inThink ? this.buffer.trimEnd() : this.buffer);
    this.buffer = '';
    return segments;
  }

  /**
   * Before the first tag: whether a tag has come. A `</think>` first means the text so
   * far was reasoning, so the splitter carries on as if a `<think>` had opened the reply.
   */
  private decide(): boolean {
    const open = this.buffer.indexOf(OPEN);
    const close = this.buffer.indexOf(CLOSE);
    if (open === -1 && close === -1) return false;
    this.undecided = false;
    if (close !== -1 && (open === -1 || close < open)) {
      this.inThink = true;
      this.trimLeading = true;
    }
    return true;
  }

  private noteFirstTag(delta: string): void {
    if (this.first !== undefined) return;
    const text = this.scan + delta;
    const open = text.indexOf(OPEN);
    const close = text.indexOf(CLOSE);
    if (open === -1 && close === -1) {
      this.scan = text.slice(-(CLOSE.length - 1));
      return;
    }
    this.first = close !== -1 && (open === -1 || close < open) ? 'close' : 'open';
    this.scan = '';
  }

  private emit(segments: Segment[], raw: string): void {
    const text = this.trimLeading ? raw.trimStart() : raw;
    if (text === '') return;
    this.trimLeading = false;
    segments.push({ kind: this.inThink ? 'reasoning' : 'text', text });
  }
}

function partialTagLength(text: string, tag: string): number {
  for (let length = Math.min(tag.length - 1, text.length); length > 0; length--) {
    if (text.endsWith(tag.slice(0, length))) return length;
  }
  return 0;
}

/**
 * `doGenerate` content with inline reasoning moved into reasoning parts; `onFirstTag`
 * hears the first tag of a text that has one.
 */
export function splitThinkTagsInContent(
  content: LanguageModelV3Content[],
  onFirstTag?: (tag: FirstTag) => void,
): LanguageModelV3Content[] {
  return content.flatMap(part => {
    if (part.type !== 'text' || !(part.text.includes(OPEN) || part.text.includes(CLOSE))) {
      return [part];
    }
    // The whole text is here, so the first tag decides whether it began inside reasoning.
    const splitter = new ThinkTagSplitter({ mayStartInReasoning: true });
    const segments = [...splitter.push(part.text), ...splitter.flush()];
    if (splitter.firstTag !== undefined) onFirstTag?.(splitter.firstTag);
    return segments.map(segment =>
      segment.kind === 'reasoning'
        ? { type: 'reasoning' as const, text: segment.text }
        : { ...part, text: segment.text },
    );
  });
}

type StreamController = TransformStreamDefaultController<LanguageModelV3StreamPart>;
type TextStart = Extract<LanguageModelV3StreamPart, { type: 'text-start' }>;

/**
 * One streamed text part, split into text and reasoning parts as its deltas come: the
 * part that is open (text or reasoning) is closed when the kind changes, and each
 * reasoning block gets its own ID (`<text id>-think-<n>`).
 */
class StreamedTextPart {
  private readonly splitter: ThinkTagSplitter;
  private open: 'text' | 'reasoning' | undefined;
  private reasoningCount = 0;

  constructor(
    private readonly start: TextStart,
    startsInReasoning: boolean,
    private readonly onFirstTag: ((tag: FirstTag) => void) | undefined,
  ) {
    this.splitter = new ThinkTagSplitter({ mayStartInReasoning: startsInReasoning });
  }

  push(delta: string, controller: StreamController): void {
    this.write(this.splitter.push(delta), controller);
  }

  end(controller: StreamController): void {
    this.write(this.splitter.flush(), controller);
    this.close(controller);
    if (this.splitter.firstTag !== undefined) this.onFirstTag?.(this.splitter.firstTag);
  }

  private write(segments: Segment[], controller: StreamController): void {
    for (const { kind, text } of segments) {
      if (this.open !== kind) {
        this.close(controller);
        if (kind === 'reasoning') this.reasoningCount += 1;
        controller.enqueue(
          kind === 'text' ? this.start : { type: 'reasoning-start', id: this.reasoningId },
        );
        this.open = kind;
      }
      controller.enqueue(
        kind === 'text'
          ? { type: 'text-delta', id: this.start.id, delta: text }
          : { type: 'reasoning-delta', id: this.reasoningId, delta: text },
      );
    }
  }

  private close(controller: StreamController): void {
    if (this.open === 'text') controller.enqueue({ type: 'text-end', id: this.start.id });
    if (this.open === 'reasoning')
      controller.enqueue({ type: 'reasoning-end', id: this.reasoningId });
    this.open = undefined;
  }

  private get reasoningId(): string {
    return `${this.start.id}-think-${this.reasoningCount}`;
  }
}

/**
 * A `doStream` transform that moves inline reasoning into reasoning parts. A stream
 * cannot take back text it has sent, so only with `startsInReasoning` is the text held
 * back until its first tag (see {@link ThinkTagSplitter}); without it text streams as it
 * comes. `onFirstTag` hears each text part's first tag when the part ends, so a caller can
 * learn whether the endpoint's template opens the block.
 */
export function splitThinkTagsInStream({
  startsInReasoning = false,
  onFirstTag,
}: { startsInReasoning?: boolean; onFirstTag?: (tag: FirstTag) => void } = {}): TransformStream<
  LanguageModelV3StreamPart,
  LanguageModelV3StreamPart
> {
  const parts = new Map<string, StreamedTextPart>();
  return new TransformStream({
    transform(part, controller) {
      if (part.type === 'text-start') {
        parts.set(part.id, new StreamedTextPart(part, startsInReasoning, onFirstTag));
        return;
      }
      const open =
        part.type === 'text-delta' || part.type === 'text-end' ? parts.get(part.id) : undefined;
      if (part.type === 'text-delta' && open !== undefined) {
        open.push(part.delta, controller);
        return;
      }
      if (part.type === 'text-end' && open !== undefined) {
        open.end(controller);
        parts.delete(part.id);
        return;
      }
      if (part.type === 'finish') {
        // A text part the upstream never ended is ended here, before the finish part.
        for (const text of parts.values()) text.end(controller);
        parts.clear();
      }
      controller.enqueue(part);
    },
  });
}
