import { describe, expect, test } from 'vitest';
import type { Block } from '../../../../src/lib/redline/index.ts';
import { flattenBlocks } from '../../../../src/lib/redline/parse/flatten-blocks.ts';
import { parseMarkdown } from '../../../../src/lib/redline/parse/parse-markdown.ts';
import { MAX_NESTING } from '../../../../src/lib/redline/text-bounds.ts';

const flatten = (markdown: string, mdx = false) => flattenBlocks(parseMarkdown(markdown, mdx).tree, markdown, true);
const text = (block: Block | undefined): string => block?.tokens.map((token) => token.text).join('') ?? '';
const frameTypes = (block: Block | undefined): string[] => block?.frames.map((frame) => frame.type) ?? [];

describe('flattenBlocks', () => {
  test('keeps list nesting, ordering and item numbers as frames', () => {
    const { blocks } = flatten('3. three\n4. four\n   - nested\n');
    expect(blocks.map(text)).toEqual(['three', 'four', 'nested']);
    expect(frameTypes(blocks[2])).toEqual(['list', 'listItem', 'list', 'listItem']);
    expect(blocks[1]?.frames[0]).toMatchObject({ type: 'list', ordered: true });
    expect(blocks[1]?.frames[1]).toMatchObject({ type: 'listItem', ordinal: 4, spread: false });
    // Both items' blocks share one list frame: they render in one <ol>.
    expect(blocks[0]?.frames[0]).toBe(blocks[1]?.frames[0]);
  });

  test('makes table rows blocks whose cells start with a cell token', () => {
    const { blocks } = flatten('| a | b |\n|:-|-:|\n| 1 | 2 |\n');
    expect(blocks.map((block) => [block.kind, block.header])).toEqual([
      ['tableRow', true],
      ['tableRow', false],
    ]);
    expect(blocks[1]?.tokens.map((token) => token.kind)).toEqual(['cell', 'word', 'cell', 'word']);
    expect(blocks[1]?.frames[0]).toMatchObject({ type: 'table', align: ['left', 'right'] });
  });

  test('puts blockquotes and MDX components around their blocks, with the tag shown', () => {
    const { blocks } = flatten('> quoted\n\n<Note type="info">\nInside.\n</Note>\n', true);
    expect(frameTypes(blocks[0])).toEqual(['blockquote']);
    expect(blocks.slice(1).map((block) => [block.kind, text(block)])).toEqual([
      ['mdx', '<Note type="info">'],
      ['paragraph', 'Inside.'],
    ]);
    expect(blocks[2]?.frames[0]).toMatchObject({ type: 'jsx', name: 'Note' });
  });

  test('keeps code and raw HTML with their exact whitespace', () => {
    const { blocks } = flatten('```js\nif (a) {\n  b();\n}\n```\n\n<div>\n  x\n</div>\n');
    expect(blocks.map((block) => [block.kind, block.lang, text(block)])).toEqual([
      ['code', 'js', 'if (a) {\n  b();\n}'],
      ['html', '', '<div>\n  x\n</div>'],
    ]);
  });

  test('records sections with Astro-style ids and assigns blocks to them', () => {
    const { blocks, sections } = flatten('Intro\n\n## Payment\n\nPay.\n\n## Payment\n\nAgain.');
    expect(sections.map((section) => [section.id, section.title, section.block])).toEqual([
      ['payment', 'Payment', 1],
      ['payment-1', 'Payment', 3],
    ]);
    expect(blocks.map((block) => block.section)).toEqual([null, 0, 0, 1, 1]);
  });

  test('puts a task checkbox before the item text', () => {
    const { blocks } = flatten('- [x] done\n- [ ] open\n');
    expect(blocks.map((block) => block.tokens[0]?.kind)).toEqual(['check', 'check']);
    expect(blocks.map((block) => block.tokens[0]?.text)).toEqual(['x', ' ']);
  });

  test('renders link definitions through the links that use them, not as blocks', () => {
    const { blocks } = flatten('See [terms][t].\n\n[t]: https://example.com/terms');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.tokens.find((token) => token.text === 'terms')?.marks[0]?.url).toBe('https://example.com/terms');
  });

  test('records the source line of each block', () => {
    expect(flatten('\n\n# A\n\ntext').blocks.map((block) => block.line)).toEqual([3, 5]);
  });

  test("cuts and pads every table row to the header's column count, as GFM shows it", () => {
    const { blocks } = flatten('| a | b |\n|---|---|\n| 1 | 2 | never shown |\n| 3 |\n');
    expect(blocks.map((block) => block.tokens.map((token) => (token.kind === 'cell' ? '|' : token.text)).join(''))).toEqual([
      '|a|b',
      '|1|2',
      '|3|',
    ]);
  });

  test.each([
    ['an HTML comment block', 'A.\n\n<!-- note to editors -->\n\nB.', false],
    ['an inline HTML comment', 'A. <!-- note --> B.', false],
    ['an MDX comment expression', 'A.\n\n{/* note to editors */}\n\nB. {/* inline */}', true],
  ])('leaves out %s, which readers never see', (_, markdown, mdx) => {
    const { blocks } = flatten(markdown, mdx);
    expect(blocks.map(text).join(' ')).not.toMatch(/note|inline/);
    expect(blocks.map(text).join(' ').replace(/\s+/g, ' ')).toMatch(/^A\. ?B\.$/);
  });

  test('keeps what an HTML block shows around a comment', () => {
    expect(flatten('<!-- note -->\n<div>shown</div>\n').blocks.map(text)).toEqual(['<div>shown</div>']);
  });

  test('flattens nesting thousands deep without recursion, opening at most MAX_NESTING containers', () => {
    const { blocks, nestingCapped } = flatten(`${'> '.repeat(5_000)}deep`);
    expect(text(blocks[0])).toBe('deep');
    expect(blocks[0]?.frames).toHaveLength(64);
    expect(nestingCapped).toBe(5_000 - 64);
  });

  test("shares one slugger and the document's definitions across the whole walk", () => {
    const { blocks, sections } = flatten('# A\n\n> # A\n\n[t][t]\n\n[t]: https://example.com/t');
    expect(sections.map((section) => section.id)).toEqual(['a', 'a-1']);
    expect(blocks[2]?.tokens[0]?.marks[0]?.url).toBe('https://example.com/t');
  });

  test('resolves references by definitions anywhere in the tree, the first of a label winning', () => {
    const { blocks } = flatten(
      '[a][terms] [b][other label]\n\n> [Terms]: https://a.test "A"\n\n[terms]: https://b.test\n\n[Other  Label]: /other',
    );
    const marks = blocks[0]?.tokens.filter((token) => token.kind === 'word').map((token) => token.marks[0]);
    expect(marks?.map((mark) => [mark?.url, mark?.title ?? ''])).toEqual([
      ['https://a.test', 'A'],
      ['/other', ''],
    ]);
  });

  test('finds a definition nested thousands deep without recursion', () => {
    const { blocks } = flatten(`[deep][deep]\n\n${'> '.repeat(5_000)}[deep]: /deep`);
    expect(blocks[0]?.tokens[0]?.marks[0]?.url).toBe('/deep');
  });

  test('shows ESM and empty components as written', () => {
    const esm = "import { Note } from './Note.astro';";
    const empty = '<CookieTable category="analytics" />';
    expect(flatten(`${esm}\n\n${empty}\n`, true).blocks.map((block) => [block.kind, text(block)])).toEqual([
      ['mdx', esm],
      ['mdx', empty],
    ]);
  });

  test('numbers ordered items from the list start and flags each item first block', () => {
    const { blocks } = flatten('3. Fees\n\n   More on fees.\n4. Refunds\n   1. Within 30 days\n- bullet');
    expect(blocks.map((block) => [block.numbering, block.numbered])).toEqual([
      ['3', true],
      ['3', false],
      ['4', true],
      ['4.1', true],
      ['', false],
    ]);
  });

  test('gives the first block of an item its checkbox and number, and the next block neither', () => {
    const { blocks } = flatten('1. [x] done\n\n   done\n');
    expect(blocks.map((block) => [block.tokens[0]?.kind, block.numbered])).toEqual([
      ['check', true],
      ['word', false],
    ]);
  });

  test('still makes an empty item a block', () => {
    const { blocks } = flatten('-\n- b');
    expect(blocks.map((block) => block.tokens.map((token) => token.kind))).toEqual([[], ['word']]);
  });

  test('adds the rows in one table frame, the first as the header, each as wide as the header', () => {
    const { blocks } = flatten('| a | b |\n|:-|-:|\n| 1 |\n| 2 | 3 | 4 |');
    expect(blocks.map((block) => [block.header, block.tokens.filter((token) => token.kind === 'cell').length])).toEqual([
      [true, 2],
      [false, 2],
      [false, 2],
    ]);
    expect(new Set(blocks.map((block) => block.frames[0]))).toHaveProperty('size', 1);
    expect(blocks[0]?.frames[0]).toMatchObject({ type: 'table', align: ['left', 'right'] });
  });

  test('adds a list and its item together or not at all, counting what it leaves out', () => {
    const { blocks, nestingCapped } = flatten(`${'> '.repeat(MAX_NESTING - 1)}- item`);
    expect(text(blocks[0])).toBe('item');
    expect(frameTypes(blocks[0])).toEqual(Array<string>(MAX_NESTING - 1).fill('blockquote'));
    expect(nestingCapped).toBe(1);
  });
});
