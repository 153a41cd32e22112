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
      'terms, French (fr): 1 of 2 revisions translated',
      '  2026-05-01  upcoming    not translated — takes effect in 11 days, announced 2026-04-10',
      '  2026-01-05  in force    translated',
      '',
      'terms, German (de): 0 of 2 revisions translated; behind: the version in force (2026-01-05) has no translation, for 105 days',
      '  2026-05-01  upcoming    not translated — takes effect in 11 days, announced 2026-04-10',
      '  2026-01-05  in force    not translated — in force since 2026-01-05 (105 days)',
    ]);
  });
});
