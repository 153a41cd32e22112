import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lockHead, type LockFile } from '../../src/lib/integrity/index.ts';
import { buildSite, tempDir } from '../helpers/build-site.ts';
import { copyPolicies } from '../helpers/policy-tree.ts';
import { runScript } from '../helpers/run-script.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let dist: string;
let server: StaticServer;
let lock: LockFile;

beforeAll(async () => {
  // A locked tree with history (three revisions, three entries), built once and served on a free port.
  const build = await buildSite({ policiesDir: copyPolicies(), asOf: '2026-04-01' });
  if (!build.ok) throw new Error(`astro build failed:\n${build.output}`);
  dist = build.outDir;
  server = await serveStatic(dist);
  lock = JSON.parse(readFileSync(join(dist, 'integrity/redline.lock.json'), 'utf8')) as LockFile;
});

afterAll(async () => {
  await server?.close();
});

/** Copy the built site, change one of its files, and return the copy. */
function tamperedCopy(path: string, edit: (text: string) => string): { dir: string; file: string } {
  const dir = join(tempDir('verify'), 'dist');
  cpSync(dist, dir, { recursive: true });
  const file = join(dir, path);
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${path} changed nothing`);
  writeFileSync(file, after);
  return { dir, file };
}

describe('policy:verify', () => {
  test('exits 0 on a fresh build, as a folder and over HTTP, with a summary', async () => {
    const head = lockHead(lock).head;
    const index = JSON.parse(readFileSync(join(dist, 'api/policies.json'), 'utf8')) as { policies: { revisions: unknown[] }[] };
    const revisions = index.policies.flatMap((policy) => policy.revisions).length;
    const sources = readdirSync(join(dist, 'sources')).length;
    expect(revisions).toBeGreaterThanOrEqual(3);
    const summary = `${revisions} revisions, ${sources} sources, chain of ${lock.entries.length} entries from GENESIS to head ${head}: all hold`;
    const folder = await runScript('policy-verify', [dist]);
    expect(folder.stderr).toBe('');
    expect(folder.code).toBe(0);
    expect(folder.stdout).toBe(`${dist}: ${summary}.\n`);
    const url = await runScript('policy-verify', [server.url]);
    expect(url.stderr).toBe('');
    expect(url.code).toBe(0);
    expect(url.stdout).toBe(`${server.url}: ${summary}.\n`);
  });

  test('names a source file one byte of which changed', async () => {
    const name = readdirSync(join(dist, 'sources')).find((file) => file.endsWith('.mdx')) ?? '';
    const { dir, file } = tamperedCopy(`sources/${name}`, (text) => text.replace(/[a-z]/, (c) => c.toUpperCase()));
    const result = await runScript('policy-verify', [dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}: is named after sha256 ${name.slice(0, 64)}, but its bytes hash to`);
  });

  test('names a declaration whose sourceSha256 changed', async () => {
    const sha = lock.entries.find((entry) => entry.revision === 'cookies/2025-09-01')?.sha256 ?? '';
    const other = 'f'.repeat(64);
    const { dir, file } = tamperedCopy('api/cookies/2025-09-01/declaration.json', (text) => text.replace(sha, other));
    const result = await runScript('policy-verify', [dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}: policy.sourceSha256 is ${other}, but /api/policies.json gives ${sha} for cookies/2025-09-01`);
  });

  test('names a revision page whose printed hash changed', async () => {
    const sha = lock.entries.find((entry) => entry.revision === 'cookies/2025-01-20')?.sha256 ?? '';
    const other = `${sha.slice(0, 63)}${sha.endsWith('0') ? '1' : '0'}`;
    const { dir, file } = tamperedCopy('cookies/2025-01-20/index.html', (text) =>
      text.replace(`<code class="sha">${sha}</code>`, `<code class="sha">${other}</code>`),
    );
    const result = await runScript('policy-verify', [dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${file}: the integrity note prints sha256 ${other}, but /api/policies.json gives ${sha} for cookies/2025-01-20`,
    );
  });

  test('names the lock when one of its entries is rewritten', async () => {
    const { dir, file } = tamperedCopy('integrity/redline.lock.json', (text) => {
      const rewritten = JSON.parse(text) as LockFile;
      const entry = rewritten.entries[1];
      if (entry) entry.lockedOn = '2026-03-13';
      return `${JSON.stringify(rewritten, null, 2)}\n`;
    });
    const result = await runScript('policy-verify', [dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${file}: entry 2 (${lock.entries[1]?.revision}) says it hashes to ${lock.entries[1]?.hash}, but it hashes to`,
    );
  });

  test('accepts a head saved earlier, and says the record was rewritten for one the chain never had', async () => {
    const earlier = lock.entries[0]?.hash ?? '';
    const passed = await runScript('policy-verify', [dist, '--head', earlier]);
    expect(passed.code).toBe(0);
    expect(passed.stdout).toContain('all hold; the head saved earlier is entry 1');
    const madeUp = 'ab'.repeat(32);
    const failed = await runScript('policy-verify', [server.url, '--head', madeUp]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(
      `${server.url}/integrity/redline.lock.json: the head saved earlier, ${madeUp}, is the hash of no entry of the chain`,
    );
    expect(failed.stderr).toContain('the record was rewritten since');
  });

  test('names the URL it cannot fetch', async () => {
    const gone = await serveStatic(tempDir('empty'));
    await gone.close();
    const result = await runScript('policy-verify', [gone.url]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${gone.url}/api/policies.json: could not be read: fetch failed`);
  });

  test('exits 0 with --help, and 2 on bad arguments', async () => {
    expect((await runScript('policy-verify', ['--help'])).code).toBe(0);
    for (const args of [[], [dist, dist], ['--nope', dist], [dist, '--head', 'abc'], [join(dist, 'nowhere')], ['ftp://example.com']]) {
      const result = await runScript('policy-verify', args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage: npm run policy:verify');
    }
  });
});
