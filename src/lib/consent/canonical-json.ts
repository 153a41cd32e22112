/**
 * Write a JSON value (as `JSON.parse` returns it) in its RFC 8785 (JSON Canonicalization Scheme)
 * form: object members sorted by the UTF-16 code units of their names, no whitespace, numbers and
 * strings as ECMAScript's `JSON.stringify` writes them (RFC 8785, sections 3.2.2 and 3.2.3).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  // Plain `sort()` compares UTF-16 code units, as RFC 8785 asks.
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
}
