import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import type { DeclarationDocument } from '../../src/lib/declaration/index.ts';
import { useBrowser } from '../helpers/chromium.ts';
import { declarationChain } from '../helpers/consent-declarations.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browser = useBrowser();
const DEMO = '/consent/';
const mailly = (): DeclarationDocument => JSON.parse(readFileSync(join(inject('distDir'), 'api/cookies/declaration.json'), 'utf8'));

type Call = [string, ...unknown[]];

/**
 * A page with a stub `gtag` (and `fetch`) that records every call in order, and optionally a routed
 * declaration and a script to run first in every page.
 */
async function visit(
  options: BrowserContextOptions & { declaration?: () => DeclarationDocument | number; path?: string; init?: () => void } = {},
) {
  const { declaration, path = DEMO, init, ...contextOptions } = options;
  const context = await browser().newContext(contextOptions);
  if (init) await context.addInitScript(init);
  await context.addInitScript(() => {
    const log: unknown[][] = [];
    const w = window as unknown as Record<string, unknown>;
    w['__calls'] = log;
    w['gtag'] = (...args: unknown[]) => log.push(['gtag', ...args]);
    const original = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      log.push(['fetch', String(input)]);
      return original(input, init);
    };
  });
  if (declaration) await routeDeclaration(context, declaration);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  await page.goto(inject('baseUrl') + path);
  return { context, page, errors };
}

async function routeDeclaration(context: BrowserContext, declaration: () => DeclarationDocument | number): Promise<void> {
  await context.route('**/api/cookies/declaration.json', (route) => {
    const value = declaration();
    return typeof value === 'number' ? route.fulfill({ status: value, body: 'Oops' }) : route.fulfill({ json: value });
  });
}

const calls = (page: Page): Promise<Call[]> => page.evaluate(() => (window as unknown as { __calls: Call[] }).__calls);
const gtagCalls = async (page: Page): Promise<unknown[][]> => (await calls(page)).filter((c) => c[0] === 'gtag').map((c) => c.slice(1));
const banner = (page: Page) => page.getByRole('dialog', { name: 'Cookies on this site' });
const settings = (page: Page) => page.getByRole('dialog', { name: 'Cookie settings' });
const ran = (page: Page, category: string): Promise<string> => page.locator(`#consent-demo-${category}`).innerText();

async function storedRecord(context: BrowserContext): Promise<Record<string, unknown> | null> {
  const cookie = (await context.cookies()).find((c) => c.name === 'redline_consent');
  return cookie ? JSON.parse(decodeURIComponent(cookie.value)) : null;
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: unknown[] }[] }[] };
    const run = (window as unknown as { axe: { run: (options: object) => Promise<Result> } }).axe.run;
    const result = await run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
    return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  });
}

describe('the consent banner on a first visit', () => {
  test('denies every Consent Mode type before fetching the declaration, then grants only the essential ones', async () => {
    const { context, page } = await visit();
    await banner(page).waitFor();
    const log = await calls(page);
    expect(log[0]).toEqual([
      'gtag',
      'consent',
      'default',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'denied',
        wait_for_update: 500,
      },
    ]);
    expect(log[1]).toEqual(['fetch', `${inject('baseUrl')}/api/cookies/declaration.json`]);
    expect(log[2]).toEqual([
      'gtag',
      'consent',
      'update',
      expect.objectContaining({ security_storage: 'granted', analytics_storage: 'denied' }),
    ]);
    expect(await storedRecord(context)).toBeNull();
    await context.close();
  });

  test('offers "Accept all" and "Reject non-essential" alike, with "Settings", and takes focus', async () => {
    const { context, page } = await visit();
    const accept = banner(page).getByRole('button', { name: 'Accept all' });
    const reject = banner(page).getByRole('button', { name: 'Reject non-essential' });
    await accept.waitFor();
    expect(await banner(page).getByRole('button', { name: 'Settings' }).isVisible()).toBe(true);
    const look = (button: typeof accept) =>
      button.evaluate((el) => {
        const s = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return { width: box.width, height: box.height, bg: s.backgroundColor, color: s.color, weight: s.fontWeight, size: s.fontSize };
      });
    expect(await look(accept)).toEqual(await look(reject));
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('role'))).toBe('dialog');
    await context.close();
  });

  test('"Accept all" grants every category, stores the record and runs the held-back scripts', async () => {
    const { context, page } = await visit();
    const events = page.evaluate(
      () => new Promise((resolve) => document.addEventListener('redline:consent', (e) => resolve((e as CustomEvent).detail))),
    );
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect(banner(page).isVisible()).resolves.toBe(false);
    const declaration = mailly();
    const record = await storedRecord(context);
    expect(record).toMatchObject({
      v: 1,
      policy: 'cookies',
      version: '2026-03-14',
      digest: declaration.integrity.digest,
      granted: ['analytics', 'functionality', 'performance'],
      asked: ['analytics', 'functionality', 'performance'],
    });
    expect(Date.now() - Date.parse(record?.['time'] as string)).toBeLessThan(60_000);
    expect(await events).toEqual({ granted: ['essential', 'analytics', 'functionality', 'performance'], record });
    expect(await page.evaluate(() => (window as unknown as { redlineConsent: { get(): unknown } }).redlineConsent.get())).toEqual(
      await events,
    );
    expect((await gtagCalls(page)).at(-1)).toEqual([
      'consent',
      'update',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'granted',
        functionality_storage: 'granted',
        personalization_storage: 'granted',
        security_storage: 'granted',
      },
    ]);
    expect([await ran(page, 'analytics'), await ran(page, 'functionality')]).toEqual(['ran', 'ran']);
    expect(await page.getByRole('status').first().textContent()).toBe('Your cookie choices are saved.');
    const cookie = (await context.cookies()).find((c) => c.name === 'redline_consent');
    expect(Math.round(((cookie?.expires ?? 0) * 1000 - Date.now()) / 86_400_000)).toBe(180);
    expect(cookie).toMatchObject({ path: '/', sameSite: 'Lax' });
    await context.close();
  });

  test('"Reject non-essential" grants only the essential category, and the choice holds across reloads', async () => {
    const { context, page } = await visit();
    await banner(page).getByRole('button', { name: 'Reject non-essential' }).click();
    expect(await storedRecord(context)).toMatchObject({ granted: [], asked: ['analytics', 'functionality', 'performance'] });
    expect((await gtagCalls(page)).at(-1)?.[2]).toMatchObject({
      analytics_storage: 'denied',
      functionality_storage: 'denied',
      security_storage: 'granted',
    });
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __calls: unknown[][] }).__calls.filter((c) => c[0] === 'gtag').length >= 2);
    expect((await gtagCalls(page)).at(-1)?.[2]).toMatchObject({ analytics_storage: 'denied', security_storage: 'granted' });
    expect(await banner(page).isVisible()).toBe(false);
    expect([await ran(page, 'analytics'), await ran(page, 'functionality')]).toEqual(['not run', 'not run']);
    await context.close();
  });

  test('settings list every category, essential locked on, the others off; granting one runs only its script', async () => {
    const { context, page } = await visit();
    await banner(page).getByRole('button', { name: 'Settings' }).click();
    const dialog = settings(page);
    await dialog.waitFor();
    const declaration = mailly();
    for (const category of declaration.categories) {
      const toggle = dialog.getByRole('switch', { name: category.name });
      expect(await toggle.isChecked(), category.id).toBe(category.required);
      expect(await toggle.isDisabled(), category.id).toBe(category.required);
      const text = await dialog.innerText();
      expect(text).toContain(category.description);
      for (const purpose of category.purposes) expect(text).toContain(purpose);
    }
    expect(await dialog.getByRole('link', { name: 'Read the cookie policy (version of March 14, 2026)' }).getAttribute('href')).toBe(
      declaration.policy.currentUrl,
    );
    await dialog.getByRole('switch', { name: 'Analytics Cookies' }).check();
    await dialog.getByRole('button', { name: 'Save my choices' }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);
    expect(await banner(page).isVisible()).toBe(false);
    expect(await storedRecord(context)).toMatchObject({ granted: ['analytics'] });
    expect([await ran(page, 'analytics'), await ran(page, 'functionality')]).toEqual(['ran', 'not run']);
    // analytics_storage is governed by Analytics and Performance: granted only when both are.
    expect((await gtagCalls(page)).at(-1)?.[2]).toMatchObject({ analytics_storage: 'denied', security_storage: 'granted' });
    await context.close();
  });
});

describe('a returning visitor', () => {
  test('reopens the settings from any data-redline-consent-open element, sees the choice and changes it', async () => {
    const { context, page } = await visit();
    await banner(page).getByRole('button', { name: 'Reject non-essential' }).click();
    await page.reload();
    // The stored choice is restored (and announced) once the declaration has loaded; listen after that.
    await page.waitForFunction(() => (window as unknown as { redlineConsent: { get(): unknown } }).redlineConsent.get() !== null);
    const changes = page.evaluate(
      () =>
        new Promise((resolve) =>
          (window as unknown as { redlineConsent: { onChange(fn: (s: unknown) => void): void } }).redlineConsent.onChange(resolve),
        ),
    );
    await page.getByRole('button', { name: 'Cookie settings' }).click();
    const dialog = settings(page);
    await dialog.waitFor();
    expect(await dialog.getByRole('switch', { name: 'Analytics Cookies' }).isChecked()).toBe(false);
    await dialog.getByRole('switch', { name: 'Analytics Cookies' }).check();
    await dialog.getByRole('switch', { name: 'Performance Cookies' }).check();
    await dialog.getByRole('button', { name: 'Save my choices' }).click();
    expect(await changes).toMatchObject({ granted: ['essential', 'analytics', 'performance'] });
    expect((await gtagCalls(page)).at(-1)?.[2]).toMatchObject({ analytics_storage: 'granted', functionality_storage: 'denied' });
    expect(await ran(page, 'analytics')).toBe('ran');
    await page.getByRole('button', { name: 'Cookie settings' }).click();
    expect(await settings(page).getByRole('switch', { name: 'Performance Cookies' }).isChecked()).toBe(true);
    await context.close();
  });

  test('is not asked again after an editorial revision, even two of them, but is after a material one or a new category', async () => {
    const [v1, editorial, editorial2] = declarationChain([
      { effective: '2026-03-14', categories: ['essential', 'analytics', 'functionality'] },
      { effective: '2026-06-01', change: 'editorial', categories: ['essential', 'analytics', 'functionality'], wording: 'are explained' },
      { effective: '2026-09-01', change: 'technical', categories: ['essential', 'analytics', 'functionality'], wording: 'are explained' },
    ]);
    const [, material] = declarationChain([
      { effective: '2026-03-14', categories: ['essential', 'analytics', 'functionality'] },
      { effective: '2026-06-01', change: 'material', categories: ['essential', 'analytics', 'functionality'] },
    ]);
    const [, added] = declarationChain([
      { effective: '2026-03-14', categories: ['essential', 'analytics', 'functionality'] },
      { effective: '2026-06-01', change: 'editorial', categories: ['essential', 'analytics', 'functionality', 'marketing'] },
    ]);
    let current = v1!;
    const { context, page } = await visit({ declaration: () => current });
    await context.route('**/api/cookies/2026-06-01/declaration.json', (route) => route.fulfill({ json: editorial }));
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    expect(await storedRecord(context)).toMatchObject({ version: '2026-03-14', digest: v1!.integrity.digest });

    const asked = async (doc: DeclarationDocument): Promise<boolean> => {
      current = doc;
      await page.reload();
      await page.waitForFunction(() => (window as unknown as { __calls: unknown[][] }).__calls.filter((c) => c[0] === 'gtag').length >= 2);
      return banner(page).isVisible();
    };
    expect(await asked(editorial!)).toBe(false);
    expect(await ran(page, 'analytics')).toBe('ran');
    expect(await asked(editorial2!)).toBe(false); // reads 2026-06-01 to see that it too was editorial
    expect((await calls(page)).filter((c) => c[0] === 'fetch').map((c) => c[1])).toEqual([
      `${inject('baseUrl')}/api/cookies/declaration.json`,
      `${inject('baseUrl')}/api/cookies/2026-06-01/declaration.json`,
    ]);
    expect(await asked(material!)).toBe(true);
    expect(await banner(page).innerText()).toContain('Our cookie policy changed on June 1, 2026. Please make your choice again.');
    // Until the visitor answers, the old choice no longer counts.
    expect(await ran(page, 'analytics')).toBe('not run');
    expect((await gtagCalls(page)).at(-1)?.[2]).toMatchObject({ analytics_storage: 'denied' });
    expect(await asked(added!)).toBe(true);
    await banner(page).getByRole('button', { name: 'Reject non-essential' }).click();
    expect(await storedRecord(context)).toMatchObject({ version: '2026-06-01', digest: added!.integrity.digest, granted: [] });
    expect(await asked(added!)).toBe(false);
    await context.close();
  });
});

describe('failing closed', () => {
  test.each([
    ['cannot be fetched', () => 500, 'answered HTTP 500'],
    ['is not a declaration', () => ({ ...mailly(), categories: 'all' }) as unknown as DeclarationDocument, '"categories" is "all"'],
    [
      'was altered after sealing',
      () => ({ ...mailly(), categories: mailly().categories.map((c) => ({ ...c, required: true })) }),
      'does not match its integrity digest',
    ],
  ])('when the declaration %s, grants nothing, says why, and the page still works', async (_name, declaration, reason) => {
    const { context, page, errors } = await visit({ declaration });
    await page.waitForFunction(() => (window as unknown as { __calls: unknown[][] }).__calls.some((c) => c[0] === 'fetch'));
    // The console explains once the declaration has been read and refused.
    await expect.poll(() => errors.join('\n'), { timeout: 10_000 }).toContain('Nothing non-essential is granted');
    await page.getByRole('button', { name: 'Cookie settings' }).click();
    expect(errors.join('\n')).toContain(reason);
    expect(errors.join('\n')).toContain('Nothing non-essential is granted');
    expect(await gtagCalls(page)).toEqual([
      ['consent', 'default', expect.objectContaining({ analytics_storage: 'denied', security_storage: 'denied' })],
    ]);
    expect(await banner(page).count()).toBe(0);
    expect(await settings(page).isVisible()).toBe(false);
    expect(await ran(page, 'analytics')).toBe('not run');
    expect(await page.locator('h1').isVisible()).toBe(true);
    await context.close();
  });

  test.each([
    ['the published declaration', () => mailly()],
    [
      'a declaration altered to make analytics required',
      () => ({ ...mailly(), categories: mailly().categories.map((c) => (c.id === 'analytics' ? { ...c, required: true } : c)) }),
    ],
  ])('without Web Crypto, refuses %s: no held-back script runs and nothing is granted', async (_name, declaration) => {
    // As outside a secure context (plain HTTP), where browsers offer no `crypto.subtle`.
    const init = () => delete (Crypto.prototype as { subtle?: SubtleCrypto }).subtle;
    const { context, page, errors } = await visit({ declaration, init });
    expect(await page.evaluate(() => typeof crypto.subtle)).toBe('undefined');
    await expect.poll(() => errors.join('\n'), { timeout: 10_000 }).toContain('Nothing non-essential is granted');
    expect(errors).toEqual([
      `Redline consent: ${inject('baseUrl')}/api/cookies/declaration.json cannot be checked against its integrity digest ` +
        '(no Web Crypto, which needs a secure context). Nothing non-essential is granted.',
    ]);
    // Not even the categories the declaration marks required: only the deny-all default stands.
    expect(await gtagCalls(page)).toEqual([
      ['consent', 'default', expect.objectContaining({ analytics_storage: 'denied', security_storage: 'denied' })],
    ]);
    expect([await ran(page, 'analytics'), await ran(page, 'functionality')]).toEqual(['not run', 'not run']);
    expect(await page.locator('script[data-redline-ran]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { redlineConsent: { get(): unknown } }).redlineConsent.get())).toBeNull();
    expect(await banner(page).count()).toBe(0);
    expect(await storedRecord(context)).toBeNull();
    await context.close();
  });
});

describe('keyboard and screen reader use', () => {
  test('works from the keyboard alone: settings, a switch, save, reopen, Escape, focus returned', async () => {
    const { context, page } = await visit();
    await banner(page).waitFor();
    const focusName = () =>
      page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return `${el?.tagName.toLowerCase()}:${el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 30)}`;
      });
    await page.keyboard.press('Tab'); // the policy link in the banner
    await page.keyboard.press('Tab');
    expect(await focusName()).toBe('button:Accept all');
    await page.keyboard.press('Tab');
    expect(await focusName()).toBe('button:Reject non-essential');
    await page.keyboard.press('Tab');
    expect(await focusName()).toBe('button:Settings');
    await page.keyboard.press('Enter');
    await settings(page).waitFor();
    let guard = 0;
    while (!(await focusName()).startsWith('input') && guard++ < 10) await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // the first switch is locked on and disabled: the next one is Analytics
    expect(await focusName()).toMatch(/^input/);
    await page.keyboard.press('Space');
    expect(await settings(page).getByRole('switch', { name: 'Functionality Cookies' }).isChecked()).toBe(true);
    guard = 0;
    while ((await focusName()) !== 'button:Save my choices' && guard++ < 10) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await storedRecord(context)).toMatchObject({ granted: ['functionality'] });
    expect(await settings(page).isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Cookie settings' }).focus();
    await page.keyboard.press('Enter');
    await settings(page).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('REDLINE-CONSENT');
    await page.keyboard.press('Escape');
    expect(await settings(page).isVisible()).toBe(false);
    expect(await focusName()).toBe('button:Cookie settings');
    await context.close();
  });

  test.each(['light', 'dark'] as const)('banner and settings have no WCAG 2.2 AA violation in the %s scheme', async (colorScheme) => {
    // axe goes in as an inline script, which the site's Content-Security-Policy would block.
    const { context, page } = await visit({ colorScheme, bypassCSP: true });
    await banner(page).waitFor();
    expect(await axe(page)).toEqual([]);
    await banner(page).getByRole('button', { name: 'Settings' }).click();
    await settings(page).waitFor();
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  test('banner and settings fit a 320-pixel-wide screen, buttons stacked at one width', async () => {
    const { context, page } = await visit({ viewport: { width: 320, height: 640 } });
    await banner(page).waitFor();
    const widths = await banner(page)
      .getByRole('button')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
    expect(new Set(widths).size).toBe(1);
    const box = await banner(page).boundingBox();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 999) <= 320).toBe(true);
    await banner(page).getByRole('button', { name: 'Settings' }).click();
    const dialog = await settings(page).boundingBox();
    expect((dialog?.x ?? -1) >= 0 && (dialog?.x ?? 0) + (dialog?.width ?? 999) <= 320).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});

describe('texts and data', () => {
  test('take a translation from a JSON script, and show the declaration’s text as text, never markup', async () => {
    const [doc] = declarationChain([{ effective: '2026-03-14', categories: ['essential', 'analytics'] }]);
    const hostile = structuredClone(doc!);
    hostile.categories[1]!.name = '<img src=x onerror="window.__pwned=1">';
    const { canonicalDigest } = await import('../../src/lib/declaration/index.ts');
    const { integrity: _integrity, ...content } = hostile;
    hostile.integrity = { ...hostile.integrity, digest: canonicalDigest(content) };
    const context = await browser().newContext();
    await context.route('**/fr/', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="fr"><head><title>Essai</title>
<script src="../consent/v1/consent.js" data-declaration="../api/cookies/declaration.json"></script>
<script type="application/json" data-redline-consent-strings>{"title":"Cookies sur ce site","acceptAll":"Tout accepter","rejectAll":"Refuser","settings":"Paramètres","policyLink":"Politique (version du {date})"}</script>
</head><body><h1>Essai</h1></body></html>`,
      }),
    );
    await routeDeclaration(context, () => hostile);
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/fr/`);
    const frBanner = page.getByRole('dialog', { name: 'Cookies sur ce site' });
    await frBanner.getByRole('button', { name: 'Tout accepter' }).waitFor();
    await frBanner.getByRole('button', { name: 'Paramètres' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cookie settings' });
    expect(await dialog.getByRole('link', { name: 'Politique (version du 14 mars 2026)' }).count()).toBe(1);
    expect(await dialog.getByRole('switch', { name: hostile.categories[1]!.name }).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await context.close();
  });
});

describe('without data-declaration', () => {
  test('reads the cookies policy’s declaration beside the script, under the site’s base path', async () => {
    const context = await browser().newContext();
    const fetched: string[] = [];
    context.on('request', (request) => {
      if (request.url().endsWith('declaration.json')) fetched.push(request.url());
    });
    // A page elsewhere on the host, deeper than the script, that embeds it with no options.
    await context.route('**/elsewhere/deep/page/', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><title>Elsewhere</title>
<script src="${inject('basePath')}consent/v1/consent.js"></script></head><body><h1>Elsewhere</h1></body></html>`,
      }),
    );
    const page = await context.newPage();
    await page.goto(`${new URL(inject('baseUrl')).origin}/elsewhere/deep/page/`);
    await banner(page).getByRole('button', { name: 'Accept all' }).waitFor();
    expect(fetched).toEqual([`${inject('baseUrl')}/api/cookies/declaration.json`]);
    await context.close();
  });
});
