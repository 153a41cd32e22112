import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  buildDeviceStorageDisclosure,
  tcfDomains,
  type DeviceStorageDisclosure,
  type DisclosureNote,
} from '../../../src/lib/declaration/device-storage-disclosure.ts';
import { declarationSchema, type Declaration } from '../../../src/lib/declaration/schema.ts';
import { fixturePath } from '../../helpers/fixtures.ts';
import { compileSchema } from '../../helpers/json-schema.ts';

const validate = compileSchema(
  JSON.parse(readFileSync(fixturePath('schemas/iab-tcf-device-storage-disclosure-v1.1.json'), 'utf8')) as Record<string, unknown>,
);

const OPTIONS = { siteDomain: 'mailly.io' };

// The tcfPurposes of the two categories, if any.
type TcfPurposes = { essential?: readonly number[] | undefined; analytics?: readonly number[] | undefined };

// A declaration with the given cookies, from Mailly (first party) and Metrics (third), in two categories.
function declaration(cookies: Record<string, unknown>[], tcfPurposes?: TcfPurposes): Declaration {
  return declarationSchema.parse({
    categories: [
      {
        id: 'essential',
        name: 'Essential',
        description: 'Needed.',
        purposes: ['login'],
        required: true,
        ...(tcfPurposes?.essential ? { tcfPurposes: tcfPurposes.essential } : {}),
      },
      {
        id: 'analytics',
        name: 'Analytics',
        description: 'Counts.',
        purposes: ['visits'],
        required: false,
        consent: 'opt-in',
        ...(tcfPurposes?.analytics ? { tcfPurposes: tcfPurposes.analytics } : {}),
      },
    ],
    providers: [
      { id: 'mailly', name: 'Mailly', party: 'first' },
      { id: 'metrics', name: 'Metrics', party: 'third' },
    ],
    cookies: cookies.map((cookie) => ({ provider: 'mailly', purpose: 'Keeps you signed in.', category: 'essential', ...cookie })),
  });
}

// The disclosure of a declaration that names something it can list, checked against the schema.
function build(
  cookies: Record<string, unknown>[],
  tcfPurposes?: TcfPurposes,
): { disclosure: DeviceStorageDisclosure; notes: DisclosureNote[] } {
  const { disclosure, notes } = buildDeviceStorageDisclosure(declaration(cookies, tcfPurposes), OPTIONS);
  if (!disclosure) throw new Error(`no disclosure: ${JSON.stringify(notes)}`);
  expect(validate(disclosure), JSON.stringify(validate.errors)).toBe(true);
  return { disclosure, notes };
}

// The note on a declaration that gets no disclosure because it lists no stored item.
const NONE_DISCLOSED = {
  path: [],
  message:
    'has no stored item the device storage disclosure can list (each is left out, as the notes on it say), so none is published for it: an empty one would tell consent platforms that nothing is stored on the device — declare them as those notes say to publish a device storage disclosure',
};

describe('buildDeviceStorageDisclosure', () => {
  test.each([
    ['http_cookie', 'cookie', 31_536_000, true],
    ['local_storage', 'web', null, undefined],
    ['session_storage', 'web', null, undefined],
    ['indexed_db', 'web', null, undefined],
  ] as const)('writes storage %s as type %s, maxAgeSeconds %s', (storage, type, maxAgeSeconds, cookieRefresh) => {
    const { disclosure, notes } = build([{ name: 'sid', storage, duration: 'P365D' }], { essential: [10] });
    expect(disclosure.disclosures).toEqual([
      {
        identifier: 'sid',
        type,
        maxAgeSeconds,
        ...(cookieRefresh === undefined ? {} : { cookieRefresh }),
        domains: ['mailly.io', '*.mailly.io'],
        purposes: [10],
        description: 'Keeps you signed in.',
      },
    ]);
    expect(notes).toEqual([]);
  });

  test.each([
    [{ session: true }, 0],
    [{ duration: 'PT30M' }, 1_800],
    [{ duration: 'P1DT12H' }, 129_600],
    [{ duration: 'P400D' }, 34_560_000],
  ])('gives a cookie lasting %j maxAgeSeconds %i', (lifetime, seconds) => {
    expect(build([{ name: 'sid', ...lifetime }]).disclosure.disclosures[0]?.maxAgeSeconds).toBe(seconds);
  });

  test('gives web storage no lifetime, whether declared as a session or a duration', () => {
    const { disclosure } = build([
      { name: 'draft', storage: 'session_storage', session: true },
      { name: 'theme', storage: 'local_storage', duration: 'P30D' },
    ]);
    expect(disclosure.disclosures.map((d) => [d.identifier, d.maxAgeSeconds, 'cookieRefresh' in d])).toEqual([
      ['draft', null, false],
      ['theme', null, false],
    ]);
  });

  test('leaves out, with a note, a cookie that has no lifetime (a declaration not built by the schema)', () => {
    const { categories, cookies } = declaration([
      { name: 'sid', session: true },
      { name: 'theme', storage: 'local_storage', session: true },
    ]);
    const lifeless = cookies.map((cookie) => ({ ...cookie, session: false }));
    const { disclosure, notes } = buildDeviceStorageDisclosure({ categories, cookies: lifeless }, OPTIONS);
    expect(disclosure?.disclosures.map((d) => d.identifier)).toEqual(['theme']);
    expect(notes).toEqual([
      {
        path: ['cookies', 0],
        message: expect.stringContaining('"sid" is left out of the device storage disclosure: it has no lifetime') as string,
      },
    ]);
  });

  test('leaves out, with a note, a cookie whose lifetime has more seconds than JSON holds exactly', () => {
    const { disclosure, notes } = build([
      { name: 'sid', session: true },
      { name: 'forever', duration: 'P104249991375D' },
      { name: 'longest', duration: `PT${Number.MAX_SAFE_INTEGER}S` },
    ]);
    expect(disclosure.disclosures.map((d) => [d.identifier, d.maxAgeSeconds])).toEqual([
      ['sid', 0],
      ['longest', Number.MAX_SAFE_INTEGER],
    ]);
    expect(notes).toEqual([
      {
        path: ['cookies', 1, 'duration'],
        message: `"forever" is left out of the device storage disclosure: its duration P104249991375D is more seconds than a JSON number holds exactly (9007199254740991) — write the lifetime the cookie is set with, in days (e.g. P400D)`,
      },
    ]);
  });

  test.each([
    [{ name: '_octo', match: 'exact' }, ['_octo']],
    [{ name: '_ga_', match: 'prefix' }, ['_ga_*']],
    [{ name: '*_sid', match: 'glob' }, ['*_sid']],
    [{ name: '_gid|_gat', match: 'regex' }, ['_gid', '_gat']],
    [{ name: 'sesión_ü', match: 'exact' }, ['sesión_ü']],
  ])('names %j by %j', (cookie, identifiers) => {
    const { disclosure } = build([{ ...cookie, session: true }]);
    expect(disclosure.disclosures.map((d) => d.identifier)).toEqual(identifiers);
  });

  test.each([
    [
      { name: 'lang?', match: 'glob' },
      '"lang?" (match: glob) is left out of the device storage disclosure: it is a glob with ?, one character',
    ],
    [
      { name: '_ga_*_x', match: 'glob' },
      '"_ga_*_x" (match: glob) is left out of the device storage disclosure: it is a glob with a * inside the name',
    ],
    [
      { name: '_ga_[0-9]+', match: 'regex' },
      '"_ga_[0-9]+" (match: regex) is left out of the device storage disclosure: it is a regular expression',
    ],
    [
      { name: 'beacon', storage: 'other' },
      '"beacon" (storage: other) is left out of the device storage disclosure, which knows cookies and web storage',
    ],
  ])('leaves out %j and says why, but lists its domain', (cookie, message) => {
    const { disclosure, notes } = build([
      { name: 'sid', session: true },
      { ...cookie, session: true, domains: ['left.example'] },
    ]);
    expect(disclosure.disclosures.map((d) => d.identifier)).toEqual(['sid']);
    expect(disclosure.domains.map((d) => d.domain)).toEqual(['*.left.example', '*.mailly.io', 'left.example', 'mailly.io']);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.path).toEqual(['cookies', 1]);
    expect(notes[0]?.message).toContain(message);
  });

  test('gives its advice on a regular expression it cannot say once, after the reason', () => {
    const { notes } = build([
      { name: 'sid', session: true },
      { name: '_ga_[0-9]+', match: 'regex', session: true },
    ]);
    expect(notes.map((n) => n.message)).toEqual([
      '"_ga_[0-9]+" (match: regex) is left out of the device storage disclosure: it is a regular expression that no identifier can say exactly: the disclosure takes names, with at most one * at the start or the end — declare the names it stands for, or a prefix (match: prefix)',
    ]);
  });

  test('lists a pixel’s domains but no storage for it, and says so', () => {
    const { disclosure, notes } = build(
      [
        { name: 'sid', session: true },
        { name: 'px', storage: 'pixel', provider: 'metrics', category: 'analytics', domains: ['px.metrics.example'], session: true },
      ],
      { essential: [10], analytics: [8] },
    );
    expect(disclosure.disclosures.map((d) => d.identifier)).toEqual(['sid']);
    expect(disclosure.domains).toEqual([
      { domain: '*.mailly.io', purposes: [10] },
      { domain: '*.px.metrics.example', purposes: [1, 8] },
      { domain: 'mailly.io', purposes: [10] },
      { domain: 'px.metrics.example', purposes: [1, 8] },
    ]);
    expect(notes.map((n) => n.message)).toEqual([
      expect.stringContaining('"px" (storage: pixel) is not a storage disclosure: a pixel stores nothing'),
    ]);
  });

  test.each([
    ['a category that needs consent, without tcfPurposes', 'analytics', undefined, [1]],
    ['a category that needs consent, with tcfPurposes but not 1', 'analytics', [8, 7, 8], [1, 7, 8]],
    ['a category that needs consent, with 1', 'analytics', [1, 8], [1, 8]],
    ['no category', undefined, [8], [1]],
    ['a required category, without tcfPurposes', 'essential', undefined, []],
    ['a required category, with tcfPurposes', 'essential', [10], [10]],
  ] as const)('gives an item in %s (category %s, tcfPurposes %j) the purposes %j', (_, category, tcfPurposes, purposes) => {
    const { disclosure } = build([{ name: 'sid', session: true, category }], { essential: tcfPurposes, analytics: tcfPurposes });
    expect(disclosure.disclosures[0]?.purposes).toEqual(purposes);
    expect(disclosure.domains).toEqual([
      { domain: '*.mailly.io', purposes },
      { domain: 'mailly.io', purposes },
    ]);
    expect(disclosure.disclosures.some((d) => 'specialPurposes' in d)).toBe(false);
  });

  test('notes the items given purpose 1 for want of a category, and a required category whose purposes hold its items back', () => {
    const { disclosure, notes } = build(
      [
        { name: 'sid', session: true },
        { name: 'csrf', session: true },
        { name: '_pk_id', category: 'analytics', provider: 'metrics', duration: 'P390D' },
        { name: 'loose', category: undefined, session: true },
      ],
      { essential: [1], analytics: [8] },
    );
    expect(disclosure.disclosures.map((d) => [d.identifier, d.purposes])).toEqual([
      ['sid', [1]],
      ['csrf', [1]],
      ['_pk_id', [1, 8]],
      ['loose', [1]],
    ]);
    expect(notes).toEqual([
      {
        path: ['cookies'],
        message:
          '1 item has no category ("loose"): the device storage disclosure gives it purpose 1 (store and/or access information on a device), so consent platforms ask for consent first — give each a category, required: true for strictly necessary storage',
      },
      {
        path: ['categories', 0, 'tcfPurposes'],
        message:
          '"essential" is required (strictly necessary), but its tcfPurposes include purpose 1, so consent platforms hold back its 2 items in the device storage disclosure until the visitor consents — remove 1 from its tcfPurposes',
      },
    ]);
  });

  test('says nothing of a category that needs consent but lacks purpose 1: the disclosure adds it', () => {
    expect(build([{ name: 'a', category: 'analytics', session: true }], { analytics: [8] }).notes).toEqual([]);
  });

  test('writes each declared domain as the host and its subdomains, as a cookie’s domain reads, and the site’s own for items that name none', () => {
    const { disclosure, notes } = build([
      { name: 'a', session: true, domains: ['.Mailly.io'] },
      { name: 'b', session: true, domains: ['*.cdn.example', 'app.mailly.io'] },
      { name: 'c', session: true },
      { name: 'd', session: true, domains: ['https://mailly.io/app', 'bücher.example', '127.0.0.1'] },
    ]);
    expect(disclosure.disclosures.map((d) => [d.identifier, d.domains])).toEqual([
      ['a', ['mailly.io', '*.mailly.io']],
      ['b', ['cdn.example', '*.cdn.example', 'app.mailly.io', '*.app.mailly.io']],
      ['c', ['mailly.io', '*.mailly.io']],
      ['d', ['xn--bcher-kva.example', '*.xn--bcher-kva.example', '127.0.0.1']],
    ]);
    expect(disclosure.domains.map((d) => d.domain)).toEqual([
      '*.app.mailly.io',
      '*.cdn.example',
      '*.mailly.io',
      '*.xn--bcher-kva.example',
      '127.0.0.1',
      'app.mailly.io',
      'cdn.example',
      'mailly.io',
      'xn--bcher-kva.example',
    ]);
    expect(notes).toEqual([
      {
        path: ['cookies', 3, 'domains', 0],
        message: expect.stringContaining('"https://mailly.io/app", a domain of "d", is not a domain name') as string,
      },
    ]);
  });

  test.each([
    ['*', '*', 'every domain'],
    ['*.com', '*.com', 'every domain under .com'],
    ['.IO', '*.io', 'every domain under .io'],
    ['net', '*.net', 'every domain under .net'],
  ])('keeps the domain %j as %s, noting that it stands for %s', (value, written, meaning) => {
    const { disclosure, notes } = build([
      { name: 'a', session: true, domains: ['mailly.io'] },
      { name: 'b', session: true, domains: ['cdn.example', value] },
    ]);
    expect(disclosure.disclosures[1]?.domains).toContain(written);
    expect(notes).toEqual([
      {
        path: ['cookies', 1, 'domains', 1],
        message: `${JSON.stringify(value)}, a domain of "b", is disclosed as ${written}, which stands for ${meaning}: the specification allows * alone only for a large set of dynamic domains — name the domains (example.com stands for it and its subdomains)`,
      },
    ]);
  });

  test('says nothing of a wildcard over the subdomains of one domain', () => {
    expect(build([{ name: 'a', session: true, domains: ['*.mailly.io', '.cdn.example', 'co.uk'] }]).notes).toEqual([]);
  });

  test('leaves out an item none of whose domains is a domain name', () => {
    const { disclosure, notes } = build([
      { name: 'sid', session: true },
      { name: 'e', session: true, domains: ['all our sites'] },
    ]);
    expect(disclosure.disclosures.map((d) => d.identifier)).toEqual(['sid']);
    expect(disclosure.domains.map((d) => d.domain)).toEqual(['*.mailly.io', 'mailly.io']);
    expect(notes).toEqual([
      {
        path: ['cookies', 1, 'domains', 0],
        message: expect.stringContaining('"all our sites", a domain of "e", is not a domain name') as string,
      },
      {
        path: ['cookies', 1, 'domains'],
        message:
          '"e" is left out of the device storage disclosure: none of its domains is a domain name — write each as a host such as example.com (it stands for the host and its subdomains), or remove domains for the site\'s own',
      },
    ]);
  });

  // The spec: an empty `disclosures` means the vendor uses no client-side storage.
  test('writes no disclosure for a declaration of categories only, and says why and how to publish one', () => {
    expect(buildDeviceStorageDisclosure(declaration([]), OPTIONS)).toEqual({
      disclosure: undefined,
      notes: [
        {
          path: [],
          message:
            'names no cookies or other stored items, so no device storage disclosure is published for it: an empty one would tell consent platforms that nothing is stored on the device — name the cookies and other stored items under declaration.cookies to publish a device storage disclosure',
        },
      ],
    });
  });

  test('writes no disclosure when it leaves out every stored item, and says why after the notes on each', () => {
    const cookies = [
      { name: 'lang?', match: 'glob', session: true },
      { name: 'beacon', storage: 'other', session: true },
      { name: 'px', storage: 'pixel', session: true, domains: ['px.example'] },
    ];
    const { disclosure, notes } = buildDeviceStorageDisclosure(declaration(cookies), OPTIONS);
    expect(disclosure).toBeUndefined();
    expect(notes.map((n) => n.path)).toEqual([['cookies', 0], ['cookies', 1], ['cookies', 2], []]);
    expect(notes.at(-1)).toEqual(NONE_DISCLOSED);
  });

  test('writes a disclosure of pixels only with their domains and no storage: that nothing is stored is true', () => {
    const { disclosure, notes } = build([{ name: 'px', storage: 'pixel', session: true, domains: ['px.example'] }]);
    expect(disclosure).toEqual({
      disclosures: [],
      domains: [
        { domain: '*.px.example', purposes: [] },
        { domain: 'px.example', purposes: [] },
      ],
      sdks: [],
    });
    expect(notes).toHaveLength(1);
  });
});

describe('tcfDomains', () => {
  test.each([
    ['mailly.io', ['mailly.io', '*.mailly.io']],
    [' WWW.Mailly.IO ', ['www.mailly.io', '*.www.mailly.io']],
    ['*.mailly.io', ['mailly.io', '*.mailly.io']],
    ['.mailly.io', ['mailly.io', '*.mailly.io']],
    ['*', ['*']],
    ['münchen.example', ['xn--mnchen-3ya.example', '*.xn--mnchen-3ya.example']],
    ['127.0.0.1', ['127.0.0.1']],
    ['*.', null],
    ['https://mailly.io', null],
    ['mailly.io/path', null],
    ['mailly.*', null],
    ['two words', null],
    ['', null],
  ])('writes %j as %j', (value, domains) => {
    expect(tcfDomains(value)).toEqual(domains);
  });
});

describe('the JSON Schema written from the spec', () => {
  const cookie = { identifier: 'uid', type: 'cookie', maxAgeSeconds: 86_400, cookieRefresh: false, domains: ['t.example'], purposes: [1] };

  test('accepts every purpose TCF v2.2 defines, every special purpose, and the longest lifetime JSON holds exactly', () => {
    const purposes = Array.from({ length: 11 }, (_, i) => i + 1);
    const document = {
      disclosures: [{ ...cookie, maxAgeSeconds: Number.MAX_SAFE_INTEGER, purposes, specialPurposes: [1, 2, 3] }],
      domains: [{ domain: 't.example', purposes, specialPurposes: [1, 2, 3] }],
    };
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });

  test('accepts a disclosure of each type, a legacy domain, special purposes, an opt-out, domains and SDKs', () => {
    const document = {
      disclosures: [
        cookie,
        { identifier: 'id*', type: 'web', maxAgeSeconds: null, domains: ['*.t.example'], purposes: [1, 3], specialPurposes: [1] },
        { identifier: '*_pref', type: 'app', maxAgeSeconds: null, purposes: [], description: 'A preference.' },
        { identifier: 'optout', type: 'cookie', maxAgeSeconds: 0, cookieRefresh: true, domain: 't.example', purposes: [], optOut: true },
      ],
      domains: [{ domain: 't.example', purposes: [1, 7], specialPurposes: [3], use: 'Ad server' }],
      sdks: [{ name: 'com.example.ads', purposes: [1], use: 'Advertising' }],
    };
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });

  test.each([
    ['no domains array', { disclosures: [] }],
    ['a wildcard alone', { disclosures: [{ ...cookie, identifier: '*' }], domains: [] }],
    ['a wildcard at both ends', { disclosures: [{ ...cookie, identifier: '*id*' }], domains: [] }],
    ['an inner wildcard', { disclosures: [{ ...cookie, identifier: 'a*b' }], domains: [] }],
    ['a cookie without cookieRefresh', { disclosures: [{ ...cookie, cookieRefresh: undefined }], domains: [] }],
    ['a cookie without a lifetime', { disclosures: [{ ...cookie, maxAgeSeconds: null }], domains: [] }],
    ['web storage with a lifetime', { disclosures: [{ ...cookie, type: 'web', maxAgeSeconds: 60 }], domains: [] }],
    ['a cookie without domains', { disclosures: [{ ...cookie, domains: undefined }], domains: [] }],
    ['both domain and domains', { disclosures: [{ ...cookie, domain: 't.example' }], domains: [] }],
    ['a scheme in a domain', { disclosures: [], domains: [{ domain: 'https://t.example', purposes: [] }] }],
    ['an unknown type', { disclosures: [{ ...cookie, type: 'pixel' }], domains: [] }],
    ['an unknown member', { disclosures: [{ ...cookie, maxAge: 1 }], domains: [] }],
    ['a purpose that is not an id', { disclosures: [{ ...cookie, purposes: ['1'] }], domains: [] }],
    ['purpose 0', { disclosures: [{ ...cookie, purposes: [0] }], domains: [] }],
    ['purpose 12, which TCF v2.2 does not define', { disclosures: [{ ...cookie, purposes: [1, 12] }], domains: [] }],
    ['a purpose twice', { disclosures: [{ ...cookie, purposes: [1, 1] }], domains: [] }],
    ['special purpose 4', { disclosures: [{ ...cookie, specialPurposes: [4] }], domains: [] }],
    ['a special purpose twice', { disclosures: [], domains: [{ domain: 't.example', purposes: [], specialPurposes: [2, 2] }] }],
    ['a domain twice', { disclosures: [{ ...cookie, domains: ['t.example', 't.example'] }], domains: [] }],
    [
      'a lifetime beyond the integers JSON holds exactly',
      { disclosures: [{ ...cookie, maxAgeSeconds: Number.MAX_SAFE_INTEGER + 1 }], domains: [] },
    ],
  ])('refuses %s', (_, document) => {
    expect(validate(JSON.parse(JSON.stringify(document)))).toBe(false);
  });
});
