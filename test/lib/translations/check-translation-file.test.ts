import { describe, expect, test } from 'vitest';
import { checkTranslationFile, type TranslatableRevision } from '../../../src/lib/translations/index.ts';

const CURRENT = 'a'.repeat(64);
const BEFORE_ERRATUM = 'b'.repeat(64);
const LATER = 'c'.repeat(64);
const UNKNOWN = 'd'.repeat(64);

const revisions: TranslatableRevision[] = [
  {
    file: 'policies/cookies/2026-03-14.mdx',
    effective: '2026-03-14',
    sha256: CURRENT,
    previousSha256: [BEFORE_ERRATUM],
    categories: [
      { id: 'essential', name: 'Essential Cookies' },
      { id: 'analytics', name: 'Analytics Cookies' },
    ],
  },
  { file: 'policies/cookies/2026-06-01.mdx', effective: '2026-06-01', sha256: LATER, previousSha256: [] },
];

const context = { folder: 'policies/cookies', revisions };

const translation = (front: string, body = '## Essenzielle Cookies\n\nNotwendig.\n\n## Analyse-Cookies\n\nStatistik.\n'): string =>
  `---\ntranslationOf: ${CURRENT}\n${front}---\n${body}`;

function problemsOf(text: string, name = '2026-03-14.mdx'): string[] {
  return checkTranslationFile(`policies/cookies/de/${name}`, name, text, context).map((p) => `${p.file}:${p.line ?? '-'}: ${p.message}`);
}

describe('checkTranslationFile', () => {
  test('accepts a translation of the source as it stands, with a title, a summary and translated categories', () => {
    const front = [
      'title: Cookie-Richtlinie',
      'summary: Fügt Leistungs-Cookies hinzu.',
      'declaration:',
      '  categories:',
      '    - { id: essential, name: Essenzielle Cookies, description: Für den Betrieb nötig. }',
      '    - { id: analytics, description: Helfen uns zu verstehen wie Besucher die Website nutzen. }',
      '',
    ].join('\n');
    expect(problemsOf(translation(front))).toEqual([]);
  });

  test('accepts a translation made before a correction of its source (it is shown as out of date)', () => {
    expect(problemsOf(translation('').replace(CURRENT, BEFORE_ERRATUM))).toEqual([]);
  });

  test('refuses a date that names no revision of the policy, listing the dates it has', () => {
    expect(problemsOf(translation('').replace(CURRENT, UNKNOWN), '2026-03-15.mdx')).toEqual([
      'policies/cookies/de/2026-03-15.mdx:-: policies/cookies has no revision of 2026-03-15 — name the file after the effective date of the revision it translates (it has 2026-03-14, 2026-06-01)',
    ]);
  });

  test('refuses a date that names no revision of the policy, naming the revision its translationOf is the hash of', () => {
    expect(problemsOf(translation(''), '2026-03-15.mdx')).toEqual([
      'policies/cookies/de/2026-03-15.mdx:-: policies/cookies has no revision of 2026-03-15 — its "translationOf" is the hash of policies/cookies/2026-03-14.mdx: ' +
        'rename it to policies/cookies/de/2026-03-14.mdx (it has 2026-03-14, 2026-06-01)',
    ]);
  });

  test('refuses a translationOf the source never had, naming the file, the hash given and the source’s hash', () => {
    expect(problemsOf(translation('').replace(CURRENT, UNKNOWN))).toEqual([
      `policies/cookies/de/2026-03-14.mdx:2: front matter "translationOf" is ${UNKNOWN}, a hash policies/cookies/2026-03-14.mdx has never had: ` +
        `it hashes to ${CURRENT} (before its errata: ${BEFORE_ERRATUM}) — check the translation against that text, then set "translationOf" to ${CURRENT} ` +
        '(sha256sum policies/cookies/2026-03-14.mdx, line endings as LF)',
    ]);
  });

  test('refuses the hash of another revision, saying which revision it is the hash of', () => {
    expect(problemsOf(translation('').replace(CURRENT, LATER))).toEqual([
      `policies/cookies/de/2026-03-14.mdx:2: front matter "translationOf" is ${LATER}, the hash of policies/cookies/2026-06-01.mdx, not of 2026-03-14 ` +
        `(policies/cookies/2026-03-14.mdx hashes to ${CURRENT}) — if this translates 2026-06-01, name the file policies/cookies/de/2026-06-01.mdx; ` +
        `if it translates 2026-03-14, set "translationOf" to ${CURRENT}`,
    ]);
  });

  test('refuses a category the source does not declare, and one given twice', () => {
    const front =
      'declaration:\n  categories:\n    - { id: marketing, description: Werbung. }\n    - { id: analytics }\n    - { id: analytics }\n';
    expect(problemsOf(translation(front))).toEqual([
      'policies/cookies/de/2026-03-14.mdx:3: front matter "declaration.categories[0].id" is "marketing", which policies/cookies/2026-03-14.mdx does not declare (it declares essential, analytics) — use one of its ids, or remove the entry',
      'policies/cookies/de/2026-03-14.mdx:3: front matter "declaration.categories[2].id" is "analytics", which declaration.categories[1] translates already — give each category once',
    ]);
  });

  test('refuses a translated category name that is not a heading of the translation’s text', () => {
    const front = 'declaration:\n  categories:\n    - { id: analytics, name: Statistik-Cookies }\n';
    expect(problemsOf(translation(front))).toEqual([
      'policies/cookies/de/2026-03-14.mdx:3: front matter "declaration.categories[0].name" is "Statistik-Cookies", but the text has no heading "Statistik-Cookies" ' +
        '(it has "Essenzielle Cookies", "Analyse-Cookies") — a category\'s name is the heading of its section: make the two agree',
    ]);
  });

  test('refuses translated categories of a revision that declares none', () => {
    const later = `---\ntranslationOf: ${LATER}\ndeclaration:\n  categories:\n    - { id: essential, description: Nötig. }\n---\nText.\n`;
    expect(problemsOf(later, '2026-06-01.mdx')).toEqual([
      'policies/cookies/de/2026-06-01.mdx:3: front matter "declaration" translates a category, but policies/cookies/2026-06-01.mdx declares none — remove "declaration"',
    ]);
  });

  test.each([
    [
      'a name that is not a date',
      'neu.mdx',
      '"neu.mdx" is not named after a date — name translation files YYYY-MM-DD.mdx, after the effective date of the revision it translates',
    ],
    [
      'a date that does not exist',
      '2026-02-30.mdx',
      'the file name says 2026-02-30, which is not a real date — rename it to the effective date of the revision it translates',
    ],
    ['a Markdown file', '2026-03-14.md', 'translation files are MDX: rename "2026-03-14.md" to 2026-03-14.mdx'],
  ])('refuses %s', (_case, name, message) => {
    expect(problemsOf(translation(''), name)).toEqual([`policies/cookies/de/${name}:-: ${message}`]);
  });

  test.each([
    [
      'no translationOf',
      '---\ntitle: Cookies\n---\nText.\n',
      '-: front matter has no "translationOf": write the SHA-256 of the revision file it translates',
    ],
    [
      'a translationOf that is no SHA-256',
      '---\ntranslationOf: abc\n---\nText.\n',
      '2: front matter "translationOf" is "abc" — it must be a SHA-256 in lowercase hex (64 characters)',
    ],
    [
      'no translationOf, with the hint to the revision’s hash, not a translation’s',
      '---\ntitle: Cookie-Richtlinie\n---\nText.\n',
      '-: front matter has no "translationOf": write the SHA-256 of the revision file it translates, as sha256sum gives it: ' +
        'that revision\'s "sourceSha256" in /api/policies.json (not the "sourceSha256" of one of its translations)',
    ],
    [
      'an effective date, which comes from the source',
      translation('effective: 2026-03-14\n'),
      '3: front matter "effective" is 2026-03-14, but a translation\'s effective date comes from the source revision it translates (policies/cookies/2026-03-14.mdx) — remove "effective"',
    ],
    [
      'a publication date, which comes from the source',
      translation('published: 2026-02-14\n'),
      '3: front matter "published" is 2026-02-14, but a translation\'s publication date comes from the source revision it translates (policies/cookies/2026-03-14.mdx) — remove "published"',
    ],
    [
      'a change label, which comes from the source',
      translation('change: material\n'),
      '3: front matter "change" is "material", but a translation\'s change label comes from the source revision it translates (policies/cookies/2026-03-14.mdx) — remove "change"',
    ],
    [
      'a field a translation has no use for',
      translation('errata: []\n'),
      '3: front matter has an unknown field "errata" — remove it or use one of: translationOf, title, summary, declaration, allowBidi',
    ],
    [
      'an empty title',
      translation('title: ""\n'),
      '3: front matter "title" is "" — it must not be empty: write the policy\'s title in this language, or remove the field',
    ],
    [
      'a translated category field that is not translated',
      translation('declaration:\n  categories:\n    - { id: analytics, required: true }\n'),
      '3: front matter "declaration.categories[0]" has an unknown field "required" — remove it or fix its name',
    ],
    ['YAML that does not parse', '---\ntranslationOf: [\n---\nText.\n', '3: front matter is not valid YAML'],
    [
      'a script in the text',
      translation('', 'Text.\n\n<script>alert(1)</script>\n'),
      '6: the text has a <script> element, which a policy may not contain',
    ],
    [
      'a bidirectional override',
      translation('title: "Cookie\\u202ERichtlinie"\n'),
      '3: front matter "title" contains U+202E RIGHT-TO-LEFT OVERRIDE (written as an escape in the YAML)',
    ],
  ])('refuses %s, naming the field, the value and the fix', (_case, text, message) => {
    expect(problemsOf(text).map((line) => line.slice('policies/cookies/de/2026-03-14.mdx:'.length))).toContainEqual(
      expect.stringContaining(message),
    );
  });

  describe('on a translation in the wrong policy folder', () => {
    const TERMS = 'e'.repeat(64);
    const terms: TranslatableRevision = {
      file: 'policies/terms/2026-01-05.mdx',
      effective: '2026-01-05',
      sha256: TERMS,
      previousSha256: [],
    };
    const misplaced = (name: string): string[] =>
      checkTranslationFile(`policies/cookies/de/${name}`, name, translation('').replace(CURRENT, TERMS), {
        ...context,
        otherPolicies: [terms],
      }).map((p) => `${p.file}:${p.line ?? '-'}: ${p.message}`);

    test('names the other policy’s revision its translationOf is the hash of, and where the file goes', () => {
      expect(misplaced('2026-03-14.mdx')).toEqual([
        `policies/cookies/de/2026-03-14.mdx:2: front matter "translationOf" is ${TERMS}, the hash of policies/terms/2026-01-05.mdx (a revision of another policy), not of 2026-03-14 ` +
          `(policies/cookies/2026-03-14.mdx hashes to ${CURRENT}) — if this translates policies/terms/2026-01-05.mdx, move it to policies/terms/de/2026-01-05.mdx; ` +
          `if it translates 2026-03-14, set "translationOf" to ${CURRENT}`,
      ]);
    });

    test('names it too when the file is named after a date the policy has no revision of', () => {
      expect(misplaced('2026-01-05.mdx')).toEqual([
        'policies/cookies/de/2026-01-05.mdx:-: policies/cookies has no revision of 2026-01-05 — its "translationOf" is the hash of policies/terms/2026-01-05.mdx ' +
          '(a revision of another policy): move it to policies/terms/de/2026-01-05.mdx (it has 2026-03-14, 2026-06-01)',
      ]);
    });
  });
});
