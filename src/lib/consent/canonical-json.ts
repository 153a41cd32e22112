/**
 * Write a JSON value in its RFC 8785 (JSON Canonicalization Scheme) form: object members sorted by
 * the UTF-16 code units of their names, no whitespace, numbers and strings as ECMAScript's
 * `JSON.stringify` writes them (RFC 8785, sections 3.2.2 and 3.2.3).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}
