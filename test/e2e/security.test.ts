import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildSite, ROOT } from '../helpers/build-site.ts';
import { useBrowser } from '../helpers/chromium.ts';
import { copyPolicies, editTree, lockTree } from '../helpers/policy-tree.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { PAGE_TYPES_WITH_CONSENT_DEMO } from './page-types.ts';

const browser = useBrowser();

// The test hook: anything a page runs that it should not calls window.__pwned (the payloads do) or
// alert/confirm/prompt/print; each call is recorded, and so is every Content-Security-Policy violation.
function watchExecution(): void {
  const w = window as unknown as Record<string, unknown>;
  const ran: string[] = [];
  const violations: string[] = [];
  w['__ran'] = ran;
  w['__violations'] = violations;
  w['__pwned'] = (what: unknown) => ran.push(String(what));
  for (const name of ['alert', 'confirm', 'prompt', 'print']) w[name] = (what: unknown) => ran.push(`${name}(${String(what)})`);
  document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
}

async function watchedContext(options: { bypassCSP?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser().newContext(options);
  await context.addInitScript(watchExecution);
  return context;
}

// Read a page's record once it has settled: a click may have started a navigation (the new page
// has a record of its own, which must be empty too).
async function settled<T>(page: Page, read: () => T): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    await page.waitForLoadState('load');
    try {
      return await page.evaluate(read);
    } catch (error) {
      if (attempt >= 5 || !/context was destroyed|navigation/i.test(String(error))) throw error;
    }
  }
}
const ranOn = (page: Page): Promise<string[]> => settled(page, () => (window as unknown as { __ran: string[] }).__ran);
const violationsOn = (page: Page): Promise<string[]> => settled(page, () => (window as unknown as { __violations: string[] }).__violations);

describe('the Content-Security-Policy', () => {
  test.each(PAGE_TYPES_WITH_CONSENT_DEMO)('$name carries a strict policy and breaks nothing on it', async ({ path }) => {
    const context = await watchedContext();
    const page = await context.newPage();
    await page.goto(inject('baseUrl') + path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toMatch(/script-src 'self'( 'wasm-unsafe-eval')?( 'sha256-[\w+/=]+')+;/);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
    // WebAssembly, which Pagefind searches with, may be compiled on the search page only.
    expect(policy?.includes("'wasm-unsafe-eval'")).toBe(path === '/search/');
    await page.waitForLoadState('networkidle');
    expect(await violationsOn(page)).toEqual([]);
    await context.close();
  });

  const injected =
    `<script>window.__pwned('inline script')</script>` +
    `<img src="/missing.png" alt="" onerror="window.__pwned('inline handler')">` +
    `<a id="injected" href="javascript:window.__pwned('javascript: link')">link</a>`;

  async function injectedPage(bypassCSP: boolean): Promise<{ context: BrowserContext; page: Page }> {
    const context = await watchedContext({ bypassCSP });
    // Serve the real revision page with the markup added, as if it had got past every check.
    await context.route('**/cookies/2026-03-14/', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('<div class="policy-text">', `<div class="policy-text">${injected}`);
      await route.fulfill({ response, body });
    });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/cookies/2026-03-14/`);
    await page.waitForLoadState('networkidle');
    await page.locator('#injected').click();
    await page.waitForTimeout(200);
    return { context, page };
  }

  test('blocks an inline script, handler and javascript: link that got into a page', async () => {
    const { context, page } = await injectedPage(false);
    expect(await ranOn(page)).toEqual([]);
    expect((await violationsOn(page)).length).toBeGreaterThanOrEqual(3);
    await context.close();
  });

  test('is what stops them: without it the same page runs all three (the hook sees them)', async () => {
    const { context, page } = await injectedPage(true);
    expect((await ranOn(page)).sort()).toEqual(['inline handler', 'inline script', 'javascript: link']);
    await context.close();
  });
});

describe('a revision whose text looks like code', () => {
  let server: StaticServer;

  beforeAll(async () => {
    const dir = copyPolicies();
    editTree(dir, { 'cookies/2026-04-01.mdx': readFileSync(join(ROOT, 'test/fixtures/hostile/accepted.mdx'), 'utf8') });
    lockTree(dir, '2026-04-15');
    const site = await buildSite({ policiesDir: dir, asOf: '2026-04-15' });
    if (!site.ok) throw new Error(`The hostile-text site did not build:\n${site.output}`);
    server = await serveStatic(site.outDir);
  });
  afterAll(async () => {
    await server?.close();
  });

  test('shows in search results as text, and the search runs nothing', async () => {
    const context = await watchedContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('escaped tag')}`);
    const excerpt = page.locator('.search-result__excerpt').first();
    await excerpt.waitFor();
    // Pagefind's excerpt is markup (its matches in <mark>); the page builds it as text and <mark> elements.
    expect(await excerpt.textContent()).toContain("<script>window.__pwned('escaped')</script>");
    expect(await excerpt.locator('*').evaluateAll((els) => [...new Set(els.map((el) => el.tagName))])).toEqual(['MARK']);
    expect(await page.locator('.search-result__section a').first().textContent()).toContain('"onmouseover=__pwned(\'heading\')"');
    expect(await ranOn(page)).toEqual([]);
    expect(await violationsOn(page)).toEqual([]);
    await context.close();
  });

  test.each([
    ['its revision page', '/cookies/2026-04-01/'],
    ['its inline redline', '/cookies/compare/2026-03-14...2026-04-01/'],
    ['its side-by-side redline', '/cookies/compare/2026-03-14...2026-04-01/side-by-side/'],
    ['the page of the policy in force', '/cookies/'],
  ])('shows on %s as text and runs nothing, on load or on any click', async (_where, path) => {
    const context = await watchedContext();
    // Links to other sites are not followed (no network here); what a click would run still runs.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(server.url + path);
    await page.waitForLoadState('networkidle');
    expect(await ranOn(page)).toEqual([]);
    const text = await page.locator('main').innerText();
    expect(text).toContain("<script>window.__pwned('escaped')</script>");
    expect(text).toContain("<img src=x onerror=window.__pwned('entity-img')>");
    const clickable = await page.locator('main a, main button').count();
    expect(clickable).toBeGreaterThan(3);
    for (let k = 0; k < clickable; k++) {
      await page.goto(server.url + path);
      const target = page.locator('main a, main button').nth(k);
      if (!(await target.isVisible())) continue;
      await target.click({ noWaitAfter: true, timeout: 5_000 }).catch(() => {});
      await page.waitForTimeout(50);
      expect(await ranOn(page), `after clicking link or button ${k} of ${path}`).toEqual([]);
      expect(await violationsOn(page), `after clicking link or button ${k} of ${path}`).toEqual([]);
    }
    await context.close();
  });
});
