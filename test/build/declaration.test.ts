import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { JSON_FEED_VERSION } from '../../src/lib/feeds/index.ts';
import { siteFiles } from '../checkers/site-files.ts';
import { cookieRevision, copyPolicies } from '../helpers/policy-tree.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { compileSchema } from '../helpers/json-schema.ts';
import { htmlText, readPage } from '../helpers/page-text.ts';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('the cookie declaration JSON', () => {
  let site: BuildResult;
  const json = (path: string): Record<string, unknown> =>
    JSON.parse(readFileSync(join(site.outDir, path), 'utf8')) as Record<string, unknown>;
  const declarations = (): string[] => siteFiles(site.outDir).filter((path) => path.endsWith('declaration.json'));

  beforeAll(async () => {
    site = await buildSite({ policiesDir: copyPolicies(), asOf: '2026-04-01' });
    if (!site.ok) throw new Error(site.output);
  });

  test('is published for the revision in force and for every revision', () => {
    expect(declarations()).toEqual([
      'api/cookies/2025-01-20/declaration.json',
      'api/cookies/2025-09-01/declaration.json',
      'api/cookies/2026-03-14/declaration.json',
      'api/cookies/declaration.json',
    ]);
    expect(json('api/cookies/declaration.json')).toEqual(json('api/cookies/2026-03-14/declaration.json'));
  });

  test('validates, every JSON file, against the published JSON Schema it names, each itself valid draft 2020-12', () => {
    // The lock is published byte for byte as the repository keeps it (no $schema): checked on its own below.
    // The search index's manifest (pagefind/pagefind-entry.json) is Pagefind's own, not a document of the site;
    // JSON Feeds follow the JSON Feed 1.1 spec, which names its version instead of a schema (checked against it with the feeds).
    // A device storage disclosure follows IAB's format, which names no schema: test/build/device-storage.test.ts validates it.
    const documents = siteFiles(site.outDir).filter(
      (path) =>
        path.endsWith('.json') &&
        !/^(schemas|integrity|pagefind)\//.test(path) &&
        !path.endsWith('/device-storage.json') &&
        json(path)['version'] !== JSON_FEED_VERSION,
    );
    expect(documents).toEqual([...declarations(), 'api/policies.json', 'api/cookies/versions.json'].sort());
    const lockSchema = json('schemas/lock/v2.json');
    expect(lockSchema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://policies.mailly.io/schemas/lock/v2.json',
    });
    const validateLock = compileSchema(lockSchema);
    expect(validateLock(json('integrity/redline.lock.json')), JSON.stringify(validateLock.errors)).toBe(true);
    const schemas = new Map<string, ReturnType<typeof compileSchema>>();
    for (const path of documents) {
      const document = json(path);
      const schemaPath = String(document['$schema']).replace('https://policies.mailly.io/', '');
      expect(['schemas/cookie-declaration/v1.json', 'schemas/policies/v1.json', 'schemas/versions/v1.json']).toContain(schemaPath);
      const schema = json(schemaPath);
      expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: document['$schema'] });
      const validate = schemas.get(schemaPath) ?? compileSchema(schema);
      schemas.set(schemaPath, validate);
      expect(validate(document), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  test('carries a digest that a consumer can recompute', () => {
    for (const path of declarations()) {
      const { integrity, ...rest } = json(path) as { integrity: { digest: string } };
      expect(sha256(canonicalize(rest) ?? ''), path).toBe(integrity.digest);
    }
  });

  test('lists exactly the four categories of Mailly’s text, each a heading of the policy in force', () => {
    const categories = (json('api/cookies/declaration.json') as { categories: { id: string; name: string }[] }).categories;
    expect(categories.map((c) => c.id)).toEqual(['essential', 'analytics', 'functionality', 'performance']);
    const page = readPage(site.outDir, '/cookies/');
    for (const { name } of categories) expect(page).toMatch(new RegExp(`<h3 id="[^"]+">${name}</h3>`));
  });

  test('gives the sha256 of every revision source, in the declaration and in /api/policies.json', () => {
    const index = json('api/policies.json') as { policies: { revisions: { version: string; sourceSha256: string; status: string }[] }[] };
    const revisions = index.policies[0]?.revisions ?? [];
    expect(revisions.map((r) => [r.version, r.status])).toEqual([
      ['2025-01-20', 'superseded'],
      ['2025-09-01', 'superseded'],
      ['2026-03-14', 'in-force'],
    ]);
    for (const { version, sourceSha256 } of revisions) {
      expect(sourceSha256).toBe(sha256(cookieRevision(`${version}.mdx`).replace(/\r\n?/g, '\n')));
      expect((json(`api/cookies/${version}/declaration.json`) as { policy: { sourceSha256: string } }).policy.sourceSha256).toBe(
        sourceSha256,
      );
    }
  });

  test('is linked from the policy pages and documented on the developer page', () => {
    expect(readPage(site.outDir, '/cookies/')).toContain(
      '<link rel="alternate" type="application/json" title="Cookie Policy: cookie declaration in force" href="/api/cookies/declaration.json">',
    );
    expect(readPage(site.outDir, '/cookies/2025-01-20/')).toContain('href="/api/cookies/2025-01-20/declaration.json"');
    const developers = htmlText(readPage(site.outDir, '/developers/'));
    for (const phrase of ['/api/policies.json', '/schemas/cookie-declaration/v1.json', "gtag('consent', 'default'", 'RFC 8785'])
      expect(developers).toContain(phrase);
  });

  test('shows its structured changes above the redline on compare pages', () => {
    const html = readPage(site.outDir, '/cookies/compare/2025-09-01...2026-03-14/');
    const text = htmlText(html);
    for (const change of [
      'Category added: Performance Cookies',
      'Third-party use added: infrastructure monitoring',
      'Data collected added: operating system',
    ]) {
      expect(text).toContain(change);
    }
    expect(html.indexOf('Cookie declaration changes')).toBeLessThan(html.indexOf('class="redline redline--inline"'));
    expect(htmlText(readPage(site.outDir, '/cookies/compare/2025-01-20...2025-09-01/'))).toContain(
      'How to control cookies changed: the cookie settings (description)',
    );
  });
});
