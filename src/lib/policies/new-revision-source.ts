import type { CalendarDate } from '../dates/index.ts';
import type { ChangeLabel } from './schema.ts';

// Fields that belong to one revision only: the new one gets its own.
const OWN_FIELDS = new Set(['effective', 'published', 'summary', 'change', 'errata']);

/**
 * Write the source of a new revision from the one it follows: its text and the rest of its front
 * matter (the cookie declaration, as written) are kept; `effective` and `change` are set, `summary`
 * is left empty for the author (the checks refuse it until written), and `published` and `errata`
 * are dropped.
 */
export function newRevisionSource(previous: string, effective: CalendarDate, change?: ChangeLabel): string {
  const match = /^\uFEFF?---\n([\s\S]*?\n)?---\n?/.exec(previous.replace(/\r\n?/g, '\n'));
  const raw = match?.[1] ?? '';
  const body = match ? previous.replace(/\r\n?/g, '\n').slice(match[0].length) : previous;
  const kept: string[] = [];
  let keeping = false;
  for (const line of raw.split('\n')) {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key !== undefined) keeping = !OWN_FIELDS.has(key);
    // Comments at the top level described the old revision; nested lines follow their key.
    else if (/^#/.test(line) || line.trim() === '') continue;
    if (keeping) kept.push(line);
  }
  const head = [
    `effective: ${effective}`,
    change ? `change: ${change}` : 'change: # material (rights or obligations change), editorial (same meaning, new wording) or technical',
    'summary: "" # say in plain language what this revision changes',
  ];
  return `---\n${[...head, ...kept].join('\n')}\n---\n${body}`;
}
