type Json = Record<string, unknown>;

/**
 * OpenAPI 3.0's `nullable` as JSON Schema (the value or null); `refBase` points the references of
 * an answer's schema at the document's components (added to Ajv as 'doc').
 */
export function toJsonSchema(s: unknown, refBase = ''): unknown {
  if (Array.isArray(s)) return s.map((x) => toJsonSchema(x, refBase));
  if (!s || typeof s !== 'object') return s;
  const { nullable, ...rest } = s as Json;
  const out = Object.fromEntries(
    Object.entries(rest).map(([k, v]) => [
      k,
      k === '$ref' ? `${refBase}${String(v)}` : toJsonSchema(v, refBase),
    ]),
  );
  if (Array.isArray(out.enum) && nullable) out.enum = [...(out.enum as unknown[]), null];
  return nullable ? { anyOf: [out, { type: 'null' }] } : out;
}
