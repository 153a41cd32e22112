import { describe, expect, test } from 'vitest';
import { declarationSchema } from '../../../src/lib/declaration/index.ts';
import { sourceSha256 } from '../../../src/lib/policies/index.ts';
import {
  buildScanReport,
  scanDeclarationOfRevision,
  type ScanChoice,
  type ScanDeclaration,
  type ScanReport,
  type SiteObservation,
} from '../../../src/lib/scan/index.ts';
import { cookie, observation, SEEN_AT, shopRevision, stored } from '../../helpers/scan-fixtures.ts';

const DAY = 86400;

function shop(): ScanDeclaration {
  const { text, declaration } = shopRevision();
  return scanDeclarationOfRevision({ policy: 'cookies', version: '2026-01-01', sourceSha256: sourceSha256(text) }, declaration);
}

const report = (
  states: Parameters<typeof observation>[0],
  options: { consentCookie?: string; declaration?: ScanDeclaration; firstParty?: string[] } = {},
): ScanReport =>
  buildScanReport({
    observation: observation(states, options.consentCookie ?? null),
    declaration: options.declaration ?? shop(),
    declarationSource: 'policies/cookies/2026-01-01.mdx',
    firstParty: options.firstParty ?? [],
  });

// An observation of another URL, whose pages all landed there.
const onHost = (seen: SiteObservation, url: string): SiteObservation => ({
  url,
  states: seen.states.map((s) => ({ ...s, pages: s.pages.map((p) => ({ ...p, url })) })),
});

const names = (entries: { item: { name: string } }[]): string[] => entries.map((e) => e.item.name);

// What the Example Shop stores when it keeps its declaration: essential items always, the others once accepted.
const ESSENTIAL = [cookie('sid'), stored('session_storage', 'last_page')];
const CHOSEN = [...ESSENTIAL, cookie('consent', 180)];
const CHAT = [cookie('chat_id', 30, { domain: 'localhost' }), stored('local_storage', 'chat_open', 'http://localhost:8080')];
const ACCEPTED = [...CHOSEN, cookie('_an_id', 400), cookie('prefs', 30), stored('local_storage', 'lang'), ...CHAT];

describe('buildScanReport', () => {
  test('finds no problem on a site that keeps its declaration, and lists the declared items never seen', () => {
    const clean = report({ before: ESSENTIAL, reject: CHOSEN, accept: ACCEPTED });
    expect(clean.problems).toBe(0);
    expect([clean.undeclared, clean.beforeConsent, clean.longerThanDeclared]).toEqual([[], [], []]);
    expect(clean.neverSeen).toEqual([{ index: 4, name: '_gcl_*', match: 'glob', storage: 'http_cookie', category: 'analytics' }]);
    expect(clean.items.map((i) => `${i.storage} ${i.name} ${i.states.join(',')}`)).toEqual([
      'http_cookie _an_id accept',
      'http_cookie consent reject,accept',
      'http_cookie prefs accept',
      'http_cookie sid before,reject,accept',
      'http_cookie chat_id accept',
      'local_storage lang accept',
      'local_storage chat_open accept',
      'session_storage last_page before,reject,accept',
    ]);
    // The chat, embedded from localhost, is third party, and declared on that domain.
    expect(clean.items.filter((i) => i.party === 'third').map((i) => [i.name, i.declared?.name])).toEqual([
      ['chat_id', 'chat_id'],
      ['chat_open', 'chat_open'],
    ]);
    expect(clean.items.find((i) => i.name === 'prefs')).toMatchObject({
      party: 'first',
      lifetime: 30 * DAY,
      declared: { index: 5, name: 'prefs', match: 'exact', storage: 'http_cookie', category: 'functionality' },
      consentRecord: false,
    });
    expect(clean.declaration).toEqual({
      policy: 'cookies',
      version: '2026-01-01',
      source: 'policies/cookies/2026-01-01.mdx',
      sourceSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      digest: null,
    });
    expect(clean.states.map((s) => [s.state, s.choice, s.pages])).toEqual([
      ['before', null, ['http://127.0.0.1:8080/']],
      ['reject', { banner: 'selectors', clicked: ['#reject'] }, ['http://127.0.0.1:8080/']],
      ['accept', { banner: 'selectors', clicked: ['#accept'] }, ['http://127.0.0.1:8080/']],
    ]);
  });

  test('finds exactly the planted problems: an undeclared cookie, an analytics cookie before consent, a lifetime too long', () => {
    const planted = report({
      before: [...ESSENTIAL, cookie('_an_id', 400)],
      reject: [...CHOSEN, cookie('_an_id', 400)],
      accept: [...ACCEPTED.filter((i) => i.name !== 'prefs'), cookie('prefs', 90), cookie('ab_variant', 7)],
    });
    expect(planted.problems).toBe(3);
    expect(planted.undeclared).toEqual([
      { item: expect.objectContaining({ name: 'ab_variant', states: ['accept'], declared: null }), hint: null },
    ]);
    expect(planted.beforeConsent).toEqual([
      {
        item: expect.objectContaining({ name: '_an_id', states: ['before', 'reject', 'accept'] }),
        category: { id: 'analytics', name: 'Analytics Cookies', consent: 'opt-in' },
        states: ['before', 'reject'],
      },
    ]);
    expect(planted.longerThanDeclared).toEqual([
      {
        item: expect.objectContaining({ name: 'prefs' }),
        declared: { iso: 'P30D', seconds: 30 * DAY },
        lifetime: 90 * DAY,
        tolerance: 25_920,
      },
    ]);
  });

  test('allows a cookie its tolerance beyond the declared lifetime, and no more', () => {
    const within = report({ accept: [cookie('prefs', 30 + 25_920 / DAY)] });
    const beyond = report({ accept: [cookie('prefs', 30 + 25_921 / DAY)] });
    expect([within.longerThanDeclared.length, beyond.longerThanDeclared.length]).toEqual([0, 1]);
  });

  test('counts a declared session cookie kept past a minute as longer than declared', () => {
    const kept = report({ before: [cookie('sid', 1)] });
    expect(kept.longerThanDeclared).toEqual([
      { item: expect.objectContaining({ name: 'sid' }), declared: { iso: null, seconds: 0 }, lifetime: DAY, tolerance: 60 },
    ]);
    expect(report({ before: [cookie('sid', 30 / DAY)] }).problems).toBe(0);
  });

  test('takes the longest lifetime seen, and the pages in the order first seen', () => {
    const seen = report({
      accept: [
        { url: 'http://127.0.0.1:8080/', items: [cookie('prefs', 90)] },
        { url: 'http://127.0.0.1:8080/about', items: [{ ...cookie('prefs', 30), seenAt: SEEN_AT + 60 }] },
      ],
    });
    expect(seen.items[0]).toMatchObject({
      name: 'prefs',
      lifetime: 90 * DAY,
      pages: ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080/about'],
    });
    expect(seen.longerThanDeclared).toHaveLength(1);
  });

  describe('an opt-out category', () => {
    const optOut = (): ScanDeclaration => ({
      ...shop(),
      categories: shop().categories.map((c) => (c.id === 'analytics' ? { ...c, consent: 'opt-out' } : c)),
    });

    test('may be on before any choice, but not after rejecting', () => {
      expect(report({ before: [cookie('_an_id', 400)] }, { declaration: optOut() }).problems).toBe(0);
      expect(report({ before: [cookie('_an_id', 400)], reject: [cookie('_an_id', 400)] }, { declaration: optOut() }).beforeConsent).toEqual(
        [expect.objectContaining({ states: ['reject'] })],
      );
    });
  });

  test('does not judge the consent of a declared item without a category', () => {
    const declaration = declarationSchema.parse({
      providers: [{ id: 'shop', name: 'Shop', party: 'first' }],
      cookies: [{ name: 'misc', provider: 'shop', purpose: 'Something.', duration: 'P1D' }],
    });
    const scan = scanDeclarationOfRevision({ policy: 'cookies', version: '2026-01-01', sourceSha256: '0'.repeat(64) }, declaration);
    expect(report({ before: [cookie('misc', 1)], reject: [cookie('misc', 1)] }, { declaration: scan }).problems).toBe(0);
  });

  describe('the consent record of Redline’s banner', () => {
    test('is reported apart, not as undeclared, when the declaration does not list it', () => {
      const seen = report(
        { reject: [cookie('redline_consent', 180)], accept: [cookie('redline_consent', 180)] },
        { consentCookie: 'redline_consent' },
      );
      expect(seen.problems).toBe(0);
      expect(seen.consentRecord).toEqual({
        name: 'redline_consent',
        item: expect.objectContaining({ name: 'redline_consent', consentRecord: true }),
        declared: false,
      });
    });

    test('is recognised by the name the page gives it, and only as a first-party cookie', () => {
      const seen = report(
        {
          accept: [
            cookie('site_choice', 180),
            cookie('redline_consent', 180),
            cookie('site_choice', 180, { domain: '.tracker.net' }),
            stored('local_storage', 'site_choice'),
          ],
        },
        { consentCookie: 'site_choice' },
      );
      expect(seen.consentRecord?.item).toMatchObject({ name: 'site_choice', domain: '127.0.0.1', storage: 'http_cookie' });
      expect(seen.undeclared.map(({ item }) => `${item.storage} ${item.name} ${item.domain}`)).toEqual([
        'http_cookie site_choice .tracker.net',
        'http_cookie redline_consent 127.0.0.1',
        'local_storage site_choice 127.0.0.1',
      ]);
    });

    test('is never a cookie present before any choice, whatever the banner says it is called', () => {
      // A page that claims its banner keeps its record in _ga, and sets _ga before consent.
      const ga = cookie('_ga', 400);
      const seen = report({ before: [ga], reject: [ga], accept: [ga] }, { consentCookie: '_ga' });
      expect(seen.items.find((i) => i.name === '_ga')).toMatchObject({ consentRecord: false, states: ['before', 'reject', 'accept'] });
      expect(names(seen.undeclared)).toEqual(['_ga']);
      expect(seen.consentRecord).toEqual({ name: '_ga', item: null, declared: false });
    });

    test('is only proven when both choices were made on Redline’s banner and found the same record', () => {
      const both = observation({ reject: [cookie('redline_consent', 180)], accept: [cookie('redline_consent', 180)] }, 'redline_consent');
      const judged = (choices: Record<'reject' | 'accept', ScanChoice>): ScanReport =>
        buildScanReport({
          observation: { ...both, states: both.states.map((s) => (s.state === 'before' ? s : { ...s, choice: choices[s.state] })) },
          declaration: shop(),
          declarationSource: 'policies/cookies/2026-01-01.mdx',
        });
      const redline = (consentRecord: string | null): ScanChoice => ({ banner: 'redline', granted: [], consentRecord });
      const selectors: ScanChoice = { banner: 'selectors', clicked: ['#accept'] };
      for (const choices of [
        { reject: redline('redline_consent'), accept: selectors },
        { reject: selectors, accept: redline('redline_consent') },
        { reject: redline('redline_consent'), accept: redline(null) },
        { reject: redline('redline_consent'), accept: redline('other') },
      ]) {
        const seen = judged(choices);
        expect([seen.consentRecord, names(seen.undeclared)]).toEqual([null, ['redline_consent']]);
      }
      expect(judged({ reject: redline('redline_consent'), accept: redline('redline_consent') }).problems).toBe(0);
    });

    test('is an undeclared cookie like any other on a page without Redline’s banner', () => {
      const seen = report({ accept: [cookie('redline_consent', 180)] });
      expect([seen.consentRecord, names(seen.undeclared)]).toEqual([null, ['redline_consent']]);
    });

    test('is checked like every declared item when the declaration lists it', () => {
      const { text, declaration } = shopRevision();
      const listed = declarationSchema.parse({
        ...declaration,
        cookies: [
          ...declaration.cookies,
          { name: 'redline_consent', category: 'essential', provider: 'shop', purpose: 'Your choice.', duration: 'P90D' },
        ],
      });
      const scan = scanDeclarationOfRevision({ policy: 'cookies', version: '2026-01-01', sourceSha256: sourceSha256(text) }, listed);
      const seen = report({ accept: [cookie('redline_consent', 180)] }, { consentCookie: 'redline_consent', declaration: scan });
      expect(seen.consentRecord).toMatchObject({ declared: true });
      expect(names(seen.longerThanDeclared)).toEqual(['redline_consent']);
    });
  });

  test('counts the host the scanned URL redirected to as the site’s own', () => {
    const landed = 'http://localhost:8080/';
    const seen = observation({
      before: [
        {
          url: landed,
          items: [cookie('sid', undefined, { domain: 'localhost' }), stored('session_storage', 'last_page', 'http://localhost:8080')],
        },
      ],
    });
    const redirected = buildScanReport({
      observation: { ...onHost(seen, landed), url: seen.url },
      declaration: shop(),
      declarationSource: 'policies/cookies/2026-01-01.mdx',
    });
    expect(redirected.siteDomains).toEqual(['127.0.0.1', 'localhost']);
    expect(redirected.items.map((i) => `${i.name} ${i.party}`)).toEqual(['sid first', 'last_page first']);
    expect(redirected.problems).toBe(0);
  });

  test('counts a sibling domain as the site’s own only once it is given as first party', () => {
    const sibling = cookie('sid', undefined, { domain: 'cdn.127.example' });
    const scan = (firstParty: string[]) =>
      buildScanReport({
        observation: onHost(observation({ before: [sibling] }), 'https://www.127.example/'),
        declaration: shop(),
        declarationSource: 'x',
        firstParty,
      });
    expect(scan([]).undeclared.map(({ item }) => [item.party, item.name])).toEqual([['third', 'sid']]);
    expect(scan(['127.example'])).toMatchObject({ problems: 0, siteDomains: ['www.127.example', '127.example'] });
  });

  test('matches IndexedDB databases by name, and lists declared kinds a browser cannot see apart from those never seen', () => {
    const { text, declaration } = shopRevision();
    const withPixel = declarationSchema.parse({
      ...declaration,
      cookies: [
        ...declaration.cookies,
        { name: 'px', storage: 'pixel', category: 'analytics', provider: 'shop', purpose: 'Counts.', session: true },
        { name: 'cart_db', storage: 'indexed_db', category: 'essential', provider: 'shop', purpose: 'The cart.', session: true },
        { name: 'offline_db', storage: 'indexed_db', category: 'essential', provider: 'shop', purpose: 'Offline.', session: true },
      ],
    });
    const scan = scanDeclarationOfRevision({ policy: 'cookies', version: '2026-01-01', sourceSha256: sourceSha256(text) }, withPixel);
    // IndexedDB databases are seen by name, like web storage keys.
    const seen = report({ before: [...ESSENTIAL, stored('indexed_db', 'cart_db'), stored('indexed_db', 'trk_db')] }, { declaration: scan });
    expect(seen.notScanned.map((e) => e.name)).toEqual(['px']);
    expect(seen.neverSeen.map((e) => e.name)).toEqual(['consent', '_an_', '_gcl_*', 'prefs', 'lang', 'chat_id', 'chat_open', 'offline_db']);
    expect(seen.items.find((i) => i.name === 'cart_db')?.declared).toMatchObject({ storage: 'indexed_db', name: 'cart_db' });
    expect(seen.undeclared.map(({ item }) => `${item.storage} ${item.name}`)).toEqual(['indexed_db trk_db']);
  });
});
