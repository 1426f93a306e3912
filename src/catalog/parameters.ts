import { z } from 'zod/v4';
import { describeValues, type ParameterSpec } from './media-parameter';

/*
 * The builders every media parameter is declared with: each makes the parameter's fields and
 * its zod `schema` from the same arguments, and the schema's type is what TypeScript infers
 * from the zod calls, so a parameter's option type and its runtime check cannot disagree.
 * Error messages name what the parameter takes and what it got: `takes 4, 8, 12 seconds, got 5`.
 */

/** A parameter's fields besides its type and values. */
type Extra = Omit<ParameterSpec, 'type' | 'values' | 'suggested'>;

const URL_PATTERN = /^(https?:\/\/|data:)/i;

const printed = (value: unknown) => (typeof value === 'string' ? `'${value}'` : String(value));

/** The message of a value the parameter does not take. */
const takes = (spec: ParameterSpec) => (issue: { input?: unknown }) =>
  `takes ${describeValues(spec)}, got ${printed(issue.input)}`;

/** The message of a list of the wrong length. */
const takesCount = (spec: ParameterSpec) => (issue: { input?: unknown }) =>
  `takes ${describeValues(spec)}, got ${Array.isArray(issue.input) ? issue.input.length : 0}`;

/** An http(s) or `data:` URL. */
const urlSchema = (spec: ParameterSpec) =>
  z.string({ error: takes(spec) }).regex(URL_PATTERN, { error: takes(spec) });

/** Any string. */
export function text<const E extends Extra>(extra?: E) {
  const spec = Object.assign({ type: 'string' as const }, extra);
  return { ...spec, schema: z.string({ error: takes(spec) }) };
}

/** One string of a list (`png`, `jpeg`). */
export function oneOf<const V extends readonly [string, ...string[]], const E extends Extra>(
  values: V,
  extra?: E,
) {
  const spec = Object.assign({ type: 'string' as const, values }, extra);
  return { ...spec, schema: z.literal(values, { error: takes(spec) }) };
}

/** Any string; `suggested` are the values the page names without saying the list is complete. */
export function suggested<const V extends readonly string[], const E extends Extra>(
  values: V,
  extra?: E,
) {
  const spec = Object.assign({ type: 'string' as const, suggested: values }, extra);
  return { ...spec, schema: z.string({ error: takes(spec) }) };
}

/** One whole number of a list (`4, 8, 12` seconds). */
export function oneOfIntegers<
  const V extends readonly [number, ...number[]],
  const E extends Extra,
>(values: V, extra?: E) {
  const spec = Object.assign({ type: 'integer' as const, values }, extra);
  return { ...spec, schema: z.literal(values, { error: takes(spec) }) };
}

/** A whole number (within `min`…`max`, a multiple of `multipleOf`, where given). */
export function integer<const E extends Extra>(extra?: E) {
  const spec = Object.assign({ type: 'integer' as const }, extra);
  return { ...spec, schema: numberSchema(spec, true) };
}

/** A number (within `min`…`max`, where given). */
export function number<const E extends Extra>(extra?: E) {
  const spec = Object.assign({ type: 'number' as const }, extra);
  return { ...spec, schema: numberSchema(spec, false) };
}

function numberSchema(spec: ParameterSpec, whole: boolean) {
  const { min, max, multipleOf } = spec;
  return z
    .number({ error: takes(spec) })
    .refine(
      value =>
        (!whole || Number.isInteger(value)) &&
        (min === undefined || value >= min) &&
        (max === undefined || value <= max) &&
        (multipleOf === undefined || value % multipleOf === 0),
      { error: takes(spec) },
    );
}

/** `true` or `false`. */
export function boolean<const E extends Extra>(extra?: E) {
  const spec = Object.assign({ type: 'boolean' as const }, extra);
  return { ...spec, schema: z.boolean({ error: takes(spec) }) };
}

/** An http(s) URL or a `data:` URL (RunPod documents URLs). */
export function url<const E extends Extra>(extra?: E) {
  const spec = Object.assign({ type: 'url' as const }, extra);
  return { ...spec, schema: urlSchema(spec) };
}

/** A list of URLs, `min` to `max` of them. */
export function urls<const E extends Extra>(extra?: E) {
  const spec = Object.assign({ type: 'urls' as const }, extra);
  let schema = z.array(urlSchema(spec), { error: takes(spec) });
  if (spec.min !== undefined) schema = schema.min(spec.min, { error: takesCount(spec) });
  if (spec.max !== undefined) schema = schema.max(spec.max, { error: takesCount(spec) });
  return { ...spec, schema };
}

/** LoRA weights: `[{ path, scale }]`, `path` a URL or path of the weights file. */
export function loras<const E extends Extra>(extra?: E) {
  const spec = Object.assign({ type: 'loras' as const }, extra);
  const lora = z.strictObject({ path: z.string().min(1), scale: z.number() });
  return { ...spec, schema: z.array(lora, { error: takes(spec) }) };
}
