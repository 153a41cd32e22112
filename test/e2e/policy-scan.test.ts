import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { ScanReport } from '../../src/lib/scan/index.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { ROOT, tempDir } from '../helpers/paths.ts';
import { MAILLY } from '../helpers/project-copy.ts';
import { runScript } from '../helpers/run-script.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

// `npm run policy:scan` run as a user runs it, against the Example Shop's fixture site (served here,
// with its own declaration) and against the Mailly site the browser tests built, whose /consent/
// page runs Redline's banner. Few pages, a short wait and no dwell keep each scan to seconds.
const QUICK = ['--pages', '1', '--wait', '200', '--dwell', '0'];
const SHOP = { POLICIES_DIR: fixturePath('scan/policies') };
const SHOP_BANNER = ['--accept', '#cookie-accept', '--reject', '#cookie-reject', '--as-of', '2026-06-01'];

let shop: StaticServer;
beforeAll(async () => {
  shop = await serveStatic(fixturePath('scan/site'));
});
afterAll(() => shop.close());

const json = (stdout: string): ScanReport => JSON.parse(stdout) as ScanReport;
const scanned = (entries: { item: { storage: string; name: string } }[]): string[] =>
  entries.map(({ item }) => `${item.storage} ${item.name}`);

describe('policy:scan of a site with its own banner', () => {
  test('finds exactly the planted problems, follows a same-site link, and fails', async () => {
    const run = await runScript('policy-scan', [`${shop.url}/planted/`, ...SHOP_BANNER, ...QUICK, '--json'], SHOP);
    expect([run.code, run.stderr]).toEqual([1, '']);
    const report = json(run.stdout);
    expect(report.problems).toBe(3);
    expect(report.undeclared).toEqual([
      { item: expect.objectContaining({ name: 'ab_variant', states: ['accept'], party: 'first' }), hint: null },
    ]);
    expect(report.beforeConsent).toEqual([
      {
        item: expect.objectContaining({ name: '_an_id', declared: expect.objectContaining({ name: '_an_', match: 'prefix' }) }),
        category: { id: 'analytics', name: 'Analytics Cookies', consent: 'opt-in' },
        states: ['before', 'reject'],
      },
    ]);
    expect(scanned(report.longerThanDeclared)).toEqual(['http_cookie prefs']);
    const [longer] = report.longerThanDeclared;
    expect(longer?.declared).toEqual({ iso: 'P30D', seconds: 30 * 86400 });
    // Set for 90 days a moment before it was read.
    expect(Math.abs((longer?.lifetime ?? 0) - 90 * 86400)).toBeLessThan(60);
    expect(report.neverSeen.map((e) => e.name)).toEqual(['_gcl_*']);
    expect(report.consentRecord).toBeNull();
    // Everything else the shop stores, on both pages, is seen and declared — the chat embedded from
    // localhost too, third party to the shop on 127.0.0.1: its cookie and its frame's localStorage.
    expect(report.items.map((i) => `${i.storage} ${i.name} ${i.party}`)).toEqual([
      'http_cookie _an_id first',
      'http_cookie ab_variant first',
      'http_cookie consent first',
      'http_cookie prefs first',
      'http_cookie sid first',
      'http_cookie chat_id third',
      'local_storage lang first',
      'local_storage chat_open third',
      'session_storage last_page first',
    ]);
    expect(report.items.find((i) => i.name === 'chat_open')).toMatchObject({
      origin: shop.url.replace('127.0.0.1', 'localhost'),
      domain: 'localhost',
      states: ['accept'],
      declared: { index: 8, name: 'chat_open', match: 'exact', storage: 'local_storage', category: 'functionality' },
    });
    // The about page is followed; the link to a JSON file is not.
    for (const state of report.states) expect(state.pages).toEqual([`${shop.url}/planted/`, `${shop.url}/planted/about.html`]);
    expect(report.states.map((s) => s.choice)).toEqual([
      null,
      { banner: 'selectors', clicked: ['#cookie-reject'] },
      { banner: 'selectors', clicked: ['#cookie-accept'] },
    ]);
  });

  test('reports them as text under their headings', async () => {
    const run = await runScript('policy-scan', [`${shop.url}/planted/`, ...SHOP_BANNER, ...QUICK], SHOP);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `1. Undeclared (1)\n  - cookie "ab_variant" on 127.0.0.1, path / (first party, 7 days): after accepting all, first on ${shop.url}/planted/\n`,
    );
    expect(run.stdout).toContain(
      `2. Non-essential before consent or after rejecting (1)\n  - cookie "_an_id" on 127.0.0.1, path / (first party, 400 days), category Analytics Cookies (analytics, opt-in): before any choice, after rejecting non-essential, first on ${shop.url}/planted/\n`,
    );
    expect(run.stdout).toMatch(
      /3\. Longer than declared \(1\)\n.*\n {2}- cookie "prefs" on 127\.0\.0\.1, path \/ \(first party, 90 days\): lives 90 days, declared P30D \(30 days\)\n/,
    );
    expect(run.stdout).toContain('\n3 problems: 1 undeclared, 1 before consent or after rejecting, 1 longer than declared.\n');
  });

  test('passes a site that keeps its declaration, with status 0', async () => {
    const run = await runScript('policy-scan', [`${shop.url}/clean/`, ...SHOP_BANNER, ...QUICK], SHOP);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain(
      '1. Undeclared (0): none.\n\n2. Non-essential before consent or after rejecting (0): none.\n\n3. Longer than declared (0): none.\n',
    );
    expect(run.stdout).toContain('Seen: 5 cookies, 2 localStorage entries, 1 sessionStorage entry, 0 IndexedDB databases.');
    expect(run.stdout).toContain('No problems: every item seen is declared');
  });

  test('exempts no cookie a page names as the record of a Redline banner that never ran', async () => {
    const run = await runScript('policy-scan', [`${shop.url}/hostile/exempt.html`, ...SHOP_BANNER, ...QUICK, '--json'], SHOP);
    expect([run.code, run.stderr]).toEqual([1, '']);
    const report = json(run.stdout);
    expect(report.consentRecord).toBeNull();
    expect(report.undeclared).toEqual([
      {
        item: expect.objectContaining({ name: '_ga', party: 'first', states: ['before', 'reject', 'accept'], consentRecord: false }),
        hint: null,
      },
    ]);
  });

  test('sees a cookie stored seconds after the page loaded (the default --dwell) and IndexedDB databases', async () => {
    const run = await runScript(
      'policy-scan',
      [`${shop.url}/hostile/late.html`, ...SHOP_BANNER, '--pages', '1', '--wait', '200', '--json'],
      SHOP,
    );
    expect([run.code, run.stderr]).toEqual([1, '']);
    const report = json(run.stdout);
    expect(report.undeclared.map(({ item }) => `${item.storage} ${item.name} ${item.origin ?? item.domain}`)).toEqual([
      'http_cookie late_id 127.0.0.1',
      `indexed_db trk_store ${shop.url}`,
    ]);
    expect(report.items.find((i) => i.name === 'late_id')?.states).toEqual(['before', 'reject', 'accept']);
  });

  test('reads no more than its caps, and says where it stopped', async () => {
    const run = await runScript('policy-scan', [`${shop.url}/hostile/caps.html`, ...SHOP_BANNER, ...QUICK, '--json'], SHOP);
    expect(run.stderr).toBe('');
    const report = json(run.stdout);
    const page = `${shop.url}/hostile/caps.html`;
    expect(report.warnings.filter((w) => w.startsWith('before any choice: '))).toEqual([
      `before any choice: ${page} has 61 frames: only the first 50 were read`,
      `before any choice: ${shop.url} holds 600 localStorage entries: only the first 500 were read`,
      `before any choice: ${shop.url} holds localStorage entries named with more than 1000 characters (1): their names were cut`,
    ]);
    const before = report.items.filter((i) => i.states.includes('before'));
    expect(before.filter((i) => i.storage === 'local_storage' && i.origin === shop.url)).toHaveLength(500);
    expect(Math.max(...report.items.map((i) => i.name.length))).toBe(1000);
  });

  test('reads past a frame whose script never yields, saying which frame it could not read', async () => {
    const started = Date.now();
    const run = await runScript('policy-scan', [`${shop.url}/hostile/busy.html`, ...SHOP_BANNER, ...QUICK, '--json'], SHOP);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const report = json(run.stdout);
    expect(report.warnings).toContainEqual(
      expect.stringMatching(
        /^before any choice: a frame of http:\/\/localhost:\d+\/hostile\/busy-frame\.html on .* did not answer within 5 s/,
      ),
    );
    expect(report.items.map((i) => i.name)).toContain('sid');
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  test('ends a scan past its --deadline with status 3, its browsers closed and their profiles deleted', async () => {
    const tmp = tempDir('scan-tmp');
    const run = await runScript('policy-scan', [`${shop.url}/hostile/busy.html`, ...SHOP_BANNER, ...QUICK, '--deadline', '3000'], {
      ...SHOP,
      TMPDIR: tmp,
    });
    expect([run.code, run.stdout]).toEqual([3, '']);
    expect(run.stderr).toContain('was not scanned within --deadline 3,000 ms');
    expect(readdirSync(tmp).filter((name) => name.startsWith('redline-chromium-'))).toEqual([]);
  });

  test('closes its browsers and deletes their profiles when told to stop (SIGTERM)', async () => {
    const tmp = tempDir('scan-tmp');
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'policy-scan.ts'), `${shop.url}/hostile/busy.html`, ...SHOP_BANNER], {
      cwd: ROOT,
      env: { ...process.env, ...SHOP, TMPDIR: tmp },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const profiles = (): string[] => readdirSync(tmp).filter((name) => name.startsWith('redline-chromium-'));
    // Once the three browsers are up, stop it.
    while (profiles().length < 3) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect([code, stderr]).toEqual([143, 'policy:scan: SIGTERM, closing the browsers\n']);
    expect(profiles()).toEqual([]);
  });

  test('cannot scan a page that navigates itself while read: status 3, naming the state, its profiles deleted', async () => {
    const tmp = tempDir('scan-tmp');
    const run = await runScript('policy-scan', [`${shop.url}/hostile/restless.html`, ...SHOP_BANNER, ...QUICK, '--timeout', '3000'], {
      ...SHOP,
      TMPDIR: tmp,
    });
    expect([run.code, run.stdout]).toEqual([3, '']);
    expect(run.stderr).toMatch(
      /^The scan could not be done: (before any choice|after rejecting non-essential|after accepting all), on http:\/\/127\.0\.0\.1:\d+\/hostile\/restless\.html/,
    );
    expect(readdirSync(tmp).filter((name) => name.startsWith('redline-chromium-'))).toEqual([]);
  });

  test.each([
    [
      'without selectors, a page with no Redline banner',
      ['/clean/'],
      "has no Redline consent banner (<redline-consent>) — give the site's own banner buttons with --accept",
    ],
    [
      'a selector that finds nothing',
      ['/clean/', '--accept', '#cookie-accept', '--reject', '#nothing', '--timeout', '1000'],
      '--reject "#nothing" found nothing visible to click',
    ],
    ['a page that is not there', ['/gone/'], '/gone/ answered HTTP 404'],
  ])('cannot scan %s: status 3, saying why', async (_name, [path, ...args], message) => {
    const run = await runScript('policy-scan', [`${shop.url}${path}`, ...args, '--as-of', '2026-06-01', ...QUICK], SHOP);
    expect([run.code, run.stdout]).toEqual([3, '']);
    expect(run.stderr).toContain('The scan could not be done: ');
    expect(run.stderr).toContain(message);
  });
});

describe('policy:scan of Redline’s own consent demo', () => {
  test('drives Redline’s banner by default and finds no undeclared item against the published declaration', async () => {
    const url = `${inject('baseUrl')}/consent/`;
    const declaration = `${inject('baseUrl')}/api/cookies/declaration.json`;
    const run = await runScript('policy-scan', [url, '--declaration', declaration, ...QUICK, '--json']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const report = json(run.stdout);
    expect([report.undeclared, report.beforeConsent, report.longerThanDeclared, report.problems]).toEqual([[], [], [], 0]);
    expect(report.declaration).toMatchObject({
      policy: 'cookies',
      version: '2026-03-14',
      source: declaration,
      digest: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(report.states.map((s) => s.choice)).toEqual([
      null,
      { banner: 'redline', granted: ['essential'], consentRecord: 'redline_consent' },
      { banner: 'redline', granted: ['essential', 'analytics', 'functionality', 'performance'], consentRecord: 'redline_consent' },
    ]);
    // The banner's record of the choice: seen once a choice is made, first party, 180 days, not listed by Mailly's declaration.
    expect(report.consentRecord).toEqual({
      name: 'redline_consent',
      declared: false,
      item: expect.objectContaining({
        storage: 'http_cookie',
        party: 'first',
        path: '/',
        states: ['reject', 'accept'],
        consentRecord: true,
      }),
    });
    expect(Math.round((report.consentRecord?.item?.lifetime ?? 0) / 86400)).toBe(180);
    expect(report.items).toHaveLength(1);
  });

  test('reads the revision in force from a policies folder, and says so in text', async () => {
    const run = await runScript('policy-scan', [`${inject('baseUrl')}/consent/`, '--as-of', '2026-04-15', ...QUICK], {
      POLICIES_DIR: join(MAILLY, 'policies'),
    });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(
      /^Scanned http:\/\/127\.0\.0\.1:\d+\/legal\/consent\/ against the cookies declaration of 2026-03-14 \(.*\/cookies\/2026-03-14\.mdx\)\./,
    );
    expect(run.stdout).toContain("After rejecting non-essential, by Redline's banner, which then allowed essential: 2 pages");
    expect(run.stdout).toContain(
      `Redline's consent banner: its record of the visitor's choice, cookie "redline_consent" (strictly necessary)`,
    );
    expect(run.stdout).toContain('1. Undeclared (0): none.');
  });
});
