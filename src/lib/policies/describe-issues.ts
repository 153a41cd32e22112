import type { z } from 'astro/zod';
import { describeValue } from './describe-value.ts';

/** One schema failure, worded for the author of the file. */
export interface IssueDescription {
  /** The top-level field at fault, when there is one. */
  field?: string;
  /** What is wrong, with the value and the fix. */
  message: string;
}

/** How to fix each field, appended to its error. */
export type FieldHints = Readonly<Record<string, string>>;

/**
 * Turn zod issues into sentences that name the field, the value found and the fix.
 *
 * `where` names the place of the fields ("front matter", "policy.yml"); `hints` says how to write
 * each field correctly.
 */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  data: Record<string, unknown>,
  where: string,
  hints: FieldHints,
): IssueDescription[] {
  const known = Object.keys(hints);
  return issues.flatMap((issue): IssueDescription[] => {
    const field = String(issue.path[0] ?? '');
    const path = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        issue.path.length === 0
          ? { field: key, message: `${where} has an unknown field "${key}" — ${suggest(key, known)}remove it or use one of: ${known.join(', ')}` }
          : { field, message: `${where} "${path}" has an unknown field "${key}" — remove it or fix its name` },
      );
    }
    // Checks across fields word their own sentence after the path ("… is not a declared category …").
    if (issue.code === 'custom' && issue.params?.['sentence'] === true) return [{ field, message: `${where} "${path}" ${issue.message}` }];
    const value = valueAt(data, issue.path);
    const hint = issue.path.length === 1 && hints[field] ? `: ${hints[field]}` : '';
    if (value === undefined) return [{ field, message: `${where} has no "${path}"${hint}` }];
    return [{ field, message: `${where} "${path}" is ${describeValue(value)} — it ${issue.message}${hint}` }];
  });
}

/** Write a path inside the data the way its author would find it: `declaration.cookies[2].category`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

/** Return the value at `path` inside `data`, or undefined when there is none. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function suggest(key: string, known: readonly string[]): string {
  const close = known.find((name) => editDistance(name, key.toLowerCase()) <= 2);
  return close ? `did you mean "${close}"? ` : '';
}

// Levenshtein distance, two rows at a time; names here are a few letters long.
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
