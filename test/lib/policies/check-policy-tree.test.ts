import { describe, expect, test } from 'vitest';
import { checkPolicyTree, formatProblems, type PolicyFile } from '../../../src/lib/policies/index.ts';

const META = 'title: Cookie Policy\ndescription: How we use cookies.\norder: 1\n';
const first = (date: string): string => `---\neffective: ${date}\n---\nFirst text.\n`;
const later = (date: string, extra = 'change: editorial\nsummary: Rewords section 2.'): string => `---\neffective: ${date}\n${extra}\n---\nText.\n`;

function report(files: PolicyFile[]): string {
  return formatProblems(checkPolicyTree(files));
}

describe('checkPolicyTree', () => {
  test('accepts a well-formed tree and ignores files at the top and in dot folders', () => {
    const files = [
      { path: 'README.md', text: 'notes' },
      { path: 'cookies/policy.yml', text: META },
      { path: 'cookies/2025-01-20.mdx', text: first('2025-01-20') },
      { path: 'cookies/2026-03-14.mdx', text: later('2026-03-14') },
      { path: 'cookies/.drafts/2027-01-01.mdx', text: 'anything' },
    ];
    expect(checkPolicyTree(files)).toEqual([]);
  });

  test('refuses two revisions on one date', () => {
    const files = [
      { path: 'cookies/policy.yml', text: META },
      { path: 'cookies/2026-03-14.mdx', text: first('2026-03-14') },
      { path: 'cookies/2026-03-14.md', text: first('2026-03-14') },
    ];
    expect(report(files)).toMatch(/^policies\/cookies: has 2 revisions for 2026-03-14 \(2026-03-14.mdx, 2026-03-14.md\) — a policy has one revision per day/m);
  });

  test.each([
    ['summary', 'change: editorial'],
    ['change', 'summary: Rewords section 2.'],
  ])('requires a %s on every revision but the first', (field, extra) => {
    const files = [
      { path: 'cookies/policy.yml', text: META },
      { path: 'cookies/2025-01-20.mdx', text: first('2025-01-20') },
      { path: 'cookies/2026-03-14.mdx', text: later('2026-03-14', extra) },
    ];
    expect(report(files)).toBe(
      `policies/cookies/2026-03-14.mdx:2: front matter has no "${field}" — every revision but the first (2025-01-20) needs one: ` +
        (field === 'summary' ? 'say in plain language what changed, e.g. summary: "Adds performance cookies."' : 'write material (rights or obligations change), editorial (same meaning, new wording) or technical (layout, links, typos)'),
    );
  });

  test('refuses a policy folder without revisions', () => {
    expect(report([{ path: 'cookies/policy.yml', text: META }])).toBe(
      'policies/cookies: has no revisions — add the first one as YYYY-MM-DD.mdx, named after the day it takes effect',
    );
  });

  test('refuses a policy folder without metadata', () => {
    expect(report([{ path: 'cookies/2025-01-20.mdx', text: first('2025-01-20') }])).toBe(
      'policies/cookies: has no policy.yml — add one with "title:", "description:" and "order:"',
    );
  });

  test.each([
    ['title: ""\ndescription: x\n', /policies\/cookies\/policy.yml:1: policy.yml "title" is "" — it must not be empty/],
    ['description: x\n', /policy.yml has no "title": write the policy title/],
    ['title: T\ndescription: x\norder: first\n', /policy.yml:3: policy.yml "order" is "first" — it must be a whole number/],
    ['title: T\ndescription: x\ncompare: pairs\n', /policy.yml:3: policy.yml "compare" is "pairs" — it must be one of all, adjacent/],
    ['- a list\n', /policy.yml: must be a YAML mapping/],
    ['title: [\n', /policy.yml:\d+: is not valid YAML/],
  ])('refuses bad metadata %j', (meta, message) => {
    expect(report([{ path: 'cookies/policy.yml', text: meta }, { path: 'cookies/2025-01-20.mdx', text: first('2025-01-20') }])).toMatch(message);
  });

  test.each([
    ['Cookies', /policy folder "Cookies" is not a URL-safe name/],
    ['changelog', /policy folder "changelog" takes a URL the site uses itself \(\/changelog\/\) — rename the folder/],
    ['reacceptance', /policy folder "reacceptance" takes a URL the site uses itself \(\/reacceptance\/\) — rename the folder, e\.g\. "reacceptance-policy"/],
  ])('refuses the folder name %j', (slug, message) => {
    expect(report([{ path: `${slug}/policy.yml`, text: META }, { path: `${slug}/2025-01-20.mdx`, text: first('2025-01-20') }])).toMatch(message);
  });

  test('refuses revisions hidden in a subfolder', () => {
    const files = [
      { path: 'cookies/policy.yml', text: META },
      { path: 'cookies/2025-01-20.mdx', text: first('2025-01-20') },
      { path: 'cookies/old/2024-01-01.mdx', text: first('2024-01-01') },
    ];
    expect(report(files)).toBe(
      'policies/cookies/old/2024-01-01.mdx: is in a subfolder, where Redline does not look — if "old" holds translations, name it after their language ' +
        'as a BCP 47 tag with a two-letter language code, such as "de" or "pt-BR"; otherwise move the file to policies/cookies/ (a revision) or out of policies/',
    );
  });

  test('refuses an empty tree', () => {
    expect(report([])).toMatch(/^policies: has no policies/);
  });

  test('lists every problem of every policy at once, sorted by file and line', () => {
    const files = [
      { path: 'terms/policy.yml', text: META },
      { path: 'terms/2026-02-30.mdx', text: first('2026-02-30') },
      { path: 'cookies/policy.yml', text: META },
      { path: 'cookies/2026-03-14.mdx', text: '---\neffective: 2026-03-15\nchange: big\n---\n' },
    ];
    const lines = report(files).split('\n');
    expect(lines.map((line) => line.slice(0, line.indexOf(' — ')))).toEqual([
      'policies/cookies/2026-03-14.mdx:2: front matter "effective" is 2026-03-15 but the file name says 2026-03-14',
      'policies/cookies/2026-03-14.mdx:3: front matter "change" is "big"',
      'policies/terms/2026-02-30.mdx: the file name says 2026-02-30, which is not a real date',
    ]);
  });
});
