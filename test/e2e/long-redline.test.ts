import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../helpers/build-site.ts';
import { useBrowser } from '../helpers/chromium.ts';
import { LONG_POLICY } from './global-setup.ts';
import { axeViolations } from './run-axe.ts';

// GitHub's Terms of Service, first revision against the one in force: 155 changes over nine years.
const LONG_COMPARE = `/${LONG_POLICY}/compare/2017-06-09...2026-03-02/`;
const OUT = join(ROOT, 'test-results/screenshots');
// The first screen of that page before the change navigator and folds (README of the folder).
const BEFORE = join(ROOT, 'test/e2e/before');

const browser = useBrowser();
beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
});

const html = (path: string): string => readFileSync(join(inject('distDir'), path, 'index.html'), 'utf8');

describe('a long redline', () => {
  test('has one change navigator, not links at every change, and folds its long unchanged stretches', () => {
    for (const view of ['', 'side-by-side/']) {
      const page = html(`${LONG_COMPARE}${view}`);
      expect(page.match(/previous change/gi) ?? []).toHaveLength(1);
      expect(page.match(/<nav[^>]*data-change-nav/g) ?? []).toHaveLength(1);
      expect((page.match(/<details class="redline-fold"/g) ?? []).length).toBeGreaterThan(0);
      expect(page.match(/id="change-\d+"/g) ?? []).toHaveLength(155);
    }
    // An adjacent pair with two changes keeps them and folds the 6,000 words around them.
    const small = html(`/${LONG_POLICY}/compare/2025-03-24...2025-09-29/`);
    expect(small.match(/<details class="redline-fold"/g) ?? []).toHaveLength(3);
    expect(small).toContain('81 unchanged paragraphs (2,803 words) from the start to “7. Moral Rights”');
    // The heading of the section the second change is in stays in view, outside any fold.
    expect(small.replace(/<details[\s\S]*?<\/details>/g, '')).toMatch(/<h3 id="1-governing-law">1. Governing Law<\/h3>/);
  });

  test('without JavaScript: a link to the first change, the changed sections, folds a reader opens', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(inject('baseUrl') + LONG_COMPARE);
    const nav = page.getByRole('navigation', { name: 'Change navigator' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['First change']);
    expect(await nav.locator('select, button').filter({ visible: true }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Changed sections' }).getByRole('link').count()).toBeGreaterThan(10);
    const fold = page.locator('details.redline-fold').first();
    expect(await fold.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await fold.locator('summary').click();
    expect(await fold.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    await nav.getByRole('link', { name: 'First change' }).click();
    expect(page.url()).toMatch(/#change-1$/);
    await context.close();
  });

  test('with JavaScript: says which change is in view, steps, jumps to a section and unfolds everything', async () => {
    const page = await browser().newPage();
    await page.goto(inject('baseUrl') + LONG_COMPARE);
    const nav = page.getByRole('navigation', { name: 'Change navigator' });
    const status = nav.locator('[data-change-status]');
    expect(await status.innerText()).toBe('155 changes');
    await nav.getByRole('link', { name: 'First change' }).click();
    expect(await status.innerText()).toBe('Change 1 of 155');
    await nav.getByRole('link', { name: 'Next change' }).click();
    expect(await page.evaluate(() => window.location.hash)).toBe('#change-2');
    expect(await status.innerText()).toBe('Change 2 of 155');
    await page.keyboard.press('k');
    expect(await status.innerText()).toBe('Change 1 of 155');
    // The bar stays at the top while the reader scrolls down the redline.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await page.waitForFunction(() => !/^Change 1 of/.test(document.querySelector('[data-change-status]')?.textContent ?? ''));
    expect(await nav.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBe(0);
    // j goes on from the change in view, not from the one the address still names.
    const inView = Number(/^Change (\d+) of/.exec(await status.innerText())?.[1]);
    await page.keyboard.press('j');
    expect(await page.evaluate(() => window.location.hash)).toBe(`#change-${inView + 1}`);
    const jump = nav.getByLabel('Section');
    // Browsing the sections with the arrow keys leaves focus in the list.
    await jump.focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    const last = await jump.locator('option').last().getAttribute('value');
    await jump.selectOption(last ?? '');
    expect(await page.evaluate(() => window.location.hash)).toBe(`#${last}`);
    const unfold = nav.getByRole('button', { name: 'Show all unchanged text' });
    await unfold.click();
    expect(await page.locator('details.redline-fold:not([open])').count()).toBe(0);
    expect(await unfold.getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  test('a link to a heading inside a fold opens it', async () => {
    const page = await browser().newPage();
    const path = `/${LONG_POLICY}/compare/2025-03-24...2025-09-29/`;
    await page.goto(inject('baseUrl') + path);
    const id = await page.locator('details.redline-fold:not([open]) :is(h2, h3)[id]').first().getAttribute('id');
    await page.goto(`${inject('baseUrl')}${path}#${id}`);
    expect(await page.locator(`[id="${id}"]`).evaluate((el) => (el.closest('details') as HTMLDetailsElement).open)).toBe(true);
    await page.close();
  });

  test('prints whole: every fold open, no navigator', async () => {
    const page = await browser().newPage();
    await page.goto(inject('baseUrl') + LONG_COMPARE);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      nav: getComputedStyle(document.querySelector('[data-change-nav]') as Element).display,
      folded: [...document.querySelectorAll('details.redline-fold p')].filter((p) => p.getClientRects().length === 0).length,
      summary: getComputedStyle(document.querySelector('details.redline-fold > summary') as Element).display,
    }));
    expect(printed).toEqual({ nav: 'none', folded: 0, summary: 'none' });
    await page.close();
  });

  test('names on every printed page the two versions it compares, its address and the page number', async () => {
    const page = await browser().newPage();
    await page.goto(inject('baseUrl') + LONG_COMPARE);
    const address = await page.locator('link[rel="canonical"]').getAttribute('href');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    await page.close();
    writeFileSync(join(OUT, 'long-redline-print.pdf'), pdf);
    const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    expect(document.numPages).toBeGreaterThan(20);
    expect(address).toMatch(new RegExp(`^https://[^/]+${inject('basePath')}${LONG_POLICY}/compare/`));
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
      expect(text, `printed page ${n}`).toContain('GitHub Terms of Service: changes from June 9, 2017 to March 2, 2026');
      expect(text, `printed page ${n}`).toContain(`Page ${n} of ${document.numPages}`);
      expect(text, `printed page ${n}`).toContain(address ?? 'the canonical address');
    }
    await document.cleanup();
  });

  test('its history page draws every version on a time axis, each bar a link to an existing redline, with a table of the same numbers', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/${LONG_POLICY}/history/`);
    const chart = page.getByRole('group', { name: /^How much each of the 42 versions changed, June 9, 2017 to March 2, 2026/ });
    const bars = chart.getByRole('link');
    expect(await bars.count()).toBe(42);
    expect(await bars.last().getAttribute('aria-label')).toMatch(
      /^Version of March 2, 2026: [\d,]+ words? added, [\d,]+ words? removed \(material change\)$/,
    );
    const base = inject('basePath');
    for (const href of await bars.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
      expect(href.startsWith(base)).toBe(true);
      expect(existsSync(join(inject('distDir'), href.slice(base.length), 'index.html')), href).toBe(true);
    }
    const rows = page.locator('.history-chart__table tbody tr');
    expect(await rows.count()).toBe(42);
    await page.close();
  });

  test.each(['light', 'dark', 'forced-colours'] as const)('has no WCAG 2.2 AA violation in %s, nor has its history page', async (look) => {
    const context = await browser().newContext({
      colorScheme: look === 'dark' ? 'dark' : 'light',
      forcedColors: look === 'forced-colours' ? 'active' : 'none',
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(inject('baseUrl') + LONG_COMPARE);
    // Folded text is checked too.
    await page.getByRole('button', { name: 'Show all unchanged text' }).click();
    const violations = await axeViolations(page);
    await page.goto(`${inject('baseUrl')}/${LONG_POLICY}/history/`);
    await page.locator('.history-chart__table summary').click();
    violations.push(...(await axeViolations(page)));
    await context.close();
    expect(violations).toEqual([]);
  });

  test('writes screenshots for review: desktop, phone, print and forced colours, and the first screen before and after', async () => {
    const looks = [
      { name: 'desktop', options: { viewport: { width: 1280, height: 900 } }, media: 'screen' },
      { name: 'phone', options: { viewport: { width: 375, height: 800 }, deviceScaleFactor: 2, isMobile: true }, media: 'screen' },
      { name: 'print', options: { viewport: { width: 800, height: 1100 } }, media: 'print' },
      { name: 'forced-colours', options: { viewport: { width: 1280, height: 900 }, forcedColors: 'active' }, media: 'screen' },
    ] as const;
    for (const { name, options, media } of looks) {
      const context = await browser().newContext(options);
      const page = await context.newPage();
      await page.goto(inject('baseUrl') + LONG_COMPARE);
      await page.emulateMedia({ media });
      const file = join(OUT, `long-redline-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      // The first screen, framed as the "before" pictures in test/e2e/before were.
      const first = join(OUT, `long-redline-after-${name}.jpg`);
      await page.screenshot({ path: first, type: 'jpeg', quality: 70 });
      await context.close();
      expect(statSync(file).size).toBeGreaterThan(20_000);
      expect(statSync(first).size).toBeGreaterThan(20_000);
    }
    for (const before of readdirSync(BEFORE).filter((name) => name.endsWith('.jpg'))) {
      copyFileSync(join(BEFORE, before), join(OUT, before.replace(/^long-redline-/, 'long-redline-before-')));
    }
    expect(existsSync(join(OUT, 'long-redline-before-desktop.jpg'))).toBe(true);
  });
});
