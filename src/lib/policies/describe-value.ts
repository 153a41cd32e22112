/** Write a front matter or metadata value the way its author typed it, for an error message. */
export function describeValue(value: unknown): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return 'an invalid date';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (value === null) return 'empty';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a nested mapping';
  return String(value);
}
