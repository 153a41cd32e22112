import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { htmlText, readPage } from '../helpers/page-text.ts';
import { copyPolicies, editTree } from '../helpers/policy-tree.ts';
import { plainRedline } from '../helpers/html-safety.ts';
import { runScript } from '../helpers/run-script.ts';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const FILE = 'cookies/2026-03-14.mdx';
const ORIGINAL = 'Cookies are widely used to make websites work more efficiently';
const EDITED = 'Cookies are commonly used to make websites work more efficiently';

function lockedTree(): { dir: string; text: string; locked: string } {
  const dir = copyPolicies();
  const text = readFileSync(join(dir, FILE), 'utf8');
  const lock = JSON.parse(readFileSync(join(dir, 'redline.lock.json'), 'utf8')) as { revisions: Record<string, { sha256: string }[]> };
  const locked = lock.revisions['cookies/2026-03-14']?.at(-1)?.sha256 ?? '';
  expect(locked).toBe(sha256(text));
  return { dir, text, locked };
}

describe('the lock of published revisions', () => {
  test('stops the build when a locked revision is edited silently, naming the file and both hashes', async () => {
    const { dir, text, locked } = lockedTree();
    const edited = text.replace(ORIGINAL, EDITED);
    editTree(dir, { [FILE]: edited });
    const build = await buildSite({ policiesDir: dir, asOf: '2026-04-01' });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`cookies/2026-03-14.mdx: was published with sha256 ${locked} but now hashes to ${sha256(edited)}`);
  });

  test.each([
    ['deleted', (dir: string): void => editTree(dir, { [FILE]: null })],
    ['renamed', (dir: string): void => renameSync(join(dir, FILE), join(dir, 'cookies/2026-03-15.mdx'))],
  ])('stops the build when a locked revision is %s', async (_case, change) => {
    const { dir, locked } = lockedTree();
    change(dir);
    const build = await buildSite({ policiesDir: dir, asOf: '2026-04-01' });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(
      `cookies/2026-03-14.mdx: was published and locked (sha256 ${locked}) but the file is gone — deleted or renamed`,
    );
  });

  test('accepts a correction recorded as an erratum, shows it with its redline, and policy:lock adds the new hash to the chain', async () => {
    const { dir, text, locked } = lockedTree();
    const corrected = text
      .replace(ORIGINAL, EDITED)
      .replace(
        'change: material\n',
        `change: material\nerrata:\n  - date: 2026-04-02\n    description: Replaces "widely" with "commonly" in section 1.\n    previousSha256: ${locked}\n`,
      );
    editTree(dir, { [FILE]: corrected });
    const build = await buildSite({ policiesDir: dir, asOf: '2026-04-03' });
    expect(build.ok, build.output).toBe(true);
    const page = readPage(build.outDir, '/cookies/2026-03-14/');
    expect(htmlText(page)).toContain('Corrected on April 2, 2026: Replaces "widely" with "commonly" in section 1.');
    expect(plainRedline(page)).toContain('Cookies are <del>widely</del><ins>commonly</ins> used');
    expect(page).toContain(`href="/sources/${locked}.mdx"`);
    expect(readFileSync(join(build.outDir, 'sources', `${locked}.mdx`), 'utf8')).toBe(text);

    const lock = await runScript('policy-lock', [], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-03' });
    expect(lock.stdout).toContain('correct cookies/2026-03-14');
    const chain = (JSON.parse(readFileSync(join(dir, 'redline.lock.json'), 'utf8')) as { revisions: Record<string, unknown[]> }).revisions[
      'cookies/2026-03-14'
    ];
    expect(chain).toEqual([
      expect.objectContaining({ sha256: locked }),
      { sha256: sha256(corrected), lockedOn: '2026-04-03', erratum: '2026-04-02' },
    ]);
    expect(existsSync(join(dir, '.archive', `${sha256(corrected)}.mdx`))).toBe(true);
    const rebuilt = await buildSite({ policiesDir: dir, asOf: '2026-04-03' });
    expect(rebuilt.ok, rebuilt.output).toBe(true);
    expect(htmlText(readPage(rebuilt.outDir, '/integrity/'))).toMatch(
      /Published, recorded on .*: [0-9a-f]{64} Corrected on April 2, 2026, recorded on April 3, 2026/,
    );
  });

  test('lets drafts and revisions that were never locked change freely', async () => {
    const { dir, text } = lockedTree();
    const draft = text.replace('effective: 2026-03-14', 'effective: 2026-09-01').replace(ORIGINAL, EDITED);
    editTree(dir, {
      'cookies/2026-09-01.mdx': draft,
      'cookies/2025-09-01.mdx': readFileSync(join(dir, 'cookies/2025-09-01.mdx'), 'utf8').replace('Cookies are', 'Cookies were'),
    });
    const build = await buildSite({ policiesDir: dir, asOf: '2026-04-01' });
    expect(build.ok, build.output).toBe(true);
  });
});

describe('policy:lock and policy:check', () => {
  test('policy:lock refuses to lock while a locked revision changed silently, and writes nothing', async () => {
    const { dir, text } = lockedTree();
    editTree(dir, { [FILE]: text.replace(ORIGINAL, EDITED) });
    const before = readFileSync(join(dir, 'redline.lock.json'), 'utf8');
    const lock = await runScript('policy-lock', [], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-01' });
    expect(lock.code).toBe(1);
    expect(lock.stderr).toContain('Nothing was locked:');
    expect(readFileSync(join(dir, 'redline.lock.json'), 'utf8')).toBe(before);
    const check = await runScript('policy-check', [], { POLICIES_DIR: dir });
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/2026-03-14\.mdx: was published with sha256 [0-9a-f]{64} but now hashes to/);
  });

  test('policy:lock locks the published revisions named, once', async () => {
    const { dir } = lockedTree();
    const first = await runScript('policy-lock', ['cookies/2025-09-01'], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-01' });
    expect([first.code, first.stdout]).toEqual([0, expect.stringContaining('lock    cookies/2025-09-01')]);
    const again = await runScript('policy-lock', ['cookies/2025-09-01'], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-01' });
    expect(again.stdout).toContain('Nothing to lock');
    expect((await runScript('policy-lock', ['Cookies!'], { POLICIES_DIR: dir })).code).toBe(2);
    expect((await runScript('policy-check', [], { POLICIES_DIR: dir })).code).toBe(0);
  });
});

describe('the published sources', () => {
  test('hash to their names, and every page names its own', async () => {
    const build = await buildSite({ asOf: '2026-04-01' });
    expect(build.ok, build.output).toBe(true);
    const files = readdirSync(join(build.outDir, 'sources'));
    expect(files).toHaveLength(3);
    for (const name of files) expect(sha256(readFileSync(join(build.outDir, 'sources', name), 'utf8'))).toBe(name.replace('.mdx', ''));
    const page = readPage(build.outDir, '/cookies/2025-01-20/');
    const shown = /<code class="sha">([0-9a-f]{64})<\/code>/.exec(page)?.[1];
    expect(files).toContain(`${shown}.mdx`);
  });
});
