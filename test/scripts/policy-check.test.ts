import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyPolicies, editTree } from '../helpers/policy-tree.ts';
import { runScript } from '../helpers/run-script.ts';

describe('policy:check', () => {
  test('reports five different problems at once, each with file and line, and exits 1', async () => {
    const dir = copyPolicies();
    editTree(dir, {
      'cookies/2026-02-30.mdx': '---\neffective: 2026-02-30\n---\nText.\n',
      'cookies/2026-05-01.mdx': '---\neffective: 2026-05-02\nchange: editorial\nsummary: Moves a date.\n---\nText.\n',
      'cookies/2026-06-01.mdx': '---\neffective: 2026-06-01\nchange: major\nsummary: Something.\n---\nText.\n',
      'cookies/2026-07-01.mdx': '---\neffective: 2026-07-01\npublished: 2026-07-02\nchange: technical\n---\nText.\n',
      'terms/policy.yml': 'title: Terms\ndescription: The terms.\n',
    });
    // As of a day before the new revisions take effect: none is published yet, so none needs locking.
    const check = await runScript('policy-check', [], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-01' });
    expect(check.code).toBe(1);
    const lines = check.stderr.trim().split('\n');
    // Notes on device storage disclosures come first, and do not fail the check.
    expect(check.stderr).toContain(`${dir}/cookies/2026-03-14.mdx:5: front matter "declaration": names no cookies or other stored items`);
    const notes = lines.findIndex((line) => line.includes('on device storage disclosures (IAB TCF)'));
    const problems = lines.slice(notes + 1).filter((line) => line.startsWith(dir));
    expect(problems.map((line) => line.slice(dir.length + 1).replace(/ — .*/, ''))).toEqual([
      'cookies/2026-02-30.mdx: the file name says 2026-02-30, which is not a real date',
      'cookies/2026-05-01.mdx:2: front matter "effective" is 2026-05-02 but the file name says 2026-05-01',
      'cookies/2026-06-01.mdx:3: front matter "change" is "major"',
      'cookies/2026-07-01.mdx:2: front matter has no "summary"',
      'cookies/2026-07-01.mdx:3: front matter "published" is 2026-07-02, after "effective" 2026-07-01',
      'terms: has no revisions',
    ]);
    expect(lines.at(-1)).toBe(`6 problems in ${dir}.`);
  });

  test('exits 0 on the repository’s own policies, and 2 on an unknown option', async () => {
    expect((await runScript('policy-check', [])).code).toBe(0);
    expect((await runScript('policy-check', ['--nope'])).code).toBe(2);
  });
});

describe('policy:check on files that are not text within bounds', () => {
  test('reports a symbolic link, a deep list and an escape character, each with file and line, and exits 1', async () => {
    const dir = copyPolicies();
    symlinkSync(join(dir, 'cookies/2026-03-14.mdx'), join(dir, 'cookies/2026-05-01.mdx'));
    const list = Array.from({ length: 1_000 }, (_, k) => `${'  '.repeat(k)}- item`).join('\n');
    editTree(dir, {
      'cookies/2026-06-01.mdx': `---\neffective: 2026-06-01\nchange: editorial\nsummary: Nests.\n---\n${list}\n`,
      'cookies/2026-07-01.mdx': '---\neffective: 2026-07-01\nchange: editorial\nsummary: "Clears \\e[2J the screen."\n---\nText.\n',
    });
    const check = await runScript('policy-check', [], { POLICIES_DIR: dir });
    expect(check.code).toBe(1);
    const problems = check.stderr.split('\n').map((line) => line.replace(/^.*?\/(cookies\/)/, '$1').replace(/ — .*/, ''));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^cookies\/2026-05-01\.mdx: is a symbolic link to .+2026-03-14\.mdx$/),
        'cookies/2026-06-01.mdx:38: the text nests 33 levels deep (block quotes and lists); Redline reads at most 32',
        'cookies/2026-07-01.mdx:4: front matter "summary" contains U+001B ESCAPE (written as an escape in the YAML), a control character, which terminals act on and feeds cannot carry',
      ]),
    );
    // The escape is shown, never written: the terminal running the check is not a target either.
    expect(check.stderr).not.toContain('\u001b');
  });
});
