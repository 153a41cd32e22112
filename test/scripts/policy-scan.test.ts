import { cpSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/build-site.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { editTree } from '../helpers/policy-tree.ts';
import { runScript } from '../helpers/run-script.ts';
import { shopDocument } from '../helpers/scan-fixtures.ts';
import { serveStatic } from '../helpers/static-server.ts';

// Every refusal here comes before a browser is started: none of these tests needs one.
const URL_ = 'http://127.0.0.1:9/';
const SHOP = { POLICIES_DIR: fixturePath('scan/policies') };

function shopPolicies(files: Record<string, string | null> = {}): string {
  const dir = tempDir('scan-policies');
  cpSync(fixturePath('scan/policies'), dir, { recursive: true });
  editTree(dir, files);
  return dir;
}

describe('policy:scan', () => {
  test('--help says what it does, every option and what each exit status means, with status 0', async () => {
    const run = await runScript('policy-scan', ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: npm run policy:scan -- <url> [--policy P] [--as-of DATE] [options]\n');
    expect(run.stdout).toContain('       npm run policy:scan -- <url> --declaration U [options]\n');
    expect(run.stdout).toContain('not with --policy or --as-of');
    expect(run.stdout).toContain('then ends with 130 (SIGINT) or 143 (SIGTERM)');
    // Every line fits a terminal of 100 columns.
    expect(run.stdout.split('\n').filter((line) => line.length > 100)).toEqual([]);
    for (const option of [
      '--policy',
      '--as-of',
      '--declaration',
      '--accept',
      '--reject',
      '--pages',
      '--first-party',
      '--wait',
      '--dwell',
      '--timeout',
      '--deadline',
      '--json',
    ]) {
      expect(run.stdout).toContain(`  ${option} `);
    }
    expect(run.stdout).toContain(
      'Exit status: 0 no problem of kinds 1 to 3, 1 problems found, 2 bad arguments, 3 the scan could\nnot be done',
    );
  });

  test.each([
    [[], 'give one URL to scan (got 0)'],
    [[URL_, 'http://127.0.0.1:9/other'], 'give one URL to scan (got 2)'],
    [['ftp://example.com/'], '"ftp://example.com/" is not an http or https URL'],
    [['example.com'], '"example.com" is not an http or https URL'],
    [[URL_, '--policy', '../etc'], '--policy "../etc" is not a policy name'],
    [[URL_, '--as-of', '2026-02-30'], '--as-of "2026-02-30" is not a real date written YYYY-MM-DD'],
    [[URL_, '--declaration', 'd.json', '--as-of', '2026-01-01'], '--declaration gives the declaration; --policy and --as-of choose one'],
    [[URL_, '--declaration', 'd.json', '--policy', 'cookies'], '--declaration gives the declaration; --policy and --as-of choose one'],
    [[URL_, '--accept', '#yes'], '--accept is given without --reject'],
    [[URL_, '--reject', '#no'], '--reject is given without --accept'],
    [[URL_, '--accept', ' ', '--reject', '#no'], '--accept and --reject take a CSS selector'],
    [[URL_, '--pages=-1'], '--pages "-1" is not a whole number from 0 to 50'],
    [[URL_, '--pages', 'all'], '--pages "all" is not a whole number from 0 to 50'],
    [[URL_, '--wait', '1.5'], '--wait "1.5" is not a whole number from 0 to 60,000'],
    [[URL_, '--dwell', '2.5'], '--dwell "2.5" is not a whole number from 0 to 60,000'],
    [[URL_, '--timeout', '0'], '--timeout "0" is not a whole number from 1 to 600,000'],
    [[URL_, '--deadline', '5s'], '--deadline "5s" is not a whole number from 1 to 3,600,000'],
    [[URL_, '--first-party', 'https://example.com'], '--first-party "https://example.com" is not a domain'],
    [[URL_, '--colour'], "Unknown option '--colour'"],
  ])('refuses %j with status 2, saying why, then the help', async (args, message) => {
    const run = await runScript('policy-scan', args, SHOP);
    expect([run.code, run.stderr]).toEqual([2, expect.stringContaining(message)]);
    expect(run.stderr).toContain('Usage: npm run policy:scan');
  });

  test.each([
    [
      'a policy folder that does not exist',
      [URL_, '--policy', 'privacy'],
      {},
      'test/fixtures/scan/policies/privacy does not exist — the policies are: cookies',
    ],
    ['a day before the first revision', [URL_, '--as-of', '2025-12-31'], {}, 'has no revision in force on 2025-12-31'],
    [
      'a revision in force without a declaration',
      [URL_, '--as-of', '2026-02-01'],
      { 'cookies/2026-02-01.mdx': '---\neffective: 2026-02-01\nsummary: Drops the declaration.\nchange: material\n---\n\nNo cookies.\n' },
      'cookies/2026-02-01.mdx, in force on 2026-02-01, declares no cookies',
    ],
    [
      'a revision in force with problems',
      [URL_, '--as-of', '2026-02-01'],
      { 'cookies/2026-02-01.mdx': '---\neffective: 2026-02-02\nsummary: Wrong date.\nchange: material\n---\n\nText.\n' },
      'cookies/2026-02-01.mdx, in force on 2026-02-01, has problems (npm run policy:check lists them all):\n',
    ],
  ])('cannot scan against %s: status 3, before any browser starts', async (_name, args, files, message) => {
    const edited = Object.keys(files).length > 0;
    const run = await runScript('policy-scan', args, edited ? { POLICIES_DIR: shopPolicies(files) } : SHOP);
    expect([run.code, run.stderr]).toEqual([3, expect.stringContaining(`The scan could not be done: `)]);
    expect(run.stderr).toContain(message);
  });

  test('never falls back to an older revision when the one in force cannot be read', async () => {
    const dir = shopPolicies({ 'cookies/2026-02-01.mdx': null });
    writeFileSync(join(dir, 'cookies/2026-02-01.mdx'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0x0a]));
    const run = await runScript('policy-scan', [URL_, '--as-of', '2026-03-01'], { POLICIES_DIR: dir });
    expect([run.code, run.stderr]).toEqual([3, expect.stringContaining('the revision in force on 2026-03-01 cannot be read:\n')]);
    expect(run.stderr).toContain('cookies/2026-02-01.mdx');
  });

  test.each([
    ['is not JSON', () => '{"categories": [', 'is not JSON'],
    ['was altered after it was sealed', () => JSON.stringify({ ...shopDocument(), cookies: [] }), 'does not match its integrity digest'],
  ])('cannot scan against a published declaration that %s: status 3', async (_name, text, message) => {
    const file = join(tempDir('scan-declaration'), 'declaration.json');
    writeFileSync(file, text());
    const run = await runScript('policy-scan', [URL_, '--declaration', file]);
    expect([run.code, run.stderr]).toEqual([3, expect.stringContaining(`The scan could not be done: ${file} `)]);
    expect(run.stderr).toContain(message);
  });

  test('cannot scan against a published declaration its URL does not serve: status 3', async () => {
    const server = await serveStatic(fixturePath('scan/site'));
    try {
      const run = await runScript('policy-scan', [URL_, '--declaration', `${server.url}/api/cookies/declaration.json`]);
      expect([run.code, run.stderr]).toEqual([
        3,
        `The scan could not be done: ${server.url}/api/cookies/declaration.json answered HTTP 404 — give the URL of a published declaration.json\n`,
      ]);
    } finally {
      await server.close();
    }
  });

  test('cannot scan against a published declaration larger than a declaration can be: status 3, saying what to give', async () => {
    const dir = tempDir('scan-large');
    writeFileSync(join(dir, 'declaration.json'), ' '.repeat(5 * 1024 * 1024 + 1));
    const server = await serveStatic(dir);
    try {
      const run = await runScript('policy-scan', [URL_, '--declaration', `${server.url}/declaration.json`]);
      expect([run.code, run.stderr]).toEqual([
        3,
        `The scan could not be done: ${server.url}/declaration.json is 5,242,881 bytes, more than a declaration can be (5,242,880) — give the URL of /api/<policy>/declaration.json, not of another file\n`,
      ]);
    } finally {
      await server.close();
    }
  });

  test('cannot scan against a published declaration that cannot be fetched: status 3, saying what to check', async () => {
    // Port 9 (discard) has no server on this machine: the connection is refused.
    const run = await runScript('policy-scan', [URL_, '--declaration', 'http://127.0.0.1:9/declaration.json']);
    expect([run.code, run.stderr]).toEqual([
      3,
      expect.stringContaining('http://127.0.0.1:9/declaration.json could not be fetched (fetch failed: '),
    ]);
    expect(run.stderr).toContain(') — check the address and that the site answers, or give a saved copy of the file\n');
  });

  test('cannot scan against a published declaration that does not answer in time: status 3, saying to wait longer', async () => {
    const server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const run = await runScript('policy-scan', [URL_, '--timeout', '300', '--declaration', `http://127.0.0.1:${port}/declaration.json`]);
      expect([run.code, run.stderr]).toEqual([
        3,
        `The scan could not be done: http://127.0.0.1:${port}/declaration.json did not answer within --timeout 300 ms — give a longer --timeout, or a saved copy of the file\n`,
      ]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('cannot scan without a browser: status 3, saying how to get one', async () => {
    const run = await runScript('policy-scan', [URL_], { ...SHOP, CHROMIUM_PATH: '/nowhere/chromium' });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('Chromium could not be started: CHROMIUM_PATH is "/nowhere/chromium", which does not exist.');
    expect(run.stderr).toContain('apt-get install -y chromium');
  });
});
