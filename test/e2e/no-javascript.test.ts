import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../helpers/chromium.ts';
import { PAGE_TYPES_WITH_CONSENT_DEMO } from './page-types.ts';

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
});
