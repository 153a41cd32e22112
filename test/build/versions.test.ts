import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import type { PoliciesIndex, VersionsDocument } from '../../src/lib/policies/index.ts';
import { needsReacceptance } from '../../src/lib/reacceptance/index.ts';
import { bundleReacceptanceModule, reacceptanceDeclarations } from '../../src/node/bundle-reacceptance-module.ts';
import { buildSite, tempDir, type BuildResult } from '../helpers/build-site.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { compileSchema } from '../helpers/json-schema.ts';
import { codeTexts, htmlText, readPage } from '../helpers/page-text.ts';
import { copyPolicies, editTree, lockTree } from '../helpers/policy-tree.ts';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const AS_OF = '2026-04-03';
const SITE = 'https://policies.mailly.io';

describe('the versions API and the re-acceptance module', () => {
  let site: BuildResult;
  // The in-force revision's hash before and after an erratum corrected it.
  let locked: string;
  let corrected: string;
  const read = (path: string): string => readFileSync(join(site.outDir, path), 'utf8');
  const json = <T>(path: string): T => JSON.parse(read(path)) as T;

  beforeAll(async () => {
    // Mailly's cookie policy with its sample history, its version in force corrected by an erratum,
    // an announced material revision, a draft; and a second policy with no cookie declaration.
    const dir = copyPolicies();
    const text = readFileSync(join(dir, 'cookies/2026-03-14.mdx'), 'utf8');
    locked = sha256(text);
    const fixed = text
      .replace('Cookies are widely used', 'Cookies are commonly used')
      .replace(
        'change: material\n',
        `change: material\nerrata:\n  - date: 2026-04-02\n    description: Replaces "widely" with "commonly" in section 1.\n    previousSha256: ${locked}\n`,
      );
    corrected = sha256(fixed);
    const next = (effective: string, published: string): string =>
      text
        .replace(/^---\n[\s\S]*?\n---\n/, `---\neffective: ${effective}\n${published}change: material\nsummary: Adds a cookie.\n---\n`)
        .replace('Cookies are widely used', 'Cookies are used');
    editTree(dir, {
      'cookies/2026-03-14.mdx': fixed,
      'cookies/2026-06-01.mdx': next('2026-06-01', 'published: 2026-04-01\n'),
      'cookies/2026-09-01.mdx': next('2026-09-01', ''),
    });
    cpSync(fixturePath('other-owner', 'terms'), join(dir, 'terms'), { recursive: true });
    lockTree(dir, AS_OF);
    site = await buildSite({ policiesDir: dir, asOf: AS_OF });
    if (!site.ok) throw new Error(site.output);
  });

  test('lists every published version of every policy, its sha256s and which one is in force', () => {
    const cookies = json<VersionsDocument>('api/cookies/versions.json');
    expect(cookies).toMatchObject({
      $schema: `${SITE}/schemas/versions/v1.json`,
      specVersion: '1.0',
      policy: 'cookies',
      title: 'Cookie Policy',
      url: `${SITE}/cookies/`,
      asOf: AS_OF,
      timeZone: 'UTC',
      inForce: '2026-03-14',
    });
    // The draft (2026-09-01, not announced) is not listed.
    expect(cookies.versions.map((v) => [v.version, v.status, v.change, v.formerSha256.length])).toEqual([
      ['2025-01-20', 'superseded', null, 0],
      ['2025-09-01', 'superseded', 'editorial', 0],
      ['2026-03-14', 'in-force', 'material', 1],
      ['2026-06-01', 'upcoming', 'material', 0],
    ]);
    expect(cookies.versions[2]).toMatchObject({
      version: '2026-03-14',
      effective: '2026-03-14',
      published: null,
      until: null,
      sha256: corrected,
      formerSha256: [locked],
      url: `${SITE}/cookies/2026-03-14/`,
      redlineUrl: `${SITE}/cookies/compare/2025-09-01...2026-03-14/`,
      sourceUrl: `${SITE}/sources/${corrected}.mdx`,
    });
    expect(cookies.versions[3]).toMatchObject({ published: '2026-04-01', summary: 'Adds a cookie.' });
    const terms = json<VersionsDocument>('api/terms/versions.json');
    expect([terms.inForce, terms.versions.map((v) => v.status)]).toEqual(['2026-03-01', ['superseded', 'in-force']]);
  });

  test('agrees with /api/policies.json: the same versions, statuses, hashes and lock chains', () => {
    const index = json<PoliciesIndex>('api/policies.json');
    for (const policy of index.policies) {
      const document = json<VersionsDocument>(`api/${policy.id}/versions.json`);
      expect(document.inForce).toBe(policy.inForce);
      expect(document.versions).toEqual(
        policy.revisions.map((r) =>
          expect.objectContaining({
            version: r.version,
            status: r.status,
            change: r.change,
            sha256: r.sourceSha256,
            formerSha256: r.lock.map((entry) => entry.sha256).filter((hash) => hash !== r.sourceSha256),
            url: r.url,
          }),
        ),
      );
    }
  });

  test('validates against its JSON Schema, itself valid draft 2020-12 and open to fields a later 1.x adds', () => {
    const schema = json<Record<string, unknown>>('schemas/versions/v1.json');
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: `${SITE}/schemas/versions/v1.json` });
    const validate = compileSchema(schema);
    for (const policy of ['cookies', 'terms']) {
      const document = json<VersionsDocument>(`api/${policy}/versions.json`);
      expect(validate(document), `${policy}: ${JSON.stringify(validate.errors)}`).toBe(true);
      const later = { ...document, specVersion: '1.1', added: true, versions: document.versions.map((v) => ({ ...v, added: 1 })) };
      expect(validate(later), JSON.stringify(validate.errors)).toBe(true);
    }
    const cookies = json<VersionsDocument>('api/cookies/versions.json');
    for (const [broken, path] of [
      [{ ...cookies, specVersion: '2.0' }, '/specVersion'],
      [{ ...cookies, versions: [{ ...cookies.versions[0], sha256: 'abc' }] }, '/versions/0/sha256'],
      [{ ...cookies, versions: [{ ...cookies.versions[0], change: 'major' }] }, '/versions/0/change'],
    ] as const) {
      expect(validate(broken)).toBe(false);
      expect(validate.errors?.map((e) => e.instancePath)).toContain(path);
    }
  });

  test('serves the bundled module and its declarations, which run in Node on the built versions', async () => {
    const file = join(site.outDir, 'reacceptance/v1/reacceptance.js');
    expect(read('reacceptance/v1/reacceptance.js')).toBe(await bundleReacceptanceModule());
    expect(read('reacceptance/v1/reacceptance.d.ts')).toBe(await reacceptanceDeclarations());
    const built = (await import(pathToFileURL(file).href)) as { needsReacceptance: typeof needsReacceptance };
    const cookies = json<VersionsDocument>('api/cookies/versions.json');
    const [, editorial, inForce, upcoming] = cookies.versions;

    // Accepted before the erratum, by the hash then recorded: the same version, nothing to accept again, a material one coming.
    expect(built.needsReacceptance(locked, cookies, { asOf: AS_OF })).toEqual({
      required: false,
      reason: 'up-to-date',
      since: null,
      accepted: inForce,
      inForce,
      upcoming,
      asOf: AS_OF,
    });
    expect(built.needsReacceptance(editorial?.sha256 ?? '', cookies, { asOf: AS_OF })).toMatchObject({
      required: true,
      reason: 'material-change',
      since: '2026-03-14',
      inForce,
    });
    expect(built.needsReacceptance(locked, cookies.versions, { asOf: '2026-06-01' })).toMatchObject({
      required: true,
      since: '2026-06-01',
    });
    expect(built.needsReacceptance(sha256('another text'), cookies, { asOf: AS_OF })).toMatchObject({
      required: true,
      reason: 'unknown-version',
    });
    const terms = json<VersionsDocument>('api/terms/versions.json');
    expect(built.needsReacceptance('2026-03-01', terms, { asOf: AS_OF })).toMatchObject({ required: false, reason: 'up-to-date' });
  });

  test('is documented on /developers/ with examples naming the site’s first policy', () => {
    const page = htmlText(readPage(site.outDir, '/developers/'));
    const example = json<PoliciesIndex>('api/policies.json').policies[0]?.id ?? '';
    const inForce = json<VersionsDocument>(`api/${example}/versions.json`).versions.find((v) => v.status === 'in-force');
    for (const phrase of [
      '/api/<policy>/versions.json',
      '/schemas/versions/v1.json',
      '/reacceptance/v1/reacceptance.js',
      '/reacceptance/v1/reacceptance.d.ts',
      `fetch('${SITE}/api/${example}/versions.json')`,
      `"sha256": "${inForce?.sha256 ?? 'missing'}"`,
      'and inForce (the version in force that day)',
      `import { needsReacceptance } from '${SITE}/reacceptance/v1/reacceptance.js'`,
      'timeZone (the IANA time zone whose calendar says which day it is for the site',
      'by default today’s date in the document’s timeZone (in UTC for a bare array of versions)',
      'takes what you stored: the record { policy, version, sha256 }',
      'const result = needsReacceptance(stored, versions);',
      'the reason is accepted-ahead, with the version in force today in inForce',
      'A label it does not know (a later 1.x may add one) counts as material',
      'the reason nothing-in-force, inForce null and upcoming the first version to come. Whenever required is true, inForce is a version.',
      'const { inForce } = needsReacceptance(null, versions); if (inForce) {',
      `curl -fsS -o reacceptance.mjs ${SITE}/reacceptance/v1/reacceptance.js -o reacceptance.d.mts ${SITE}/reacceptance/v1/reacceptance.d.ts`,
      "import { needsReacceptance } from './reacceptance.mjs';",
      'An app that must not run code from another origin keeps a copy of the module instead',
    ])
      expect(page).toContain(phrase);
    expect(page).not.toContain('-o reacceptance.js');
    expect(page).toContain(
      'It changes when the site is rebuilt on or after the day a version is published or takes effect (asOf says the day it holds for).',
    );
    expect(page).not.toContain('Changes when a version is published or takes effect');
  });

  test('publishes on /developers/ the SHA-384 integrity of the module as built, in the text and in the import map sample', () => {
    const integrity = `sha384-${createHash('sha384')
      .update(readFileSync(join(site.outDir, 'reacceptance/v1/reacceptance.js')))
      .digest('base64')}`;
    const page = htmlText(readPage(site.outDir, '/developers/'));
    expect(page.match(/sha384-[A-Za-z0-9+/]+={0,2}/g)).toEqual([integrity, integrity]);
    expect(page).toContain(`"integrity": { "${SITE}/reacceptance/v1/reacceptance.js": "${integrity}" }`);
  });

  test('runs the Node sample of /developers/ as written, beside reacceptance.mjs: a malformed document or record is reported, the loop goes on', () => {
    const sample = codeTexts(readPage(site.outDir, '/developers/')).find((code) => code.startsWith('// check-acceptances.mjs'));
    expect(sample).toBeDefined();
    const index = json<PoliciesIndex>('api/policies.json');
    const documents = Object.fromEntries(
      index.policies.map(({ id }) => [`${SITE}/api/${id}/versions.json`, json<VersionsDocument>(`api/${id}/versions.json`)]),
    );
    // The first policy's document comes malformed (a later major format); the loop must still check the others.
    const [broken, ...others] = index.policies.map(({ id }) => id);
    documents[`${SITE}/api/${broken}/versions.json`] = { ...json<VersionsDocument>(`api/${broken}/versions.json`), specVersion: '2.0' };
    // Of each policy: a user who accepted its first version, one who accepted the version in force,
    // and a record of another policy filed under it by mistake.
    const users = Object.fromEntries(
      index.policies.map(({ id, inForce, revisions }) => [
        id,
        [
          { id: 'first', acceptance: { policy: id, version: revisions[0]?.version } },
          { id: 'current', acceptance: { policy: id, version: inForce ?? undefined } },
          { id: 'misfiled', acceptance: { policy: 'elsewhere', version: inForce ?? undefined } },
        ],
      ]),
    );
    const dir = tempDir('node-sample');
    writeFileSync(join(dir, 'reacceptance.mjs'), readFileSync(join(site.outDir, 'reacceptance/v1/reacceptance.js')));
    const stubs = `const documents = ${JSON.stringify(documents)};
const users = ${JSON.stringify(users)};
globalThis.fetch = async (url) => ({ json: async () => documents[url] });
globalThis.usersWhoAccepted = async (policy) => users[policy];
globalThis.askAgain = async (user, policy, reason, since) => console.log([policy, user.id, reason, since].join(' '));
`;
    writeFileSync(join(dir, 'check-acceptances.mjs'), `${stubs}${sample ?? ''}\n`);
    // In a folder with no package.json: .mjs is what makes it an ES module.
    const run = spawnSync(process.execPath, ['check-acceptances.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    // As the helper itself decides, as of today in the site's time zone.
    const asked = others.flatMap((id) =>
      (users[id] ?? []).slice(0, 2).flatMap((user) => {
        const result = needsReacceptance(user.acceptance, documents[`${SITE}/api/${id}/versions.json`] as VersionsDocument);
        return result.required ? [`${id} ${user.id} ${result.reason} ${result.since}`] : [];
      }),
    );
    expect(asked.length).toBeGreaterThan(0);
    expect(run.stdout.trim().split('\n')).toEqual(asked);
    expect(run.stderr.trim().split('\n')).toEqual([
      ...Array.from(
        { length: 3 },
        () =>
          `${broken}: needsReacceptance: versions.specVersion is "2.0", expected 1.x (this is the v1 helper; a later format has its own helper URL)`,
      ),
      ...others.map(
        (id) =>
          `${id}: needsReacceptance: accepted.policy is "elsewhere", expected "${id}", the policy of these versions (versions.policy): an acceptance of one policy says nothing of another`,
      ),
    ]);
  });
});
