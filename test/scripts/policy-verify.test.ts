import { cpSync, createReadStream, existsSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
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

/**
 * Serve a built site like serveStatic, except for the paths `special` answers (it returns true when
 * it wrote the response); count the bytes every response wrote, and whether each was closed early.
 */
async function serveWith(
  root: string,
  special: (path: string, response: ServerResponse) => boolean,
): Promise<{ url: string; sent: Map<string, number>; close(): Promise<void> }> {
  const sent = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const write = response.write.bind(response);
    response.write = ((chunk: Uint8Array | string, ...rest: never[]) => {
      sent.set(path, (sent.get(path) ?? 0) + Buffer.byteLength(chunk));
      return write(chunk, ...rest);
    }) as typeof response.write;
    if (special(path, response)) return;
    let file = join(root, decodeURIComponent(path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200);
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Write 64 KiB chunks to a response for as long as the client reads them. */
function endless(response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'text/html' });
  const chunk = Buffer.alloc(64 << 10, 'a');
  const pump = (): void => {
    while (!response.destroyed && response.write(chunk));
  };
  response.on('drain', pump);
  pump();
}

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
    const summary = `${revisions} revisions, ${sources} sources, chain of ${lock.entries.length} entries from GENESIS to head ${head}, as published at https://policies.mailly.io/: all hold`;
    const folder = await runScript('policy-verify', [dist]);
    expect(folder.stderr).toBe('');
    expect(folder.code).toBe(0);
    expect(folder.stdout).toBe(`${dist}: ${summary}.\n`);
    const url = await runScript('policy-verify', [server.url]);
    expect(url.stderr).toBe('');
    expect(url.code).toBe(0);
    // Read from another address than the site gives (here a local copy): said, not a mismatch.
    expect(url.stdout).toBe(
      `${server.url}: ${summary}.\nNote: read from ${server.url}, but the site says it is published at https://policies.mailly.io/.\n`,
    );
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

  test('stops reading an endless source or page at its limit, and names it', async () => {
    const sha = lock.entries[0]?.sha256 ?? '';
    const site = await serveWith(dist, (path, response) => {
      if (path !== `/sources/${sha}.mdx` && path !== '/cookies/') return false;
      endless(response);
      return true;
    });
    try {
      const result = await runScript('policy-verify', [site.url]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `${site.url}/sources/${sha}.mdx: is larger than 1.06 MiB (1,114,112 bytes), more than Redline publishes as a revision source`,
      );
      expect(result.stderr).toContain(
        `${site.url}/cookies/: is larger than 16 MiB (16,777,216 bytes), more than Redline publishes as a page`,
      );
      // The reads stopped: no more than the limit and what was in flight when they did.
      expect(site.sent.get(`/sources/${sha}.mdx`)).toBeLessThan(16 << 20);
      expect(site.sent.get('/cookies/')).toBeLessThan(48 << 20);
    } finally {
      await site.close();
    }
  });

  test('names a file in a folder larger than its limit', async () => {
    const { dir, file } = tamperedCopy('cookies/2025-01-20/index.html', (text) => `${text}${' '.repeat(16 << 20)}`);
    const result = await runScript('policy-verify', [dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}: is larger than 16 MiB (16,777,216 bytes), more than Redline publishes as a page`);
  });

  test('refuses a redirect to another origin, naming where it led, and follows one on the same origin', async () => {
    const elsewhere = await serveWith(dist, () => false);
    const site = await serveWith(dist, (path, response) => {
      if (path === '/cookies/') response.writeHead(302, { location: `${elsewhere.url}/cookies/` }).end();
      else if (path === '/integrity/') response.writeHead(301, { location: '/integrity/index.html' }).end();
      else return false;
      return true;
    });
    try {
      const result = await runScript('policy-verify', [site.url]);
      expect(result.code).toBe(1);
      expect(result.stderr.split('\n')[0]).toBe(
        `${site.url}/cookies/: could not be read: redirects (HTTP 302) to ${elsewhere.url}/cookies/, another origin than ${site.url} — policy:verify reads a site only from the origin it is given; verify ${elsewhere.url} itself if the site has moved there`,
      );
      expect(result.stderr).toContain('1 mismatch in');
      expect(elsewhere.sent.size).toBe(0);
    } finally {
      await site.close();
      await elsewhere.close();
    }
  });

  test('shows control characters a page prints as escapes, never sends them to the terminal', async () => {
    const sha = lock.entries.find((entry) => entry.revision === 'cookies/2025-01-20')?.sha256 ?? '';
    const { dir, file } = tamperedCopy('cookies/2025-01-20/index.html', (text) =>
      text.replace(`<code class="sha">${sha}</code>`, '<code class="sha">\u001b[2J\u001b[1;1H\u001b[32mall hold\u001b[0m</code>'),
    );
    const result = await runScript('policy-verify', [dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('\u001b');
    expect(result.stderr).toContain(`${file}: the integrity note prints sha256 \\x1b[2J\\x1b[1;1H\\x1b[32mall hold\\x1b[0m, but`);
  });

  test('reads only regular files in a folder: a linked lock or folder is refused, and never quoted', async () => {
    const secret = join(tempDir('secret'), 'id_ed25519');
    writeFileSync(secret, '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU\n');
    const { dir, file } = tamperedCopy('integrity/redline.lock.json', (text) => `${text} `);
    rmSync(file);
    symlinkSync(secret, file);
    const linkedLock = await runScript('policy-verify', [dir]);
    expect(linkedLock.code).toBe(1);
    expect(linkedLock.stderr).toContain(`${file}: could not be read: it is a symbolic link — policy:verify reads only regular files`);
    expect(linkedLock.stderr).not.toContain('b3BlbnNzaC1rZXktdjEAAAAABG5vbmU');

    const sources = join(dir, 'sources');
    const moved = `${sources}-elsewhere`;
    cpSync(sources, moved, { recursive: true });
    rmSync(sources, { recursive: true });
    symlinkSync(moved, sources);
    const linkedFolder = await runScript('policy-verify', [dir]);
    expect(linkedFolder.stderr).toContain(`could not be read: ${sources} is a symbolic link`);
  });

  test('does not quote a file that is not JSON', async () => {
    const { dir, file } = tamperedCopy('integrity/redline.lock.json', () => '{"token": "ghp_s3cr3tT0k3nValue');
    const result = await runScript('policy-verify', [dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}: is not JSON: its syntax breaks at line 1, column`);
    expect(result.stderr).not.toContain('s3cr3t');
  });

  test('checks what readers see: permanent URLs, sealed declarations, the head printed, the policy text', async () => {
    const sha = lock.entries.find((entry) => entry.revision === 'cookies/2025-09-01')?.sha256 ?? '';
    const head = lockHead(lock).head;
    const other = 'c'.repeat(64);
    const dir = tamperedCopy('api/policies.json', (text) =>
      text.replace('"https://policies.mailly.io/cookies/2025-09-01/"', '"https://policies.mailly.io/cookies/2025-09-01/print/"'),
    ).dir;
    const edit = (path: string, change: (text: string) => string): string => {
      const file = join(dir, path);
      const before = readFileSync(file, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`the edit of ${path} changed nothing`);
      writeFileSync(file, after);
      return file;
    };
    // A declaration changed after it was sealed, its sourceSha256 kept.
    const declaration = edit('api/cookies/2025-09-01/declaration.json', (text) => {
      const document = JSON.parse(text) as { policy: { title: string } };
      document.policy.title = 'Cookie Policy (abridged)';
      return `${JSON.stringify(document, null, 2)}\n`;
    });
    const integrity = edit('integrity/index.html', (text) => text.replace(head, other));
    const feed = edit('changelog.xml', (text) => text.replace(head, other));
    // The page prints the right hash above other words.
    const page = edit('cookies/2025-09-01/index.html', (text) =>
      text.replace(/(<div class="policy-text">[\s\S]*?<p>)/, '$1We sell your data. '),
    );
    const result = await runScript('policy-verify', [dir]);
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n');
    for (const line of [
      `${join(dir, 'api/policies.json')}: the url of cookies/2025-09-01 is https://policies.mailly.io/cookies/2025-09-01/print/, but its permanent URL is https://policies.mailly.io/cookies/2025-09-01/`,
      `${declaration}: integrity.digest is `,
      `${integrity}: prints the record's head ${other}, but the chain's head is ${head}`,
      `${feed}: item 1 (`,
      `${page}: the policy text (<div class="policy-text">…</div>) is not what Redline renders from /sources/${sha}.mdx, the source of cookies/2025-09-01`,
    ])
      expect(
        lines.some((found) => found.startsWith(line)),
        `${line}\nnot in\n${result.stderr}`,
      ).toBe(true);
    expect(lines.filter((found) => found.startsWith(`${feed}: `))).toEqual([
      expect.stringMatching(new RegExp(`prints the record's head ${other}, but the chain's head is ${head}$`)),
    ]);
    expect(result.stderr).toContain('\n\n5 mismatches in');
  });
});
