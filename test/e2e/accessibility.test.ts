import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../helpers/chromium.ts';
import { PAGE_TYPES_WITH_CONSENT_DEMO } from './page-types.ts';
import { axeViolations } from './run-axe.ts';

const browser = useBrowser();

describe.each(['light', 'dark'] as const)('every page type in the %s colour scheme', (colorScheme) => {
  test.each(PAGE_TYPES_WITH_CONSENT_DEMO)('$name has no WCAG 2.2 AA violation', async ({ path }) => {
    const context = await browser().newContext({ colorScheme, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(inject('baseUrl') + path);
    const violations = await axeViolations(page);
    await context.close();
    expect(violations).toEqual([]);
  });
});

describe('insertions and deletions', () => {
  test('are announced to screen readers by a cue inside each element', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/cookies/compare/2025-01-20...2026-03-14/`);
    const changes = page.locator('.redline ins, .redline del');
    expect(await changes.count()).toBeGreaterThan(5);
    const cues = await changes.evaluateAll((elements) =>
      elements.map((element) => {
        const cue = element.firstElementChild;
        const style = cue ? getComputedStyle(cue) : null;
        return {
          tag: element.tagName,
          cue: cue?.textContent ?? '',
          hidden: !style || style.display === 'none' || style.visibility === 'hidden',
        };
      }),
    );
    for (const { tag, cue, hidden } of cues) {
      expect(cue).toMatch(tag === 'INS' ? /^inserted/ : /^deleted/);
      expect(hidden).toBe(false); // visually hidden, but in the accessibility tree
    }
    expect(await page.locator('.redline ins').first().ariaSnapshot()).toMatch(/inserted/);
    await page.close();
  });
});
