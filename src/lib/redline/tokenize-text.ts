import type { Mark, Token, TokenKind } from './redline-document.ts';

// One alternative per token kind, tried in order:
// 1. an HTML whitespace run (not U+00A0: a no-break space in "Section 3" is text and is kept);
// 2. one Han/Kana character (those scripts write words without spaces);
// 3. a word: letters, digits and marks, joined by inner hyphens, apostrophes, dots or @
//    ("non-binding", "GitHub’s", "github.com"), or a number with separators ("30,000", "3.2");
// 4. anything else, one code point at a time, so a changed comma never marks its neighbours.
const TOKEN =
  /([ \t\n\r\f]+)|([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|(\p{N}+(?:[.,:]\p{N}+)+|[\p{L}\p{N}\p{M}_]+(?:[-'’.@][\p{L}\p{N}\p{M}_]+)*)|([\s\S])/gu;

/** Build a token, deriving its comparison key from its kind, text and marks. */
export function makeToken(text: string, kind: TokenKind, marks: Mark[], markKey: string): Token {
  const base = kind === 'word' || kind === 'space' || kind === 'punct' ? text : `\u0001${kind}\u0001${text}`;
  return { text, kind, marks, key: markKey === '' ? base : `${base}\u0000${markKey}` };
}

/** Cut text into word, whitespace and punctuation tokens; outside code, whitespace runs become one space. */
export function tokenizeText(text: string, marks: Mark[], markKey: string, out: Token[], exactSpace = false): void {
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    if (match[1] !== undefined) {
      const last = out.at(-1);
      // Adjacent text nodes ("a " + "*b*") must not produce two spaces.
      if (!exactSpace && last?.kind === 'space') continue;
      out.push(makeToken(exactSpace ? match[1] : ' ', 'space', marks, markKey));
    } else if (match[2] !== undefined || match[3] !== undefined) {
      out.push(makeToken(match[0], 'word', marks, markKey));
    } else {
      out.push(makeToken(match[0], 'punct', marks, markKey));
    }
  }
}
