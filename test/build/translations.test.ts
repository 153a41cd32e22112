import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { verifySite } from '../../src/lib/integrity/index.ts';
import type { PoliciesIndex } from '../../src/lib/policies/index.ts';
import { uiStrings } from '../../src/lib/i18n/index.ts';
import { folderReader } from '../../src/node/site-reader.ts';
import { buildSite, tempDir, type BuildResult } from '../helpers/build-site.ts';
import { htmlText } from '../helpers/page-text.ts';
import { runScript } from '../helpers/run-script.ts';
import { copyPolicies, editTree, TRANSLATIONS } from '../helpers/policy-tree.ts';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const SOURCE = 'bf5ea62dd4a47d256ce07e70a98224707b82a90f0d458ad3ad0c5a11ff7add93';
const GERMAN = readFileSync(join(TRANSLATIONS, 'cookies/de/2026-03-14.mdx'), 'utf8');
const FRENCH = readFileSync(join(TRANSLATIONS, 'cookies/fr/2026-03-14.mdx'), 'utf8');

describe('a site with translations (the German and French ones of the cookie policy of 2026-03-14)', () => {
  let site: BuildResult;
  let dir: string;
  const json = <T>(path: string): T => JSON.parse(readFileSync(join(site.outDir, path), 'utf8')) as T;

  beforeAll(async () => {
    dir = copyPolicies({ translations: true });
    site = await buildSite({ policiesDir: dir, asOf: '2026-04-01' });
    if (!site.ok) throw new Error(site.output);
  });

  test('lists each revision’s translations in /api/policies.json (1.2), with their hashes and translated category texts', () => {
    const index = json<PoliciesIndex>('api/policies.json');
    expect(index.specVersion).toBe('1.2');
    const revisions = index.policies.find((policy) => policy.id === 'cookies')?.revisions ?? [];
    expect(revisions.map((revision) => [revision.version, revision.translations.map((t) => t.lang)])).toEqual([
      ['2025-01-20', []],
      ['2025-09-01', []],
      ['2026-03-14', ['de', 'fr']],
    ]);
    const [german, french] = revisions.at(-1)?.translations ?? [];
    expect(german).toEqual({
      lang: 'de',
      url: 'https://policies.mailly.io/de/cookies/2026-03-14/',
      sourceSha256: sha256(GERMAN),
      sourceUrl: `https://policies.mailly.io/sources/${sha256(GERMAN)}.mdx`,
      translationOf: SOURCE,
      state: 'current',
      categories: [
        { id: 'essential', name: 'Notwendige Cookies', description: expect.stringMatching(/^Diese Cookies sind für den Betrieb/) },
        { id: 'analytics', name: 'Analyse-Cookies', description: expect.stringMatching(/^Diese Cookies ermöglichen es uns/) },
        {
          id: 'functionality',
          name: 'Funktionale Cookies',
          description: expect.stringMatching(/^Diese Cookies ermöglichen es der Website/),
        },
        { id: 'performance', name: 'Leistungs-Cookies', description: expect.stringMatching(/^Leistungs-Cookies erheben/) },
      ],
    });
    expect(french).toMatchObject({ lang: 'fr', sourceSha256: sha256(FRENCH), translationOf: SOURCE, state: 'current' });
  });

  test('the German cookie policy in force has its page: lang="de", German interface, hreflang both ways, a language switcher', () => {
    const german = readFileSync(join(site.outDir, 'de/cookies/index.html'), 'utf8');
    const english = readFileSync(join(site.outDir, 'cookies/index.html'), 'utf8');
    expect(german).toMatch(/^<!doctype html><html lang="de">/i);
    expect(htmlText(german)).toContain(`${uiStrings('de').status.inForceLead} seit dem 14. März 2026`);
    expect(htmlText(german)).toContain(uiStrings('de').translation.governingStatement('Englisch'));
    const hreflang = (html: string): string[] =>
      [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    const both = [
      'en https://policies.mailly.io/cookies/',
      'de https://policies.mailly.io/de/cookies/',
      'fr https://policies.mailly.io/fr/cookies/',
      'x-default https://policies.mailly.io/cookies/',
    ];
    expect(hreflang(german)).toEqual(both);
    expect(hreflang(english)).toEqual(both);
    const switcher = (html: string): string[] =>
      [...(html.match(/<nav class="language-switcher"[\s\S]*?<\/nav>/)?.[0] ?? '').matchAll(/<a [^>]*href="([^"]+)"[^>]*>([^<]+)</g)].map(
        (m) => `${m[1]} ${m[2]}`,
      );
    expect(switcher(english)).toEqual(['/cookies/ English', '/de/cookies/ Deutsch', '/fr/cookies/ Français']);
    expect(switcher(german)).toEqual(switcher(english));
    expect(german).toMatch(/<a [^>]*href="\/de\/cookies\/"[^>]*aria-current="page"|<a [^>]*aria-current="page"[^>]*href="\/de\/cookies\/"/);
    // No lag: the German text is of the version in force.
    expect(german).not.toContain('data-translation-lag');
  });

  test('npm run policy:check passes on the folder with its translations', async () => {
    const check = await runScript('policy-check', [], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-01' });
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });

  test('publishes each translation’s source under its hash, byte for byte', () => {
    for (const text of [GERMAN, FRENCH]) expect(readFileSync(join(site.outDir, 'sources', `${sha256(text)}.mdx`), 'utf8')).toBe(text);
  });

  test('keeps the sealed declaration JSON as the source revision publishes it: translated texts do not change its digest', () => {
    const declaration = json<{ categories: Record<string, unknown>[] }>('api/cookies/2026-03-14/declaration.json');
    expect(declaration.categories.map((category) => category['name'])).toEqual([
      'Essential Cookies',
      'Analytics Cookies',
      'Functionality Cookies',
      'Performance Cookies',
    ]);
    expect(declaration.categories.every((category) => !('translations' in category))).toBe(true);
  });

  test('verifies as policy:verify does: translation sources hash to their names and translate what their state says', async () => {
    const result = await verifySite(folderReader(site.outDir));
    expect(result.mismatches).toEqual([]);
    expect(result.sources).toBe(5);
  });

  /** Copy the built site and replace its German translation source by `text`, consistently: under its new hash, which the index then lists. */
  function replacedGerman(text: string): { dir: string; sha: string } {
    const dir = tempDir('translation-replaced');
    cpSync(site.outDir, dir, { recursive: true });
    const sha = sha256(text);
    rmSync(join(dir, 'sources', `${sha256(GERMAN)}.mdx`));
    writeFileSync(join(dir, 'sources', `${sha}.mdx`), text);
    const index = JSON.parse(readFileSync(join(dir, 'api/policies.json'), 'utf8')) as PoliciesIndex;
    for (const revision of index.policies.flatMap((policy) => policy.revisions))
      for (const translation of revision.translations)
        if (translation.lang === 'de')
          Object.assign(translation, { sourceSha256: sha, sourceUrl: `https://policies.mailly.io/sources/${sha}.mdx` });
    writeFileSync(join(dir, 'api/policies.json'), JSON.stringify(index));
    return { dir, sha };
  }

  test('fails verification when a translation source is replaced by one that says it translates another revision', async () => {
    const index = json<PoliciesIndex>('api/policies.json');
    const earlier = index.policies[0]?.revisions.find((revision) => revision.version === '2025-09-01')?.sourceSha256 ?? '';
    expect(earlier).toMatch(/^[0-9a-f]{64}$/);
    const { dir, sha } = replacedGerman(GERMAN.replace(SOURCE, earlier));
    const result = await verifySite(folderReader(dir));
    expect(result.mismatches).toEqual([
      {
        location: join(dir, 'sources', `${sha}.mdx`),
        message: `says in its front matter that it translates ${earlier}, but ${join(dir, 'api/policies.json')} lists it as the de translation of cookies/2026-03-14, translating ${SOURCE}`,
      },
    ]);
  });

  test('verifies a translation replaced by another text of the same revision: translations are not in the record (README, "Translations")', async () => {
    const { dir } = replacedGerman(GERMAN.replace('Cookie-Richtlinie', 'Richtlinie über Cookies'));
    expect((await verifySite(folderReader(dir))).mismatches).toEqual([]);
  });
});

describe('astro build, on a folder whose name Intl cannot name (und-DE)', () => {
  test('stops with the problem, naming the file and the fix, not a RangeError', async () => {
    const dir = copyPolicies({ translations: true });
    editTree(dir, { 'cookies/und-DE/2026-03-14.mdx': GERMAN });
    const build = await buildSite({ policiesDir: dir, asOf: '2026-04-01' });
    expect(build.ok).toBe(false);
    expect(build.output).not.toMatch(/RangeError|invalid_argument/);
    expect(build.output).toContain(
      `cookies/und-DE/2026-03-14.mdx: is in a subfolder, where Redline does not look — if "und-DE" holds translations, name it after their language as a BCP 47 tag ` +
        `with a two-letter language code, such as "de" or "pt-BR"; otherwise move the file to ${dir}/cookies/ (a revision) or out of ${dir}/`,
    );
  });
});

describe('astro build, on a translation of the wrong revision', () => {
  test('stops, naming the file, the hash it gives and the source revision’s hash', async () => {
    const dir = copyPolicies({ translations: true });
    const other = sha256(readFileSync(join(dir, 'cookies/2025-09-01.mdx'), 'utf8'));
    editTree(dir, { 'cookies/de/2026-03-14.mdx': GERMAN.replace(SOURCE, other) });
    const build = await buildSite({ policiesDir: dir, asOf: '2026-04-01' });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(
      `cookies/de/2026-03-14.mdx:2: front matter "translationOf" is ${other}, the hash of ${dir}/cookies/2025-09-01.mdx, not of 2026-03-14 ` +
        `(${dir}/cookies/2026-03-14.mdx hashes to ${SOURCE}) — if this translates 2025-09-01, name the file ${dir}/cookies/de/2025-09-01.mdx; ` +
        `if it translates 2026-03-14, set "translationOf" to ${SOURCE}`,
    );
  });
});
