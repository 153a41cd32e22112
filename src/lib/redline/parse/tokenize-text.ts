import type { Mark, Token, TokenKind } from '../redline-document.ts';
import { ownString } from './own-string.ts';

// What a token is, as one regular expression: one alternative per token kind, tried in order:
// 1. an HTML whitespace run (not U+00A0: a no-break space in "Section 3" is text and is kept);
// 2. one Han/Kana character (those scripts write words without spaces);
// 3. a word: letters, digits and marks, joined by inner hyphens, apostrophes, dots or @
//    ("non-binding", "GitHub’s", "github.com"), or a number with separators ("30,000", "3.2");
// 4. anything else, one code point at a time, so a changed comma never marks its neighbours.
// Sticky: it is tried at one position, where the ASCII scanner below meets text beyond ASCII.
export const TOKEN =
  /([ \t\n\r\f]+)|([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|(\p{N}+(?:[.,:]\p{N}+)+|[\p{L}\p{N}\p{M}_]+(?:[-'’.@][\p{L}\p{N}\p{M}_]+)*)|([\s\S])/uy;

// Character classes of ASCII for the scanner (policy text is mostly ASCII; the Unicode expression
// costs about three times as much per token): 1 whitespace, 2 digit, 3 letter or _, 4 joiner inside a
// word (- ' . @), 5 separator inside a number (, :), 0 anything else, BEYOND past ASCII. One entry
// per UTF-16 code unit (64 KB), so a class is one load.
const SPACE = 1;
const DIGIT = 2;
const LETTER = 3;
const BEYOND = 255; // past ASCII: the scanner hands over to TOKEN
const CLASS = new Uint8Array(0x10000).fill(BEYOND, 0x80);
for (const c of ' \t\n\r\f') CLASS[c.charCodeAt(0)] = SPACE;
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
for (let c = 65; c <= 90; c++) CLASS[c] = CLASS[c + 32] = LETTER;
CLASS[95] = LETTER;
for (const c of "-'@") CLASS[c.charCodeAt(0)] = 4;
CLASS[46] = 4; // . joins words and numbers
for (const c of ',:') CLASS[c.charCodeAt(0)] = 5;

// The class of the code unit at i, 0 past the end. (Tested against the length, not read as NaN
// there: a NaN would make the scanner's arithmetic floating point, which made it 2.5 times slower.)
function classAt(text: string, i: number): number {
  return i < text.length ? (CLASS[text.charCodeAt(i)] as number) : 0;
}

// Where the token scanToken found ends (one module-level slot: no object per token).
let scannedEnd = 0;

/**
 * Find the token that starts at `start`: its end and kind, exactly as TOKEN matches there. ASCII is
 * scanned by hand; a token that reaches a character beyond ASCII is matched by TOKEN itself.
 */
function scanToken(text: string, start: number): TokenKind {
  const first = classAt(text, start);
  if (first === SPACE) {
    let end = start + 1;
    while (classAt(text, end) === SPACE) end++;
    scannedEnd = end;
    return 'space';
  }
  if (first === DIGIT || first === LETTER) {
    let end = start + 1;
    let next = classAt(text, end);
    // A number with separators first ("30,000", "3.2"), as TOKEN tries it first.
    if (first === DIGIT) {
      while (next === DIGIT) next = classAt(text, ++end);
      let groups = 0;
      while ((next === 5 || (next === 4 && text.charCodeAt(end) === 46)) && classAt(text, end + 1) === DIGIT) {
        end += 2;
        while (classAt(text, end) === DIGIT) end++;
        groups++;
        next = classAt(text, end);
      }
      if (next === BEYOND || ((next === 5 || next === 4) && classAt(text, end + 1) === BEYOND)) return matchToken(text, start);
      if (groups > 0) {
        scannedEnd = end;
        return 'word';
      }
      end = start + 1;
      next = classAt(text, end);
    }
    // A word: word characters, joined by - ' . @ to more of them.
    for (;;) {
      while (next === DIGIT || next === LETTER) next = classAt(text, ++end);
      if (next === BEYOND) return matchToken(text, start);
      if (next !== 4) break;
      const after = classAt(text, end + 1);
      if (after === BEYOND) return matchToken(text, start);
      if (after !== DIGIT && after !== LETTER) break;
      end += 1;
      next = after;
    }
    scannedEnd = end;
    return 'word';
  }
  if (first === BEYOND) return matchToken(text, start);
  scannedEnd = start + 1;
  return 'punct';
}

function matchToken(text: string, start: number): TokenKind {
  TOKEN.lastIndex = start;
  const match = TOKEN.exec(text) as RegExpExecArray;
  scannedEnd = start + match[0].length;
  return match[1] !== undefined ? 'space' : match[2] !== undefined || match[3] !== undefined ? 'word' : 'punct';
}

// Code points that can glue onto the one before into one user-perceived character (a grapheme
// cluster, Unicode UAX #29): Extend (marks, joiners, variation selectors, emoji modifiers and tags),
// SpacingMark, Prepend, regional indicators (flags come in pairs) and conjoining Hangul jamo. Text
// without any needs no segmenting, which keeps the common case fast.
export const MAY_JOIN =
  /[\p{Grapheme_Extend}\p{Mc}\p{Emoji_Modifier}\p{Regional_Indicator}\u200D\u0E33\u0EB3\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u{110BD}\u{110CD}]/u;
const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });
/**
 * Whether text has any UTF-16 code unit past 0x7f: the same test as /[^\p{ASCII}]/u, without Unicode
 * mode's cost. Every code point MAY_JOIN matches is beyond ASCII, so it rules most text out first.
 */
export const BEYOND_ASCII = /[^\0-\x7f]/;
// The same, one code unit after another (see mayJoin).
const EACH_BEYOND_ASCII = new RegExp(BEYOND_ASCII.source, 'g');

/**
 * Whether text may hold a character MAY_JOIN matches. Policy text beyond ASCII is mostly letters with
 * accents, typographic quotes and dashes; the Unicode expression costs a scan of the whole text, so
 * those (Latin-1 to spacing modifiers, U+0080–U+02FF, and General Punctuation up to U+2027 and from
 * U+2030 to U+205E: none joins, which tokenize-text.test.ts checks) are passed over first.
 */
export function mayJoin(text: string): boolean {
  EACH_BEYOND_ASCII.lastIndex = 0;
  while (EACH_BEYOND_ASCII.test(text)) {
    const code = text.charCodeAt(EACH_BEYOND_ASCII.lastIndex - 1);
    if (code < 0x300 || (code >= 0x2010 && code < 0x2028) || (code >= 0x2030 && code < 0x205f)) continue;
    return MAY_JOIN.test(text);
  }
  return false;
}

/** Build a token, deriving its comparison key from its kind, text and marks. */
export function makeToken(source: string, kind: TokenKind, marks: Mark[], markKey: string): Token {
  const text = ownString(source);
  const base = kind === 'word' || kind === 'space' || kind === 'punct' ? text : `\u0001${kind}\u0001${text}`;
  return { text, kind, marks, key: markKey === '' ? base : `${base}\u0000${markKey}` };
}

/**
 * A document's tokens: a word, space or punctuation token that occurs again in the same marks is
 * the same object. A 43 KB policy has about 14,000 tokens but 2,000 distinct ones, so the
 * parsed revision takes half the memory, and reading it back from the build cache is faster than
 * parsing it. Parsed tokens are therefore never changed after parsing.
 */
export interface TokenTable {
  /** Every token so far: by the key of the marks it sits in, then by its text. */
  byMarks: Map<string, Map<string, Token>>;
  /**
   * Unmarked words and punctuation by a hash of their text (HASH_SLOTS slots, the last one in
   * each): looked up where the text stands, before any string is cut from it, since most tokens are
   * repeats. Only a cache in front of byMarks: a token found here is the one byMarks holds.
   */
  byHash: Array<Token | undefined>;
}

const HASH_SLOTS = 4096;

/** An empty TokenTable, for one document. */
export function createTokenTable(): TokenTable {
  return { byMarks: new Map(), byHash: new Array<Token | undefined>(HASH_SLOTS) };
}

// The table's tokens in the marks with this key, by text.
function tokensIn(table: TokenTable, markKey: string): Map<string, Token> {
  let tokens = table.byMarks.get(markKey);
  if (tokens === undefined) {
    tokens = new Map();
    table.byMarks.set(markKey, tokens);
  }
  return tokens;
}

// The token for text of a kind the scanner found, from `known` (the tokens in the same marks) when it holds one of that kind.
function sharedToken(known: Map<string, Token>, text: string, kind: TokenKind, marks: Mark[], markKey: string): Token {
  const found = known.get(text);
  if (found !== undefined && found.kind === kind) return found;
  const token = makeToken(text, kind, marks, markKey);
  if (found === undefined) known.set(text, token);
  return token;
}

// The unmarked token of a kind that stands in text from start to end, found by `hash` (wordHash).
function unmarkedToken(
  table: TokenTable,
  known: Map<string, Token>,
  text: string,
  start: number,
  end: number,
  hash: number,
  kind: TokenKind,
  marks: Mark[],
): Token {
  const slot = hash & (HASH_SLOTS - 1);
  const cached = table.byHash[slot];
  if (cached !== undefined && cached.kind === kind && standsAt(cached.text, text, start, end)) return cached;
  const token = sharedToken(known, text.slice(start, end), kind, marks, '');
  table.byHash[slot] = token;
  return token;
}

// Whether `word` is the text from start to end (compared by hand: tokens are short).
function standsAt(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

// The hash unmarkedToken files text from start to end by.
function wordHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

/**
 * Cut text into word, whitespace and punctuation tokens; outside code, whitespace runs become one
 * space. No token ends inside a grapheme cluster, so 👍🏽, 👨‍👩‍👧 or 🇺🇸 change as a whole, never
 * half an emoji. Tokens come from `table` when it holds them (see TokenTable).
 */
export function tokenizeText(
  text: string,
  marks: Mark[],
  markKey: string,
  out: Token[],
  table: TokenTable = createTokenTable(),
  exactSpace = false,
): void {
  const clusterEnds = mayJoin(text) ? clusterBoundaries(text) : null;
  const known = tokensIn(table, markKey);
  let space: Token | undefined; // the one-space token in these marks, looked up once
  const length = text.length;
  // Text without grapheme clusters to keep whole, outside code: its common tokens take fast paths.
  const plain = clusterEnds === null && !exactSpace;
  for (let start = 0; start < length;) {
    const first = CLASS[text.charCodeAt(start)];
    if (plain && first === SPACE) {
      let end = start + 1;
      while (end < length && CLASS[text.charCodeAt(end)] === SPACE) end++;
      // Adjacent text nodes ("a " + "*b*") must not produce two spaces.
      if (out.length === 0 || (out[out.length - 1] as Token).kind !== 'space')
        out.push((space ??= sharedToken(known, ' ', 'space', marks, markKey)));
      start = end;
      continue;
    }
    if (plain && markKey === '' && first === LETTER) {
      // The common case, scanned and hashed (as wordHash hashes) in one pass: a plain word of ASCII letters and digits
      // that ends at a space, punctuation or the text's end (not at a joiner or past ASCII: those
      // are for scanToken).
      let end = start;
      let hash = 0;
      let next = LETTER;
      for (; end < length; end++) {
        const code = text.charCodeAt(end);
        next = CLASS[code] as number;
        if (next !== LETTER && next !== DIGIT) break;
        hash = (Math.imul(hash, 31) + code) | 0;
      }
      if (end === length || (next !== 4 && next !== BEYOND)) {
        out.push(unmarkedToken(table, known, text, start, end, hash, 'word', marks));
        start = end;
        continue;
      }
    }
    let kind = scanToken(text, start);
    let end = scannedEnd;
    if (clusterEnds && !clusterEnds.has(end)) {
      // Every token starts on a boundary. A whitespace run whose last character carries a mark
      // ends before it; that character starts a cluster of its own, shown as written.
      let cut = end;
      while (!clusterEnds.has(cut)) cut--;
      if (kind === 'space' && cut > start) end = cut;
      else {
        while (!clusterEnds.has(end)) end++;
        if (kind === 'space') kind = 'punct';
      }
    }
    if (kind === 'space') {
      if (exactSpace) out.push(sharedToken(known, text.slice(start, end), 'space', marks, markKey));
      else if (out.length === 0 || (out[out.length - 1] as Token).kind !== 'space')
        out.push((space ??= sharedToken(known, ' ', 'space', marks, markKey)));
    } else if (markKey === '') {
      out.push(unmarkedToken(table, known, text, start, end, wordHash(text, start, end), kind, marks));
    } else {
      out.push(sharedToken(known, text.slice(start, end), kind, marks, markKey));
    }
    start = end;
  }
}

function clusterBoundaries(text: string): Set<number> {
  const ends = new Set<number>([text.length]);
  for (const { index } of GRAPHEMES.segment(text)) ends.add(index);
  return ends;
}
