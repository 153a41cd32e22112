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
  if (match === 'regex') {
    const unsafe = unsafeRegex(name);
    return unsafe ? { error: `"${name}" ${unsafe}` } : compile(`^(?:${name})$`, name);
  }
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

// A regular expression every consumer (banners, tag managers, scanners in any language) can run in
// time linear in the name: no nested repetition — `(a+)+` takes exponential time on a near match —
// no back-references or look-around, and a bounded length.
function unsafeRegex(source: string): string | null {
  if (source.length > 200) return 'is longer than 200 characters — a cookie name pattern is short';
  if (/\\[1-9]|\\k<|\(\?<?[=!]/.test(source))
    return 'uses a back-reference or look-around, which not every consumer reads — write a plain pattern';
  const groups: boolean[] = []; // per open group: whether it repeats something inside
  let repeated = false; // whether the innermost open group (or the top level) repeats something
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (char === '[') {
      // A character class repeats nothing itself: skip to its end.
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (char === '(') {
      groups.push(repeated);
      repeated = false;
    } else if (char === ')') {
      const inner = repeated;
      repeated = groups.pop() ?? false;
      // `(…)?` is taken at most once; `(…)*`, `(…)+` and `(…){n,}` repeat it.
      if (/[*+{]/.test(source[i + 1] ?? '')) {
        if (inner)
          return 'repeats a group that itself repeats, e.g. (a+)+, which can take a consumer exponential time — write it without nesting';
        repeated = true;
      } else if (inner) repeated = true;
    } else if (char === '*' || char === '+' || char === '{' || (char === '?' && source[i - 1] !== '(')) repeated = true;
  }
  return null;
}

function compile(pattern: string, name: string): { pattern: string } | { error: string } {
  try {
    new RegExp(pattern, 'u');
    return { pattern };
  } catch (error) {
    return { error: `"${name}" is not a valid regular expression (${(error as Error).message})` };
  }
}
