import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkPolicyTree, formatProblems, sourceSha256, type PolicyFile } from '../../../src/lib/policies/index.ts';
import { INTERFACE_LANGUAGES } from '../../../src/lib/translations/index.ts';
import { fixturePath } from '../../helpers/fixtures.ts';

const META = 'title: Cookie Policy\ndescription: How we use cookies.\norder: 1\n';
const SOURCE = readFileSync(fixturePath('mailly/policies/cookies/2026-03-14.mdx'), 'utf8');
const SHA = sourceSha256(SOURCE);
const GERMAN = `---\ntranslationOf: ${SHA}\ntitle: Cookie-Richtlinie\n---\nDiese Cookie-Richtlinie erklärt, wie Mailly Cookies verwendet.\n`;

const tree = (extra: PolicyFile[]): PolicyFile[] => [
  { path: 'cookies/policy.yml', text: META },
  { path: 'cookies/2026-03-14.mdx', text: SOURCE },
  ...extra,
];

function report(files: PolicyFile[], sourceLanguage = 'en'): string {
  return formatProblems(checkPolicyTree(files, 'policies', { sourceLanguage, interfaceLanguages: INTERFACE_LANGUAGES }));
}

describe('checkPolicyTree, on translations', () => {
  test('the hash the source is known by', () => {
    expect(SHA).toBe('bf5ea62dd4a47d256ce07e70a98224707b82a90f0d458ad3ad0c5a11ff7add93');
  });

  test('accepts the German and French translations of Mailly’s cookie policy (test/fixtures/translations)', () => {
    const files = tree(
      ['de', 'fr'].map((lang) => ({
        path: `cookies/${lang}/2026-03-14.mdx`,
        text: readFileSync(fixturePath('translations/cookies', lang, '2026-03-14.mdx'), 'utf8'),
      })),
    );
    expect(checkPolicyTree(files)).toEqual([]);
  });

  test('accepts a German and a French translation in their language folders, and leaves other files there alone', () => {
    const files = tree([
      { path: 'cookies/de/2026-03-14.mdx', text: GERMAN },
      { path: 'cookies/fr/2026-03-14.mdx', text: `---\ntranslationOf: ${SHA}\n---\nTexte.\n` },
      { path: 'cookies/de/diagram.png', text: 'PNG' },
    ]);
    expect(checkPolicyTree(files)).toEqual([]);
  });

  test('checks the translation against the revision of its date, naming the file and both hashes', () => {
    const wrong = 'e'.repeat(64);
    expect(report(tree([{ path: 'cookies/de/2026-03-14.mdx', text: GERMAN.replace(SHA, wrong) }]))).toBe(
      `policies/cookies/de/2026-03-14.mdx:2: front matter "translationOf" is ${wrong}, a hash policies/cookies/2026-03-14.mdx has never had: it hashes to ${SHA} — ` +
        `check the translation against that text, then set "translationOf" to ${SHA} (sha256sum policies/cookies/2026-03-14.mdx, line endings as LF)`,
    );
  });

  test('refuses a language folder not written as BCP 47 writes it, naming the canonical spelling', () => {
    expect(report(tree([{ path: 'cookies/DE/2026-03-14.mdx', text: GERMAN }]))).toBe(
      'policies/cookies/DE: language folder "DE" is not written as BCP 47 writes the tag — rename it to "de" (its pages are at /de/)',
    );
  });

  test('refuses a language folder in the language the policies are written in', () => {
    expect(report(tree([{ path: 'cookies/de/2026-03-14.mdx', text: GERMAN }]), 'de')).toBe(
      'policies/cookies/de: language folder "de" is German ("de"), the language the policies are written in (src/site.config.ts "lang" is "de"): ' +
        'the revisions themselves are that text — remove the folder, or set "lang" to the language the revisions are written in',
    );
  });

  test('refuses a language Redline has no interface strings for, naming those it ships and the fix', () => {
    expect(report(tree([{ path: 'cookies/pt-BR/2026-03-14.mdx', text: GERMAN }]))).toBe(
      'policies/cookies/pt-BR: language folder "pt-BR" is Brazilian Portuguese ("pt-BR"), but Redline has no interface strings in it ' +
        '(it ships en (English), de (German), fr (French)) — translate the interface first (src/lib/i18n/strings/pt-BR.ts, with every string en.ts has), or remove the folder',
    );
  });

  test('accepts a regional variant of a shipped interface language (its pages use that language’s strings)', () => {
    expect(report(tree([{ path: 'cookies/de-AT/2026-03-14.mdx', text: GERMAN }]))).toBe('');
  });

  test('refuses a policy folder named like a language translations use: both would be at /de/', () => {
    const files = tree([
      { path: 'cookies/de/2026-03-14.mdx', text: GERMAN },
      { path: 'de/policy.yml', text: META },
      { path: 'de/2026-03-14.mdx', text: '---\neffective: 2026-03-14\n---\nText.\n' },
    ]);
    expect(report(files)).toBe(
      'policies/de: policy folder "de" takes the URL of the German ("de") translations (/de/), which policies/cookies/de/ publishes — rename the policy folder, e.g. "de-policy"',
    );
  });

  const inSubfolder = (path: string, folder: string): string =>
    `${path}: is in a subfolder, where Redline does not look — if "${folder}" holds translations, name it after their language as a BCP 47 tag ` +
    'with a two-letter language code, such as "de" or "pt-BR"; otherwise move the file to policies/cookies/ (a revision) or out of policies/';

  test('keeps refusing revisions in a subfolder that is not a language, and a file in a subfolder of a language folder stays in the language', () => {
    const files = tree([
      { path: 'cookies/drafts/2026-03-14.mdx', text: GERMAN },
      { path: 'cookies/de/old/2026-03-14.mdx', text: GERMAN },
      { path: 'cookies/DE/old/2026-03-14.mdx', text: GERMAN },
    ]);
    expect(report(files)).toBe(
      [
        'policies/cookies/DE/old/2026-03-14.mdx: is in a subfolder of the language folder policies/cookies/DE/, where Redline does not look — move it to policies/cookies/de/ or remove it',
        'policies/cookies/de/old/2026-03-14.mdx: is in a subfolder of the language folder policies/cookies/de/, where Redline does not look — move it to policies/cookies/de/ or remove it',
        inSubfolder('policies/cookies/drafts/2026-03-14.mdx', 'drafts'),
      ].join('\n'),
    );
  });

  test.each(['src', 'bak', 'new', 'bin', 'alt', 'lat', 'fil', 'mul', 'zxx', 'und', 'und-DE', 'mis', 'qaa', 'de-drafts'])(
    'reads a folder named %j as a subfolder, not a language, naming both fixes',
    (folder) => {
      expect(report(tree([{ path: `cookies/${folder}/2026-03-14.mdx`, text: GERMAN }]))).toBe(
        inSubfolder(`policies/cookies/${folder}/2026-03-14.mdx`, folder),
      );
    },
  );

  test.each([
    ['de_DE', 'de-DE', ', its parts joined by hyphens, not underscores'],
    ['deu', 'de', ''],
    ['DE', 'de', ''],
  ])('reads %j as a misspelt language folder: rename it to %j', (folder, tag, hyphens) => {
    expect(report(tree([{ path: `cookies/${folder}/2026-03-14.mdx`, text: GERMAN }]))).toBe(
      `policies/cookies/${folder}: language folder "${folder}" is not written as BCP 47 writes the tag — rename it to "${tag}"${hyphens} (its pages are at /${tag}/)`,
    );
  });

  test('checks folders of any name without throwing: each problem names the file', () => {
    const names = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/),
      fc.constantFrom('und', 'und-DE', 'root', 'x-abc', 'i-klingon', 'en-x-foo', 'de-u-co-phonebk'),
    );
    fc.assert(
      fc.property(names, (folder) => {
        if (folder.startsWith('.')) return;
        const problems = checkPolicyTree(tree([{ path: `cookies/${folder}/2026-03-14.mdx`, text: GERMAN }]));
        for (const problem of problems) expect(problem.file.startsWith(`policies/cookies/${folder}`)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('names the revision of another policy that a translation in the wrong policy folder translates', () => {
    const terms = '---\neffective: 2026-01-05\n---\nTerms.\n';
    const files = tree([
      { path: 'terms/policy.yml', text: META.replace('Cookie Policy', 'Terms') },
      { path: 'terms/2026-01-05.mdx', text: terms },
      { path: 'cookies/de/2026-01-05.mdx', text: GERMAN.replace(SHA, sourceSha256(terms)) },
    ]);
    expect(report(files)).toBe(
      'policies/cookies/de/2026-01-05.mdx: policies/cookies has no revision of 2026-01-05 — its "translationOf" is the hash of policies/terms/2026-01-05.mdx ' +
        '(a revision of another policy): move it to policies/terms/de/2026-01-05.mdx (it has 2026-03-14)',
    );
  });

  test('checks a translation of a revision whose own front matter is wrong against its hash all the same', () => {
    const broken = SOURCE.replace('change: material', 'change: major');
    const files = [
      { path: 'cookies/policy.yml', text: META },
      { path: 'cookies/2026-03-14.mdx', text: broken },
      { path: 'cookies/de/2026-03-14.mdx', text: GERMAN.replace(SHA, sourceSha256(broken)) },
    ];
    expect(report(files).split('\n')).toEqual([
      expect.stringMatching(/^policies\/cookies\/2026-03-14\.mdx:3: front matter "change" is "major"/),
    ]);
  });
});
