import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { checkRevisionFile } from '../../../src/lib/policies/index.ts';
import { parseMarkdown } from '../../../src/lib/redline/parse/parse-markdown.ts';
import { parseBody } from '../../../src/lib/revision-body/parse-body.ts';
import { ROOT } from '../../helpers/build-site.ts';

// The two Markdown parsers in Redline, spied on (they still run) so that a test can tell whether a
// check parsed a body at all.
vi.mock('../../../src/lib/revision-body/parse-body.ts', { spy: true });
vi.mock('../../../src/lib/redline/parse/parse-markdown.ts', { spy: true });

const FILE = 'policies/cookies/2026-03-14.mdx';

function problemsOf(text: string, name = '2026-03-14.mdx'): string[] {
  return checkRevisionFile(`policies/cookies/${name}`, name, text).problems.map((p) => `${p.line ?? '-'}: ${p.message}`);
}

describe('checkRevisionFile', () => {
  test('accepts a valid revision and returns its front matter as calendar dates', () => {
    const check = checkRevisionFile(FILE, '2026-03-14.mdx', '---\neffective: 2026-03-14\npublished: "2026-02-28"\nchange: material\nsummary: Adds X.\n---\nText\n');
    expect(check.problems).toEqual([]);
    expect(check.revision?.data).toEqual({ effective: '2026-03-14', published: '2026-02-28', change: 'material', summary: 'Adds X.' });
  });

  test.each([
    ['a file name that is not a real date', '2026-02-30.mdx', '---\neffective: 2026-02-30\n---\n', /the file name says 2026-02-30, which is not a real date — rename it/],
    ['a file name that is not a date at all', 'draft.mdx', '---\neffective: 2026-03-14\n---\n', /"draft.mdx" is not named after a date — name revision files YYYY-MM-DD.mdx/],
    ['a Markdown file instead of MDX', '2026-03-14.md', '---\neffective: 2026-03-14\n---\n', /rename "2026-03-14.md" to 2026-03-14.mdx/],
  ])('refuses %s', (_case, name, text, message) => {
    expect(problemsOf(text, name).join('\n')).toMatch(message);
  });

  test('refuses an effective date that differs from the file name, naming both and the fix, on the field line', () => {
    expect(problemsOf('---\nchange: material\neffective: 2026-03-15\n---\n')).toEqual([
      '3: front matter "effective" is 2026-03-15 but the file name says 2026-03-14 — rename the file or fix the date',
    ]);
  });

  test('refuses a published date after the effective date', () => {
    expect(problemsOf('---\neffective: 2026-03-14\npublished: 2026-04-01\n---\n')).toEqual([
      '3: front matter "published" is 2026-04-01, after "effective" 2026-03-14 — a revision is announced on or before the day it takes effect: fix "published" or the effective date',
    ]);
  });

  test('refuses an unknown change label, listing the labels it accepts', () => {
    const [problem] = problemsOf('---\neffective: 2026-03-14\nchange: major\n---\n');
    expect(problem).toMatch(/^3: front matter "change" is "major" — it must be one of material, editorial, technical: write material \(/);
  });

  test.each([
    ['a missing effective date', 'change: material', /front matter has no "effective": write the day this revision takes effect/],
    ['an effective date with a time of day', 'effective: 2026-03-14T10:00:00Z', /"effective" is 2026-03-14T10:00:00.000Z — it must be a calendar date without a time of day/],
    ['a quoted date that does not exist', 'effective: "2026-02-30"', /"effective" is "2026-02-30" — it must be a real date written YYYY-MM-DD/],
    ['an empty summary', 'effective: 2026-03-14\nsummary: "  "', /"summary" is " {2}" — it must not be empty: say in plain language what changed/],
    ['a misspelt field', 'effective: 2026-03-14\nsumary: Adds X.', /unknown field "sumary" — did you mean "summary"\? remove it or use one of: effective, published, summary, change/],
  ])('refuses %s', (_case, yaml, message) => {
    expect(problemsOf(`---\n${yaml}\n---\n`).join('\n')).toMatch(message);
  });

  test('refuses YAML it cannot read, with the line', () => {
    const [problem] = problemsOf('---\neffective: 2026-03-14\nsummary: [unclosed\n---\n');
    expect(problem).toMatch(/^\d+: front matter is not valid YAML \(.+\) — fix the YAML between the --- lines$/);
  });
});

describe('checkRevisionFile on active content', () => {
  test.each([
    ['a script element', '<script>alert(1)</script>', 'has a <script> element, which a policy may not contain'],
    ['an event handler', '<img src="x.png" alt="" onerror="alert(1)" />', 'sets the attribute onerror on <img>, which a policy may not use (event handlers run code)'],
    ['a javascript: link', '[click](javascript:alert(1))', 'has the URL "javascript:alert(1)" in href, with a scheme Redline does not allow'],
    ['a javascript: href', '<a href="javascript:alert(1)">x</a>', 'has the URL "javascript:alert(1)" in href, with a scheme Redline does not allow'],
    ['an import', 'import { readFileSync } from "node:fs"', 'has an import or export statement, which is code'],
    ['an expression', 'Home: {process.env.HOME}', 'has the JavaScript expression {process.env.HOME}'],
    ['an HTML comment', '<!-- hidden -->', 'is not valid MDX'],
  ])('refuses %s, naming the line and column', (_case, line, found) => {
    const problems = problemsOf(`---\neffective: 2026-03-14\n---\n\nText.\n\n${line}\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`7: the text ${found}`);
    expect(problems[0]).toMatch(/ — .+\(column \d+\)$/);
  });

  test.each([
    ['inline code', 'Send `<script>alert(1)</script>` to us.'],
    ['an escaped tag', 'A \\<script> tag.'],
    ['a code block', '```html\n<script>alert(1)</script>\n```'],
    ['words that look like handlers', 'Cookies set on= consent, and the online form.'],
    ['an MDX comment', '{/* a note for editors */}'],
    ['allowed HTML', '<abbr title="General Data Protection Regulation">GDPR</abbr> and <kbd>Ctrl</kbd>'],
  ])('accepts %s', (_case, line) => {
    expect(problemsOf(`---\neffective: 2026-03-14\n---\n\n${line}\n`)).toEqual([]);
  });
});

describe('checkRevisionFile on text past the bounds', () => {
  // Mailly's real revision, whose declaration the text is checked against (by parsing it), and more text.
  const real = readFileSync(join(ROOT, 'test/fixtures/mailly/policies/cookies/2026-03-14.mdx'), 'utf8');
  const first = real.split('\n').length + 1;
  const list = (depth: number): string => Array.from({ length: depth }, (_, k) => `${'  '.repeat(k)}- item ${k}`).join('\n');

  test.each([
    ['500 nested quotes', `${'>'.repeat(500)} deep\n`, 1, 'the text nests 500 levels deep (block quotes and lists); Redline reads at most 32 — flatten the structure'],
    ['10,000 nested quotes', `${'>'.repeat(10_000)} deep\n`, 1, 'the text nests 10000 levels deep (block quotes and lists); Redline reads at most 32 — flatten the structure'],
    ['a list 300 deep', list(300), 33, 'the text nests 33 levels deep (block quotes and lists); Redline reads at most 32 — flatten the structure'],
    ['a list 1,000 deep', list(1_000), 33, 'the text nests 33 levels deep (block quotes and lists); Redline reads at most 32 — flatten the structure'],
    ['elements 40 deep', `${'<div>\n'.repeat(40)}x\n${'</div>\n'.repeat(40)}`, 33, 'the text nests 33 levels deep (block quotes, lists and HTML elements)'],
    ['a paragraph of 200 nested emphases', `${'*a '.repeat(200)}x${' b*'.repeat(200)}\n`, 1, 'this paragraph has more than 128 emphasis marks'],
  ])('refuses %s with the file line, before any parser runs', (_case, body, line, message) => {
    vi.mocked(parseBody).mockClear();
    vi.mocked(parseMarkdown).mockClear();
    const problems = problemsOf(`${real}\n${body}`);
    expect(problems).toEqual([expect.stringContaining(`${first + line - 1}: ${message}`)]);
    // Neither the body check nor the declaration check parsed the text.
    expect(parseBody).not.toHaveBeenCalled();
    expect(parseMarkdown).not.toHaveBeenCalled();
  });

  test('parses a body within the bounds (the spies do see parsing)', () => {
    vi.mocked(parseBody).mockClear();
    vi.mocked(parseMarkdown).mockClear();
    expect(problemsOf(`${real}\n${list(5)}\n`)).toEqual([]);
    expect(parseBody).toHaveBeenCalledTimes(1);
    expect(parseMarkdown).toHaveBeenCalled();
  });

  test('refuses a 2 MiB revision without reading its YAML', () => {
    const problems = problemsOf(`---\neffective: [unclosed\n---\n${`${'word '.repeat(200)}\n\n`.repeat(2_100)}`);
    expect(problems).toEqual([expect.stringMatching(/^\d+: the file is 2\.0 MiB \(2,\d{3},\d{3} bytes\); Redline reads files of at most 1 MiB — shorten it/)]);
  });
});

describe('checkRevisionFile on characters', () => {
  test.each([
    // YAML refuses these itself; the problem says which character, where.
    ['ESC in the summary', 'summary: "Adds\u001b[2J cookies."', '3: the file contains U+001B ESCAPE, a control character'],
    ['BEL in the summary', 'summary: Adds\u0007 cookies.', '3: the file contains U+0007 BELL, a control character'],
    ['ESC written as a YAML escape', 'summary: "Adds\\e[2J cookies."', '3: front matter "summary" contains U+001B ESCAPE (written as an escape in the YAML), a control character'],
    ['an override written as a YAML escape', 'summary: "Pay \\u202E01$"', '3: front matter "summary" contains U+202E RIGHT-TO-LEFT OVERRIDE (written as an escape in the YAML)'],
  ])('refuses %s, with the line', (_case, yaml, message) => {
    const problems = problemsOf(`---\neffective: 2026-03-14\n${yaml}\nchange: editorial\n---\nText.\n`);
    expect(problems.some((problem) => problem.startsWith(message))).toBe(true);
  });

  test('refuses U+202E in the body with line, column, code point and the fix', () => {
    const problems = problemsOf('---\neffective: 2026-03-14\n---\n\nYou pay \u202E01$ a month.\n');
    expect(problems).toEqual([
      '5: the text contains U+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional override, which makes text display in another order than it is written ("Trojan Source") — remove it; right-to-left text needs at most the isolates U+2066–U+2069 and the marks U+200E, U+200F and U+061C, which "allowBidi: true" permits (column 9)',
    ]);
  });

  test('refuses bidi isolates and marks unless the front matter sets allowBidi: true, and overrides even then', () => {
    const body = 'השם \u2067Mailly\u2069 \u200F.\n';
    expect(problemsOf(`---\neffective: 2026-03-14\n---\n${body}`)).toHaveLength(3);
    expect(problemsOf(`---\neffective: 2026-03-14\nallowBidi: true\n---\n${body}`)).toEqual([]);
    expect(problemsOf(`---\neffective: 2026-03-14\nallowBidi: true\n---\n${body}\u202B\u0007\n`).map((p) => p.slice(0, 40))).toEqual([
      '6: the text contains U+202B RIGHT-TO-LEF',
      '6: the text contains U+0007 BELL, a cont',
    ]);
  });

  test('accepts CRLF line endings and refuses a lone carriage return', () => {
    expect(problemsOf('---\r\neffective: 2026-03-14\r\n---\r\nText.\r\n')).toEqual([]);
    expect(problemsOf('---\neffective: 2026-03-14\n---\nText.\rMore.\n')).toEqual([
      '4: the text contains U+000D CARRIAGE RETURN, a carriage return not followed by a line feed — save the file with LF (or CRLF) line endings (column 6)',
    ]);
  });

  test('refuses allowBidi that is not true or false', () => {
    expect(problemsOf('---\neffective: 2026-03-14\nallowBidi: yes please\n---\nText.\n')).toEqual([
      expect.stringMatching(/^3: front matter "allowBidi" is "yes please" — it must be true or false/),
    ]);
  });
});
