import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../helpers/chromium.ts';
import { PAGE_TYPES_WITH_CONSENT_DEMO } from './page-types.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

const browser = useBrowser();

describe.each(['light', 'dark'] as const)('every page type in the %s colour scheme', (colorScheme) => {
  test.each(PAGE_TYPES_WITH_CONSENT_DEMO)('$name has no WCAG 2.2 AA violation', async ({ path }) => {
    // axe goes in as an inline script, which the site's Content-Security-Policy would block
    // (test/e2e/security.test.ts checks the policy itself).
    const context = await browser().newContext({ colorScheme, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(inject('baseUrl') + path);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
      const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    });
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
