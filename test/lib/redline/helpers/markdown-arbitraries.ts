import fc from 'fast-check';

// Words, including text that is hostile to Markdown, HTML and MDX.
const HOSTILE = [
  '<script>alert(1)</script>',
  '&amp;',
  '&lt;b&gt;',
  '*',
  '_',
  '[',
  ']',
  '|',
  '"',
  "'",
  '{',
  '}',
  '<',
  '>',
  '`',
  '#',
  '\\',
  '<!-- x -->',
  '<b>bold</b>',
  '{% liquid %}',
  'a|b',
  'x_y_z',
  '1.',
  '-',
  '—',
  'café',
  'cafe\u0301',
  '👍🏽',
  '👍🏿',
  '👨‍👩‍👧',
  '🇺🇸',
  '{/* note */}',
  '30,000',
  'U.S.',
  'e.g.',
];
const WORDS = [
  'we',
  'you',
  'data',
  'terms',
  'service',
  'account',
  'the',
  'a',
  'of',
  'may',
  'must',
  'not',
  'thirty',
  'sixty',
  'days',
  'cookie',
  'GitHub',
  'privacy',
  'and',
  'or',
  'policy',
  'user',
  'content',
  // "Change 1" slugs to change-1, the first change anchor's id.
  'change',
  '1',
];
const URLS = [
  'https://example.com/a',
  'https://example.com/b',
  '/terms',
  '#section',
  '#data',
  '#change-1',
  'javascript:alert(1)',
  'mailto:x@example.com',
  'data:text/html,<script>alert(1)</script>',
];

/** A word, sometimes a hostile one. */
export const word = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) });

const plain = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));

/** Inline Markdown: words with emphasis, strong, code, links and line breaks. */
export const inline = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: plain },
      { weight: 1, arbitrary: plain.map((text) => `*${text}*`) },
      { weight: 1, arbitrary: plain.map((text) => `**${text}**`) },
      { weight: 1, arbitrary: plain.map((text) => `\`${text}\``) },
      { weight: 1, arbitrary: fc.tuple(plain, fc.constantFrom(...URLS)).map(([text, url]) => `[${text}](${url})`) },
      { weight: 1, arbitrary: fc.constantFrom('![logo](https://example.com/logo.png)', '<br>', 'end.  \nnext') },
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.join(' '));

const cell = fc.oneof(plain, inline, fc.constant('')).map((text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' '));

/** A block of Markdown: heading, paragraph, nested list, GFM table, blockquote, code, HTML or a JSX component. */
export const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), plain).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`) },
  { weight: 5, arbitrary: inline },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.boolean(), fc.array(fc.tuple(inline, fc.array(plain, { maxLength: 2 })), { minLength: 1, maxLength: 4 }))
      .map(([ordered, items]) =>
        items
          .map(
            ([text, children], index) => `${ordered ? `${index + 1}.` : '-'} ${text}${children.map((child) => `\n   - ${child}`).join('')}`,
          )
          .join('\n'),
      ),
  },
  {
    weight: 2,
    arbitrary: fc
      .integer({ min: 1, max: 3 })
      // Body rows may have fewer or more cells than the header: GFM pads or cuts them.
      .chain((columns) =>
        fc.tuple(
          fc.array(cell, { minLength: columns, maxLength: columns }),
          fc.array(fc.array(cell, { minLength: 1, maxLength: columns + 1 }), { maxLength: 3 }),
        ),
      )
      .map(([header, body]) => [header, ...body])
      .map((rows) =>
        [
          `| ${(rows[0] ?? []).join(' | ')} |`,
          `|${(rows[0] ?? []).map(() => ' --- ').join('|')}|`,
          ...rows.slice(1).map((row) => `| ${row.join(' | ')} |`),
        ].join('\n'),
      ),
  },
  { weight: 1, arbitrary: fc.array(inline, { minLength: 1, maxLength: 2 }).map((lines) => lines.map((line) => `> ${line}`).join('\n>\n')) },
  { weight: 1, arbitrary: plain.map((text) => `\`\`\`js\n${text}\n  indented <b>\n\`\`\``) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<div class="x">\nraw <b>html</b>\n</div>',
      '<!-- note -->',
      '{/* a note */}',
      '3. renumbered\n4. items',
      '---',
      '<Note type="info">\nInside a component.\n</Note>',
      '<Badge kind="new" />',
    ),
  },
);

type Edit =
  | { type: 'delete'; at: number }
  | { type: 'insert'; at: number; block: string }
  | { type: 'word'; at: number; word: string; position: number }
  | { type: 'move'; from: number; to: number }
  | { type: 'split'; at: number; position: number }
  | { type: 'merge'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ type: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('insert' as const), at: fc.nat(), block }),
  fc.record({ type: fc.constant('word' as const), at: fc.nat(), word, position: fc.nat() }),
  fc.record({ type: fc.constant('word' as const), at: fc.nat(), word, position: fc.nat() }),
  fc.record({ type: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ type: fc.constant('split' as const), at: fc.nat(), position: fc.nat() }),
  fc.record({ type: fc.constant('merge' as const), at: fc.nat() }),
);

/** A Markdown document. */
export const markdown = fc.array(block, { maxLength: 8 }).map(body);

// A source that opens with `---` and has another `---` line later starts with front matter, which
// parseDocument strips; a body that opens with a thematic break is written `***` here, as a revision
// (whose source always has front matter first) would not be ambiguous.
function body(blocks: string[]): string {
  const text = blocks.join('\n\n');
  return text.startsWith('---') ? `***${text.slice(3)}` : text;
}

/** Two revisions of a document: the second made from the first by deleting, inserting, moving, splitting and merging blocks and changing words. */
export const revisions: fc.Arbitrary<[string, string]> = fc
  .tuple(fc.array(block, { maxLength: 8 }), fc.array(edit, { maxLength: 5 }))
  .map(([blocks, edits]) => {
    const next = [...blocks];
    for (const change of edits) applyEdit(next, change);
    return [body(blocks), body(next)];
  });

function applyEdit(blocks: string[], change: Edit): void {
  const at = blocks.length === 0 ? 0 : ('at' in change ? change.at : 0) % blocks.length;
  const target = blocks[at];
  switch (change.type) {
    case 'delete':
      blocks.splice(at, 1);
      return;
    case 'insert':
      blocks.splice(at, 0, change.block);
      return;
    case 'word': {
      if (target === undefined) return;
      const words = target.split(' ');
      words[change.position % words.length] = change.word;
      blocks[at] = words.join(' ');
      return;
    }
    case 'move': {
      if (blocks.length === 0) return;
      const [moved] = blocks.splice(change.from % blocks.length, 1);
      blocks.splice(change.to % (blocks.length + 1), 0, moved as string);
      return;
    }
    case 'split': {
      if (target === undefined) return;
      const spaces = [...target.matchAll(/ /g)].map((match) => match.index);
      const cut = spaces.length === 0 ? undefined : spaces[change.position % spaces.length];
      if (cut !== undefined) blocks.splice(at, 1, target.slice(0, cut), target.slice(cut + 1));
      return;
    }
    case 'merge':
      if (target !== undefined && blocks[at + 1] !== undefined) blocks.splice(at, 2, `${target} ${blocks[at + 1]}`);
  }
}
