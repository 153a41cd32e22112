import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../helpers/chromium.ts';
import { uiStrings } from '../../src/lib/i18n/index.ts';
import { PAGE_TYPES } from './page-types.ts';

const browser = useBrowser();

// Read the hash in the page: Playwright learns of history.replaceState changes asynchronously.
function hash(page: Page): Promise<string> {
  return page.evaluate(() => window.location.hash);
}

async function open(path: string): Promise<Page> {
  const page = await browser().newPage();
  await page.goto(inject('baseUrl') + path);
  return page;
}

describe('keyboard use', () => {
  test.each(PAGE_TYPES)('$name: the skip link comes first, shows, and moves focus to the content', async ({ path, lang }) => {
    const page = await open(path);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent, visible: box.top >= 0 && box.height > 0 };
    });
    expect(skip).toEqual({ text: uiStrings(lang).layout.skipToContent, visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('redline-main');
    await page.close();
  });

  test.each(PAGE_TYPES)('$name: Tab reaches every control, each with a visible focus outline', async ({ path }) => {
    const page = await open(path);
    const controls = await page.evaluate(
      () =>
        [
          ...document.querySelectorAll<HTMLElement>('a[href], button, select, input, textarea, summary, [tabindex]:not([tabindex="-1"])'),
        ].filter((el) => {
          // Inside a closed disclosure only its summary can take focus.
          const closed = el.parentElement?.closest('details:not([open])');
          return !el.closest('[hidden]') && el.getClientRects().length > 0 && (!closed || el.closest('summary')?.parentElement === closed);
        }).length,
    );
    const reached = new Set<string>();
    for (let i = 0; i < controls + 2; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const path: string[] = [];
        for (let node: Element | null = el; node; node = node.parentElement)
          path.unshift(`${node.tagName}:${[...(node.parentElement?.children ?? [])].indexOf(node)}`);
        return { key: path.join('/'), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (!focus) continue;
      expect(focus.outline, `focus outline on ${focus.key}`).toBe(true);
      reached.add(focus.key);
    }
    expect(reached.size).toBe(controls);
    await page.close();
  });

  test('moves between changes with j/k and with the change navigator', async () => {
    const page = await open('/cookies/compare/2025-01-20...2026-03-14/');
    await page.keyboard.press('j');
    expect(await hash(page)).toBe('#change-1');
    await page.keyboard.press('j');
    expect(await hash(page)).toBe('#change-2');
    await page.keyboard.press('k');
    expect(await hash(page)).toBe('#change-1');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('change-1');
    await page.getByRole('navigation', { name: 'Change navigator' }).getByRole('link', { name: 'Next change' }).click();
    expect(await hash(page)).toBe('#change-2');
    await page.close();
  });
});
