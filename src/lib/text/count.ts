/** Write a count with its noun, singular or plural: `count(1, 'word')` → `1 word`, `count(3, 'word')` → `3 words`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}
