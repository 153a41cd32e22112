import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../helpers/chromium.ts';
import { languageName, uiStrings } from '../../src/lib/i18n/index.ts';
import { TRANSLATED } from './global-setup.ts';
import { SOURCE_PAGE_TYPES, TRANSLATED_PAGE_TYPES } from './page-types.ts';
import { governingStatement, readInSource, SOURCE_LANG } from './translation-texts.ts';

const browser = useBrowser();
const { current, lagging } = TRANSLATED;

/** Pages with a counterpart in each language, so with the language switcher: the translated ones and their English originals. */
const SWITCHER_PAGE_TYPES = [
  ...SOURCE_PAGE_TYPES.filter(({ name }) => name === 'index' || name === 'policy-in-force'),
  ...TRANSLATED_PAGE_TYPES,
];

/** The kind of a page under a language's folder, from its path: the index, a policy's page in force, a revision, … */
function kindOf(path: string): string {
  const [, policy, page, pair, view] = path.split('/').filter(Boolean);
  if (!policy) return 'index';
  if (!page) return 'policy';
  if (page === 'compare') return pair && view ? `compare/${view}` : pair ? 'compare' : 'compare-chooser';
  return /^\d{4}-\d{2}-\d{2}$/.test(page) ? 'revision' : page;
}

/** Every page (its path, e.g. `/de/cookies/`) the site built under a language's folder. */
function builtPages(lang: string): string[] {
  return readdirSync(join(inject('distDir'), lang), { recursive: true, encoding: 'utf8' })
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `/${lang}/${file.slice(0, -'index.html'.length)}`);
}

/** Press Tab until the focus is on an element matching `selector` (at most `limit` times); fail if it never is. */
async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${limit} presses of Tab did not reach ${selector}`);
}

describe('translated pages in the browser', () => {
  test('the page types swept (axe, layout, keyboard, no JavaScript, print) include every kind of translated page built', () => {
    const covered = new Set(TRANSLATED_PAGE_TYPES.map(({ path }) => kindOf(path)));
    const built = [current.lang, lagging.lang].flatMap(builtPages);
    expect(built).toContain(`/${lagging.lang}/cookies/`);
    expect(built.filter((path) => !covered.has(kindOf(path)))).toEqual([]);
  });

  test.each(SWITCHER_PAGE_TYPES)(
    '$name: <html lang>, the language switcher (each language named in itself, lang, hreflang, the page marked), the governing statement',
    async ({ path, lang }) => {
      const page = await browser().newPage();
      await page.goto(inject('baseUrl') + path);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      // On every translated page; soft, so that a page without it still has its switcher checked.
      if (lang !== SOURCE_LANG) {
        const statement = page.getByText(governingStatement(lang), { exact: true });
        expect.soft(await statement.isVisible(), 'the governing-language statement is shown').toBe(true);
      }
      const switcher = page.getByRole('navigation', { name: uiStrings(lang).layout.languages, exact: true });
      expect(await switcher.isVisible()).toBe(true);
      const links = await switcher.getByRole('link').evaluateAll((elements) =>
        elements.map((a) => ({
          name: a.textContent,
          lang: a.getAttribute('lang') ?? '',
          hreflang: a.getAttribute('hreflang'),
          current: a.getAttribute('aria-current'),
          href: a.getAttribute('href'),
        })),
      );
      expect(links.map((link) => link.lang)).toEqual([SOURCE_LANG, current.lang, lagging.lang]);
      for (const link of links) {
        expect(link.hreflang).toBe(link.lang);
        // Named in its own language, with a capital as a menu item starts (Français, not français).
        expect(link.name?.toLocaleLowerCase(link.lang)).toBe(languageName(link.lang, link.lang).toLocaleLowerCase(link.lang));
      }
      expect(links.filter((link) => link.current !== null)).toEqual([
        expect.objectContaining({ lang, current: 'page', href: inject('basePath') + path.slice(1) }),
      ]);
      await page.close();
    },
  );

  test('hreflang alternates lead both ways between the page in force and its current translations, not to a lagging one', async () => {
    const page = await browser().newPage();
    const alternates = async (path: string): Promise<Record<string, string>> => {
      await page.goto(inject('baseUrl') + path);
      const links = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((elements) =>
          elements.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]),
        );
      return Object.fromEntries(links);
    };
    // The lagging language's page shows an older version: it is not the same page, and is not announced as one.
    const expected = {
      [SOURCE_LANG]: `${inject('basePath')}cookies/`,
      [current.lang]: `${inject('basePath')}${current.lang}/cookies/`,
      'x-default': `${inject('basePath')}cookies/`,
    };
    expect(await alternates('/cookies/')).toEqual(expected);
    expect(await alternates(`/${current.lang}/cookies/`)).toEqual(expected);
    expect(await alternates(`/${lagging.lang}/cookies/`)).toEqual({});
    await page.close();
  });

  test('the language switcher is reached with Tab and followed with Enter, to the German page and back', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/cookies/`);
    await tabTo(page, `nav[aria-label="${uiStrings(SOURCE_LANG).layout.languages}"] a[hreflang="${current.lang}"]`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${inject('basePath')}${current.lang}/cookies/`);
    expect(await page.locator('html').getAttribute('lang')).toBe(current.lang);
    expect(await page.locator('[aria-current="page"][hreflang]').getAttribute('hreflang')).toBe(current.lang);
    await tabTo(page, `nav[aria-label="${uiStrings(current.lang).layout.languages}"] a[hreflang="${SOURCE_LANG}"]`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${inject('basePath')}cookies/`);
    expect(await page.locator('html').getAttribute('lang')).toBe(SOURCE_LANG);
    await page.close();
  });

  test('the French page shows the lag notice, and its redline link opens the English compare page', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/${lagging.lang}/cookies/`);
    const ui = uiStrings(lagging.lang).translation;
    const compare = page.getByRole('link', { name: ui.lagCompare, exact: true });
    const lag = page.locator('p', { has: compare });
    expect(await lag.isVisible()).toBe(true);
    expect(await lag.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')))).toEqual([
      lagging.translated,
      lagging.inForce,
    ]);
    expect(await lag.getByRole('link', { name: ui.readInForce, exact: true }).getAttribute('href')).toBe(`${inject('basePath')}cookies/`);
    const redline = `${inject('basePath')}cookies/compare/${lagging.translated}...${lagging.inForce}/`;
    expect(await compare.getAttribute('href')).toBe(redline);
    expect(await compare.getAttribute('hreflang')).toBe(SOURCE_LANG);
    await compare.click();
    await page.waitForURL(`**${redline}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(SOURCE_LANG);
    expect(await page.locator('h1').innerText()).toContain('September 1, 2025 to March 14, 2026');
    expect(await page.locator('.redline ins, .redline del').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('the German page, current, has no lag notice and announces the untranslated upcoming revision', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/${current.lang}/cookies/`);
    const ui = uiStrings(current.lang).translation;
    expect(await page.getByRole('link', { name: ui.lagCompare }).count()).toBe(0);
    const upcoming = page.getByRole('link', { name: readInSource(current.lang), exact: true });
    expect(await upcoming.isVisible()).toBe(true);
    expect(await upcoming.getAttribute('href')).toBe(`${inject('basePath')}cookies/2026-06-01/`);
    expect(await page.locator('p', { has: upcoming }).locator('time').getAttribute('datetime')).toBe('2026-06-01');
    await page.close();
  });
});
