import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { siteFiles } from '../checkers/site-files.ts';
import { buildSite, tempDir, type BuildResult } from '../helpers/build-site.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { htmlText, readPage } from '../helpers/page-text.ts';
import { compileSchema } from '../helpers/json-schema.ts';
import { cookieRevision, copyPolicies, editTree, lockTree } from '../helpers/policy-tree.ts';
import { runScript, type ScriptResult } from '../helpers/run-script.ts';

interface Disclosure {
  identifier: string;
  type: string;
  maxAgeSeconds: number | null;
  cookieRefresh?: boolean;
  domains: string[];
  purposes: number[];
  description: string;
}
interface Document {
  disclosures: Disclosure[];
  domains: { domain: string; purposes: number[] }[];
  sdks: unknown[];
}

const validate = compileSchema(
  JSON.parse(readFileSync(fixturePath('schemas/iab-tcf-device-storage-disclosure-v1.1.json'), 'utf8')) as Record<string, unknown>,
);

function read<T>(site: BuildResult, path: string): T {
  return JSON.parse(readFileSync(join(site.outDir, path), 'utf8')) as T;
}

// Mailly's revision in force, as an announced later one that also names its cookies: some the
// disclosure can say, some it cannot. The earlier ones declare categories only.
const COOKIES = `  cookies:
    - { name: mailly_session, provider: mailly, category: essential, purpose: Keeps you signed in., session: true }
    - { name: _mly_, match: prefix, provider: mailly, category: analytics, purpose: Counts visits., duration: P390D }
    - { name: préférence, storage: local_storage, provider: mailly, category: functionality, purpose: Remembers the theme., duration: P30D }
    - { name: "_mly_*_x", match: glob, provider: mailly, category: analytics, purpose: Counts sessions., duration: PT30M }
    - { name: "ab_[0-9]+", match: regex, provider: mailly, category: performance, purpose: Tests speed., session: true }
    - { name: beacon, storage: other, provider: mailly, category: performance, purpose: Measures load times., session: true }
`;

const NAMED = 'api/cookies/2026-05-01/device-storage.json';

// The note on each declaration of categories only, in the build log and policy:check.
const NAMES_NO_ITEMS =
  'front matter "declaration": names no cookies or other stored items, so no device storage disclosure is published for it: an empty one would tell consent platforms that nothing is stored on the device — name the cookies and other stored items under declaration.cookies to publish a device storage disclosure';

describe('the device storage disclosure of a declaration with cookies, and the absence of one without', () => {
  let dir: string;
  let site: BuildResult;
  let check: ScriptResult;

  beforeAll(async () => {
    dir = copyPolicies();
    const revision = cookieRevision('2026-03-14.mdx')
      .replace(
        'effective: 2026-03-14\nchange: material\nsummary: Adds performance cookies, lists more uses of cookies and of third-party services, and more of the data cookies collect.',
        'effective: 2026-05-01\npublished: 2026-04-01\nchange: editorial\nsummary: Names the cookies.',
      )
      .replace(
        '      consentMode: [analytics_storage]\n    - id: functionality',
        '      consentMode: [analytics_storage]\n      tcfPurposes: [1, 8]\n    - id: functionality',
      )
      .replace('  thirdPartyUses:', `${COOKIES}  thirdPartyUses:`);
    expect(revision).toContain('tcfPurposes: [1, 8]');
    editTree(dir, { 'cookies/2026-05-01.mdx': revision });
    // In force: 2026-03-14, which names no cookies; 2026-05-01 is announced.
    lockTree(dir, '2026-04-15');
    [site, check] = await Promise.all([
      buildSite({ policiesDir: dir, asOf: '2026-04-15' }),
      runScript('policy-check', [], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-15' }),
    ]);
    if (!site.ok) throw new Error(site.output);
  });

  test('lists the items it can say, with their lifetimes, types, domains and purposes', () => {
    const document = read<Document>(site, NAMED);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.disclosures.map((d) => [d.identifier, d.type, d.maxAgeSeconds, d.cookieRefresh, d.domains, d.purposes])).toEqual([
      // No domains: the site's own, the owner's host and its subdomains (app.mailly.io too).
      ['mailly_session', 'cookie', 0, true, ['mailly.io', '*.mailly.io'], []],
      ['_mly_*', 'cookie', 33_696_000, true, ['mailly.io', '*.mailly.io'], [1, 8]],
      // Functionality needs consent: purpose 1, although its category lists no tcfPurposes.
      ['préférence', 'web', null, undefined, ['mailly.io', '*.mailly.io'], [1]],
    ]);
    expect(document.disclosures[0]?.description).toBe('Keeps you signed in.');
    expect(document.domains).toEqual([
      { domain: '*.mailly.io', purposes: [1, 8] },
      { domain: 'mailly.io', purposes: [1, 8] },
    ]);
    expect(document.sdks).toEqual([]);
  });

  const reported = [
    ['cookies[3]', '"_mly_*_x" (match: glob) is left out of the device storage disclosure: it is a glob with a * inside the name'],
    [
      'cookies[4]',
      '"ab_[0-9]+" (match: regex) is left out of the device storage disclosure: it is a regular expression that no identifier can say exactly',
    ],
    ['cookies[5]', '"beacon" (storage: other) is left out of the device storage disclosure'],
  ];
  const categoriesOnly = ['2025-01-20', '2025-09-01', '2026-03-14'];

  test('says in the build log what it leaves out, naming the file, the item and why, and the build goes on', () => {
    const warnings = site.output.split('\n').filter((line) => line.includes('[WARN] [redline]'));
    for (const [path, message] of reported) {
      expect(
        warnings.some((line) => line.includes(`/cookies/2026-05-01.mdx:6: front matter "declaration.${path}": ${message}`)),
        message,
      ).toBe(true);
    }
    expect(warnings.filter((line) => line.includes('/cookies/2026-05-01.mdx:'))).toHaveLength(reported.length);
  });

  test('says in the build log which declaration in force gets none and how to publish one, and counts the settled revisions’ notes on one line', () => {
    const warnings = site.output.split('\n').filter((line) => line.includes('[WARN] [redline]'));
    expect(warnings.filter((line) => line.includes(NAMES_NO_ITEMS))).toEqual([
      expect.stringContaining(`/cookies/2026-03-14.mdx:5: ${NAMES_NO_ITEMS}`),
    ]);
    // 2025-01-20 and 2025-09-01 are superseded and locked: their notes would repeat on every build.
    expect(warnings.filter((line) => line.includes('/cookies/2025-'))).toEqual([]);
    expect(warnings.at(-1)).toContain(
      '… and 2 device storage disclosure notes on 2 earlier revisions, superseded and locked, so their declarations stay as they are — npm run policy:check lists them',
    );
    expect(warnings).toHaveLength(reported.length + 2);
  });

  test('says the same in npm run policy:check, which still passes, with a note repeated in earlier revisions written once', () => {
    expect(check.code, check.stderr).toBe(0);
    for (const [path, message] of reported)
      expect(check.stderr).toContain(`${dir}/cookies/2026-05-01.mdx:6: front matter "declaration.${path}": ${message}`);
    expect(check.stderr).toContain(
      `${dir}/cookies/2026-03-14.mdx:5: ${NAMES_NO_ITEMS}\n… and 2 earlier revisions with the same note: 2025-01-20, 2025-09-01\n`,
    );
    expect(check.stderr).not.toContain('/cookies/2025-');
    expect(check.stderr).toContain('6 notes on device storage disclosures (IAB TCF)');
    expect(check.stdout).toContain('no problems');
  });

  test('is published only beside the declarations that name stored items: nothing rather than an empty one', () => {
    const files = siteFiles(site.outDir);
    const declarations = files.filter((path) => path.endsWith('declaration.json'));
    expect(declarations).toEqual(
      expect.arrayContaining(['api/cookies/declaration.json', ...categoriesOnly.map((d) => `api/cookies/${d}/declaration.json`)]),
    );
    expect(files.filter((path) => path.endsWith('device-storage.json'))).toEqual([NAMED]);
  });

  test('is documented on /developers/: which policy and versions have one, why the one in force has none, linking only what exists', () => {
    const html = readPage(site.outDir, '/developers/');
    const text = htmlText(html);
    for (const phrase of [
      '/api/<policy>/device-storage.json, /api/<policy>/<YYYY-MM-DD>/device-storage.json',
      'IAB TCF device storage disclosure',
      'A declaration that names no stored items (categories only), or none the specification can say, gets no disclosure',
      'Cookie Policy: no disclosure in force — the version in force names no stored items a disclosure could list.',
      'Versions with one: May 1, 2026.',
      '// None is published in force yet (see above): this URL answers 404 until one is.',
      'Give the one in force as your deviceStorageDisclosureUrl: it follows the policy',
      'The dated ones are for audits',
      'Unlike a declaration they are not sealed',
      'mailly.io, the owner’s website, when it names none',
    ])
      expect(text).toContain(phrase);
    // The dated disclosures depend on the mapping code and ownerUrl: not sealed, never called immutable.
    const section = text.slice(text.indexOf('IAB TCF device storage disclosure Consent'), text.indexOf('The consent banner'));
    expect(section).toContain('They are served with CORS');
    expect(section).not.toMatch(/never changes|immutable|permanent|Give either/);
    expect(html).toContain(`<a href="/${NAMED}">`);
    const linked = [...html.matchAll(/href="\/([^"]*device-storage\.json)"/g)].map((m) => m[1]);
    expect(linked).toEqual([NAMED]);
  });
  test('is linked beside the declaration on the page of a version that has one, and only there', () => {
    const link = `<a href="/${NAMED}">Device storage disclosure (JSON)</a>`;
    expect(readPage(site.outDir, '/cookies/2026-05-01/')).toContain(link);
    for (const page of ['/cookies/', '/cookies/2026-03-14/', '/cookies/2025-09-01/']) {
      const html = readPage(site.outDir, page);
      expect(html, page).toContain('Cookie declaration (JSON)');
      expect(html, page).not.toContain('Device storage disclosure (JSON)');
    }
  });
});

describe('the device storage disclosure of GitHub’s cookie policy, imported from its public history', () => {
  const dir = tempDir('import-cookies');
  let site: BuildResult;

  beforeAll(async () => {
    const from = fixturePath('corpora/github-site-policy/github-cookies');
    const run = await runScript('policy-import', ['--from', from, '--policy', 'cookies', '--declaration'], { POLICIES_DIR: dir });
    expect(run.code, run.stderr).toBe(0);
    const lock = await runScript('policy-lock', [], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-11-26' });
    expect(lock.code, lock.stderr).toBe(0);
    site = await buildSite({ policiesDir: dir, asOf: '2026-11-26' });
    if (!site.ok) throw new Error(site.output);
  });

  test('validates for every revision that declares cookies', () => {
    const published = siteFiles(site.outDir).filter((path) => path.endsWith('device-storage.json'));
    expect(published).toHaveLength(6);
    for (const path of published) expect(validate(read(site, path)), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  test('lists every cookie of the table in force, with its lifetime in seconds', () => {
    const { disclosures } = read<Document>(site, 'api/cookies/device-storage.json');
    const { cookies } = read<{ cookies: { name: string; duration: { seconds: number } | null; session: boolean }[] }>(
      site,
      'api/cookies/declaration.json',
    );
    expect(disclosures.map((d) => [d.identifier, d.type, d.maxAgeSeconds])).toEqual(
      cookies.map((c) => [c.name, 'cookie', c.session ? 0 : c.duration?.seconds]),
    );
    const byName = new Map(disclosures.map((d) => [d.identifier, d]));
    // As GitHub's table gives them: "One year", "Session", "5 minutes", "One hour", "13 months".
    expect(byName.get('_device_id')?.maxAgeSeconds).toBe(31_536_000);
    expect(byName.get('color_mode')?.maxAgeSeconds).toBe(0);
    expect(byName.get('app_manifest_token')?.maxAgeSeconds).toBe(300);
    expect(byName.get('has_recent_activity')?.maxAgeSeconds).toBe(3_600);
    expect(byName.get('cref')?.maxAgeSeconds).toBe(33_696_000);
    // The table names no domains: each is the site's own, the owner's host and its subdomains.
    expect(new Set(disclosures.flatMap((d) => d.domains))).toEqual(new Set(['mailly.io', '*.mailly.io']));
  });

  test('is linked from /developers/, in force and for each version that has one', () => {
    const html = readPage(site.outDir, '/developers/');
    const { disclosures } = read<Document>(site, 'api/cookies/device-storage.json');
    expect(htmlText(html)).toMatch(new RegExp(`The [^.]+ disclosure in force lists ${disclosures.length} items\\. Versions with one: `));
    expect(html).toContain('<a href="/api/cookies/device-storage.json">');
    expect(htmlText(html)).not.toContain('None is published in force yet');
    const linked = [...html.matchAll(/href="\/([^"]*device-storage\.json)"/g)].map((m) => m[1]);
    const published = siteFiles(site.outDir).filter((path) => path.endsWith('device-storage.json'));
    expect(new Set(linked)).toEqual(new Set(published));
  });

  test('is linked from the policy’s page, beside the declaration of the version in force', () => {
    expect(readPage(site.outDir, '/cookies/')).toMatch(
      /<a href="\/api\/cookies\/\d{4}-\d{2}-\d{2}\/device-storage\.json">Device storage disclosure \(JSON\)<\/a>/,
    );
  });
});
