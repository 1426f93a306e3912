import { describe, expect, it } from 'vitest';
import {
  errorFromPythonRepr,
  parsePythonLiteral,
  pythonReprMessage,
} from '../../src/core/python-repr';

// What runpod-python 1.12 makes of worker-vllm's error item: `str(item["error"])`.
const WORKER_VLLM_404 =
  `{'message': 'vLLM returned HTTP 404: {"error":{"message":"The model \`wrong/name\` does not exist.",` +
  `"type":"NotFoundError","param":"model","code":404}}', 'type': 'worker_error', 'code': None}`;

describe('Python literals read as data', () => {
  it('reads dicts, lists, tuples, numbers and the named constants', () => {
    expect(
      parsePythonLiteral("{'a': [1, -2.5, 3e2], 'b': (None, True, False), 'c': {}, 4: 'x',}"),
    ).toEqual({ a: [1, -2.5, 300], b: [null, true, false], c: {}, '4': 'x' });
  });

  it('reads both quote styles and the escapes repr writes', () => {
    expect(parsePythonLiteral(String.raw`'it\'s "quoted"'`)).toBe(`it's "quoted"`);
    expect(parsePythonLiteral(`"it's"`)).toBe("it's");
    expect(parsePythonLiteral(String.raw`'a\nb\tc\\d\x41\u00e9\U0001F600'`)).toBe('a\nb\tc\\dAé😀');
  });

  it('reads JSON as well (true, false, null)', () => {
    expect(parsePythonLiteral('{"a": [true, false, null]}')).toEqual({ a: [true, false, null] });
  });

  it('keeps a key named __proto__ as a plain key', () => {
    const value = parsePythonLiteral("{'__proto__': {'polluted': 1}}") as Record<string, unknown>;
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a name that is no constant', "{'a': os.system('x')}"],
    ['a call', "__import__('os')"],
    ['an unterminated string', "{'a': 'b}"],
    ['text after the literal', "{'a': 1} and more"],
    ['a missing colon', "{'a' 1}"],
    ['plain text', 'CUDA out of memory'],
    ['a bad escape', String.raw`'\x4'`],
    ['nesting deeper than 32', `${'['.repeat(40)}${']'.repeat(40)}`],
  ])('gives undefined for %s', (_, text) => {
    expect(parsePythonLiteral(text)).toBeUndefined();
  });
});

describe('the message of an error written as a Python dict', () => {
  it("takes worker-vllm's message, type and code out of runpod-python's repr", () => {
    expect(errorFromPythonRepr(WORKER_VLLM_404)).toEqual({
      message:
        'vLLM returned HTTP 404: {"error":{"message":"The model `wrong/name` does not exist.",' +
        '"type":"NotFoundError","param":"model","code":404}}',
      type: 'worker_error',
      code: null,
    });
  });

  it('finds the message nested under error, and runpod-python handler exceptions', () => {
    expect(errorFromPythonRepr("{'error': {'message': 'boom', 'code': 500}}")).toEqual({
      message: 'boom',
      code: 500,
    });
    const handlerException = JSON.stringify({
      error_type: "<class 'ValueError'>",
      error_message: 'CUDA out of memory',
      error_traceback: 'Traceback …',
    });
    expect(pythonReprMessage(handlerException)).toBe('CUDA out of memory');
  });

  it('falls back to the whole text when it is no dict or names no message', () => {
    for (const text of ['plain words', "{'status': 'FAILED'}", "['a']", "{'message': 'x'"]) {
      expect(pythonReprMessage(text)).toBe(text);
    }
  });
});
