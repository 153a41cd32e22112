import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../helpers/chromium.ts';
import { uiStrings } from '../../src/lib/i18n/index.ts';
import { TRANSLATED } from './global-setup.ts';
import { PAGE_TYPES_WITH_CONSENT_DEMO } from './page-types.ts';
import { governingStatement, readInSource } from './translation-texts.ts';

const browser = useBrowser();

describe('on a 375-pixel-wide phone', () => {
  test.each(PAGE_TYPES_WITH_CONSENT_DEMO)('$name does not scroll sideways', async ({ path }) => {
    const page = await browser().newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(inject('baseUrl') + path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });

  test('the side-by-side view stacks its columns', async () => {
    const page = await browser().newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${inject('baseUrl')}/cookies/compare/2025-01-20...2026-03-14/side-by-side/`);
    const [old, now] = await page
      .locator('.redline-row-changed')
      .first()
      .locator('.redline-side')
      .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().top));
    expect(now).toBeGreaterThan(old ?? Infinity);
    await page.close();
  });
});

describe('on a 320-pixel-wide phone (WCAG reflow)', () => {
  const { current, lagging } = TRANSLATED;
  test.each([
    { path: '/cookies/', lang: 'en' },
    { path: `/${current.lang}/cookies/`, lang: current.lang },
    { path: `/${lagging.lang}/cookies/`, lang: lagging.lang },
  ])('$path does not scroll sideways, and its language switcher fits', async ({ path, lang }) => {
    const page = await browser().newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(inject('baseUrl') + path);
    const switcher = page.getByRole('navigation', { name: uiStrings(lang).layout.languages, exact: true });
    const boxes = await switcher.getByRole('link').evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON()));
    expect(boxes).toHaveLength(3);
    for (const box of boxes) {
      expect(box.width).toBeGreaterThan(0);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(320);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
});

describe('printed', () => {
  test('a redline hides the navigation and keeps insertions and deletions apart without colour', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/cookies/compare/2025-01-20...2026-03-14/`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const style = (selector: string): CSSStyleDeclaration => getComputedStyle(document.querySelector(selector) as Element);
      return {
        nav: style('.site-header nav').display,
        views: style('.compare-views').display,
        navigator: style('.change-nav').display,
        printedFrom: style('.print-only').display,
        ins: style('.redline ins').textDecorationLine,
        del: style('.redline del').textDecorationLine,
        insColour: style('.redline ins').color,
        delColour: style('.redline del').color,
      };
    });
    expect(printed).toMatchObject({ nav: 'none', views: 'none', navigator: 'none', printedFrom: 'block' });
    expect(printed.ins).toContain('underline');
    expect(printed.del).toContain('line-through');
    // Black on white: the lines, not colour, tell them apart.
    expect(printed.insColour).toBe(printed.delColour);
    await page.close();
  });

  test('a translated page hides the language switcher and keeps its notices and governing statement', async () => {
    const { lang } = TRANSLATED.lagging;
    const ui = uiStrings(lang);
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/${lang}/cookies/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: ui.layout.languages, exact: true }).isVisible()).toBe(false);
    const lag = page.locator('p', { has: page.getByRole('link', { name: ui.translation.lagCompare, exact: true }) });
    expect(await lag.isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: readInSource(lang), exact: true }).isVisible()).toBe(true);
    expect(await page.getByText(governingStatement(lang), { exact: true }).isVisible()).toBe(true);
    await page.close();
  });
});
