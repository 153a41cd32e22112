import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cssString, printMarginsStyle } from '../../../src/lib/site/index.ts';

/** Read a CSS string literal back as CSS does: a backslash, one to six hex digits and one optional space is one character. */
function readCssString(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
  return literal.slice(1, -1).replace(/\\([0-9a-f]{1,6}) ?/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
}

describe('cssString', () => {
  test('keeps letters, digits and spaces, and escapes everything else', () => {
    expect(cssString('Terms 2026')).toBe('"Terms 2026"');
    expect(cssString('a, b')).toBe('"a\\2c  b"');
    expect(cssString('é')).toBe('"\\e9 "');
    expect(cssString('😀')).toBe('"\\1f600 "');
  });

  test('nothing breaks out of the literal: no quote, backslash run, line break or markup survives', () => {
    const hostile = '"; } body { display: none } </style><script>alert(1)</script>\\\n\'';
    const literal = cssString(hostile);
    expect(literal.slice(1, -1)).toMatch(/^[A-Za-z0-9 \\]*$/);
    expect(readCssString(literal)).toBe(hostile);
  });

  test('any text reads back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const literal = cssString(text);
        expect(literal.slice(1, -1)).toMatch(/^[A-Za-z0-9 \\]*$/);
        expect(readCssString(literal)).toBe(text);
      }),
    );
  });
});

describe('printMarginsStyle', () => {
  test('puts the heading top left, the page number top right and the address bottom left of every page', () => {
    const css = printMarginsStyle({ heading: 'Cookie Policy: changes', url: 'https://example.com/a/' });
    expect(css).toMatch(/^@page \{/);
    expect(css).toContain(`@top-left { content: ${cssString('Cookie Policy: changes')};`);
    expect(css).toContain('@top-right { content: "Page " counter(page) " of " counter(pages);');
    expect(css).toContain(`@bottom-left { content: ${cssString('https://example.com/a/')};`);
  });

  test('writes the page number and count in the page’s language', () => {
    const css = printMarginsStyle({
      heading: 'Cookie-Richtlinie',
      url: 'https://example.com/de/a/',
      pageCount: 'Seite {page} von {pages}',
    });
    expect(css).toContain('@top-right { content: "Seite " counter(page) " von " counter(pages);');
    expect(printMarginsStyle({ heading: 'x', url: 'y', pageCount: '{page}/{pages}' })).toContain(
      `@top-right { content: counter(page) ${cssString('/')} counter(pages);`,
    );
  });
});
