import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../helpers/chromium.ts';
import { languageName, uiStrings } from '../../src/lib/i18n/index.ts';
import { TRANSLATED } from './global-setup.ts';
import { PAGE_TYPES_WITH_CONSENT_DEMO } from './page-types.ts';
import { governingStatement, readInSource } from './translation-texts.ts';

const browser = useBrowser();

describe('without JavaScript', () => {
  test.each(PAGE_TYPES_WITH_CONSENT_DEMO)('$name shows its content and its links', async ({ path }) => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(inject('baseUrl') + path);
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(200);
    expect(await page.locator('main a[href]:visible').count()).toBeGreaterThan(0);
    await context.close();
  });

  test('the compare chooser offers every pair as a link and hides the select form', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/cookies/compare/`);
    expect(await page.locator('table.compare-table a[href*="/compare/"]').count()).toBe(6); // 4 revisions: 6 pairs
    expect(await page.locator('[data-compare-form]').isVisible()).toBe(false);
    await context.close();
  });

  test('with JavaScript, the chooser goes straight to the chosen pair', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/cookies/compare/`);
    await page.selectOption('#compare-from', '2025-09-01');
    await page.selectOption('#compare-to', '2026-06-01');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL('**/cookies/compare/2025-09-01...2026-06-01/');
    expect(await page.locator('h1').innerText()).toContain('September 1, 2025 to June 1, 2026');
    await page.close();
  });

  test('a translated page shows its switcher, lag notice and governing statement, and the switcher leads on', async () => {
    const { lang } = TRANSLATED.lagging;
    const ui = uiStrings(lang);
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/${lang}/cookies/`);
    const switcher = page.getByRole('navigation', { name: ui.layout.languages, exact: true });
    expect(await switcher.getByRole('link').evaluateAll((links) => links.map((link) => link.checkVisibility()))).toEqual([
      true,
      true,
      true,
    ]);
    expect(await page.getByRole('link', { name: ui.translation.lagCompare, exact: true }).isVisible()).toBe(true);
    expect(await page.getByText(governingStatement(lang), { exact: true }).isVisible()).toBe(true);
    await switcher.getByRole('link', { name: languageName(TRANSLATED.current.lang, TRANSLATED.current.lang) }).click();
    await page.waitForURL(`**${inject('basePath')}${TRANSLATED.current.lang}/cookies/`);
    expect(await page.getByRole('link', { name: readInSource(TRANSLATED.current.lang), exact: true }).isVisible()).toBe(true);
    await context.close();
  });
});
