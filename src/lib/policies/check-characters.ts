import { describeCodePoint, isBidiIsolateOrMark, isBidiOverride, isControl, isNonCharacter } from '../text/control-characters.ts';
import { problemAt, type PolicyProblem } from './policy-problem.ts';

/** Which characters `findForbiddenCharacters` lets through. */
export interface CharacterOptions {
  /**
   * Let the bidirectional isolates (U+2066–U+2069) and marks (U+200E, U+200F, U+061C) through, for
   * right-to-left text that needs them. Embeddings and overrides (U+202A–U+202E) and controls are
   * refused regardless. Default: false.
   */
  allowBidi?: boolean;
  /** Stop listing after this many (the total is still counted). Default: 20. */
  limit?: number;
}

/** A character a policy file may not hold, and where. */
export interface CharacterFault {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in characters (code points). */
  column: number;
  /** The code point. */
  codePoint: number;
}

/** Why a character is refused and how to fix it, by kind. */
const WHY = {
  control: 'a control character, which terminals act on and feeds cannot carry — remove it',
  carriageReturn: 'a carriage return not followed by a line feed — save the file with LF (or CRLF) line endings',
  override:
    'a bidirectional override, which makes text display in another order than it is written ("Trojan Source") — remove it; right-to-left text needs at most the isolates U+2066–U+2069 and the marks U+200E, U+200F and U+061C, which "allowBidi: true" permits',
  nonCharacter: 'which is not a character (XML and feeds cannot carry it) — remove it',
} as const;

/**
 * Find the characters a policy file may not hold: C0 and C1 control characters other than tab and
 * line feed (a carriage return is fine before a line feed), bidirectional embeddings and overrides,
 * bidirectional isolates and marks unless `allowBidi`, and non-characters — with line and column.
 */
export function findForbiddenCharacters(text: string, options: CharacterOptions = {}): { faults: CharacterFault[]; total: number } {
  const allowBidi = options.allowBidi ?? false;
  const limit = options.limit ?? 20;
  const faults: CharacterFault[] = [];
  let total = 0;
  let line = 1;
  let column = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    column++;
    if (code === 0x0a) {
      line++;
      column = 0;
      continue;
    }
    // Fast path: printable ASCII, and the Basic Multilingual Plane below the first bidi mark.
    if ((code >= 0x20 && code < 0x7f) || (code > 0x9f && code < 0x061c)) continue;
    let codePoint = code;
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (isForbidden(codePoint, allowBidi, text.charCodeAt(i + 1))) {
      total++;
      if (faults.length < limit) faults.push({ line, column, codePoint });
    }
  }
  return { faults, total };
}

/**
 * Find forbidden characters in the values YAML parsed (front matter, policy.yml), which an escape
 * such as `"\e"` or `"\u202E"` can put there without the file holding them: each as the path of the
 * value (`summary`, `declaration.categories[0].name`) and the code point. Aliased YAML nodes are
 * visited once.
 */
export function findForbiddenValues(data: unknown, options: CharacterOptions = {}): { path: string; codePoint: number }[] {
  const found: { path: string; codePoint: number }[] = [];
  const seen = new Set<object>();
  const pending: [string, unknown][] = [['', data]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [path, value] = next;
    if (typeof value === 'string') {
      const { faults } = findForbiddenCharacters(value, { ...options, limit: 1 });
      const first = faults[0];
      if (first) found.push({ path, codePoint: first.codePoint });
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date) && !seen.has(value)) {
      seen.add(value);
      const entries = Array.isArray(value) ? value.map((item, k) => [`${path}[${k}]`, item] as [string, unknown]) : Object.entries(value);
      for (const [key, item] of entries.reverse()) {
        const child = Array.isArray(value) ? key : path === '' ? key : `${path}.${key}`;
        // A key can hold a forbidden character as well as a value.
        if (!Array.isArray(value)) pending.push([child, key]);
        pending.push([child, item]);
      }
    }
  }
  return found;
}

/** Where a file's characters are checked, for the words of the messages and the fix for bidi characters. */
export interface CharacterCheck extends CharacterOptions {
  /** File line on which a revision's body starts (lines before it are front matter), when known. */
  bodyLine?: number;
  /** The file is a policy.yml, where `allowBidi` is set (default: a revision, in its front matter). */
  meta?: boolean;
}

/**
 * Check a policy file's text for the characters it may not hold (see findForbiddenCharacters) and
 * return one problem per character found, with line and column, the code point and the fix.
 */
export function checkCharacters(file: string, text: string, check: CharacterCheck = {}): PolicyProblem[] {
  const { faults, total } = findForbiddenCharacters(text, check);
  const problems = faults.map(({ line, column, codePoint }) => {
    const where = check.bodyLine === undefined ? 'the file' : line < check.bodyLine ? 'the front matter' : 'the text';
    return problemAt(file, `${where} contains ${describeCodePoint(codePoint)}, ${why(codePoint, !check.meta)} (column ${column})`, line);
  });
  const last = faults.at(-1);
  if (last && total > faults.length) {
    problems.push(problemAt(file, `holds ${total - faults.length} more such characters after these — remove them all`, last.line));
  }
  return problems;
}

/** Describe one forbidden character found in a parsed YAML value, for a message about that field. */
export function describeForbiddenValue(codePoint: number, revision: boolean): string {
  // An escaped carriage return is no line ending: it is a control character like the others.
  return `contains ${describeCodePoint(codePoint)} (written as an escape in the YAML), ${codePoint === 0x0d ? WHY.control : why(codePoint, revision)}`;
}

function why(codePoint: number, revision: boolean): string {
  // Only a carriage return on its own is refused.
  if (codePoint === 0x0d) return WHY.carriageReturn;
  if (isControl(codePoint)) return WHY.control;
  if (isBidiOverride(codePoint)) return WHY.override;
  if (isBidiIsolateOrMark(codePoint)) {
    const where = revision ? 'in the front matter' : 'in policy.yml';
    return `a bidirectional formatting character, which can make text display in another order than it is written — remove it, or, for right-to-left text that needs it, set "allowBidi: true" ${where}`;
  }
  return WHY.nonCharacter;
}

function isForbidden(codePoint: number, allowBidi: boolean, next: number): boolean {
  if (codePoint === 0x09) return false;
  // CRLF line endings are read as LF everywhere; a lone CR is not a line ending we accept.
  if (codePoint === 0x0d) return next !== 0x0a;
  if (isControl(codePoint) || isBidiOverride(codePoint) || isNonCharacter(codePoint)) return true;
  return isBidiIsolateOrMark(codePoint) && !allowBidi;
}
