import type { BrowserContext, Page } from 'playwright-core';
import { CONSENT_COOKIE, parseConsentRecord } from '../../src/lib/consent/index.ts';
import { launchChromiumProfile, type ChromiumProfile } from './chromium.ts';
import {
  isWithinDomain,
  SCAN_STATES,
  STATE_NAMES,
  type ScanChoice,
  type ScanState,
  type SiteObservation,
  type StateObservation,
  type StoredItem,
} from '../../src/lib/scan/index.ts';

/** How `scanSite` drives the browser. */
export interface ScanSiteOptions {
  /** The page to scan (http or https). */
  url: string;
  /** Selectors clicked in order to accept all (default: the "Accept all" button of Redline's banner). */
  accept?: string[] | undefined;
  /** Selectors clicked in order to reject non-essential cookies (default: Redline's "Reject non-essential"). */
  reject?: string[] | undefined;
  /** Links to other pages of the same origin followed from the first page in each state (default 3). */
  pages?: number;
  /** Milliseconds to wait once a page's network is idle, for its timers to store what they store (default 1000). */
  wait?: number;
  /** Milliseconds allowed for a page to load or a banner button to appear (default 15000). */
  timeout?: number;
  /**
   * Milliseconds to stay on the last page of each state before reading it again, for what a page
   * stores late (a timer, a second request) (default 5000).
   */
  dwell?: number;
}

/** A scan that could not be done: the page did not load, the banner did not appear, a click did nothing. */
export class ScanError extends Error {
  override name = 'ScanError';
}

// Redline's banner (src/consent/build-banner.ts): a dialog `.banner` in the open shadow root of
// <redline-consent>, whose `.actions` are "Accept all", "Reject non-essential" and "Settings", in
// that order. By position, not by label: a site may translate the labels. Playwright's CSS engine
// reads through open shadow roots.
const REDLINE_TAG = 'redline-consent';
const REDLINE_BUTTONS = {
  accept: `${REDLINE_TAG} .banner .actions > button:nth-child(1)`,
  reject: `${REDLINE_TAG} .banner .actions > button:nth-child(2)`,
};

// Links to files rather than pages (feeds, JSON, downloads) are not followed.
const PAGE_PATH = /\/[^/.]*$|\.(?:x?html?|php|aspx?|jsp)$/i;

/**
 * Open `url` in Chromium three times, side by side, each on a new profile that accepts third-party
 * cookies (`launchChromiumProfile`) — before any choice, after rejecting non-essential cookies,
 * after accepting all (clicking Redline's banner, or the given selectors) — follow a few
 * same-origin links in each (`pages`), and record the cookies, every frame's localStorage and
 * sessionStorage keys and the names of its IndexedDB databases after each page has settled, and on
 * the last page of each state once more after `dwell` ms, for what a page stores late.
 */
export async function scanSite(options: ScanSiteOptions): Promise<SiteObservation> {
  // The states share nothing, so they run at once: a scan takes the time of one. Each closes its
  // browser and deletes its profile however it ends: all have ended before a failure is reported.
  const settled = await Promise.allSettled(SCAN_STATES.map((state) => scanState(state, options)));
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  return { url: options.url, states: settled.map((s) => (s as PromiseFulfilledResult<StateObservation>).value) };
}

async function scanState(
  state: ScanState,
  { url, accept, reject, pages = 3, wait = 1000, timeout = 15_000, dwell = 5000 }: ScanSiteOptions,
): Promise<StateObservation> {
  let profile: ChromiumProfile;
  try {
    profile = await launchChromiumProfile();
  } catch (error) {
    throw new ScanError(`Chromium could not be started: ${firstLine(error)}`);
  }
  const { context } = profile;
  context.setDefaultTimeout(timeout);
  // The page the state was on when something failed, for the message.
  let page: Page | undefined;
  try {
    page = context.pages()[0] ?? (await context.newPage());
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.text().startsWith('Redline consent')) messages.push(message.text());
    });
    const warnings: string[] = [];
    const read = { timeout: Math.min(timeout, READ_TIMEOUT), warnings };
    await visit(page, url, timeout);
    await settle(page, wait);
    let choice: ScanChoice | null = null;
    if (state !== 'before') {
      const selectors = state === 'accept' ? accept : reject;
      choice = selectors
        ? await clickSelectors(page, selectors, state, timeout)
        : await chooseOnRedlineBanner(page, state, timeout, messages);
      await page.waitForLoadState('load');
      await settle(page, wait);
    }
    const observed: StateObservation = {
      state,
      choice,
      pages: [{ url: page.url(), items: await storedItems(context, page, read) }],
      warnings,
    };
    for (const link of await sameOriginLinks(page, url, pages, read.timeout)) {
      await visit(page, link, timeout);
      await settle(page, wait);
      observed.pages.push({ url: page.url(), items: await storedItems(context, page, read) });
    }
    if (dwell > 0) {
      // Once more, after a while on the last page: what it (or a page before it) stored late.
      await page.waitForTimeout(dwell);
      const last = observed.pages.at(-1);
      if (last) last.items.push(...(await storedItems(context, page, read)));
    }
    return observed;
  } catch (error) {
    // Whatever went wrong — a page that navigates itself while read, a browser that crashed, a
    // click that timed out — the scan could not be done: say in which state, and where.
    const where = page && !page.isClosed() ? page.url() : url;
    const message = error instanceof ScanError ? error.message : firstLine(error);
    throw new ScanError(`${STATE_NAMES[state]}, on ${where}: ${message}`);
  } finally {
    await profile.close();
  }
}

// How long reading a frame's storage or a page's links may take: a frame busy with a script that
// never yields would otherwise hold the scan for ever.
const READ_TIMEOUT = 5000;

/** What `within` returns for a promise that did not settle in time. */
export const TIMED_OUT = Symbol('timed out');

/** Return what `promise` settles to, or TIMED_OUT when it has not settled within `ms`. */
export async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function visit(page: Page, url: string, timeout: number): Promise<void> {
  let status: number | undefined;
  try {
    status = (await page.goto(url, { waitUntil: 'load', timeout }))?.status();
  } catch (error) {
    throw new ScanError(`${url} could not be opened: ${firstLine(error)}`);
  }
  if (status !== undefined && status >= 400) throw new ScanError(`${url} answered HTTP ${status} — give the address of a page that loads`);
}

// Let what the page starts on load finish: no request for half a second, then `wait` for timers.
// A page that never goes quiet (polling, streaming) is given `timeout` at most, then read as it is.
async function settle(page: Page, wait: number): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: Math.max(5 * wait, 5000) }).catch(() => undefined);
  await page.waitForTimeout(wait);
}

async function chooseOnRedlineBanner(
  page: Page,
  state: Exclude<ScanState, 'before'>,
  timeout: number,
  messages: string[],
): Promise<ScanChoice> {
  if ((await page.locator(REDLINE_TAG).count()) === 0) {
    throw new ScanError(
      `${page.url()} has no Redline consent banner (<${REDLINE_TAG}>) — give the site's own banner buttons with --accept <selector> and --reject <selector>`,
    );
  }
  const button = page.locator(REDLINE_BUTTONS[state]);
  try {
    await button.waitFor({ state: 'visible', timeout });
  } catch {
    const said = messages.length > 0 ? `; the page's console said: ${messages.join(' ')}` : '';
    throw new ScanError(`Redline's consent banner on ${page.url()} did not show its buttons within ${timeout / 1000} s${said}`);
  }
  // The cookie the banner clicked keeps its record in: its host element's `cookie` attribute (the
  // script copies `data-cookie` there), or the default. Only a cookie of that name that is new after
  // the click and holds a record of this very choice is the banner's record (see provenConsentCookie).
  const recordName =
    (await button.evaluate(
      (b) => {
        const root = b.getRootNode();
        return root instanceof ShadowRoot ? root.host.getAttribute('cookie') : null;
      },
      undefined,
      { timeout },
    )) || CONSENT_COOKIE;
  const cookieKey = (c: { name: string; domain: string; path: string }): string => `${c.domain} ${c.path} ${c.name}`;
  const before = new Set((await page.context().cookies()).map(cookieKey));
  await button.click();
  // The banner reports the choice it stored: check that the button was the one meant.
  const stored = await page
    .waitForFunction(
      () => {
        const api = (
          window as unknown as { redlineConsent?: { get(): { granted: string[]; record: { granted: string[]; asked: string[] } } | null } }
        ).redlineConsent;
        const current = api?.get();
        return current ? { granted: current.granted, chosen: current.record.granted, asked: current.record.asked } : null;
      },
      undefined,
      { timeout },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => null);
  if (!stored) throw new ScanError(`Redline's consent banner on ${page.url()} stored no choice after its ${state} button was clicked`);
  const expected = state === 'accept' ? stored.asked.length : 0;
  if (stored.chosen.length !== expected) {
    throw new ScanError(
      `clicking ${REDLINE_BUTTONS[state]} on ${page.url()} granted ${stored.chosen.join(', ') || 'nothing'} of ${stored.asked.join(', ')}, which is not what ${state === 'accept' ? 'accepting all' : 'rejecting non-essential'} grants — give the banner's buttons with --accept and --reject`,
    );
  }
  const sameChoice = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
  const host = new URL(page.url()).hostname;
  const record = (await page.context().cookies()).find((c) => {
    if (c.name !== recordName || before.has(cookieKey(c))) return false;
    const parsed = parseConsentRecord(c.value);
    return parsed !== null && sameChoice(parsed.granted, stored.chosen) && isWithinDomain(host, c.domain);
  });
  return { banner: 'redline', granted: stored.granted, consentRecord: record ? record.name : null };
}

async function clickSelectors(page: Page, selectors: string[], state: Exclude<ScanState, 'before'>, timeout: number): Promise<ScanChoice> {
  for (const selector of selectors) {
    const target = page.locator(selector).first();
    try {
      await target.waitFor({ state: 'visible', timeout });
      await target.click();
    } catch (error) {
      throw new ScanError(
        `--${state} "${selector}" found nothing visible to click on ${page.url()} within ${timeout / 1000} s (${firstLine(error)})`,
      );
    }
  }
  return { banner: 'selectors', clicked: selectors };
}

// Caps on what one read takes in, so that a hostile page cannot make a scan read without end: the
// frames of a page, the items of one kind per origin (cookies: per domain), the length of a name.
// Past one, the read keeps what it has and says so in the state's warnings.
const MAX_FRAMES = 50;
const MAX_ITEMS = 500;
const MAX_NAME = 1000;

// What one frame holds, as its script reads it: the keys of its web storage and the names of its
// IndexedDB databases, capped; null for an opaque origin (sandboxed frame, about:blank), which has none.
interface FrameStorage {
  origin: string;
  kinds: { storage: 'local_storage' | 'session_storage' | 'indexed_db'; names: string[]; total: number; long: number }[];
}

async function readFrame({ maxItems, maxName }: { maxItems: number; maxName: number }): Promise<FrameStorage | null> {
  const capped = (all: string[]): { names: string[]; total: number; long: number } => ({
    names: all.slice(0, maxItems).map((name) => name.slice(0, maxName)),
    total: all.length,
    long: all.slice(0, maxItems).filter((name) => name.length > maxName).length,
  });
  try {
    const origin = location.origin;
    const local = Object.keys(localStorage);
    const session = Object.keys(sessionStorage);
    // indexedDB.databases() lists the origin's databases by name (Chromium, Firefox 126+, Safari 14+).
    const databases = typeof indexedDB?.databases === 'function' ? (await indexedDB.databases()).map((d) => d.name ?? '') : [];
    return {
      origin,
      kinds: [
        { storage: 'local_storage', ...capped(local) },
        { storage: 'session_storage', ...capped(session) },
        { storage: 'indexed_db', ...capped(databases.filter((name) => name !== '')) },
      ],
    };
  } catch {
    return null;
  }
}

// What the browser holds now: every cookie of the context (third-party ones included), and the web
// storage and IndexedDB databases of every frame of the page, by origin.
async function storedItems(
  context: BrowserContext,
  page: Page,
  { timeout, warnings }: { timeout: number; warnings: string[] },
): Promise<StoredItem[]> {
  const seenAt = Date.now() / 1000;
  const warn = (warning: string): void => {
    if (!warnings.includes(warning)) warnings.push(warning);
  };
  const items: StoredItem[] = [];
  const perDomain = new Map<string, number>();
  for (const cookie of await context.cookies()) {
    const count = (perDomain.get(cookie.domain) ?? 0) + 1;
    perDomain.set(cookie.domain, count);
    if (count > MAX_ITEMS) {
      warn(`more than ${MAX_ITEMS} cookies on ${cookie.domain}: only the first ${MAX_ITEMS} were read`);
      continue;
    }
    if (cookie.name.length > MAX_NAME) warn(`a cookie name on ${cookie.domain} is longer than ${MAX_NAME} characters: it was cut`);
    items.push({
      storage: 'http_cookie',
      name: cookie.name.slice(0, MAX_NAME),
      domain: cookie.domain,
      origin: null,
      path: cookie.path,
      expires: cookie.expires === -1 ? null : cookie.expires,
      seenAt,
    });
  }
  const frames = page.frames();
  if (frames.length > MAX_FRAMES) warn(`${page.url()} has ${frames.length} frames: only the first ${MAX_FRAMES} were read`);
  const seen = new Set<string>();
  for (const frame of frames.slice(0, MAX_FRAMES)) {
    const stored = await within(
      frame.evaluate(readFrame, { maxItems: MAX_ITEMS, maxName: MAX_NAME }).catch(() => null), // a frame detached meanwhile
      timeout,
    );
    if (stored === TIMED_OUT) {
      warn(`a frame of ${frame.url()} on ${page.url()} did not answer within ${timeout / 1000} s: its storage was not read`);
      continue;
    }
    if (!stored || !/^https?:/.test(stored.origin) || seen.has(stored.origin)) continue;
    seen.add(stored.origin);
    const domain = new URL(stored.origin).hostname;
    for (const { storage, names, total, long } of stored.kinds) {
      const kind = KIND_NAMES[storage];
      if (total > names.length) warn(`${stored.origin} holds ${total} ${kind}: only the first ${names.length} were read`);
      if (long > 0) warn(`${stored.origin} holds ${kind} named with more than ${MAX_NAME} characters (${long}): their names were cut`);
      for (const name of names) items.push({ storage, name, domain, origin: stored.origin, path: null, expires: null, seenAt });
    }
  }
  return items;
}

const KIND_NAMES = { local_storage: 'localStorage entries', session_storage: 'sessionStorage entries', indexed_db: 'IndexedDB databases' };

// The first `count` distinct links of the page, in document order, to other pages of its origin
// (the one it landed on, should the scanned URL have redirected, e.g. to https or to www).
async function sameOriginLinks(page: Page, start: string, count: number, timeout: number): Promise<string[]> {
  if (count === 0) return [];
  const origin = new URL(page.url()).origin;
  const skip = new Set([withoutHash(start), withoutHash(page.url())]);
  const hrefs = await within(
    page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href)),
    timeout,
  );
  if (hrefs === TIMED_OUT) throw new ScanError(`its links could not be read within ${timeout / 1000} s (a script that never yields?)`);
  const found: string[] = [];
  for (const href of hrefs) {
    let link: URL;
    try {
      link = new URL(href);
    } catch {
      continue;
    }
    const target = withoutHash(link.href);
    if (link.origin !== origin || !PAGE_PATH.test(link.pathname) || skip.has(target)) continue;
    skip.add(target);
    found.push(target);
    if (found.length === count) break;
  }
  return found;
}

function withoutHash(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
