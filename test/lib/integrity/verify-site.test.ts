import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  appendToLock,
  emptyLock,
  formatMismatches,
  GENESIS,
  lockHead,
  revisionChains,
  serializeLock,
  verificationSummary,
  verifySite,
  type LockFile,
  type LockRecord,
  type SiteReader,
  type SiteVerification,
} from '../../../src/lib/integrity/index.ts';
import { canonicalJson } from '../../../src/lib/consent/canonical-json.ts';
import { feedUrl, sourceSha256 } from '../../../src/lib/policies/index.ts';
import { MAX_SOURCE_BYTES } from '../../../src/lib/redline/index.ts';

const ORIGIN = 'https://policies.mailly.io';

// Three revisions of one policy: the first corrected once (two hashes), one in force, one announced.
const TEXT = {
  first: '---\neffective: 2025-01-20\n---\nWe use cookies.\n',
  corrected: '---\neffective: 2025-01-20\nerrata: []\n---\nWe use cookies, rarely.\n',
  inForce: '---\neffective: 2026-03-14\n---\n## Cookies\n\nWe use *few* cookies.\n',
  upcoming: '---\neffective: 2026-06-01\npublished: 2026-03-20\n---\nWe use no cookies.\n',
};
// What Redline renders from each body (src/lib/revision-body), as a page shows it.
const HTML: Record<keyof typeof TEXT, string> = {
  first: '<p>We use cookies.</p>',
  corrected: '<p>We use cookies, rarely.</p>',
  inForce: '<h2 id="cookies">Cookies</h2>\n<p>We use <em>few</em> cookies.</p>',
  upcoming: '<p>We use no cookies.</p>',
};
const SHA = Object.fromEntries(Object.entries(TEXT).map(([name, text]) => [name, sourceSha256(text)])) as Record<keyof typeof TEXT, string>;

const REVISIONS = [
  { effective: '2025-01-20', status: 'superseded', sha256: SHA.corrected, html: HTML.corrected, declaration: true },
  { effective: '2026-03-14', status: 'in-force', sha256: SHA.inForce, html: HTML.inForce, declaration: true },
  { effective: '2026-06-01', status: 'upcoming', sha256: SHA.upcoming, html: HTML.upcoming, declaration: false, change: 'material' },
];

const RECORDS: LockRecord[] = [
  { revision: 'cookies/2025-01-20', sha256: SHA.first, lockedOn: '2026-03-14' },
  { revision: 'cookies/2026-03-14', sha256: SHA.inForce, lockedOn: '2026-03-14' },
  { revision: 'cookies/2025-01-20', sha256: SHA.corrected, lockedOn: '2026-03-18', erratum: '2026-03-18' },
  { revision: 'cookies/2026-06-01', sha256: SHA.upcoming, lockedOn: '2026-03-20' },
];
const chain = (records: readonly LockRecord[]): LockFile => records.reduce(appendToLock, emptyLock());
const LOCK = chain(RECORDS);

const note = (sha: string): string =>
  `<aside class="integrity-note" aria-label="Integrity"><p>The source of this version has the SHA-256 fingerprint <code class="sha">${sha}</code>, recorded when it was published. <a href="/sources/${sha}.mdx">download the source</a> (<a href="/integrity/">how</a>).</p></aside>`;
const page = (body: string): string => `<!DOCTYPE html><html><body><main>${body}</main></body></html>`;
const article = (html: string, sha: string): string =>
  page(`<article class="revision"><header><h1>Cookie Policy</h1></header><div class="policy-text">${html}</div>${note(sha)}</article>`);
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
/** Seal a declaration as the build does: the SHA-256 of its RFC 8785 form without `integrity`. */
const sealed = (document: Record<string, unknown>): Record<string, unknown> => ({
  ...document,
  integrity: {
    algorithm: 'sha256',
    canonicalization: 'RFC 8785',
    digest: createHash('sha256').update(canonicalJson(document)).digest('hex'),
  },
});
const declaration = (sha: string): string => json(sealed({ policy: { id: 'cookies', sourceSha256: sha }, cookies: [{ name: 'session' }] }));
type Revision = (typeof REVISIONS)[number];
/** An RSS feed of these revisions whose items print `head` and name their version as src/data/feeds.ts does (escaped XML text). */
const feed = (head: string, revisions: readonly Revision[] = REVISIONS): string =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:redline="urn:x-redline:feed:1"><channel>${revisions
    .map(
      (r, i) =>
        `<item><title>Item ${i + 1}</title><link>${ORIGIN}/cookies/${r.effective}/</link><content:encoded>&lt;p&gt;Record head: &lt;code&gt;${head}&lt;/code&gt; (4 entries)&lt;/p&gt;</content:encoded>` +
        `<redline:policy>cookies</redline:policy><redline:effective>${r.effective}</redline:effective><redline:sha256>${r.sha256}</redline:sha256></item>`,
    )
    .join('')}</channel></rss>`;
/** The same as a JSON Feed. */
const jsonFeed = (head: string, revisions: readonly Revision[] = REVISIONS): string =>
  json({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Changes',
    items: revisions.map((r) => ({
      id: `${ORIGIN}/cookies/${r.effective}/`,
      content_html: `<p>Record head: <code>${head}</code> (4 entries)</p>`,
      _redline: { policy: 'cookies', effective: r.effective, sha256: r.sha256 },
    })),
  });
const MATERIAL = REVISIONS.filter((r) => 'change' in r);

/** Build the files of a consistent published site, keyed by path, as `astro build` would write them. */
function publishedSite(lock: LockFile = LOCK): Map<string, string> {
  const chains = revisionChains(lock);
  const files = new Map<string, string>();
  const revisions = REVISIONS.map((r) => ({
    version: r.effective,
    effective: r.effective,
    published: null,
    until: null,
    status: r.status,
    change: 'change' in r ? r.change : null,
    summary: null,
    url: `${ORIGIN}/cookies/${r.effective}/`,
    redlineUrl: null,
    declarationUrl: r.declaration ? `${ORIGIN}/api/cookies/${r.effective}/declaration.json` : null,
    sourceSha256: r.sha256,
    sourceUrl: `${ORIGIN}/sources/${r.sha256}.mdx`,
    lock: (chains.get(`cookies/${r.effective}`) ?? []).map((e) => ({
      sha256: e.sha256,
      lockedOn: e.lockedOn,
      erratum: e.erratum ?? null,
      entry: e.hash,
    })),
  }));
  files.set(
    '/api/policies.json',
    json({
      $schema: `${ORIGIN}/schemas/policies/v1.json`,
      specVersion: '1.1',
      asOf: '2026-04-01',
      integrity: { ...lockHead(lock), lockUrl: `${ORIGIN}/integrity/redline.lock.json` },
      policies: [
        {
          id: 'cookies',
          title: 'Cookie Policy',
          description: 'How we use cookies.',
          url: `${ORIGIN}/cookies/`,
          historyUrl: `${ORIGIN}/cookies/history/`,
          feedUrl: `${ORIGIN}/cookies/changelog.xml`,
          inForce: '2026-03-14',
          declarationUrl: `${ORIGIN}/api/cookies/declaration.json`,
          revisions,
        },
      ],
    }),
  );
  files.set('/integrity/redline.lock.json', serializeLock(lock));
  files.set(
    '/api/cookies/versions.json',
    json({
      policy: 'cookies',
      inForce: '2026-03-14',
      versions: revisions.map((r) => ({
        version: r.version,
        status: r.status,
        change: r.change,
        sha256: r.sourceSha256,
        formerSha256: r.lock.map((e) => e.sha256).filter((sha) => sha !== r.sourceSha256),
      })),
    }),
  );
  for (const r of REVISIONS) {
    files.set(`/cookies/${r.effective}/`, article(r.html, r.sha256));
    if (r.declaration) files.set(`/api/cookies/${r.effective}/declaration.json`, declaration(r.sha256));
  }
  files.set('/cookies/', article(HTML.inForce, SHA.inForce));
  files.set('/api/cookies/declaration.json', declaration(SHA.inForce));
  files.set(
    '/integrity/',
    page(
      `<p><code class="sha" id="integrity-head">\n  ${lockHead(lock).head}\n</code></p>` +
        Object.values(SHA)
          .map((sha) => `<a href="${ORIGIN}/sources/${sha}.mdx">${sha}</a>`)
          .join(''),
    ),
  );
  for (const policy of [undefined, 'cookies']) {
    files.set(feedUrl(policy), feed(lockHead(lock).head));
    files.set(feedUrl(policy, { format: 'json' }), jsonFeed(lockHead(lock).head));
    files.set(feedUrl(policy, { scope: 'material' }), feed(lockHead(lock).head, MATERIAL));
    files.set(feedUrl(policy, { scope: 'material', format: 'json' }), jsonFeed(lockHead(lock).head, MATERIAL));
  }
  for (const [name, text] of Object.entries(TEXT)) files.set(`/sources/${SHA[name as keyof typeof TEXT]}.mdx`, text);
  return files;
}

/** A reader over files in memory that counts its reads and how many ran at once. */
function memoryReader(files: ReadonlyMap<string, string>, fail: Record<string, string> = {}) {
  const stats = { reads: [] as string[], limits: new Map<string, number>(), active: 0, maxActive: 0 };
  const reader: SiteReader = {
    describe: (path) => `site:${path}`,
    async read(path, maxBytes) {
      stats.reads.push(path);
      stats.limits.set(path, maxBytes);
      stats.active += 1;
      stats.maxActive = Math.max(stats.maxActive, stats.active);
      await new Promise((resolve) => setTimeout(resolve, 1));
      stats.active -= 1;
      if (fail[path]) throw new Error(fail[path]);
      const text = files.get(path);
      return text === undefined ? null : new TextEncoder().encode(text);
    },
  };
  return { reader, stats };
}

async function verify(files: ReadonlyMap<string, string>, head?: string): Promise<SiteVerification> {
  return verifySite(memoryReader(files).reader, head === undefined ? {} : { head });
}

async function mismatchesOf(files: ReadonlyMap<string, string>, head?: string): Promise<string[]> {
  return formatMismatches((await verify(files, head)).mismatches)
    .split('\n')
    .filter((line) => line !== '');
}

/** Return a copy of a site with one file changed by `edit` (or deleted when it returns null). */
function tampered(path: string, edit: (text: string) => string | null, files = publishedSite()): Map<string, string> {
  const copy = new Map(files);
  const text = copy.get(path);
  if (text === undefined) throw new Error(`no ${path} in the test site`);
  const changed = edit(text);
  if (changed === null) copy.delete(path);
  else copy.set(path, changed);
  return copy;
}

describe('verifySite', () => {
  test('finds nothing wrong on a consistent site, and counts revisions, sources and entries', async () => {
    const result = await verify(publishedSite());
    expect(result).toEqual({ mismatches: [], revisions: 3, sources: 4, entries: 4, head: lockHead(LOCK).head, publishedAt: `${ORIGIN}/` });
    expect(verificationSummary(result)).toBe(
      `3 revisions, 4 sources, chain of 4 entries from GENESIS to head ${lockHead(LOCK).head}, as published at ${ORIGIN}/: all hold`,
    );
    // One of each, as a policy's first published version gives: in the singular.
    expect(verificationSummary({ ...result, revisions: 1, sources: 1, entries: 1 })).toMatch(
      /^1 revision, 1 source, chain of 1 entry from GENESIS/,
    );
  });

  test('reads each file once, and at most `concurrency` at a time', async () => {
    const { reader, stats } = memoryReader(publishedSite());
    await verifySite(reader, { concurrency: 2 });
    expect(stats.reads.length).toBe(new Set(stats.reads).size);
    expect(stats.maxActive).toBe(2);
  });

  const first = `/sources/${SHA.first}.mdx`;
  const current = `/sources/${SHA.corrected}.mdx`;
  test.each([
    [
      'a byte of a source file changes',
      () => tampered(current, (text) => text.replace('rarely', 'Rarely')),
      [
        `site:${current}: is named after sha256 ${SHA.corrected}, but its bytes hash to ${sourceSha256(TEXT.corrected.replace('rarely', 'Rarely'))}`,
      ],
    ],
    [
      'a source file is served with other line endings',
      () => tampered(current, (text) => text.replaceAll('\n', '\r\n')),
      [`site:${current}: is named after sha256 ${SHA.corrected}, but its bytes hash to`],
    ],
    ['the source of an earlier hash in the chain is gone', () => tampered(first, () => null), [`site:${first}: is missing (not found)`]],
    [
      'a declaration names another source',
      () => tampered('/api/cookies/2025-01-20/declaration.json', (text) => text.replace(SHA.corrected, SHA.first)),
      [
        `site:/api/cookies/2025-01-20/declaration.json: policy.sourceSha256 is ${SHA.first}, but /api/policies.json gives ${SHA.corrected} for cookies/2025-01-20`,
      ],
    ],
    [
      'the declaration in force names another source',
      () => tampered('/api/cookies/declaration.json', (text) => text.replace(SHA.inForce, SHA.first)),
      [
        `site:/api/cookies/declaration.json: policy.sourceSha256 is ${SHA.first}, but /api/policies.json gives ${SHA.inForce} for cookies/2026-03-14`,
      ],
    ],
    [
      'a revision page prints another hash',
      () => tampered('/cookies/2026-03-14/', (text) => text.replace(`<code class="sha">${SHA.inForce}`, `<code class="sha">${SHA.first}`)),
      [
        `site:/cookies/2026-03-14/: the integrity note prints sha256 ${SHA.first}, but /api/policies.json gives ${SHA.inForce} for cookies/2026-03-14`,
      ],
    ],
    [
      'the policy page prints another hash than the revision in force',
      () => tampered('/cookies/', (text) => text.replace(`<code class="sha">${SHA.inForce}`, `<code class="sha">${SHA.upcoming}`)),
      [
        `site:/cookies/: the integrity note prints sha256 ${SHA.upcoming}, but /api/policies.json gives ${SHA.inForce} for cookies/2026-03-14`,
      ],
    ],
    [
      'a revision page has no integrity note',
      () => tampered('/cookies/2026-06-01/', () => page('<p>Text</p>')),
      [
        `site:/cookies/2026-06-01/: has no integrity note (<aside class="integrity-note">): expected it to print cookies/2026-06-01's source sha256`,
      ],
    ],
    [
      'a revision page does not link its source',
      () => tampered('/cookies/2026-06-01/', (text) => text.replace(`href="/sources/${SHA.upcoming}.mdx"`, 'href="/integrity/"')),
      [`site:/cookies/2026-06-01/: the integrity note does not link /sources/${SHA.upcoming}.mdx, the source of cookies/2026-06-01`],
    ],
    [
      'a page links a source that does not hash to its name',
      () =>
        tampered(
          '/integrity/',
          (text) => text.replace('</main>', `<a href="../sources/${'e'.repeat(64)}.mdx">x</a></main>`),
          (() => {
            const files = publishedSite();
            files.set(`/sources/${'e'.repeat(64)}.mdx`, 'Not this.\n');
            return files;
          })(),
        ),
      [
        `site:/sources/${'e'.repeat(64)}.mdx: is named after sha256 ${'e'.repeat(64)}, but its bytes hash to ${sourceSha256('Not this.\n')}`,
      ],
    ],
    [
      'one entry of the lock is rewritten',
      () => tampered('/integrity/redline.lock.json', (text) => text.replace('"lockedOn": "2026-03-18"', '"lockedOn": "2026-03-17"')),
      [
        `site:/integrity/redline.lock.json: entry 3 (cookies/2025-01-20) says it hashes to ${LOCK.entries[2]?.hash}, but it hashes to`,
        `site:/api/policies.json: lock[1].lockedOn of cookies/2025-01-20 is 2026-03-18, but entry 3 of the chain says 2026-03-17`,
      ],
    ],
    [
      'the whole chain is rewritten from an entry on, consistently',
      () =>
        tampered('/integrity/redline.lock.json', () =>
          serializeLock(chain(RECORDS.map((r) => (r.revision === 'cookies/2026-03-14' ? { ...r, lockedOn: '2026-03-15' } : r)))),
        ),
      [
        `site:/api/policies.json: integrity.head is ${lockHead(LOCK).head}, but the chain at site:/integrity/redline.lock.json ends at`,
        `site:/api/policies.json: lock[0].lockedOn of cookies/2026-03-14 is 2026-03-14, but entry 2 of the chain says 2026-03-15`,
        `site:/api/policies.json: lock[0].entry of cookies/2026-03-14 is ${LOCK.entries[1]?.hash}, but entry 2 of the chain says`,
      ],
    ],
    [
      'policies.json counts other entries than the chain has',
      () => tampered('/api/policies.json', (text) => text.replace('"entries": 4', '"entries": 5')),
      ['site:/api/policies.json: integrity.entries is 5, but the chain at site:/integrity/redline.lock.json has 4'],
    ],
    [
      'an announced revision is not locked',
      () => publishedSite(chain(RECORDS.slice(0, 3))),
      [`site:/api/policies.json: cookies/2026-06-01 (upcoming) has source sha256 ${SHA.upcoming}, but the chain records no hash for it`],
    ],
    [
      'a correction is served but not recorded',
      () => publishedSite(chain(RECORDS.filter((r) => r.sha256 !== SHA.corrected))),
      [
        `site:/api/policies.json: cookies/2025-01-20 has source sha256 ${SHA.corrected}, but the last hash the chain records for it is ${SHA.first}`,
      ],
    ],
    [
      'the chain records a revision the site does not list',
      () => publishedSite(chain([...RECORDS, { revision: 'cookies/2026-09-01', sha256: SHA.first, lockedOn: '2026-03-30' }])),
      ['site:/integrity/redline.lock.json: entry 5 records cookies/2026-09-01, but site:/api/policies.json lists no such revision'],
    ],
    [
      'the index gives a decoy URL for a revision page',
      () => tampered('/api/policies.json', (text) => text.replace(`${ORIGIN}/cookies/2026-03-14/"`, `${ORIGIN}/cookies/2026-03-14-real/"`)),
      [
        `site:/api/policies.json: the url of cookies/2026-03-14 is ${ORIGIN}/cookies/2026-03-14-real/, but its permanent URL is ${ORIGIN}/cookies/2026-03-14/`,
      ],
    ],
    [
      'the index gives a declaration URL on another host',
      () =>
        tampered('/api/policies.json', (text) =>
          text.replace(`${ORIGIN}/api/cookies/2025-01-20/declaration.json`, 'https://evil.example/api/cookies/2025-01-20/declaration.json'),
        ),
      [
        `site:/api/policies.json: the declarationUrl of cookies/2025-01-20 is https://evil.example/api/cookies/2025-01-20/declaration.json, but its permanent URL is ${ORIGIN}/api/cookies/2025-01-20/declaration.json`,
      ],
    ],
    [
      'the index gives another page for a policy',
      () => tampered('/api/policies.json', (text) => text.replace(`"url": "${ORIGIN}/cookies/"`, `"url": "${ORIGIN}/cookies/?v=2"`)),
      [`site:/api/policies.json: the url of cookies is ${ORIGIN}/cookies/?v=2, but its permanent URL is ${ORIGIN}/cookies/`],
    ],
    [
      'a declaration is changed after it was sealed',
      () => tampered('/api/cookies/2026-03-14/declaration.json', (text) => text.replace('"session"', '"tracker"')),
      [
        `site:/api/cookies/2026-03-14/declaration.json: integrity.digest is ${(JSON.parse(declaration(SHA.inForce)) as { integrity: { digest: string } }).integrity.digest}, but the SHA-256 of the document's RFC 8785 canonical JSON without "integrity" is`,
      ],
    ],
    [
      'the declaration in force has no digest',
      () => tampered('/api/cookies/declaration.json', (text) => json({ ...(JSON.parse(text) as object), integrity: undefined })),
      ['site:/api/cookies/declaration.json: is not a cookie declaration: Invalid input: expected object, received undefined at integrity'],
    ],
    [
      'the integrity page prints another head',
      () => tampered('/integrity/', (text) => text.replace(lockHead(LOCK).head, 'a'.repeat(64))),
      [`site:/integrity/: prints the record's head ${'a'.repeat(64)}, but the chain's head is ${lockHead(LOCK).head}`],
    ],
    [
      'the integrity page prints no head',
      () => tampered('/integrity/', (text) => text.replace('id="integrity-head"', 'id="head"')),
      [`site:/integrity/: prints the record's head (none: no <code id="integrity-head">), but the chain's head is ${lockHead(LOCK).head}`],
    ],
    [
      'a feed item prints another head',
      () => tampered('/changelog.xml', (text) => text.replace(lockHead(LOCK).head, lockHead(chain(RECORDS.slice(0, 3))).head)),
      [
        `site:/changelog.xml: item 1 (${ORIGIN}/cookies/2025-01-20/) prints the record's head ${lockHead(chain(RECORDS.slice(0, 3))).head}, but the chain's head is ${lockHead(LOCK).head}`,
      ],
    ],
    [
      "a policy's feed item prints no head",
      () =>
        tampered('/cookies/changelog.xml', (text) => {
          const at = text.lastIndexOf('Record head: ');
          return text.slice(0, at) + text.slice(text.indexOf('&lt;/code&gt;', at) + '&lt;/code&gt;'.length);
        }),
      [
        `site:/cookies/changelog.xml: item 3 (${ORIGIN}/cookies/2026-06-01/) prints the record's head (none: no "Record head: <code>…</code>")`,
      ],
    ],
    [
      'the versions document turns a material change into an editorial one',
      () => tampered('/api/cookies/versions.json', (text) => text.replace('"change": "material"', '"change": "editorial"')),
      ['site:/api/cookies/versions.json: gives 2026-06-01 the label editorial (the index: material)'],
    ],
    [
      'the versions document forgets the hash a version had before its erratum, and leaves out a version',
      () =>
        tampered('/api/cookies/versions.json', (text) => {
          const document = JSON.parse(text) as { versions: { version: string; formerSha256: string[] }[] };
          document.versions = document.versions.filter((v) => v.version !== '2026-06-01').map((v) => ({ ...v, formerSha256: [] }));
          return json(document);
        }),
      [
        `site:/api/cookies/versions.json: gives 2025-01-20 former SHA-256s none (the lock: ${SHA.first})`,
        'site:/api/cookies/versions.json: leaves out 2026-06-01, which site:/api/policies.json lists',
      ],
    ],
    [
      'the versions document names another version in force and another hash',
      () =>
        tampered('/api/cookies/versions.json', (text) =>
          text
            .replace('"inForce": "2026-03-14"', '"inForce": "2025-01-20"')
            .replace(`"sha256": "${SHA.inForce}"`, `"sha256": "${'0'.repeat(64)}"`),
        ),
      [
        'site:/api/cookies/versions.json: says 2025-01-20 is in force, but site:/api/policies.json says 2026-03-14',
        `site:/api/cookies/versions.json: gives 2026-03-14 the SHA-256 ${'0'.repeat(64)} (the index: ${SHA.inForce})`,
      ],
    ],
    [
      'a JSON Feed item prints another head',
      () => tampered('/changelog.json', (text) => text.replace(lockHead(LOCK).head, lockHead(chain(RECORDS.slice(0, 3))).head)),
      [
        `site:/changelog.json: item 1 (${ORIGIN}/cookies/2025-01-20/) prints the record's head ${lockHead(chain(RECORDS.slice(0, 3))).head}, but the chain's head is ${lockHead(LOCK).head}`,
      ],
    ],
    [
      "a policy's JSON Feed is not a feed",
      () => tampered('/cookies/changelog.json', () => json({ version: 'https://jsonfeed.org/version/1.1', title: 'Changes' })),
      ['site:/cookies/changelog.json: is not a JSON Feed: it has no "items" list of objects'],
    ],
    [
      "a policy's material-changes RSS feed is gone",
      () => tampered('/cookies/material-changes.xml', () => null),
      ['site:/cookies/material-changes.xml: is missing (not found)'],
    ],
    [
      'a material-changes feed leaves out a material change',
      () => tampered('/material-changes.json', () => jsonFeed(lockHead(LOCK).head, [])),
      ['site:/material-changes.json: leaves out cookies/2026-06-01, which the index lists as a material change'],
    ],
    [
      'a material-changes feed slips in a change the index does not label material',
      () => tampered('/cookies/material-changes.xml', () => feed(lockHead(LOCK).head, REVISIONS.slice(1))),
      [
        `site:/cookies/material-changes.xml: item 1 (${ORIGIN}/cookies/2026-03-14/) is cookies/2026-03-14, which the index does not list as a material change`,
      ],
    ],
    [
      'a feed item gives its version another SHA-256',
      () =>
        tampered('/cookies/changelog.xml', (text) => text.replace(`<redline:sha256>${SHA.inForce}`, `<redline:sha256>${'0'.repeat(64)}`)),
      [
        `site:/cookies/changelog.xml: item 2 (${ORIGIN}/cookies/2026-03-14/) gives cookies/2026-03-14 the SHA-256 ${'0'.repeat(64)}, but the index gives ${SHA.inForce}`,
      ],
    ],
    [
      'a JSON Feed item does not say which version it is',
      () => tampered('/changelog.json', (text) => text.replace('"_redline"', '"_other"')),
      [
        `site:/changelog.json: item 1 (${ORIGIN}/cookies/2025-01-20/) does not say which version it is (its policy, effective date and SHA-256)`,
      ],
    ],
    [
      'a revision page shows other text than its source',
      () => tampered('/cookies/2025-01-20/', (text) => text.replace('rarely', 'never')),
      [
        `site:/cookies/2025-01-20/: the policy text (<div class="policy-text">…</div>) is not what Redline renders from /sources/${SHA.corrected}.mdx, the source of cookies/2025-01-20`,
      ],
    ],
    [
      'a revision page adds to the text of its source',
      () => tampered('/cookies/2026-06-01/', (text) => text.replace('no cookies.</p>', 'no cookies.</p><p>Except ours.</p>')),
      [
        `site:/cookies/2026-06-01/: the policy text (<div class="policy-text">…</div>) is not what Redline renders from /sources/${SHA.upcoming}.mdx`,
      ],
    ],
    [
      'the policy page shows the text of another revision',
      () => tampered('/cookies/', (text) => text.replace(HTML.inForce, HTML.upcoming)),
      [
        `site:/cookies/: the policy text (<div class="policy-text">…</div>) is not what Redline renders from /sources/${SHA.inForce}.mdx, the source of cookies/2026-03-14`,
      ],
    ],
    [
      'a revision page has no policy text',
      () => tampered('/cookies/2026-03-14/', (text) => text.replace('class="policy-text"', 'class="text"')),
      [
        `site:/cookies/2026-03-14/: has no policy text (<div class="policy-text">): expected the text Redline renders from /sources/${SHA.inForce}.mdx`,
      ],
    ],
    [
      'a locked source does not render as a revision',
      () => {
        const text = '---\neffective: 2026-06-01\n---\n<script>alert(1)</script>\n';
        const sha = sourceSha256(text);
        const files = publishedSite(
          chain([...RECORDS.slice(0, 3), { revision: 'cookies/2026-06-01', sha256: sha, lockedOn: '2026-03-20' }]),
        );
        files.set(`/sources/${sha}.mdx`, text);
        return tampered('/api/policies.json', (json) => json.replaceAll(SHA.upcoming, sha), files);
      },
      [
        `site:/sources/${sourceSha256('---\neffective: 2026-06-01\n---\n<script>alert(1)</script>\n')}.mdx: does not render as a Redline revision: line 4, column 1`,
      ],
    ],
  ])('names the file when %s', async (_case, site, expected) => {
    const found = await mismatchesOf(site());
    for (const line of expected)
      expect(
        found.some((f) => f.startsWith(line)),
        `${line}\nnot in\n${found.join('\n')}`,
      ).toBe(true);
  });

  test('reports a lock that does not parse, without blaming each revision for it', async () => {
    const site = tampered('/integrity/redline.lock.json', () => json({ version: 1, revisions: {} }));
    expect(await mismatchesOf(site)).toEqual([
      'site:/integrity/redline.lock.json: is not a version 2 Redline lock: Invalid input: expected 2 at version',
      'site:/integrity/redline.lock.json: is not a version 2 Redline lock: Invalid input: expected "sha256" at algorithm',
      'site:/integrity/redline.lock.json: is not a version 2 Redline lock: Invalid input: expected array, received undefined at entries',
      'site:/integrity/redline.lock.json: is not a version 2 Redline lock: Unrecognized key: "revisions"',
    ]);
  });

  test('reports a file that cannot be read, naming it and the reason', async () => {
    const { reader } = memoryReader(publishedSite(), { '/cookies/2026-03-14/': 'HTTP 503 Service Unavailable' });
    const { mismatches } = await verifySite(reader);
    expect(formatMismatches(mismatches)).toBe('site:/cookies/2026-03-14/: could not be read: HTTP 503 Service Unavailable');
  });

  test('stops at a missing or malformed policies index', async () => {
    expect(await mismatchesOf(new Map())).toEqual(['site:/api/policies.json: is missing (not found)']);
    expect(await mismatchesOf(new Map([['/api/policies.json', '{']]))).toEqual([
      expect.stringMatching(/^site:\/api\/policies\.json: is not JSON: /),
    ]);
    expect(await mismatchesOf(new Map([['/api/policies.json', json({ policies: [] })]]))).toEqual([
      expect.stringMatching(/^site:\/api\/policies\.json: is not a Redline policies index \(version 1\.1 or later\): .* at integrity$/),
    ]);
  });

  test('accepts a head saved earlier (an entry of the chain, or GENESIS) and says where it is', async () => {
    const earlier = chain(RECORDS.slice(0, 2));
    const result = await verify(publishedSite(), lockHead(earlier).head);
    expect(result.mismatches).toEqual([]);
    expect(result.savedHeadAt).toBe(2);
    expect(verificationSummary(result)).toMatch(/: all hold; the head saved earlier is entry 2$/);
    expect((await verify(publishedSite(), GENESIS)).savedHeadAt).toBe(0);
    expect((await verify(publishedSite(), lockHead(LOCK).head)).savedHeadAt).toBe(4);
  });

  test('says the record was rewritten when a head saved earlier is no longer in the chain', async () => {
    // A chain rewritten from its second entry on: the old second head is gone, though every link holds.
    const saved = lockHead(chain(RECORDS.slice(0, 2))).head;
    const rewritten = publishedSite(chain(RECORDS.map((r, i) => (i === 1 ? { ...r, lockedOn: '2026-03-13' } : r))));
    expect(await mismatchesOf(rewritten, saved)).toEqual([
      `site:/integrity/redline.lock.json: the head saved earlier, ${saved}, is the hash of no entry of the chain (4 entries, head ${lockHead(chain(RECORDS.map((r, i) => (i === 1 ? { ...r, lockedOn: '2026-03-13' } : r)))).head}): the record was rewritten since, not only appended to`,
    ]);
    expect(await mismatchesOf(publishedSite(), 'f'.repeat(64))).toEqual([expect.stringContaining('the record was rewritten since')]);
  });

  test('reads each page at its permanent path, not at a decoy URL the index gives', async () => {
    // A consistent decoy, and the page readers reach by the permanent URL showing other text.
    const files = tampered('/api/policies.json', (text) => text.replace(`${ORIGIN}/cookies/2026-03-14/"`, `${ORIGIN}/decoy/"`));
    files.set('/decoy/', files.get('/cookies/2026-03-14/') ?? '');
    files.set('/cookies/2026-03-14/', article('<p>We sell your data.</p>', SHA.inForce));
    const { reader, stats } = memoryReader(files);
    const found = formatMismatches((await verifySite(reader)).mismatches).split('\n');
    expect(stats.reads).not.toContain('/decoy/');
    expect(found).toEqual([
      `site:/api/policies.json: the url of cookies/2026-03-14 is ${ORIGIN}/decoy/, but its permanent URL is ${ORIGIN}/cookies/2026-03-14/ — readers following the index would be led elsewhere`,
      `site:/cookies/2026-03-14/: the policy text (<div class="policy-text">…</div>) is not what Redline renders from /sources/${SHA.inForce}.mdx, the source of cookies/2026-03-14: readers are shown other text than the record holds`,
    ]);
  });

  test('reports a policy or revision listed twice, and checks it once', async () => {
    const site = tampered('/api/policies.json', (text) => {
      const index = JSON.parse(text) as { policies: { revisions: unknown[] }[] };
      const [policy] = index.policies;
      if (policy) policy.revisions.push(policy.revisions[0]);
      return json(index);
    });
    expect(await mismatchesOf(site)).toEqual([
      'site:/api/policies.json: lists the revision cookies/2025-01-20 twice — only the first is checked',
    ]);
  });

  test('refuses a policy id that is not a policy name, without printing it', async () => {
    const site = tampered('/api/policies.json', (text) => text.replace('"id": "cookies"', '"id": "cookies\\u001b[2J"'));
    expect(await mismatchesOf(site)).toEqual([
      'site:/api/policies.json: is not a Redline policies index (version 1.1 or later): must be a policy name (lowercase letters, digits and hyphens) at policies.0.id',
    ]);
  });

  test("asks the reader for at most 16 MiB of a page, 64 MiB of the index and lock, and a source's 1 MiB and front matter", async () => {
    const { reader, stats } = memoryReader(publishedSite());
    await verifySite(reader);
    expect(stats.limits.get('/cookies/2026-03-14/')).toBe(16 << 20);
    expect(stats.limits.get('/api/cookies/declaration.json')).toBe(16 << 20);
    expect(stats.limits.get('/changelog.xml')).toBe(16 << 20);
    expect(stats.limits.get('/api/policies.json')).toBe(64 << 20);
    expect(stats.limits.get('/integrity/redline.lock.json')).toBe(64 << 20);
    expect(stats.limits.get(`/sources/${SHA.inForce}.mdx`)).toBe(MAX_SOURCE_BYTES + (64 << 10));
  });

  test('reports a file larger than its limit as a mismatch, without reading it', async () => {
    const huge = tampered('/cookies/2026-03-14/', (text) => text.replace('</main>', `${' '.repeat(16 << 20)}</main>`));
    huge.set(`/sources/${SHA.first}.mdx`, TEXT.first + 'x'.repeat(MAX_SOURCE_BYTES + (64 << 10)));
    expect(await mismatchesOf(huge)).toEqual([
      `site:/sources/${SHA.first}.mdx: is larger than 1.06 MiB (1,114,112 bytes), more than Redline publishes as a revision source (1 MiB of text and its front matter) — not read further`,
      'site:/cookies/2026-03-14/: is larger than 16 MiB (16,777,216 bytes), more than Redline publishes as a page, feed or declaration — not read further',
    ]);
  });

  test('does not quote a file that is not JSON', async () => {
    const secret = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI';
    for (const text of [secret, `{"key": "${secret}`, `{"key": ${secret}}`, '{"a": 1} x', '\u00ff\u00fe'])
      for (const line of await mismatchesOf(new Map([['/api/policies.json', text]]))) {
        expect(line).toMatch(/^site:\/api\/policies\.json: is not JSON: /);
        expect(line).not.toContain('AAAA');
      }
    expect(await mismatchesOf(new Map([['/api/policies.json', '{"a": 1} x']]))).toEqual([
      'site:/api/policies.json: is not JSON: its syntax breaks at line 1, column 10',
    ]);
  });

  test.each([
    // 1.86 MB: 39 s with the regular expression before.
    ['an integrity note opened 60,000 times and never closed', '<aside class="integrity-note">x'.repeat(60_000)],
    ['a note of unterminated sha codes', `<aside class="integrity-note">${'<code class="sha">x'.repeat(100_000)}</aside>`],
    ['a note whose code tag never ends', `<aside class="integrity-note"><code class="${' sha'.repeat(500_000)}`],
    ['tags whose attributes never end', '<aside class="a <aside class=\'b '.repeat(60_000)],
    ['a policy text opened 80,000 times', '<div class="policy-text">'.repeat(80_000)],
    ['links that never close', `${'href="x href=\'y '.repeat(100_000)}`],
  ])('stays linear on a hostile page: %s', async (_case, body) => {
    const site = tampered('/cookies/2026-03-14/', () => page(body));
    site.set('/changelog.xml', `<rss><channel>${'<item>Record head: &lt;code&gt;</item>'.repeat(60_000)}</channel></rss>`);
    const started = performance.now();
    const found = await mismatchesOf(site);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(found.some((line) => line.startsWith('site:/cookies/2026-03-14/: '))).toBe(true);
    // A hostile feed gets a few lines, not 60,000.
    expect(found.filter((line) => line.startsWith('site:/changelog.xml: '))).toHaveLength(11);
  });
});

describe('formatMismatches', () => {
  test('shows control characters from the site as escapes', () => {
    const formatted = formatMismatches([
      {
        location: 'site:/cookies/\u001b]8;;https://evil.example\u0007',
        message: 'prints sha256 \u001b[2J\u001b[1;1Hall hold\u202e, then\nmore',
      },
    ]);
    expect(formatted).toBe(
      'site:/cookies/\\x1b]8;;https://evil.example\\x07: prints sha256 \\x1b[2J\\x1b[1;1Hall hold\\u202e, then\\x0amore',
    );
  });

  test('escapes what a page prints where a hash belongs', async () => {
    const site = tampered('/cookies/2026-03-14/', (text) =>
      text.replace(`<code class="sha">${SHA.inForce}`, '<code class="sha">\u001b[2J\u001b[32mall hold'),
    );
    const formatted = formatMismatches((await verify(site)).mismatches);
    expect(formatted).not.toContain('\u001b');
    expect(formatted).toContain('the integrity note prints sha256 \\x1b[2J\\x1b[32mall hold, but');
  });
});

describe('verifySite, on translations', () => {
  // A German translation of the revision in force, and one of the first revision as it stood before its correction.
  const GERMAN = {
    inForce: `---\ntranslationOf: ${SHA.inForce}\n---\n## Cookies\n\nWir verwenden *wenige* Cookies.\n`,
    first: `---\ntranslationOf: ${SHA.first}\n---\nWir verwenden Cookies.\n`,
  };
  const GERMAN_SHA = { inForce: sourceSha256(GERMAN.inForce), first: sourceSha256(GERMAN.first) };
  type Listed = {
    lang: string;
    url: string;
    sourceSha256: string;
    sourceUrl: string;
    translationOf: string;
    state: string;
    categories: [];
  };
  const listed = (effective: string, sha: string, translationOf: string, state: string): Listed => ({
    lang: 'de',
    url: `${ORIGIN}/de/cookies/${effective}/`,
    sourceSha256: sha,
    sourceUrl: `${ORIGIN}/sources/${sha}.mdx`,
    translationOf,
    state,
    categories: [],
  });

  /** The published site with its translations listed in the index and their sources published. */
  function translatedSite(edit: (translations: Map<string, Listed[]>) => void = () => undefined): Map<string, string> {
    const translations = new Map<string, Listed[]>([
      ['2025-01-20', [listed('2025-01-20', GERMAN_SHA.first, SHA.first, 'outdated')]],
      ['2026-03-14', [listed('2026-03-14', GERMAN_SHA.inForce, SHA.inForce, 'current')]],
    ]);
    edit(translations);
    const site = tampered('/api/policies.json', (text) => {
      const index = JSON.parse(text) as { policies: { revisions: { effective: string; translations?: Listed[] }[] }[] };
      for (const revision of index.policies[0]?.revisions ?? []) revision.translations = translations.get(revision.effective) ?? [];
      return json(index);
    });
    for (const [name, text] of Object.entries(GERMAN)) site.set(`/sources/${GERMAN_SHA[name as keyof typeof GERMAN]}.mdx`, text);
    return site;
  }

  test('finds nothing wrong when each translation’s source is published and translates the hash its state says', async () => {
    const result = await verify(translatedSite());
    expect(result.mismatches).toEqual([]);
    expect(result.sources).toBe(6);
  });

  // The index's claim alone changed: the translation's own front matter says otherwise, too.
  const says = (sha: string, effective: string, own: string, listed: string): string =>
    `site:/sources/${sha}.mdx: says in its front matter that it translates ${own}, but site:/api/policies.json lists it as the de translation of cookies/${effective}, translating ${listed}`;

  test.each([
    [
      'a current translation of another text',
      (t: Map<string, Listed[]>) => t.set('2026-03-14', [listed('2026-03-14', GERMAN_SHA.inForce, SHA.first, 'current')]),
      [
        `site:/api/policies.json: the de translation of cookies/2026-03-14 is listed as current, but translates ${SHA.first}, not the revision's source sha256 ${SHA.inForce}`,
        says(GERMAN_SHA.inForce, '2026-03-14', SHA.inForce, SHA.first),
      ],
    ],
    [
      'an outdated translation of a hash the chain never recorded for the revision',
      (t: Map<string, Listed[]>) => t.set('2025-01-20', [listed('2025-01-20', GERMAN_SHA.first, SHA.inForce, 'outdated')]),
      [
        `site:/api/policies.json: the de translation of cookies/2025-01-20 is listed as outdated, translating ${SHA.inForce}, but the chain records no such hash for cookies/2025-01-20 (${SHA.first}, ${SHA.corrected})`,
        says(GERMAN_SHA.first, '2025-01-20', SHA.first, SHA.inForce),
      ],
    ],
    [
      'an outdated translation of the source as it stands',
      (t: Map<string, Listed[]>) => t.set('2026-03-14', [listed('2026-03-14', GERMAN_SHA.inForce, SHA.inForce, 'outdated')]),
      [
        `site:/api/policies.json: the de translation of cookies/2026-03-14 is listed as outdated, but translates ${SHA.inForce}, the revision's source as it stands`,
      ],
    ],
    [
      'a translation at another URL',
      (t: Map<string, Listed[]>) =>
        t.set('2026-03-14', [{ ...listed('2026-03-14', GERMAN_SHA.inForce, SHA.inForce, 'current'), url: `${ORIGIN}/de/cookies/` }]),
      [
        `site:/api/policies.json: the url of cookies/2026-03-14 in de is ${ORIGIN}/de/cookies/, but its permanent URL is ${ORIGIN}/de/cookies/2026-03-14/`,
      ],
    ],
  ])('reports %s', async (_case, edit, messages) => {
    expect(await mismatchesOf(translatedSite(edit))).toEqual(messages.map((message) => expect.stringContaining(message)));
  });

  test('reads what each translation source says it translates: a source replaced, its new hash in the index, does not pass', async () => {
    // Another German text of 2026-03-14 that says it translates the first revision, listed in its place.
    const other = GERMAN.inForce.replace(SHA.inForce, SHA.first);
    const otherSha = sourceSha256(other);
    const site = translatedSite((t) => t.set('2026-03-14', [listed('2026-03-14', otherSha, SHA.inForce, 'current')]));
    site.set(`/sources/${otherSha}.mdx`, other);
    expect(await mismatchesOf(site)).toEqual([says(otherSha, '2026-03-14', SHA.first, SHA.inForce)]);
  });

  test('reports a translation source whose front matter names nothing it translates', async () => {
    const other = '---\ntitle: Cookie-Richtlinie\n---\nWir verwenden Cookies.\n';
    const otherSha = sourceSha256(other);
    const site = translatedSite((t) => t.set('2026-03-14', [listed('2026-03-14', otherSha, SHA.inForce, 'current')]));
    site.set(`/sources/${otherSha}.mdx`, other);
    expect(await mismatchesOf(site)).toEqual([
      `site:/sources/${otherSha}.mdx: has no "translationOf" in its front matter that can be read, but site:/api/policies.json lists it as the de translation of cookies/2026-03-14, translating ${SHA.inForce}`,
    ]);
  });

  test('reports a translation source that is not published', async () => {
    const site = translatedSite();
    site.delete(`/sources/${GERMAN_SHA.inForce}.mdx`);
    expect(await mismatchesOf(site)).toEqual([`site:/sources/${GERMAN_SHA.inForce}.mdx: is missing (not found)`]);
  });
});
