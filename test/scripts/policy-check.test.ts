import { createHash } from 'node:crypto';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyPolicies, editTree, lockTree } from '../helpers/policy-tree.ts';
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

describe('policy:check --translations', () => {
  const FILE = 'cookies/2026-03-14.mdx';
  const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

  // Mailly's policies with the German and French translations of 2026-03-14; then, as of 2026-05-20,
  // a correction of 2026-03-14 that only the French translation follows, a revision of 2026-06-01
  // announced on 2026-05-15, and a draft of 2026-09-01 — all locked as policy:lock would have.
  function laggingTree(): string {
    const dir = copyPolicies({ translations: true });
    const text = readFileSync(join(dir, FILE), 'utf8');
    const locked = sha256(text);
    const corrected = text
      .replace('Cookies are widely used', 'Cookies are commonly used')
      .replace(
        'change: material\n',
        `change: material\nerrata:\n  - date: 2026-04-02\n    description: Replaces "widely" with "commonly".\n    previousSha256: ${locked}\n`,
      );
    const later = (effective: string, published: string): string =>
      text
        .replace('effective: 2026-03-14', `effective: ${effective}${published}`)
        .replace('change: material', 'change: editorial')
        .replace(/^summary: .*$/m, `summary: Rewords section 1 (${effective}).`)
        .replace('Cookies are widely used', `Cookies are often used (${effective})`);
    const french = readFileSync(join(dir, 'cookies/fr/2026-03-14.mdx'), 'utf8');
    editTree(dir, {
      [FILE]: corrected,
      'cookies/fr/2026-03-14.mdx': french.replace(locked, sha256(corrected)),
      'cookies/2026-06-01.mdx': later('2026-06-01', '\npublished: 2026-05-15'),
      'cookies/2026-09-01.mdx': later('2026-09-01', ''),
    });
    lockTree(dir, '2026-05-20');
    return dir;
  }

  test('lists, per policy and language, the translated, out-of-date and untranslated revisions, with the days to an upcoming one, and exits 0', async () => {
    const dir = laggingTree();
    const check = await runScript('policy-check', ['--translations'], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-05-20' });
    expect(check.stderr).not.toMatch(/problem/);
    expect(check.code).toBe(0);
    expect(check.stdout).toBe(
      [
        'Translations as of 2026-05-20:',
        '',
        'cookies, German (de): 1 of 4 revisions translated (1 out of date); behind: the translation of the version in force (2026-03-14) is out of date since 2026-04-02 (48 days); ' +
          'next: 2026-06-01 takes effect in 12 days, untranslated; then 2026-09-01 (a draft, not announced yet) in 104 days, untranslated',
        '  2026-09-01  draft       not translated — not announced yet; takes effect in 104 days',
        '  2026-06-01  upcoming    not translated — takes effect in 12 days, announced 2026-05-15',
        '  2026-03-14  in force    out of date since the correction of the source on 2026-04-02 (48 days) — in force since 2026-03-14 (67 days)',
        '  2025-09-01  superseded  not translated — was in force 2025-09-01 to 2026-03-13',
        '  2025-01-20  superseded  not translated — was in force 2025-01-20 to 2025-08-31',
        '',
        'cookies, French (fr): 1 of 4 revisions translated; next: 2026-06-01 takes effect in 12 days, untranslated; then 2026-09-01 (a draft, not announced yet) in 104 days, untranslated',
        '  2026-09-01  draft       not translated — not announced yet; takes effect in 104 days',
        '  2026-06-01  upcoming    not translated — takes effect in 12 days, announced 2026-05-15',
        '  2026-03-14  in force    translated',
        '  2025-09-01  superseded  not translated — was in force 2025-09-01 to 2026-03-13',
        '  2025-01-20  superseded  not translated — was in force 2025-01-20 to 2025-08-31',
        '',
        `${dir}: 9 files, no problems.`,
        '',
      ].join('\n'),
    );
  });

  test('says since when the revision in force has had no translation, once it takes effect', async () => {
    const dir = laggingTree();
    const check = await runScript('policy-check', ['--translations'], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-06-10' });
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(
      'cookies, French (fr): 1 of 4 revisions translated; behind: the version in force (2026-06-01) has no translation, for 9 days; ' +
        'next: 2026-09-01 (a draft, not announced yet) takes effect in 83 days, untranslated\n' +
        '  2026-09-01  draft       not translated — not announced yet; takes effect in 83 days\n' +
        '  2026-06-01  in force    not translated — in force since 2026-06-01 (9 days)\n' +
        '  2026-03-14  superseded  translated\n',
    );
  });

  test('refuses a translation of the wrong revision as the build does, naming the file and both hashes, and reports no lag', async () => {
    const dir = copyPolicies({ translations: true });
    const wrong = sha256(readFileSync(join(dir, 'cookies/2025-09-01.mdx'), 'utf8'));
    const german = readFileSync(join(dir, 'cookies/de/2026-03-14.mdx'), 'utf8');
    editTree(dir, { 'cookies/de/2026-03-14.mdx': german.replace(/^translationOf: .*$/m, `translationOf: ${wrong}`) });
    const check = await runScript('policy-check', ['--translations'], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-01' });
    expect(check.code).toBe(1);
    expect(check.stdout).toBe('');
    expect(check.stderr).toContain(
      `${dir}/cookies/de/2026-03-14.mdx:2: front matter "translationOf" is ${wrong}, the hash of ${dir}/cookies/2025-09-01.mdx, not of 2026-03-14 ` +
        `(${dir}/cookies/2026-03-14.mdx hashes to bf5ea62dd4a47d256ce07e70a98224707b82a90f0d458ad3ad0c5a11ff7add93)`,
    );
    expect(check.stderr.trim().split('\n').at(-1)).toBe(
      `1 problem in ${dir}. No translation report: it needs translations without problems.`,
    );
  });

  test('prints the report all the same when the problems are elsewhere in the folder, and exits 1', async () => {
    const dir = laggingTree();
    // A revision added after the lock was written: published, so it must be locked — a problem, but not of the translations.
    const text = readFileSync(join(dir, FILE), 'utf8');
    editTree(dir, {
      'cookies/2026-05-01.mdx': text
        .replace('effective: 2026-03-14', 'effective: 2026-05-01')
        .replace(/^summary: .*$/m, 'summary: Adds a line.'),
    });
    const check = await runScript('policy-check', ['--translations'], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-05-20' });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`${dir}/cookies/2026-05-01.mdx`);
    expect(check.stderr).not.toContain('No translation report');
    expect(check.stdout).toMatch(
      /^Translations as of 2026-05-20:\n\ncookies, German \(de\): 1 of 5 revisions translated \(1 out of date\)/,
    );
    expect(check.stdout).toContain('  2026-05-01  in force    not translated — in force since 2026-05-01 (19 days)\n');
    expect(check.stdout).not.toContain('no problems');
  });

  test('prints the report as JSON with --json, for CI: stdout holds the report alone', async () => {
    const dir = laggingTree();
    const check = await runScript('policy-check', ['--translations', '--json'], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-05-20' });
    expect(check.code).toBe(0);
    expect(check.stderr).toContain(`${dir}: 9 files, no problems.`);
    const report = JSON.parse(check.stdout) as unknown;
    expect(report).toEqual({
      asOf: '2026-05-20',
      languages: ['de', 'fr'],
      policies: [
        {
          policy: 'cookies',
          languages: [
            {
              lang: 'de',
              inForce: '2026-03-14',
              lagging: true,
              revisions: [
                { effective: '2026-09-01', status: 'draft', published: null, until: null, translation: 'none', outdatedSince: null },
                {
                  effective: '2026-06-01',
                  status: 'upcoming',
                  published: '2026-05-15',
                  until: null,
                  translation: 'none',
                  outdatedSince: null,
                },
                {
                  effective: '2026-03-14',
                  status: 'in-force',
                  published: null,
                  until: null,
                  translation: 'outdated',
                  outdatedSince: '2026-04-02',
                },
                {
                  effective: '2025-09-01',
                  status: 'superseded',
                  published: '2025-08-18',
                  until: '2026-03-13',
                  translation: 'none',
                  outdatedSince: null,
                },
                {
                  effective: '2025-01-20',
                  status: 'superseded',
                  published: null,
                  until: '2025-08-31',
                  translation: 'none',
                  outdatedSince: null,
                },
              ],
            },
            expect.objectContaining({ lang: 'fr', inForce: '2026-03-14', lagging: false }),
          ],
        },
      ],
    });
  });

  test('refuses --json without --translations', async () => {
    const check = await runScript('policy-check', ['--json']);
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/^--json prints the translation report: give it with --translations\n\nUsage: npm run policy:check/);
  });

  test.each(['und', 'und-DE', 'src'])(
    'reads a folder named %j as a subfolder, naming the file and the fix, and does not crash',
    async (folder) => {
      const dir = copyPolicies({ translations: true });
      editTree(dir, { [`cookies/${folder}/2026-03-14.mdx`]: readFileSync(join(dir, 'cookies/de/2026-03-14.mdx'), 'utf8') });
      const check = await runScript('policy-check', ['--translations'], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-01' });
      expect(check.code).toBe(1);
      expect(check.stderr).not.toMatch(/RangeError|invalid_argument|at .*\.ts:\d+/);
      expect(check.stderr).toContain(
        `${dir}/cookies/${folder}/2026-03-14.mdx: is in a subfolder, where Redline does not look — if "${folder}" holds translations, name it after their language`,
      );
      expect(check.stdout).toMatch(/^Translations as of 2026-04-01:/);
    },
  );

  test('says so when there are no translations', async () => {
    const check = await runScript('policy-check', ['--translations']);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(
      /^No translations as of \d{4}-\d{2}-\d{2}: a translation of a revision goes in policies\/<policy>\/<lang>\/<YYYY-MM-DD>\.mdx \(README, "Translations"\)\.\n/,
    );
  });
});
