import { describe, expect, test } from 'vitest';
import { checkRevisionFile } from '../../../src/lib/policies/index.ts';

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
