import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, tempDir } from '../helpers/build-site.ts';
import { cookieRevision, copyPolicies, editTree } from '../helpers/policy-tree.ts';

const real = cookieRevision;
const withFrontMatter = (name: string, from: string, to: string): string => real(name).replace(from, to);

// Each case breaks a copy of the real policies and expects `astro build` to stop with a message that
// names the file (and line), the field, the value found and the fix.
const cases: [string, Record<string, string | null>, RegExp][] = [
  [
    'a file name that is not a real date',
    { 'cookies/2026-02-30.mdx': '---\neffective: 2026-02-30\nchange: technical\nsummary: Fixes a typo.\n---\nText.\n' },
    /cookies\/2026-02-30\.mdx: the file name says 2026-02-30, which is not a real date — rename it/,
  ],
  [
    'an effective date that differs from the file name',
    { 'cookies/2026-03-14.mdx': withFrontMatter('2026-03-14.mdx', 'effective: 2026-03-14', 'effective: 2026-03-15') },
    /cookies\/2026-03-14\.mdx:2: front matter "effective" is 2026-03-15 but the file name says 2026-03-14 — rename the file or fix the date/,
  ],
  [
    'two revisions on one date',
    { 'cookies/2026-03-14.md': real('2026-03-14.mdx') },
    /cookies: has 2 revisions for 2026-03-14 \(2026-03-14\.md, 2026-03-14\.mdx\) — a policy has one revision per day/,
  ],
  [
    'a missing summary on a revision that is not the first',
    { 'cookies/2025-09-01.mdx': withFrontMatter('2025-09-01.mdx', /summary: .*\n/.exec(real('2025-09-01.mdx'))?.[0] ?? '', '') },
    /cookies\/2025-09-01\.mdx:3: front matter has no "summary" — every revision but the first \(2025-01-20\) needs one: say in plain language what changed/,
  ],
  [
    'a published date after the effective date',
    { 'cookies/2025-09-01.mdx': withFrontMatter('2025-09-01.mdx', 'published: 2025-08-18', 'published: 2025-09-02') },
    /cookies\/2025-09-01\.mdx:4: front matter "published" is 2025-09-02, after "effective" 2025-09-01 — .*fix "published"/,
  ],
  [
    'an unknown change label',
    { 'cookies/2026-03-14.mdx': withFrontMatter('2026-03-14.mdx', 'change: material', 'change: major') },
    /cookies\/2026-03-14\.mdx:3: front matter "change" is "major" — it must be one of material, editorial, technical/,
  ],
  [
    'a script in the policy text',
    { 'cookies/2026-03-14.mdx': `${real('2026-03-14.mdx')}\n<script>alert(1)</script>\n` },
    /cookies\/2026-03-14\.mdx:\d+: the text has a <script> element, which a policy may not contain — .*\(column 1\)/,
  ],
  [
    'code that would read the build machine',
    {
      'cookies/2026-03-14.mdx': `${real('2026-03-14.mdx')}\nimport { readFileSync } from 'node:fs'\n\nHome: {process.env.HOME} {readFileSync('/etc/hostname', 'utf8')}\n`,
    },
    /cookies\/2026-03-14\.mdx:\d+: the text has an import or export statement, which is code[\s\S]*cookies\/2026-03-14\.mdx:\d+: the text has the JavaScript expression \{process\.env\.HOME\}/,
  ],
  [
    'a cookie declaration that names a category the text does not have',
    { 'cookies/2026-03-14.mdx': withFrontMatter('2026-03-14.mdx', 'name: Performance Cookies', 'name: Speed Cookies') },
    /cookies\/2026-03-14\.mdx:5: front matter "declaration" declares the category "Speed Cookies" \(performance\), but the text has no heading "Speed Cookies"/,
  ],
  [
    'a cookie duration in words',
    {
      'cookies/2026-03-14.mdx': withFrontMatter(
        '2026-03-14.mdx',
        '  thirdPartyUses:',
        '  cookies:\n    - { name: lang, category: functionality, provider: mailly, purpose: Remembers your language., duration: 1 year }\n  thirdPartyUses:',
      ),
    },
    /front matter "declaration.cookies\[0\].duration" "1 year" is not an ISO 8601 duration of days and time — write P365D/,
  ],
  [
    'a policy folder with no revisions',
    { 'terms/policy.yml': 'title: Terms\ndescription: The terms.\n' },
    /terms: has no revisions — add the first one as YYYY-MM-DD\.mdx/,
  ],
  [
    'a policy folder with no metadata',
    { 'cookies/policy.yml': null },
    /cookies: has no policy\.yml — add one with "title:", "description:" and "order:"/,
  ],
  [
    'an unknown compare setting',
    { 'cookies/policy.yml': 'title: Cookie Policy\ndescription: Cookies.\ncompare: some\n' },
    /cookies\/policy\.yml:3: policy\.yml "compare" is "some" — it must be one of all, adjacent/,
  ],
];

describe('astro build', () => {
  test.each(cases)('stops on %s', async (_case, edits, message) => {
    const dir = copyPolicies();
    editTree(dir, edits);
    const build = await buildSite({ policiesDir: dir, asOf: '2026-04-01' });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(message);
  });

  test('stops on invalid MDX, naming the file and line', async () => {
    const dir = copyPolicies();
    const broken = `${real('2025-01-20.mdx')}\nA sentence with an unclosed {brace.\n`;
    editTree(dir, { 'cookies/2025-01-20.mdx': broken });
    const line = broken.split('\n').findIndex((text) => text.includes('{brace')) + 1;
    const build = await buildSite({ policiesDir: dir, asOf: '2026-04-01' });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`cookies/2025-01-20.mdx:${line}:`);
  });

  test("never runs a revision's code: one that reads the machine stops the build and shows nothing of it", async () => {
    const dir = copyPolicies();
    const secret = `never-shown-${process.pid}-${Date.now()}`;
    const secretFile = join(tempDir('secret'), 'secret.txt');
    writeFileSync(secretFile, `${secret}-in-a-file`);
    const hostile =
      `${real('2026-03-14.mdx')}\nimport { readFileSync } from 'node:fs'\nexport const home = process.env.REDLINE_TEST_SECRET\n\n` +
      `Secrets: {readFileSync(${JSON.stringify(secretFile)}, 'utf8')} {process.env.REDLINE_TEST_SECRET} {home}\n`;
    editTree(dir, { 'cookies/2026-03-14.mdx': hostile });
    process.env['REDLINE_TEST_SECRET'] = secret;
    try {
      const build = await buildSite({ policiesDir: dir, asOf: '2026-04-01' });
      expect(build.ok).toBe(false);
      expect(build.output).toMatch(/2026-03-14\.mdx:\d+: the text has an import or export statement, which is code/);
      expect(build.output).not.toContain(secret);
      expect(existsSync(join(build.outDir, 'cookies'))).toBe(false);
    } finally {
      delete process.env['REDLINE_TEST_SECRET'];
    }
  });

  test('stops on an "as of" date that does not exist', async () => {
    const build = await buildSite({ asOf: '2026-02-30' });
    expect(build.ok).toBe(false);
    expect(build.output).toContain('REDLINE_AS_OF is "2026-02-30", which is not a real date');
  });
});
