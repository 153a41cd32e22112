import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, test } from 'vitest';
import { languageName, uiStrings } from '../../src/lib/i18n/index.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run-script.ts';
import { copyPolicies, editTree, lockTree } from '../helpers/policy-tree.ts';

const SITE = 'https://policies.mailly.io';
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const AS_OF = '2026-06-15';
const de = uiStrings('de');
const fr = uiStrings('fr');

/** Every element of a page, in document order. */
function elements(root: Root | Element): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type === 'element') {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(root);
  return found;
}

const attr = (element: Element, name: string): string | undefined => {
  const value = element.properties[name];
  return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
};

/** The hreflang alternates of a page: language → absolute URL. */
function alternates(page: Root): Record<string, string> {
  return Object.fromEntries(
    elements(page)
      .filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'hrefLang') !== undefined)
      .map((e) => [attr(e, 'hrefLang') as string, attr(e, 'href') as string]),
  );
}

/** The language switcher of a page: language → [href, current]. */
function switcher(page: Root): Record<string, [string, boolean]> {
  const nav = elements(page).find((e) => e.tagName === 'nav' && attr(e, 'className') === 'language-switcher');
  if (!nav) return {};
  return Object.fromEntries(
    elements(nav)
      .filter((a) => a.tagName === 'a')
      .map((a) => [attr(a, 'hrefLang') as string, [attr(a, 'href') as string, attr(a, 'ariaCurrent') === 'page']]),
  );
}

/** The element marked with a data attribute, e.g. `data-translation-lag`. */
function marked(page: Root, name: string): Element | undefined {
  return elements(page).find((e) => attr(e, name) !== undefined);
}

const links = (element: Element): string[] =>
  elements(element)
    .filter((e) => e.tagName === 'a')
    .map((e) => attr(e, 'href') as string);

describe('pages in the languages a policy is translated into', () => {
  let site: BuildResult;
  let dir: string;
  const page = (route: string): Root => fromHtml(readFileSync(join(site.outDir, route, 'index.html'), 'utf8'));
  const exists = (route: string): boolean => existsSync(join(site.outDir, route, 'index.html'));

  beforeAll(async () => {
    // Mailly's cookie policy with its sample history, as of 2026-06-15: German translates the version
    // of 2026-03-14 only, so it lags behind the new English version in force since 2026-06-01; French
    // translates 2025-09-01, 2026-03-14 and 2026-06-01, the last before its correction; Austrian German
    // translates only the version announced for 2026-09-01; a draft is translated into German.
    dir = copyPolicies({ translations: true });
    const current = readFileSync(join(dir, 'cookies/2026-03-14.mdx'), 'utf8');
    const next = (effective: string, published: string, sentence: string): string =>
      current
        .replace(
          /^---\n[\s\S]*?\ndeclaration:/,
          `---\neffective: ${effective}\n${published}change: material\nsummary: Names where the cookie settings are.\ndeclaration:`,
        )
        .replace('through the cookie settings on the website.', sentence);
    editTree(dir, {
      'cookies/fr/2025-09-01.mdx': readFileSync(fixturePath('translations-older/cookies/fr/2025-09-01.mdx'), 'utf8'),
      'cookies/2026-06-01.mdx': next('2026-06-01', 'published: 2026-05-01\n', 'through the cookie settings linked in the footer.'),
    });
    lockTree(dir, '2026-05-01');
    // French translates 2026-06-01 as announced; on 2026-06-05 an erratum corrects the English text,
    // so the French translation is out of date.
    const announced = readFileSync(join(dir, 'cookies/2026-06-01.mdx'), 'utf8');
    const frenchOf = (translationOf: string, sentence: string): string =>
      readFileSync(join(dir, 'cookies/fr/2026-03-14.mdx'), 'utf8')
        .replace(/^translationOf: .*$/m, `translationOf: ${translationOf}`)
        .replace('au moyen des paramètres de cookies du site web.', sentence);
    editTree(dir, {
      'cookies/fr/2026-06-01.mdx': frenchOf(sha256(announced), 'au moyen des paramètres de cookies accessibles depuis le pied de page.'),
      'cookies/2026-06-01.mdx': announced
        .replace('Cookies are widely used', 'Cookies are commonly used')
        .replace(
          'change: material\n',
          `change: material\nerrata:\n  - date: 2026-06-05\n    description: Replaces widely with commonly in section 1.\n    previousSha256: ${sha256(announced)}\n`,
        ),
    });
    lockTree(dir, '2026-06-05');
    // Another is announced (2026-09-01), translated only into Austrian German: that language has no
    // translation of a version that has taken effect.
    const upcoming = next('2026-09-01', 'published: 2026-06-10\n', 'through the cookie settings linked in every footer.');
    editTree(dir, {
      'cookies/2026-09-01.mdx': upcoming,
      'cookies/de-AT/2026-09-01.mdx': readFileSync(join(dir, 'cookies/de/2026-03-14.mdx'), 'utf8').replace(
        /^translationOf: .*$/m,
        `translationOf: ${sha256(upcoming)}`,
      ),
    });
    lockTree(dir, '2026-06-10');
    // A draft, not announced, and its German translation: neither may show anywhere.
    const draft = next('2026-12-01', '', 'through the secret settings.');
    const german = readFileSync(join(dir, 'cookies/de/2026-03-14.mdx'), 'utf8')
      .replace(/^translationOf: .*$/m, `translationOf: ${sha256(draft)}`)
      .replace('Diese Cookie-Richtlinie erläutert', 'Dieser Entwurf erläutert');
    // German also translates the policy's first version, giving it a summary the source has not: a
    // first version has no change to sum up, in any language.
    const first = readFileSync(join(dir, 'cookies/2025-01-20.mdx'), 'utf8');
    const germanFirst = readFileSync(fixturePath('translations-older/cookies/de/2025-09-01.mdx'), 'utf8').replace(
      /^translationOf: .*$/m,
      `translationOf: ${sha256(first)}\nsummary: Eine Zusammenfassung, die niemand lesen soll.`,
    );
    editTree(dir, { 'cookies/2026-12-01.mdx': draft, 'cookies/de/2026-12-01.mdx': german, 'cookies/de/2025-01-20.mdx': germanFirst });
    site = await buildSite({ policiesDir: dir, asOf: AS_OF });
    if (!site.ok) throw new Error(site.output);
  });

  test('a language’s policy page is in that language: lang, title, interface text and the governing-language statement', () => {
    const german = page('de/cookies');
    const html = elements(german).find((e) => e.tagName === 'html') as Element;
    expect(attr(html, 'lang')).toBe('de');
    expect(toText(elements(german).find((e) => e.tagName === 'h1') as Element)).toBe('Cookie-Richtlinie');
    const text = toText(german);
    expect(text).toContain('Diese Cookie-Richtlinie erläutert');
    expect(text).toContain(de.revision.allVersions);
    expect(text).toContain(de.layout.skipToContent);
    expect(toText(marked(german, 'dataTranslationGoverning') as Element)).toBe(de.translation.governingStatement(languageName('en', 'de')));
  });

  test('a language that lags shows its latest translation with the notice, the source redline and the version in force', () => {
    const german = page('de/cookies');
    // The German text is of 2026-03-14, superseded on 2026-06-01 by a version it does not translate.
    const lag = marked(german, 'dataTranslationLag');
    expect(lag).toBeDefined();
    expect(toText(lag as Element)).toContain(de.date('2026-03-14'));
    expect(toText(lag as Element)).toContain(de.date('2026-06-01'));
    expect(links(lag as Element)).toEqual(['/cookies/compare/2026-03-14...2026-06-01/', '/cookies/']);
    expect(exists('cookies/compare/2026-03-14...2026-06-01')).toBe(true);
    // The announced version is not translated either: the page says so and links the English one.
    expect(links(marked(german, 'dataTranslationUpcoming') as Element)).toEqual(['/cookies/2026-09-01/']);
  });

  test('a translation made before a correction of its source says so, and links the correction', () => {
    const french = page('fr/cookies');
    expect(toText(elements(french).find((e) => e.tagName === 'h1') as Element)).toBe('Politique relative aux cookies');
    expect(marked(french, 'dataTranslationLag')).toBeUndefined();
    const outdated = marked(french, 'dataTranslationOutdated') as Element;
    expect(toText(outdated)).toContain(fr.date('2026-06-05'));
    expect(links(outdated)).toEqual(['/cookies/2026-06-01/#redline-corrections']);
    expect(toText(page('fr/cookies/history'))).toContain(fr.translation.outOfDate);
    expect(toText(page('fr'))).toContain(fr.translation.outOfDate);
  });

  test('a language that has translated only a version still to come says the version in force is not translated', () => {
    const austrian = page('de-AT/cookies');
    expect(attr(elements(austrian).find((e) => e.tagName === 'html') as Element, 'lang')).toBe('de-AT');
    const lag = marked(austrian, 'dataTranslationLag') as Element;
    expect(toText(lag)).toContain(de.date('2026-09-01'));
    expect(toText(lag)).toContain(de.date('2026-06-01'));
    expect(links(lag)).toEqual(['/cookies/compare/2026-06-01...2026-09-01/', '/cookies/']);
    expect(exists('cookies/compare/2026-06-01...2026-09-01')).toBe(true);
  });

  test('the redline between two translations is in their language', () => {
    const redline = page('fr/cookies/compare/2025-09-01...2026-03-14');
    expect(attr(elements(redline).find((e) => e.tagName === 'html') as Element, 'lang')).toBe('fr');
    const inserted = elements(redline)
      .filter((e) => e.tagName === 'ins')
      .map((e) => toText(e))
      .join(' ');
    expect(inserted).toContain('Cookies de performance');
    expect(toText(redline)).toContain(fr.compare.legendInserted);
  });

  test('a translation of the first version shows no summary, as the first version has none', () => {
    for (const route of ['de/cookies/2025-01-20', 'de/cookies/history', 'de/cookies/changelog']) {
      expect(toText(page(route)), route).not.toContain('Eine Zusammenfassung, die niemand lesen soll');
    }
    expect(readFileSync(join(site.outDir, 'de/cookies/changelog.xml'), 'utf8')).not.toContain('Eine Zusammenfassung');
  });

  test('a language’s changelog does not call its first translation the first version, nor its history chart', () => {
    const items = elements(page('de/cookies/changelog')).filter(
      (e) => e.tagName === 'li' && /changelog__item/.test(attr(e, 'className') ?? ''),
    );
    const item = (date: string): string => toText(items.find((e) => elements(e).some((t) => attr(t, 'dateTime') === date)) as Element);
    expect(item('2026-03-14')).not.toContain(de.changelog.firstVersion);
    // The first version of the policy, not translated, is the first version.
    expect(item('2025-01-20')).toContain(de.changelog.firstVersion);
    expect(elements(page('de/cookies/history')).some((e) => e.tagName === 'svg')).toBe(false);
  });

  test('hreflang links join the same page in each language, never a page that shows another version', () => {
    const revision = {
      en: `${SITE}/cookies/2026-03-14/`,
      de: `${SITE}/de/cookies/2026-03-14/`,
      fr: `${SITE}/fr/cookies/2026-03-14/`,
      'x-default': `${SITE}/cookies/2026-03-14/`,
    };
    expect(alternates(page('cookies/2026-03-14'))).toEqual(revision);
    expect(alternates(page('de/cookies/2026-03-14'))).toEqual(revision);
    // Both languages lag: their policy pages show the version of 2026-03-14, not the one in force.
    expect(alternates(page('cookies'))).toEqual({});
    expect(alternates(page('de/cookies'))).toEqual({});
    // A version only French translates: its alternates are the English and the French page.
    expect(alternates(page('cookies/2026-06-01'))).toEqual({
      en: `${SITE}/cookies/2026-06-01/`,
      fr: `${SITE}/fr/cookies/2026-06-01/`,
      'x-default': `${SITE}/cookies/2026-06-01/`,
    });
  });

  test('every page of a translated policy has a language switcher, to the same page or the language’s policy page', () => {
    expect(switcher(page('cookies/2026-06-01'))).toEqual({
      en: ['/cookies/2026-06-01/', true],
      de: ['/de/cookies/', false],
      'de-AT': ['/de-AT/cookies/', false],
      fr: ['/fr/cookies/2026-06-01/', false],
    });
    expect(switcher(page('de/cookies/history'))).toEqual({
      en: ['/cookies/history/', false],
      de: ['/de/cookies/history/', true],
      'de-AT': ['/de-AT/cookies/history/', false],
      fr: ['/fr/cookies/history/', false],
    });
    expect(switcher(page('cookies/compare'))).toEqual({
      en: ['/cookies/compare/', true],
      de: ['/de/cookies/', false],
      'de-AT': ['/de-AT/cookies/', false],
      fr: ['/fr/cookies/', false],
    });
    expect(Object.keys(switcher(page('fr/cookies/compare/2025-09-01...2026-03-14')))).toEqual(['en', 'de', 'de-AT', 'fr']);
  });

  test('every translated page states which language governs, and leads to the list of policies in its language', () => {
    const statement = de.translation.governingStatement(languageName('en', 'de'));
    for (const route of ['de', 'de/cookies', 'de/cookies/2026-03-14', 'de/cookies/history', 'de/cookies/changelog']) {
      const german = page(route);
      expect(toText(marked(german, 'dataTranslationGoverning') as Element), route).toBe(statement);
      expect(elements(german).find((e) => e.tagName === 'a' && toText(e) === de.layout.allPolicies)?.properties['href'], route).toBe(
        '/de/',
      );
    }
    const french = page('fr/cookies/compare/2025-09-01...2026-03-14');
    expect(toText(marked(french, 'dataTranslationGoverning') as Element)).toBe(fr.translation.governingStatement(languageName('en', 'fr')));
    expect(marked(page('cookies'), 'dataTranslationGoverning')).toBeUndefined();
  });

  test('the French redline names the declaration’s categories as the French translation does', () => {
    const text = toText(page('fr/cookies/compare/2025-09-01...2026-03-14'));
    expect(text).toContain('Cookies de performance');
    expect(text).not.toContain('Performance Cookies');
  });

  test('a language’s history lists every version, the untranslated ones marked and linked in the source language', () => {
    const history = page('de/cookies/history');
    const text = toText(history);
    expect(text).toContain(de.translation.notTranslated);
    const hrefs = links(history.children.find((c): c is Element => c.type === 'element') as Element);
    expect(hrefs).toContain('/cookies/2026-09-01/');
    expect(hrefs).toContain('/cookies/2026-06-01/');
    expect(hrefs).toContain('/de/cookies/2026-03-14/');
    expect(hrefs).not.toContain('/de/cookies/2026-06-01/');
  });

  test('only translated versions of published revisions get pages: no draft leaks, no page for what is untranslated', () => {
    expect(exists('de/cookies/2026-03-14')).toBe(true);
    expect(exists('de/cookies/2026-06-01')).toBe(false);
    expect(exists('fr/cookies/2025-09-01')).toBe(true);
    expect(exists('de/cookies/changelog')).toBe(true);
    expect(exists('de')).toBe(true);
    expect(exists('de/cookies/2026-12-01')).toBe(false);
    const files = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|json|xml|mdx)$/.test(f));
    const leaking = files.filter((f) => /Dieser Entwurf|2026-12-01|secret settings/.test(readFileSync(join(site.outDir, f), 'utf8')));
    expect(leaking).toEqual([]);
  });

  test('policy:check --translations lists the lag', async () => {
    const run = await runScript('policy-check', ['--translations'], { POLICIES_DIR: dir, REDLINE_AS_OF: AS_OF });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/German \(de\):.*behind: the version in force \(2026-06-01\) has no translation, for 14 days/);
  });
});
