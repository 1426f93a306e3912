/** A small, deterministic value that satisfies a JSON schema, as guided decoding would. */
export function sampleFromSchema(schema: any, name = 'value'): unknown {
  if (schema == null || typeof schema !== 'object') return name;
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const variants = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(variants)) return sampleFromSchema(variants[0], name);
  const type = Array.isArray(schema.type)
    ? schema.type.find((t: string) => t !== 'null')
    : schema.type;
  switch (type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(schema.properties ?? {})) {
        result[key] = sampleFromSchema(value, key);
      }
      return result;
    }
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, (_, i) =>
        sampleFromSchema(schema.items, `${name}-${i + 1}`),
      );
    case 'integer':
    case 'number':
      return schema.minimum ?? 42;
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return `sample ${name}`;
  }
}
