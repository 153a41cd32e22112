/** How a declared cookie name matches the names a browser stores. */
export type MatchKind = 'exact' | 'prefix' | 'glob' | 'regex';

// Characters a cookie name cannot hold (RFC 6265, section 4.1.1: a token has no separators).
const NOT_IN_NAMES = /[\s"(),/:;<=>@[\\\]{}]/;

/**
 * Turn a declared name into a portable regular expression (the subset ECMAScript and PCRE read
 * alike: anchors, escapes, `.`, `.*`), or say why it cannot be one. `glob` takes `*` (any run) and
 * `?` (one character); `regex` is a regular expression, anchored here.
 */
export function cookiePattern(name: string, match: MatchKind): { pattern: string } | { error: string } {
  if (name.length === 0) return { error: 'the name is empty' };
  if (match === 'regex') return compile(`^(?:${name})$`, name);
  const bad = NOT_IN_NAMES.exec(name);
  if (bad) return { error: `"${name}" has ${JSON.stringify(bad[0])}, which a cookie name cannot hold` };
  if (match === 'glob' && !/[*?]/.test(name)) return { error: `"${name}" has no * or ? — use match: exact` };
  if (match !== 'glob' && /[*?]/.test(name)) return { error: `"${name}" has a wildcard — use match: glob` };
  let body = '';
  for (const char of name) {
    if (match === 'glob' && char === '*') body += '.*';
    else if (match === 'glob' && char === '?') body += '.';
    else body += /[\^$.*+?()[\]{}|]/.test(char) ? `\\${char}` : char;
  }
  return compile(`^${body}${match === 'prefix' ? '.*' : ''}$`, name);
}

function compile(pattern: string, name: string): { pattern: string } | { error: string } {
  try {
    new RegExp(pattern, 'u');
    return { pattern };
  } catch (error) {
    return { error: `"${name}" is not a valid regular expression (${(error as Error).message})` };
  }
}
