import { describe, expect, test } from 'vitest';
import { sourceSha256, type PolicyFile } from '../../../src/lib/policies/index.ts';
import { formatTranslationReport, translationReport } from '../../../src/lib/translations/index.ts';

const COOKIES = '---\neffective: 2026-03-14\n---\nCookies.\n';
const TERMS_FIRST = '---\neffective: 2026-01-05\n---\nTerms.\n';
const TERMS_LATER = '---\neffective: 2026-05-01\npublished: 2026-04-10\nchange: material\nsummary: New terms.\n---\nNew terms.\n';

const files: PolicyFile[] = [
  { path: 'cookies/policy.yml', text: 'title: Cookies\ndescription: Cookies.\n' },
  { path: 'cookies/2026-03-14.mdx', text: COOKIES },
  { path: 'cookies/de/2026-03-14.mdx', text: `---\ntranslationOf: ${sourceSha256(COOKIES)}\n---\nKekse.\n` },
  { path: 'terms/2026-01-05.mdx', text: TERMS_FIRST },
  { path: 'terms/2026-05-01.mdx', text: TERMS_LATER },
  { path: 'terms/fr/2026-01-05.mdx', text: `---\ntranslationOf: ${sourceSha256(TERMS_FIRST)}\n---\nConditions.\n` },
];

describe('translationReport', () => {
  test('reports every policy in every language the site uses, the configured languages first', () => {
    const report = translationReport(files, '2026-04-20', ['fr']);
    expect(report.languages).toEqual(['fr', 'de']);
    expect(
      report.policies.map(({ policy, languages }) => [
        policy,
        languages.map((l) => `${l.lang} ${l.lagging} ${l.revisions.map((r) => `${r.effective}:${r.status}:${r.translation}`).join(' ')}`),
      ]),
    ).toEqual([
      ['cookies', ['fr true 2026-03-14:in-force:none', 'de false 2026-03-14:in-force:current']],
      [
        'terms',
        ['fr false 2026-05-01:upcoming:none 2026-01-05:in-force:current', 'de true 2026-05-01:upcoming:none 2026-01-05:in-force:none'],
      ],
    ]);
  });
});

describe('formatTranslationReport', () => {
  test('writes a summary per policy and language, then each revision with since when or in how many days', () => {
    expect(formatTranslationReport(translationReport(files, '2026-04-20', ['fr']))).toEqual([
      'Translations as of 2026-04-20:',
      '',
      'cookies, French (fr): 0 of 1 revision translated; behind: the version in force (2026-03-14) has no translation, for 37 days',
      '  2026-03-14  in force    not translated — in force since 2026-03-14 (37 days)',
      '',
      'cookies, German (de): 1 of 1 revision translated',
      '  2026-03-14  in force    translated',
      '',
      'terms, French (fr): 1 of 2 revisions translated; next: 2026-05-01 takes effect in 11 days, untranslated',
      '  2026-05-01  upcoming    not translated — takes effect in 11 days, announced 2026-04-10',
      '  2026-01-05  in force    translated',
      '',
      'terms, German (de): 0 of 2 revisions translated; behind: the version in force (2026-01-05) has no translation, for 105 days; next: 2026-05-01 takes effect in 11 days, untranslated',
      '  2026-05-01  upcoming    not translated — takes effect in 11 days, announced 2026-04-10',
      '  2026-01-05  in force    not translated — in force since 2026-01-05 (105 days)',
    ]);
  });
});

describe('translationReport and formatTranslationReport, on corrections and revisions to come', () => {
  // A revision corrected on 2026-04-02 after its German translation; a revision announced for
  // 2026-06-01 and a draft for 2026-09-01, neither translated.
  const ORIGINAL = '---\neffective: 2026-03-14\n---\nCookies are widely used.\n';
  const CORRECTED =
    '---\neffective: 2026-03-14\nerrata:\n  - date: 2026-04-02\n    description: Replaces "widely" with "commonly".\n' +
    `    previousSha256: ${sourceSha256(ORIGINAL)}\n---\nCookies are commonly used.\n`;
  const LATER = (effective: string, published: string): string =>
    `---\neffective: ${effective}\n${published}change: editorial\nsummary: Rewords.\n---\nCookies are often used.\n`;
  const corrected: PolicyFile[] = [
    { path: 'cookies/policy.yml', text: 'title: Cookies\ndescription: Cookies.\n' },
    { path: 'cookies/2026-03-14.mdx', text: CORRECTED },
    { path: 'cookies/2026-06-01.mdx', text: LATER('2026-06-01', 'published: 2026-05-01\n') },
    { path: 'cookies/2026-09-01.mdx', text: LATER('2026-09-01', '') },
    { path: 'cookies/de/2026-03-14.mdx', text: `---\ntranslationOf: ${sourceSha256(ORIGINAL)}\n---\nKekse.\n` },
  ];

  test('gives each revision since when its translation is out of date: the day of the correction after it', () => {
    const [german] = translationReport(corrected, '2026-05-15').policies[0]?.languages ?? [];
    expect(german).toEqual({
      lang: 'de',
      inForce: '2026-03-14',
      lagging: true,
      revisions: [
        { effective: '2026-09-01', status: 'draft', published: null, until: null, translation: 'none', outdatedSince: null },
        { effective: '2026-06-01', status: 'upcoming', published: '2026-05-01', until: null, translation: 'none', outdatedSince: null },
        { effective: '2026-03-14', status: 'in-force', published: null, until: null, translation: 'outdated', outdatedSince: '2026-04-02' },
      ],
    });
  });

  test('says since when a translation is out of date, and flags the revisions to come that have none', () => {
    expect(formatTranslationReport(translationReport(corrected, '2026-05-15'))).toEqual([
      'Translations as of 2026-05-15:',
      '',
      'cookies, German (de): 1 of 2 revisions translated (1 out of date); behind: the translation of the version in force (2026-03-14) is out of date since 2026-04-02 (43 days); ' +
        'next: 2026-06-01 takes effect in 17 days, untranslated; then 2026-09-01 (a draft, not announced yet) in 109 days, untranslated',
      '  2026-09-01  draft       not translated — not announced yet; takes effect in 109 days',
      '  2026-06-01  upcoming    not translated — takes effect in 17 days, announced 2026-05-01',
      '  2026-03-14  in force    out of date since the correction of the source on 2026-04-02 (43 days) — in force since 2026-03-14 (62 days)',
    ]);
  });

  test('leaves out a translation of a hash its source never had, which the checks refuse, rather than fail', () => {
    const unknown = corrected.map((file) =>
      file.path === 'cookies/de/2026-03-14.mdx' ? { ...file, text: `---\ntranslationOf: ${'e'.repeat(64)}\n---\nKekse.\n` } : file,
    );
    const [german] = translationReport(unknown, '2026-05-15').policies[0]?.languages ?? [];
    expect(german?.revisions.map((revision) => revision.translation)).toEqual(['none', 'none', 'none']);
  });
});
