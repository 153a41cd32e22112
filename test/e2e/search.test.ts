import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { ROOT } from '../helpers/build-site.ts';
import { useBrowser } from '../helpers/chromium.ts';
import { LONG_POLICY } from './global-setup.ts';
import { axeViolations } from './run-axe.ts';

const browser = useBrowser();

// In the Terms of Service in force (2026-03-02), in section D.7 "Moral Rights".
const IN_FORCE_PHRASE = 'retain all moral rights';
// Only in the Terms of 2017 to 2019 (their terms for GitHub Pages): in no version in force.
const ARCHIVED_PHRASE = 'donation buttons and crowdfunding links';

// Record every Content-Security-Policy violation of a page (Pagefind compiles WebAssembly).
function watchViolations(): void {
  const violations: string[] = [];
  (window as unknown as { __violations: string[] }).__violations = violations;
  document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
}

async function watchedContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser().newContext(options);
  await context.addInitScript(watchViolations);
  return context;
}

const violationsOn = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** Wait for the search under way to finish and return what the live region announced. */
async function announced(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return text !== '' && text !== 'Searching…';
  });
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

const results = (page: Page) => page.locator('[data-search-results] > li');

/** The title link, status, section link and excerpt of a result. */
async function readResult(page: Page, index: number) {
  const result = results(page).nth(index);
  const title = result.locator('h2 a');
  const section = result.locator('.search-result__section a');
  return {
    title: await title.textContent(),
    href: await title.getAttribute('href'),
    status: await result.locator('.status').textContent(),
    section: (await section.count()) > 0 ? await section.textContent() : null,
    sectionHref: (await section.count()) > 0 ? await section.getAttribute('href') : null,
    excerpt: await result.locator('.search-result__excerpt').textContent(),
    marks: await result.locator('.search-result__excerpt mark').allTextContents(),
    // What the excerpt is built of: text and <mark> elements only, never markup from the index.
    elements: await result.locator('.search-result__excerpt *').evaluateAll((els) => [...new Set(els.map((el) => el.tagName))]),
  };
}

describe('search', () => {
  test('finds a phrase of the Terms in force as the first result, linked to the section it is in', async () => {
    const context = await watchedContext();
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/search/`);
    await page.getByLabel('Words to find').fill(IN_FORCE_PHRASE);
    await page.getByLabel('Words to find').press('Enter');
    expect(await announced(page)).toBe(`1 result for “${IN_FORCE_PHRASE}” in the versions in force.`);
    const base = inject('basePath');
    const first = await readResult(page, 0);
    expect(first).toMatchObject({
      title: 'GitHub Terms of Service, version of March 2, 2026',
      href: `${base}${LONG_POLICY}/2026-03-02/`,
      status: 'In force',
      section: '7. Moral Rights',
      sectionHref: `${base}${LONG_POLICY}/2026-03-02/#7-moral-rights`,
      elements: ['MARK'],
    });
    expect(first.excerpt).toContain('You retain all moral rights to Your Content');
    expect(first.excerpt).not.toContain('<mark>');
    expect(first.marks.map((mark) => mark.toLowerCase())).toEqual(expect.arrayContaining(['retain', 'all', 'moral', 'rights']));
    // The search is in the address, so it can be linked to and comes back after "Back".
    expect(new URL(page.url()).search).toBe('?q=retain+all+moral+rights');
    expect(await violationsOn(page)).toEqual([]);

    await page.locator('.search-result__section a').first().click();
    await page.waitForURL(`**${base}${LONG_POLICY}/2026-03-02/#7-moral-rights`);
    const heading = page.locator('[id="7-moral-rights"]');
    expect(await heading.evaluate((el) => [el.tagName, el.textContent])).toEqual(['H3', '7. Moral Rights']);
    expect(await heading.isVisible()).toBe(true);
    await context.close();
  });

  test('finds a phrase of archived versions only once earlier and upcoming versions are included', async () => {
    const context = await watchedContext();
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/search/?q=${encodeURIComponent(ARCHIVED_PHRASE)}`);
    expect(await page.getByLabel('Words to find').inputValue()).toBe(ARCHIVED_PHRASE);
    expect(await page.getByLabel('Include earlier and upcoming versions').isChecked()).toBe(false);
    expect(await announced(page)).toBe(
      `No results for “${ARCHIVED_PHRASE}” in the versions in force. Include earlier and upcoming versions to search them too.`,
    );
    expect(await results(page).count()).toBe(0);

    await page.getByLabel('Include earlier and upcoming versions').check();
    // The seventeen versions of 2017 to 2019 that had the sentence, newest first, ten shown at first.
    expect(await announced(page)).toBe(`17 results for “${ARCHIVED_PHRASE}” in all versions, newest first, showing the first 10.`);
    expect(await results(page).count()).toBe(10);
    expect(new URL(page.url()).searchParams.get('all')).toBe('1');
    const dates: string[] = [];
    for (let index = 0; index < 10; index++) {
      const result = await readResult(page, index);
      expect(result.status).toBe('Superseded');
      expect(result.title).toMatch(/^GitHub Terms of Service, version of \w+ \d+, 201[789]$/);
      expect(result.section).toMatch(/GitHub Pages/);
      expect(result.excerpt).toContain('donation buttons and crowdfunding links');
      dates.push(result.href?.split('/').at(-2) ?? '');
    }
    expect(dates[0]).toBe('2019-07-02'); // the last version that had it
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await violationsOn(page)).toEqual([]);

    const { sectionHref } = await readResult(page, 0);
    await page.locator('.search-result__section a').first().click();
    await page.waitForURL(`**${sectionHref}`);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    await context.close();
  });

  test('narrows the results to a policy and a year, and shows ten more on request', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/search/?q=cookies&all=1`);
    expect(await announced(page)).toMatch(/^\d+ results for “cookies” in all versions/);
    await page.getByLabel('Policy').selectOption('Cookie Policy');
    await page.getByLabel('Year the version took effect').selectOption('2025');
    expect(await announced(page)).toBe(
      '2 results for “cookies” in all versions of the Cookie Policy that took effect in 2025, newest first.',
    );
    expect(await results(page).locator('h2').allTextContents()).toEqual([
      'Cookie Policy, version of September 1, 2025',
      'Cookie Policy, version of January 20, 2025',
    ]);
    expect(new URL(page.url()).search).toBe('?q=cookies&policy=Cookie+Policy&year=2025&all=1');

    await page.goto(`${inject('baseUrl')}/search/?q=moral+rights&all=1`);
    const [, total] =
      /^(\d+) results for “moral rights” in all versions, newest first, showing the first 10\.$/.exec(await announced(page)) ?? [];
    expect(Number(total)).toBeGreaterThan(40);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length === 20);
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      `${total} results for “moral rights” in all versions, newest first, showing the first 20.`,
    );
    // Focus moves to the first new result, where a keyboard or screen reader goes on reading.
    expect(
      await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('[data-search-results] > li')[10]),
    ).toBe(true);
    // Two quick clicks show the next two tens, not the same ten twice.
    const expected = 40;
    await page.getByRole('button', { name: 'Show more results' }).dblclick();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length >= n, expected);
    const titles = await results(page).locator('h2').allTextContents();
    expect(titles).toHaveLength(expected);
    expect(new Set(titles).size).toBe(expected);
    await page.close();
  });

  test('says so when its index cannot be loaded, and loads it on the next search', async () => {
    const context = await browser().newContext();
    await context.route('**/pagefind/pagefind.js', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/search/?q=${encodeURIComponent(IN_FORCE_PHRASE)}`);
    expect(await announced(page)).toBe('Search is not available: its index could not be loaded. Search again, or reload the page.');
    await context.unroute('**/pagefind/pagefind.js');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    expect(await announced(page)).toBe(`1 result for “${IN_FORCE_PHRASE}” in the versions in force.`);
    await context.close();
  });

  test('is reached from the header without JavaScript: a link to a page that says search needs it', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/cookies/`);
    expect(await page.locator('header button:visible, header input:visible').count()).toBe(0);
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search' }).click();
    await page.waitForURL(`**${inject('basePath')}search/`);
    expect(await page.locator('h1').textContent()).toBe('Search the policies');
    expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'the list of policies' }).getAttribute('href')).toBe(inject('basePath'));
    expect(await page.locator('form[data-search-form]').isVisible()).toBe(false);
    await context.close();
  });

  test('opens from the header as a search box that sends its words to the search page', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/cookies/`);
    const nav = page.getByRole('navigation', { name: 'Site' });
    expect(await nav.getByRole('link', { name: 'Search' }).count()).toBe(0); // the link became the button
    const toggle = nav.getByRole('button', { name: 'Search the policies' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const box = page.getByRole('searchbox', { name: 'Search the policies' });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await box.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    // Escape on the open box's button closes it too.
    await toggle.click();
    await toggle.focus();
    await page.keyboard.press('Escape');
    expect(await box.isVisible()).toBe(false);

    await page.keyboard.press('Enter');
    await page.keyboard.type(IN_FORCE_PHRASE);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${inject('basePath')}search/?q=retain+all+moral+rights`);
    expect(await announced(page)).toBe(`1 result for “${IN_FORCE_PHRASE}” in the versions in force.`);
    expect((await readResult(page, 0)).title).toBe('GitHub Terms of Service, version of March 2, 2026');
    // The search page has its own form: its header keeps the link, and no second box.
    expect(await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search' }).isVisible()).toBe(true);
    expect(await page.getByRole('searchbox').count()).toBe(1);
    await page.close();
  });

  test.each(['light', 'dark'] as const)(
    'shows results with no WCAG 2.2 AA violation in the %s scheme (screenshots for review)',
    async (colorScheme) => {
      const out = join(ROOT, 'test-results/screenshots');
      mkdirSync(out, { recursive: true });
      for (const viewport of [
        { width: 1280, height: 900 },
        { width: 375, height: 800 },
      ]) {
        const context = await browser().newContext({ colorScheme, viewport, bypassCSP: true });
        const page = await context.newPage();
        await page.goto(`${inject('baseUrl')}/search/?q=${encodeURIComponent('moral rights')}&all=1`);
        await announced(page);
        expect(await results(page).count()).toBe(10);
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        await page.screenshot({ path: join(out, `search-results-${colorScheme}-${viewport.width}.png`), fullPage: true });
        await context.close();
      }
    },
  );
});
