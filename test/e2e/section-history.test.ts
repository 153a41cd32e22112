import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../helpers/chromium.ts';
import { LONG_POLICY } from './global-setup.ts';

// GitHub's Terms of Service, 42 revisions from 2017 to 2026, imported as the browser tests' long policy.
const browser = useBrowser();
const html = (path: string): string => readFileSync(join(inject('distDir'), path, 'index.html'), 'utf8');
const exists = (href: string): boolean =>
  existsSync(join(inject('distDir'), href.slice(inject('basePath').length).split('#')[0] ?? '', 'index.html'));

describe('section history', () => {
  test('every section of the version in force says when it last changed, under its heading, and links to its history', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/${LONG_POLICY}/`);
    const headings = await page.locator('.policy-text :is(h1, h2, h3, h4, h5, h6)').evaluateAll((all) =>
      all.map((heading) => ({
        id: heading.id,
        note: heading.nextElementSibling?.classList.contains('section-note') ? (heading.nextElementSibling.textContent ?? '') : null,
        links: [...(heading.nextElementSibling?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? ''),
      })),
    );
    expect(headings.length).toBeGreaterThan(40);
    for (const heading of headings) {
      expect(heading.note, heading.id).toMatch(/^(Last changed on|Added on) \w+ \d+, \d{4}$|^Unchanged since the first version$/);
      // One link, to the section's history: a keyboard user passes one stop per heading.
      expect(heading.links, heading.id).toHaveLength(1);
      const history = heading.links[0] ?? '';
      expect(history).toMatch(new RegExp(`^${inject('basePath')}${LONG_POLICY}/sections/[^/]+/$`));
      expect(exists(history), history).toBe(true);
    }
    // Today's "4. Account Security" last changed on December 27, 2023, as its section page's newest change.
    const note = headings.find((heading) => heading.id === '4-account-security');
    expect(note?.note).toBe('Last changed on December 27, 2023');
    expect(note?.links[0]).toBe(`${inject('basePath')}${LONG_POLICY}/sections/3-user-account-security/`);
    // The list of sections links the change itself, in the redline of its pair.
    const listed = page.locator('[data-section-heading="4-account-security"] .section-note a').first();
    expect(await listed.getAttribute('href')).toMatch(/\/compare\/2023-03-15\.\.\.2023-12-27\/#change-\d+$/);
    await page.close();
  });

  test('without JavaScript, the same notes are in the list of sections, and the text is left as its source renders', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/${LONG_POLICY}/`);
    expect(await page.locator('.policy-text .section-note').count()).toBe(0);
    const list = page.locator('details.section-contents');
    await list.locator('summary').click();
    const items = list.locator('[data-section-heading]');
    expect(await items.count()).toBe(await page.locator('.policy-text :is(h1, h2, h3, h4, h5, h6)').count());
    expect(await items.filter({ hasText: '4. Account Security' }).innerText()).toMatch(/Last changed on December 27, 2023/);
    await context.close();
  });

  test('a renamed, renumbered and re-levelled section has one continuous history, newest first', () => {
    const page = html(`/${LONG_POLICY}/sections/3-user-account-security/`);
    const dates = [...page.matchAll(/<h3>Changed in <a href="[^"]+">the version of ([^<]+)<\/a><\/h3>/g)].map((m) => m[1]);
    expect(dates).toEqual([
      'December 27, 2023',
      'September 1, 2022',
      'November 11, 2021',
      'June 14, 2021',
      'November 13, 2019',
      'May 10, 2018',
      'April 19, 2018',
    ]);
    expect(page).toContain(
      '“3. User Account Security”: <time datetime="2017-06-09">June 9, 2017</time> to <time datetime="2017-10-12">October 12, 2017</time>',
    );
    expect(page).toContain('Heading before: “4. User Account Security”.');
    expect(page).toContain('Moved up the outline (heading level 4 to 3).');
    // Each change shows the section's own redline, not the whole policy's.
    expect(page.match(/class="redline section-change__redline"/g)).toHaveLength(7);
    expect(page).not.toContain('Definitions');
  });

  test('has a page for every section of the version in force, and the text in force says since when each passage reads so', async () => {
    const current = html(`/${LONG_POLICY}/`);
    const histories = new Set([...current.matchAll(/href="([^"]+\/sections\/[^"]+\/)"/g)].map((m) => m[1] ?? ''));
    const headings = current.match(/<h[1-6] id="/g) ?? [];
    expect(histories.size).toBe(headings.length - current.split('<div class="policy-text">')[0]!.match(/<h[1-6] id="/g)!.length);
    for (const href of histories) expect(exists(href), href).toBe(true);
    const page = await browser().newPage();
    await page.goto(`${inject('baseUrl')}/${LONG_POLICY}/sections/3-user-account-security/`);
    // Its heading, a paragraph and a list of three items: the list is one passage, each item dated.
    const passages = page.locator('.section-text__passage');
    expect(await passages.count()).toBe(3);
    expect(await passages.last().locator('.redline li').count()).toBe(3);
    const last = passages.last().locator('details.paragraph-history');
    await last.locator('summary').click();
    const items = last.getByRole('listitem');
    expect(await items.count()).toBe(3);
    expect(await items.last().innerText()).toBe('Part 3: reads as it does since the change of December 27, 2023.');
    expect(await items.last().getByRole('link').getAttribute('href')).toMatch(/\/compare\/2023-03-15\.\.\.2023-12-27\/#change-\d+$/);
    // The policy's headings sit under the page's own: the section's heading is an h3 under "The text in force".
    expect(await passages.first().locator('h3').innerText()).toBe('4. Account Security');
    await page.close();
  });

  test('a section removed long ago is reachable from the versions that had it, and says when it went', () => {
    const old = html(`/${LONG_POLICY}/2017-08-04/`);
    const href = `${inject('basePath')}${LONG_POLICY}/sections/1-limitation-of-liability-for-api-use/`;
    expect(old).toContain(`href="${href}"`);
    expect(html(`/${LONG_POLICY}/2017-10-12/`)).not.toContain(`href="${href}"`);
    const page = html(`/${LONG_POLICY}/sections/1-limitation-of-liability-for-api-use/`);
    expect(page).toContain('Removed on <time datetime="2017-10-12">October 12, 2017</time>');
    expect(page).toMatch(/<h3>Removed in <a href="[^"]+">the version of October 12, 2017<\/a><\/h3>/);
  });
});
