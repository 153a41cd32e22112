import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../../../src/lib/redline/parse/parse-document.ts';
import { TextBoundError } from '../../../../src/lib/redline/index.ts';
import { readCorpus } from '../helpers/corpus.ts';

describe('parseDocument', () => {
  test('ignores front matter and keeps file lines', () => {
    const doc = parseDocument('---\ntitle: Terms\n---\n# Terms\n\nText.\n');
    expect(doc.blocks.map((block) => [block.kind, block.line])).toEqual([
      ['heading', 4],
      ['paragraph', 6],
    ]);
    expect(doc.words).toBe(2);
  });

  test('parses MDX, and records the fallback when MDX rejects the body', () => {
    expect(parseDocument('<Note>\nHi\n</Note>').mdx).toBe(true);
    const fallback = parseDocument('Hi <!-- note -->\n');
    expect(fallback.mdx).toBe(false);
    expect(fallback.mdxError).toContain('1:');
  });

  test('computes heading ids without smart punctuation when asked', () => {
    expect(parseDocument('# a -- b').sections[0]?.id).toBe('a--b');
    expect(parseDocument('# a -- b', { smartPunctuation: false }).sections[0]?.id).toBe('a----b');
  });

  test('parses every revision of the real corpus, falling back from MDX where Liquid or HTML comments need it', () => {
    for (const policy of readCorpus()) {
      for (const source of policy.sources) {
        const doc = parseDocument(source);
        expect(doc.blocks.length).toBeGreaterThan(0);
        expect(doc.mdxError === null).toBe(doc.mdx);
        if (source.includes('<!--') || source.includes('{%')) expect(doc.mdx).toBe(false);
      }
    }
  });

  test('returns plain data that survives JSON (so parsed revisions can be cached)', () => {
    const doc = parseDocument('# T\n\n- [a](https://x.test) *b*\n\n| c |\n| - |\n| d |\n');
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  test('shares one object among equal tokens of a revision, and none among tokens in different marks', () => {
    const doc = parseDocument('The data. The *data*.\n\nThe data, and [data](https://x.test).\n\n```\nThe  data\n```\n');
    const tokens = doc.blocks.flatMap((block) => block.tokens);
    const named = (text: string) => new Set(tokens.filter((token) => token.text === text));
    // "The" four times as plain text (three times in paragraphs, once in code): one object.
    expect(tokens.filter((token) => token.text === 'The')).toHaveLength(4);
    expect(named('The').size).toBe(1);
    // "data": plain (twice), emphasised, linked, in code. Plain and code text share; marks set apart.
    expect(named('data').size).toBe(3);
    // A code block keeps its whitespace exactly: its double space is a token of its own.
    expect([...named(' ')].length).toBe(1);
    expect(named('  ').size).toBe(1);
  });

  test('holds one object per distinct word, space or punctuation token, under a third of them, on a real policy', () => {
    const terms = readCorpus().find((policy) => policy.name === 'github-terms-of-service');
    const doc = parseDocument(terms?.sources.at(-1) ?? '');
    const text = new Set(['word', 'space', 'punct']);
    const tokens = doc.blocks.flatMap((block) => block.tokens).filter((token) => text.has(token.kind));
    expect(new Set(tokens).size).toBe(new Set(tokens.map((token) => `${token.kind} ${token.key}`)).size);
    expect(new Set(tokens).size).toBeLessThan(tokens.length / 3);
  });

  test.each([
    [
      '10,000 nested quotes',
      `---\ntitle: x\n---\n${'>'.repeat(10_000)} deep\n`,
      4,
      'the text nests 10000 levels deep (block quotes and lists); Redline reads at most 32 — flatten the structure',
    ],
    [
      'a list 1,000 deep',
      Array.from({ length: 1_000 }, (_, k) => `${'  '.repeat(k)}- item`).join('\n'),
      33,
      'the text nests 33 levels deep',
    ],
    ['2 MiB', `${'word '.repeat(200)}\n\n`.repeat(2_100), 2_093, 'the file is 2.0 MiB'],
  ])('refuses %s with a TextBoundError naming the line, before parsing', (_case, source, line, message) => {
    let thrown: unknown;
    try {
      parseDocument(source);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TextBoundError);
    expect((thrown as TextBoundError).fault.line).toBe(line);
    expect((thrown as TextBoundError).message).toContain(`line ${line}: ${message}`);
  });
});
