import type { Mark, Token, TokenKind } from '../redline-document.ts';

// One alternative per token kind, tried in order:
// 1. an HTML whitespace run (not U+00A0: a no-break space in "Section 3" is text and is kept);
// 2. one Han/Kana character (those scripts write words without spaces);
// 3. a word: letters, digits and marks, joined by inner hyphens, apostrophes, dots or @
//    ("non-binding", "GitHub’s", "github.com"), or a number with separators ("30,000", "3.2");
// 4. anything else, one code point at a time, so a changed comma never marks its neighbours.
const TOKEN =
  /([ \t\n\r\f]+)|([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|(\p{N}+(?:[.,:]\p{N}+)+|[\p{L}\p{N}\p{M}_]+(?:[-'’.@][\p{L}\p{N}\p{M}_]+)*)|([\s\S])/gu;

// Code points that can glue onto the one before into one user-perceived character (a grapheme
// cluster, Unicode UAX #29): Extend (marks, joiners, variation selectors, emoji modifiers and tags),
// SpacingMark, Prepend, regional indicators (flags come in pairs) and conjoining Hangul jamo. Text
// without any needs no segmenting, which keeps the common case fast.
const MAY_JOIN =
  /[\p{Grapheme_Extend}\p{Mc}\p{Emoji_Modifier}\p{Regional_Indicator}\u200D\u0E33\u0EB3\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u{110BD}\u{110CD}]/u;
const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Build a token, deriving its comparison key from its kind, text and marks. */
export function makeToken(text: string, kind: TokenKind, marks: Mark[], markKey: string): Token {
  const base = kind === 'word' || kind === 'space' || kind === 'punct' ? text : `\u0001${kind}\u0001${text}`;
  return { text, kind, marks, key: markKey === '' ? base : `${base}\u0000${markKey}` };
}

/**
 * Cut text into word, whitespace and punctuation tokens; outside code, whitespace runs become one
 * space. No token ends inside a grapheme cluster, so 👍🏽, 👨‍👩‍👧 or 🇺🇸 change as a whole, never
 * half an emoji.
 */
export function tokenizeText(text: string, marks: Mark[], markKey: string, out: Token[], exactSpace = false): void {
  const clusterEnds = MAY_JOIN.test(text) ? clusterBoundaries(text) : null;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const start = match.index;
    let end = start + match[0].length;
    let kind: TokenKind = match[1] !== undefined ? 'space' : match[2] !== undefined || match[3] !== undefined ? 'word' : 'punct';
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
      TOKEN.lastIndex = end;
    }
    if (kind === 'space') {
      // Adjacent text nodes ("a " + "*b*") must not produce two spaces.
      if (!exactSpace && out.at(-1)?.kind === 'space') continue;
      out.push(makeToken(exactSpace ? text.slice(start, end) : ' ', 'space', marks, markKey));
    } else {
      out.push(makeToken(text.slice(start, end), kind, marks, markKey));
    }
  }
}

function clusterBoundaries(text: string): Set<number> {
  const ends = new Set<number>([text.length]);
  for (const { index } of GRAPHEMES.segment(text)) ends.add(index);
  return ends;
}
