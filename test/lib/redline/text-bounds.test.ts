import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  findSizeFault,
  findStructureFault,
  MAX_CONTAINER_MARKERS,
  MAX_EMPHASIS_MARKS,
  MAX_NESTING,
  MAX_SOURCE_BYTES,
  MAX_SOURCE_LINES,
  MAX_TEXT_NESTING,
  TextBoundError,
} from '../../../src/lib/redline/text-bounds.ts';
import { parseBody } from '../../../src/lib/revision-body/parse-body.ts';
import { ROOT } from '../../helpers/build-site.ts';
import { diffMarkdown, parseDocument, renderRedline } from '../../../src/lib/redline/index.ts';
import { redlineText } from './helpers/redline-html.ts';

const list = (depth: number): string => Array.from({ length: depth }, (_, k) => `${'  '.repeat(k)}- item ${k}`).join('\n');

// The deepest a parsed tree nests its block quotes, lists and elements (list + item count as one level).
function parsedDepth(body: string): number {
  const parsed = parseBody(body);
  if ('problem' in parsed) return -1;
  let deepest = 0;
  const pending: [{ type: string; children?: unknown[] }, number][] = [[parsed.tree, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    const level = ['blockquote', 'listItem', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'footnoteDefinition'].includes(node.type)
      ? depth + 1
      : depth;
    deepest = Math.max(deepest, level);
    for (const child of node.children ?? []) pending.push([child as { type: string }, level]);
  }
  return deepest;
}

describe('the bounds', () => {
  test('leave room for any real policy', () => {
    expect(MAX_SOURCE_BYTES).toBe(1024 * 1024);
    expect(MAX_SOURCE_LINES).toBeGreaterThanOrEqual(10_000);
    expect(MAX_TEXT_NESTING).toBe(32);
    expect(MAX_CONTAINER_MARKERS).toBeGreaterThanOrEqual(1_000);
    expect(MAX_EMPHASIS_MARKS).toBeGreaterThanOrEqual(64);
  });
});

describe('findSizeFault', () => {
  test('passes a real revision', () => {
    expect(findSizeFault(readFileSync(join(ROOT, 'test/fixtures/mailly/policies/cookies/2026-03-14.mdx'), 'utf8'))).toBeUndefined();
  });

  test('refuses a 2 MiB file, counting UTF-8 bytes, at the line where it passes 1 MiB', () => {
    const line = `${'é'.repeat(511)}\n`; // 1,023 bytes a line
    const fault = findSizeFault(line.repeat(2_050));
    expect(fault).toMatchObject({ bound: 'bytes', found: 2_050 * 1_023, limit: MAX_SOURCE_BYTES, line: 1_026 });
    expect(fault?.message).toBe(
      'the file is 2.0 MiB (2,097,150 bytes); Redline reads files of at most 1 MiB — shorten it, or split it into several policies',
    );
  });

  test('counts a character outside the Basic Multilingual Plane as four bytes', () => {
    expect(findSizeFault('😀'.repeat(MAX_SOURCE_BYTES / 4))).toBeUndefined();
    expect(findSizeFault(`${'😀'.repeat(MAX_SOURCE_BYTES / 4)}a`)?.found).toBe(MAX_SOURCE_BYTES + 1);
  });

  test('counts lines ended by CRLF once, and by a lone CR as the parser does', () => {
    expect(findSizeFault('a\r\n'.repeat(MAX_SOURCE_LINES))).toBeUndefined();
    expect(findSizeFault(`${'a\r'.repeat(MAX_SOURCE_LINES)}a`)).toMatchObject({ bound: 'lines' });
  });

  test('draws both bounds exactly where a file is close to them', () => {
    // Three bytes per character, 1 byte under the bound: one more byte fits, two do not.
    const most = Math.floor(MAX_SOURCE_BYTES / 3);
    expect(findSizeFault('€'.repeat(most))).toBeUndefined();
    expect(findSizeFault(`${'€'.repeat(most)}a`)).toBeUndefined();
    expect(findSizeFault(`${'€'.repeat(most)}é`)).toMatchObject({ bound: 'bytes', found: most * 3 + 2 });
    // Line breaks of both kinds, one line under the bound and at it.
    const lines = (n: number) => Array.from({ length: n }, (_, k) => (k % 2 ? 'a\r' : 'a\n')).join('');
    expect(findSizeFault(lines(MAX_SOURCE_LINES - 1))).toBeUndefined();
    expect(findSizeFault(`${lines(MAX_SOURCE_LINES)}a`)).toMatchObject({ bound: 'lines', line: MAX_SOURCE_LINES + 1 });
  });

  test('refuses more than MAX_SOURCE_LINES lines, but not a last line break', () => {
    expect(findSizeFault('a\n'.repeat(MAX_SOURCE_LINES))).toBeUndefined();
    expect(findSizeFault(`${'a\n'.repeat(MAX_SOURCE_LINES)}a`)).toMatchObject({ bound: 'lines', line: MAX_SOURCE_LINES + 1 });
  });
});

describe('findStructureFault', () => {
  test.each([
    ['500 nested quotes', `${'>'.repeat(500)} deep\n`, 1, 500],
    ['10,000 nested quotes', `${'>'.repeat(10_000)} deep\n`, 1, 10_000],
    ['quotes written with spaces', `${'> '.repeat(40)}deep\n`, 1, 40],
    ['a list 300 deep', list(300), 33, 33],
    ['a list 1,000 deep', list(1_000), 33, 33],
    ['list items opened on one line', `${'- '.repeat(40)}deep\n`, 1, 40],
    ['ordered lists', Array.from({ length: 40 }, (_, k) => `${'   '.repeat(k)}1. item`).join('\n'), 23, 34],
    ['lists indented with tabs', Array.from({ length: 40 }, (_, k) => `${'\t'.repeat(k)}- item`).join('\n'), 17, 33],
    ['footnote definitions', `${'[^a]: '.repeat(40)}deep\n`, 1, 40],
    ['footnote definitions without spaces', `${'[^a]:'.repeat(40)}deep\n`, 1, 40],
    ['HTML elements, one a line', `${'<div>\n'.repeat(40)}deep\n${'</div>\n'.repeat(40)}`, 33, 33],
    ['HTML elements on one line', `a ${'<b>'.repeat(40)}deep${'</b>'.repeat(40)}\n`, 1, 33],
    ['elements between blank lines', `${'<section>\n\n'.repeat(40)}deep`, 65, 33],
    ['quotes on lines ended by lone carriage returns', Array.from({ length: 40 }, (_, k) => `${'>'.repeat(k + 1)} x`).join('\r'), 33, 33],
    ['quotes after a byte order mark', `\uFEFF${'>'.repeat(40)} deep\n`, 1, 40],
  ])('refuses %s, naming the line', (_case, body, line, found) => {
    const fault = findStructureFault(body);
    expect(fault).toMatchObject({ bound: 'nesting', line, found, limit: MAX_TEXT_NESTING });
  });

  test('says what nests, and the fix', () => {
    expect(findStructureFault(list(40), 12)?.message).toBe(
      'the text nests 33 levels deep (block quotes and lists); Redline reads at most 32 — flatten the structure',
    );
    expect(findStructureFault(list(40), 12)?.line).toBe(44);
    expect(findStructureFault(`${'<div>\n'.repeat(33)}`)?.message).toContain('(block quotes, lists and HTML elements)');
  });

  test('adds elements and the blocks they hold', () => {
    expect(findStructureFault(`${'<div>\n'.repeat(16)}${list(16)}`)?.found).toBeUndefined();
    expect(findStructureFault(`${'<div>\n'.repeat(16)}${list(17)}`)).toMatchObject({ bound: 'nesting', found: 33 });
  });

  test.each([
    ['a closing tag in a code span', '<div>`</div>`\n'],
    ['a closing tag in a code span over two lines', '<div>`a\n</div>`\n\n'],
    ['a closing tag after a code fence', '```\n</div>\n```\n<div>\n'],
    ['a closing tag in an attribute value', '<div title="</div>">\n'],
    ['a closing tag in an attribute value over two lines', '<div title="\n</div>">\n'],
    ['a closing tag in an MDX comment', '<div>{/* </div> */}\n'],
    ['a closing tag in a comment holding a brace', '<div>{/* } </div> */}\n'],
    ['a closing tag as a link destination', '<div>[x](</div>)\n'],
    ['a closing tag in a link title', '<div>[x](https://x.test "</div>")\n'],
    ['a closing tag in a definition', '<div>\n[x]: </div>\n'],
    ['a tag closed with /> over two lines', '<div\n  title="x" />\n'],
  ])('does not let %s give a level back', (_case, unit) => {
    // A hostile text could otherwise nest as deep as it likes while the count stays at zero.
    expect(findStructureFault(unit.repeat(40))).toMatchObject({ bound: 'nesting' });
  });

  test.each([
    ['sibling elements on one line', `${'<b>x</b> '.repeat(100)}\n`],
    ['elements closed on their own lines', '<details>\n<summary>S</summary>\n\nText.\n\n</details>\n\n'.repeat(100)],
    ['self-closing tags', `${'<br /> '.repeat(100)}\n`],
    ['links before closing tags', '<p>See [a](https://x.test "t") and (b).</p>\n\n'.repeat(100)],
    ['escaped angle brackets', `${'\\<div> '.repeat(100)}\n`],
    ['HTML comments in Markdown', `${'<!-- note --> '.repeat(100)}\n`],
  ])('passes %s, however many', (_case, body) => {
    expect(findStructureFault(body)).toBeUndefined();
  });

  test('refuses a paragraph with more than MAX_EMPHASIS_MARKS marks that can open emphasis', () => {
    const nested = `${'*a '.repeat(200)}deep${' b*'.repeat(200)}\n`;
    expect(findStructureFault(nested)).toMatchObject({ bound: 'emphasis', line: 1, found: MAX_EMPHASIS_MARKS + 1 });
    expect(findStructureFault(`${'**a** '.repeat(65)}\n`)?.message).toBe(
      'this paragraph has more than 128 emphasis marks (*, _ or ~ that can open emphasis); Redline reads at most 128 in one paragraph — split it with blank lines, or remove marks',
    );
  });

  test('counts emphasis per paragraph, per table row, and not in words joined by _', () => {
    expect(findStructureFault(`${'**a** '.repeat(60)}\n\n`.repeat(50))).toBeUndefined();
    expect(findStructureFault(`| a | b |\n| --- | --- |\n${'| **a** | *b* |\n'.repeat(500)}`)).toBeUndefined();
    expect(findStructureFault(`${'li_gc _ga_ID '.repeat(200)}\n`)).toMatchObject({ bound: 'emphasis', found: 129 });
    expect(findStructureFault(`${'li_gc '.repeat(500)}\n`)).toBeUndefined();
  });

  test('counts a table as a paragraph when it is not one (cells do not match) or its rows stop', () => {
    expect(findStructureFault(`| a | b |\n| --- |\n${'| **a** | *b* |\n'.repeat(50)}`)).toMatchObject({ bound: 'emphasis' });
    expect(findStructureFault(`| a |\n| --- |\n> q\n${'**a** '.repeat(70)}\n`)).toMatchObject({ bound: 'emphasis' });
  });

  test('refuses more than MAX_CONTAINER_MARKERS block markers in all', () => {
    const fault = findStructureFault('- a\n'.repeat(MAX_CONTAINER_MARKERS + 1));
    expect(fault).toMatchObject({ bound: 'markers', line: MAX_CONTAINER_MARKERS + 1 });
  });

  test('passes every real revision and corpus text', () => {
    const folders = ['policies', 'test/fixtures/corpora', 'test/fixtures/sample-history', 'test/fixtures/redline'].map((folder) =>
      join(ROOT, folder),
    );
    const files = folders.flatMap((folder) =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.mdx?$/.test(name))
        .map((name) => join(folder, name)),
    );
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect([file, findSizeFault(text) ?? findStructureFault(text)]).toEqual([file, undefined]);
    }
  });

  test('scans a text in time linear in its length, without recursion', () => {
    // A million characters of each shape that a careless scan would take quadratic time or stack for.
    for (const body of [
      '>'.repeat(1_000_000),
      '[^'.repeat(500_000),
      `${'\\'.repeat(999_997)}<a>`,
      '*'.repeat(1_000_000),
      `${'('.repeat(1_000_000)}`,
    ]) {
      expect(() => findStructureFault(body)).not.toThrow();
    }
  });

  test('never counts less nesting than the parser builds, whatever hides closing tags', () => {
    // Elements nested 20 to 45 deep, each holding a line that looks like it closes one (in code, a
    // comment, a link, an attribute) or real siblings; sometimes inside a quote or list item.
    const fake = fc.constantFrom(
      'x',
      '`</div>`',
      '{/* </div> */}',
      '[a](</div>)',
      '[a](b "</div>")',
      '<i title="</div>">i</i>',
      '<b>x</b> <br />',
      '`a\n</div>`',
    );
    const shape = fc.record({
      depth: fc.integer({ min: 20, max: 45 }),
      fakes: fc.array(fake, { minLength: 45, maxLength: 45 }),
      prefix: fc.constantFrom('', '> ', '- '),
    });
    fc.assert(
      fc.property(shape, ({ depth, fakes, prefix }) => {
        const lines = [
          ...fakes.slice(0, depth).flatMap((text) => ['<div>', ...text.split('\n'), '']),
          'deep',
          ...Array.from({ length: depth }, () => '</div>'),
        ];
        const body = lines
          .map((text, k) => (k === 0 || prefix === '' ? `${prefix}${text}` : `${prefix.replace('-', ' ')}${text}`))
          .join('\n');
        const parsed = parsedDepth(body);
        // Either the scan refuses the text, or the parser nests no deeper than the bound.
        return findStructureFault(body) !== undefined || parsed <= MAX_TEXT_NESTING;
      }),
      { numRuns: 200 },
    );
  });

  test('never counts less nesting of quotes, lists and footnotes than the parser builds', () => {
    const marker = fc.constantFrom('> ', '>', '- ', '* ', '+ ', '1. ', '10) ', '[^n]:', '[^n]: ', ' ', '  ', '\t', '    ');
    const line = fc.record({ markers: fc.array(marker, { maxLength: 50 }), blank: fc.boolean() });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), (lines, eol, bom) => {
        const body = `${bom ? '\uFEFF' : ''}${lines.map((l) => `${l.markers.join('')}x${l.blank ? eol : ''}`).join(eol)}`;
        return findStructureFault(body) !== undefined || parsedDepth(body) <= MAX_TEXT_NESTING;
      }),
      { numRuns: 300 },
    );
  });

  test('sees the nesting the property test builds as the parser does', () => {
    const body = ['<div>', '{/* </div> */}', '', '<div>', '`</div>`', '', 'deep', '</div>', '</div>'].join('\n');
    expect(parsedDepth(body)).toBe(2);
  });
});

describe('TextBoundError', () => {
  test('names the line and the bound', () => {
    const fault = findStructureFault(`\n${'>'.repeat(40)} x`);
    const error = new TextBoundError(fault!);
    expect(error.message).toBe(
      'line 2: the text nests 40 levels deep (block quotes and lists); Redline reads at most 32 — flatten the structure',
    );
    expect(error.fault).toBe(fault);
  });
});

describe('MAX_NESTING', () => {
  test('leaves room for any real policy and bounds rendering depth', () => {
    expect(MAX_NESTING).toBeGreaterThanOrEqual(32);
    expect(MAX_NESTING).toBeLessThanOrEqual(200);
  });

  test('renders emphasis nested deeper, at most that deep, keeping all text and saying so', () => {
    // 100 levels: deeper than MAX_NESTING, yet within the bounds parseDocument enforces (MAX_EMPHASIS_MARKS).
    const source = `${'*a '.repeat(100)}deep${' b*'.repeat(100)}`;
    const doc = parseDocument(source);
    expect(doc.nestingCapped).toBeGreaterThan(0);
    for (const block of doc.blocks) expect(block.frames.length).toBeLessThanOrEqual(MAX_NESTING + 1);
    const redline = diffMarkdown(source, `${source}\n\nAdded.`);
    expect(redline.stats.fallbackReasons.join()).toMatch(/deeper than 64/);
    const html = renderRedline(redline);
    expect(redlineText(html, 'ins')).toBe(redlineText(renderRedline(diffMarkdown(source, source))));
    expect(redlineText(html)).toContain('deep');
  });

  test.each([
    ['blockquotes', `${'>'.repeat(3_000)} deep`],
    ['lists', Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- deep ${i}`).join('\n')],
    ['emphasis', `${'*'.repeat(3_000)}deep${'*'.repeat(3_000)}`],
    ['components', `${'<A>\n\n'.repeat(3_000)}deep${'\n\n</A>'.repeat(3_000)}`],
  ])('is never reached by %s nested far deeper: parseDocument refuses them before parsing', (_, source) => {
    expect(() => parseDocument(source)).toThrow(TextBoundError);
  });
});
