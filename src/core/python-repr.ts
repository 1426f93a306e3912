/**
 * Python workers put `str(...)` of a dict where an error message belongs. runpod-python
 * 1.12 ends a generator job whose item carries `error` as FAILED with
 * `error = str(item["error"])` (https://github.com/runpod/runpod-python/blob/main/runpod/serverless/modules/rp_job.py,
 * `handle_job`), so worker-vllm's `{"error": {"message", "type", "code"}}`
 * (https://github.com/runpod-workers/worker-vllm/blob/main/src/handler.py, `_error`)
 * reaches clients as `{'message': 'vLLM returned HTTP 404: …', 'type': 'worker_error', 'code': None}`.
 * This reads such text as data (a small literal parser, nothing is evaluated) so that
 * errors can show the message instead of the repr.
 */

/** A literal's value: dicts become plain objects (keys as strings), tuples arrays. */
type Literal = null | boolean | number | string | Literal[] | { [key: string]: Literal };

const MAX_DEPTH = 32;
// JSON's spellings too: the same fields may arrive as JSON text (handler exceptions).
const NAMED: Record<string, Literal> = {
  None: null,
  True: true,
  False: false,
  null: null,
  true: true,
  false: false,
};
const ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '\n': '',
};
const HEX_DIGITS = { x: 2, u: 4, U: 8 } as const;

class Reader {
  index = 0;
  constructor(readonly text: string) {}

  skipSpace() {
    while (/\s/.test(this.text[this.index] ?? '')) this.index += 1;
  }

  value(depth: number): Literal {
    if (depth > MAX_DEPTH) throw new SyntaxError('nested too deep');
    this.skipSpace();
    const char = this.text[this.index];
    if (char === '{') return this.dict(depth);
    if (char === '[') return this.sequence(']', depth);
    if (char === '(') return this.sequence(')', depth);
    if (char === "'" || char === '"') return this.string();
    const word = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[A-Za-z_]+)/.exec(
      this.text.slice(this.index),
    )?.[0];
    if (word === undefined) throw new SyntaxError(`unexpected '${char ?? 'end'}'`);
    this.index += word.length;
    if (Object.hasOwn(NAMED, word)) return NAMED[word];
    const number = Number(word);
    if (Number.isNaN(number)) throw new SyntaxError(`unknown name '${word}'`);
    return number;
  }

  /** Comma-separated items up to `close`, a trailing comma allowed. */
  private items(close: string, item: () => void) {
    this.index += 1;
    for (;;) {
      this.skipSpace();
      if (this.text[this.index] === close) break;
      item();
      this.skipSpace();
      if (this.text[this.index] === ',') this.index += 1;
      else if (this.text[this.index] !== close) throw new SyntaxError(`expected '${close}'`);
    }
    this.index += 1;
  }

  private dict(depth: number): Literal {
    const entries: Array<[string, Literal]> = [];
    this.items('}', () => {
      const key = this.value(depth + 1);
      this.skipSpace();
      if (this.text[this.index] !== ':') throw new SyntaxError("expected ':'");
      this.index += 1;
      entries.push([String(key), this.value(depth + 1)]);
    });
    // `fromEntries` defines own properties: a key such as `__proto__` stays a plain key.
    return Object.fromEntries(entries);
  }

  private sequence(close: string, depth: number): Literal {
    const values: Literal[] = [];
    this.items(close, () => values.push(this.value(depth + 1)));
    return values;
  }

  private string(): string {
    const quote = this.text[this.index];
    let result = '';
    for (this.index += 1; this.index < this.text.length; this.index += 1) {
      const char = this.text[this.index];
      if (char === quote) {
        this.index += 1;
        return result;
      }
      result += char === '\\' ? this.escape() : char;
    }
    throw new SyntaxError('unterminated string');
  }

  private escape(): string {
    const char = this.text[++this.index];
    if (char !== undefined && Object.hasOwn(ESCAPES, char)) return ESCAPES[char];
    const digits = HEX_DIGITS[char as keyof typeof HEX_DIGITS];
    if (digits === undefined) return `\\${char ?? ''}`; // Python keeps unknown escapes
    const hex = this.text.slice(this.index + 1, this.index + 1 + digits);
    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) {
      throw new SyntaxError('bad escape');
    }
    this.index += digits;
    return String.fromCodePoint(Number.parseInt(hex, 16));
  }
}

/**
 * The value of `text` read as one Python literal (`str()`/`repr()` of dicts, lists,
 * tuples, strings, numbers, `None`, `True`, `False`; JSON reads too), or undefined when
 * `text` is anything else.
 */
export function parsePythonLiteral(text: string): Literal | undefined {
  const reader = new Reader(text);
  try {
    const value = reader.value(0);
    reader.skipSpace();
    return reader.index === text.length ? value : undefined;
  } catch {
    return undefined;
  }
}

/** An error object as RunPod's workers and servers write one. */
export interface ReprError {
  message: string;
  type?: string | null;
  code?: string | number | null;
}

const MESSAGE_KEYS = ['message', 'error_message', 'error', 'detail'];

function messageOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  for (const key of MESSAGE_KEYS) {
    const message = messageOf(record[key]);
    if (message !== undefined) return message;
  }
  return undefined;
}

/**
 * The error a dict written as text describes (`{'message': …, 'type': …, 'code': …}`,
 * also nested under `error`, or runpod-python's `error_message`), or undefined when
 * `text` is no dict or names no message.
 */
export function errorFromPythonRepr(text: string): ReprError | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return undefined;
  const value = parsePythonLiteral(trimmed);
  const message = messageOf(value);
  if (message === undefined) return undefined;
  const record = value as Record<string, Literal>;
  const inner =
    typeof record.error === 'object' && record.error !== null && !Array.isArray(record.error)
      ? record.error
      : record;
  const type = inner.type;
  const code = inner.code;
  return {
    message,
    ...(typeof type === 'string' || type === null ? { type } : {}),
    ...(typeof code === 'string' || typeof code === 'number' || code === null ? { code } : {}),
  };
}

/** The message of a dict written as text ({@link errorFromPythonRepr}), else `text` whole. */
export function pythonReprMessage(text: string): string {
  return errorFromPythonRepr(text)?.message ?? text;
}

/**
 * `error` with its message, type and code taken from the dict its message is written
 * as, when it is one (the repr's fields win; the outer type and code stay where the repr
 * has none).
 */
export function withReprMessage<T extends ReprError>(error: T): T {
  const repr = errorFromPythonRepr(error.message);
  if (repr === undefined) return error;
  return {
    ...error,
    message: repr.message,
    type: 'type' in repr ? repr.type : error.type,
    code: 'code' in repr ? repr.code : error.code,
  };
}
