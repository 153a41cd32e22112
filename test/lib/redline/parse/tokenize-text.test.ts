import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createTokenTable, makeToken, MAY_JOIN, mayJoin, TOKEN, tokenizeText } from '../../../../src/lib/redline/parse/tokenize-text.ts';
import type { Token } from '../../../../src/lib/redline/index.ts';

const tokens = (text: string, exact = false): Token[] => {
  const out: Token[] = [];
  tokenizeText(text, [], '', out, createTokenTable(), exact);
  return out;
};

describe('tokenizeText', () => {
  test.each([
    ['them.', ['them', '.']],
    ['a, b', ['a', ',', ' ', 'b']],
    ['non-binding GitHub’s terms', ['non-binding', ' ', 'GitHub’s', ' ', 'terms']],
    ['30,000 users on 3.2', ['30,000', ' ', 'users', ' ', 'on', ' ', '3.2']],
    ['see docs.github.com/site-policy', ['see', ' ', 'docs.github.com', '/', 'site-policy']],
    ['Section\u00a03', ['Section', '\u00a0', '3']],
    ['利用規約', ['利', '用', '規', '約']],
    ['café ✓', ['café', ' ', '✓']],
  ])('cuts %j into words, spaces and single punctuation', (text, expected) => {
    expect(tokens(text).map((token) => token.text)).toEqual(expected);
  });

  test('collapses whitespace runs outside code to one space, and keeps them exactly inside code', () => {
    expect(tokens('a \n\t b').map((token) => token.text)).toEqual(['a', ' ', 'b']);
    expect(tokens('a \n\t b', true).map((token) => token.text)).toEqual(['a', ' \n\t ', 'b']);
  });

  test('gives each token a kind', () => {
    expect(tokens('Hi, you').map((token) => token.kind)).toEqual(['word', 'punct', 'space', 'word']);
  });

  test('rebuilds the text exactly when whitespace is kept', () => {
    const text = 'We keep logs —\n  for “thirty” days (see §3.2), then delete them.';
    expect(
      tokens(text, true)
        .map((token) => token.text)
        .join(''),
    ).toBe(text);
  });
});

describe('tokenizeText with one table for a whole document', () => {
  test('gives each text its own token, whatever shares a hash slot, and equal text the same object', () => {
    // 20,000 distinct words overfill the table's hash slots many times over; each comes back as itself.
    const words = Array.from({ length: 20_000 }, (_, k) => `w${k.toString(36)}`);
    const table = createTokenTable();
    const out: Token[] = [];
    for (const word of words) tokenizeText(`${word}, ${word}.`, [], '', out, table);
    expect(out.filter((token) => token.kind === 'word').map((token) => token.text)).toEqual(words.flatMap((word) => [word, word]));
    for (let k = 0; k < out.length; k += 5) expect(out[k + 3]).toBe(out[k]);
  });
});

describe('tokenizeText on grapheme clusters', () => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

  test.each([
    ['Like 👍🏽 this', ['Like', ' ', '👍🏽', ' ', 'this']],
    ['👨‍👩‍👧 and 🇺🇸🇫🇷', ['👨‍👩‍👧', ' ', 'and', ' ', '🇺🇸', '🇫🇷']],
    ['❤️ 1️⃣', ['❤️', ' ', '1️⃣']],
    ['cafe\u0301 ok', ['cafe\u0301', ' ', 'ok']],
  ])('never cuts %j inside a user-perceived character', (text, expected) => {
    expect(tokens(text).map((token) => token.text)).toEqual(expected);
  });

  test('ends every token on a grapheme cluster boundary and rebuilds the text exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), (graphemes, binary) => {
        const text = graphemes + binary;
        const boundaries = new Set([...segmenter.segment(text)].map((segment) => segment.index).concat(text.length));
        let at = 0;
        for (const token of tokens(text, true)) {
          at += token.text.length;
          expect(boundaries).toContain(at);
        }
        expect(at).toBe(text.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('makeToken', () => {
  test('keys a token by its text and its marks', () => {
    const emphasis = { type: 'emphasis' as const, key: 'emphasis' };
    expect(makeToken('terms', 'word', [], '').key).toBe('terms');
    expect(makeToken('terms', 'word', [emphasis], 'emphasis').key).not.toBe('terms');
  });

  test('keeps markers apart from text that looks the same', () => {
    expect(makeToken('x', 'check', [], '').key).not.toBe(makeToken('x', 'word', [], '').key);
  });
});

describe('tokenizeText scans ASCII by hand', () => {
  // The reference: TOKEN, the token grammar as one regular expression, applied at every position.
  const reference = (text: string): Array<[string, string]> => {
    const all = new RegExp(TOKEN.source, 'gu');
    const out: Array<[string, string]> = [];
    for (let match = all.exec(text); match !== null; match = all.exec(text)) {
      const kind = match[1] !== undefined ? 'space' : match[2] !== undefined || match[3] !== undefined ? 'word' : 'punct';
      if (kind === 'space' && out.at(-1)?.[1] === 'space') continue;
      out.push([kind === 'space' ? ' ' : match[0], kind]);
    }
    return out;
  };
  // Text made of the characters where the scanner decides: digits, letters, every joiner and
  // separator, whitespace, and characters beyond ASCII that continue a word or a number or do not.
  const pieces = fc.constantFrom(
    ..."aZ_09 \t\n.,:-'@’é٣²½漢/()",
    'x1',
    '3.2',
    '30,000',
    'a.b',
    'non-binding',
    'GitHub’s',
    'e.g.',
    'U.S.',
    '1.٣',
    'a-é',
    '3,٣',
  );

  test('cuts any text as the Unicode expression does', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        fc.pre(!/\p{M}|\u200d/u.test(text)); // no grapheme joining: that path is tested above
        expect(tokens(text).map((token) => [token.text, token.kind])).toEqual(reference(text));
      }),
      { numRuns: 5000 },
    );
  });

  test.each(['3.2abc', '1,2,3', '1.', 'a.', 'a..b', "it's", "'quoted'", 'x@y.z', '12:30', '٣.٣', '1.٣', 'é1', '1é'])(
    'cuts %j as the expression does',
    (text) => {
      expect(tokens(text).map((token) => [token.text, token.kind])).toEqual(reference(text));
    },
  );
});

describe('mayJoin', () => {
  test('passes over no code unit that can join a grapheme cluster', () => {
    // The ranges mayJoin passes over without the Unicode expression hold no character it matches.
    const passedOver: number[] = [];
    for (let code = 0x80; code < 0x300; code++) passedOver.push(code);
    for (let code = 0x2010; code < 0x2028; code++) passedOver.push(code);
    for (let code = 0x2030; code < 0x205f; code++) passedOver.push(code);
    expect(passedOver.filter((code) => MAY_JOIN.test(String.fromCharCode(code)))).toEqual([]);
    expect(passedOver.filter((code) => mayJoin(`a${String.fromCharCode(code)}b`))).toEqual([]);
  });

  test.each([
    ['plain ASCII', 'Terms of Service', false],
    ['typographic quotes and an accent', 'GitHub’s “café” — ok', false],
    ['a combining accent', 'cafe\u0301', true],
    ['a combining accent after a quote', '’ cafe\u0301', true],
    ['a zero-width joiner', '👨\u200d👩', true],
    ['a skin tone', '👍🏽', true],
    ['a flag', '🇺🇸', true],
    ['Hangul jamo', '\u1100\u1161', true],
  ])('%s: %j → %s', (_, text, expected) => {
    expect(mayJoin(text)).toBe(expected);
    expect(mayJoin(text)).toBe(MAY_JOIN.test(text));
  });
});
