import type { MatchKind } from './cookie-pattern.ts';

// IAB TCF "Vendor Device Storage & Operational Disclosures" v1.1, field `identifier`: a name, or
// names sharing a prefix or a suffix written with one `*` at its start or end ("id*", "*id"); a
// wildcard alone is invalid. Nothing else is a pattern there: no `?`, no inner `*`, no classes.

// The characters a regular expression reads as syntax; escaped (`\.`), each stands for itself.
const SYNTAX = '^$\\.*+?()[]{}|';

/**
 * Write a declared name as the identifiers of a TCF device storage disclosure, each exactly the
 * names it matches: `exact` as written, `prefix` with a trailing `*`, a `glob` whose one `*` is at
 * its start or end as written, and a `regex` of literal alternatives, each optionally opening or
 * ending with `.*`. Say why when no such identifiers match exactly the same names (a `?`, an inner
 * `*`, a character class, a repetition), so that nothing is widened or narrowed silently.
 */
export function tcfIdentifiers(name: string, match: MatchKind): { identifiers: string[] } | { reason: string } {
  if (name.length === 0) return { reason: 'has an empty name' };
  if (match === 'regex') return regexIdentifiers(name);
  if (match === 'glob') {
    if (name.includes('?')) return { reason: 'is a glob with ?, one character, which the disclosure cannot say: its only wildcard is *' };
    return wildcardIdentifier(name, 'a glob');
  }
  if (name.includes('*')) return { reason: `has a * in its name, which the disclosure would read as a wildcard` };
  return { identifiers: [match === 'prefix' ? `${name}*` : name] };
}

// One identifier with at most one `*`, at its start or its end, and something beside it.
function wildcardIdentifier(identifier: string, what: string): { identifiers: string[] } | { reason: string } {
  if (identifier === '*')
    return { reason: `is ${what} of * alone, which matches every name — the disclosure does not allow a wildcard alone` };
  const inner = identifier.slice(1, -1);
  if (inner.includes('*') || (identifier.startsWith('*') && identifier.endsWith('*')))
    return {
      reason: `is ${what} with a * ${inner.includes('*') ? 'inside the name' : 'at both ends'}, which the disclosure cannot say: it allows one *, at the start or the end`,
    };
  return { identifiers: [identifier] };
}

const NOT_LITERAL = {
  reason:
    'is a regular expression that no identifier can say exactly: the disclosure takes names, with at most one * at the start or the end',
};

// `a|b`, `(?:a|b)`, `^a.*$`, `.*a`: literal alternatives, each with at most a leading or a trailing `.*`.
function regexIdentifiers(source: string): { identifiers: string[] } | { reason: string } {
  let body = source.replace(/^\^/, '').replace(/(?<!\\)\$$/, '');
  // One group around the whole expression, capturing or not, adds nothing.
  const group = /^\((?:\?:)?(.*)\)$/s.exec(body);
  if (group && balanced(group[1] ?? '')) body = group[1] ?? '';
  const branches = splitTopLevel(body);
  if (!branches) return NOT_LITERAL;
  const identifiers: string[] = [];
  for (const branch of branches) {
    const leading = branch.startsWith('.*');
    const trailing = branch.length > 2 && branch.endsWith('.*') && !branch.endsWith('\\.*');
    const literal = unescapeLiteral(branch.slice(leading ? 2 : 0, trailing ? -2 : undefined));
    if (literal === null || literal === '') return NOT_LITERAL;
    if (literal.includes('*')) return { reason: 'matches a name with a * in it, which the disclosure would read as a wildcard' };
    const identifier = `${leading ? '*' : ''}${literal}${trailing ? '*' : ''}`;
    const one = wildcardIdentifier(identifier, 'a regular expression');
    if ('reason' in one) return one;
    if (!identifiers.includes(identifier)) identifiers.push(identifier);
  }
  return { identifiers };
}

// Split on `|` outside groups and classes; null when the expression has a group or class left.
function splitTopLevel(source: string): string[] | null {
  const branches: string[] = [];
  let current = '';
  for (let i = 0; i < source.length; i++) {
    const char = source[i] ?? '';
    if (char === '\\') {
      current += source.slice(i, i + 2);
      i++;
    } else if (char === '|') {
      branches.push(current);
      current = '';
    } else if (char === '(' || char === '[') return null;
    else current += char;
  }
  branches.push(current);
  return branches;
}

// Whether parentheses outside escapes and classes pair up, so one outer group is the whole expression.
function balanced(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '(') depth++;
    else if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

// The text a run of literal characters and escaped syntax characters matches; null for anything else.
function unescapeLiteral(source: string): string | null {
  let text = '';
  for (let i = 0; i < source.length; i++) {
    const char = source[i] ?? '';
    if (char === '\\') {
      const next = source[i + 1];
      // A lone backslash at the end escapes nothing (and `''` is in every string).
      if (next === undefined || (!SYNTAX.includes(next) && next !== '/')) return null;
      text += next;
      i++;
    } else if (SYNTAX.includes(char)) return null;
    else text += char;
  }
  return text;
}
