import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { appendToLock, emptyLock, serializeLock } from '../../src/lib/integrity/index.ts';
import { buildSite } from '../helpers/build-site.ts';
import { htmlText, readPage } from '../helpers/page-text.ts';
import { cookieRevision, copyPolicies, editTree } from '../helpers/policy-tree.ts';
import { plainRedline } from '../helpers/html-safety.ts';
import { runScript } from '../helpers/run-script.ts';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const FILE = 'cookies/2026-03-14.mdx';
const ORIGINAL = 'Cookies are widely used to make websites work more efficiently';
const EDITED = 'Cookies are commonly used to make websites work more efficiently';

type Entry = { revision: string; sha256: string; lockedOn: string; erratum?: string; previous: string; hash: string };
const lockOf = (dir: string): { entries: Entry[] } =>
  JSON.parse(readFileSync(join(dir, 'redline.lock.json'), 'utf8')) as { entries: Entry[] };
const chainOf = (dir: string, key: string): Entry[] => lockOf(dir).entries.filter((entry) => entry.revision === key);

function lockedTree(): { dir: string; text: string; locked: string } {
  const dir = copyPolicies();
  const text = readFileSync(join(dir, FILE), 'utf8');
  const locked = chainOf(dir, 'cookies/2026-03-14').at(-1)?.sha256 ?? '';
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

  test('accepts a correction recorded as an erratum once policy:lock adds its hash to the chain, and shows it with its redline', async () => {
    const { dir, text, locked } = lockedTree();
    const corrected = text
      .replace(ORIGINAL, EDITED)
      .replace(
        'change: material\n',
        `change: material\nerrata:\n  - date: 2026-04-02\n    description: Replaces "widely" with "commonly" in section 1.\n    previousSha256: ${locked}\n`,
      );
    editTree(dir, { [FILE]: corrected });
    // Published text is recorded text: the correction is published once the lock has its hash.
    const unrecorded = await buildSite({ policiesDir: dir, asOf: '2026-04-03' });
    expect(unrecorded.ok).toBe(false);
    expect(unrecorded.output).toContain(
      `cookies/2026-03-14.mdx: is corrected (erratum of 2026-04-02) but the lock has not recorded its new hash ${sha256(corrected)} — run npm run policy:lock -- cookies/2026-03-14`,
    );

    const lock = await runScript('policy-lock', [], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-03' });
    expect(lock.stdout).toContain('correct cookies/2026-03-14');
    const entries = lockOf(dir).entries;
    expect(chainOf(dir, 'cookies/2026-03-14')).toEqual([
      expect.objectContaining({ sha256: locked }),
      {
        revision: 'cookies/2026-03-14',
        sha256: sha256(corrected),
        lockedOn: '2026-04-03',
        erratum: '2026-04-02',
        previous: entries.at(-2)?.hash,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
    expect(existsSync(join(dir, '.archive', `${sha256(corrected)}.mdx`))).toBe(true);
    const rebuilt = await buildSite({ policiesDir: dir, asOf: '2026-04-03' });
    expect(rebuilt.ok, rebuilt.output).toBe(true);
    const page = readPage(rebuilt.outDir, '/cookies/2026-03-14/');
    expect(htmlText(page)).toContain('Corrected on April 2, 2026: Replaces "widely" with "commonly" in section 1.');
    expect(plainRedline(page)).toContain('Cookies are <del>widely</del><ins>commonly</ins> used');
    expect(page).toContain(`href="/sources/${locked}.mdx"`);
    expect(readFileSync(join(rebuilt.outDir, 'sources', `${locked}.mdx`), 'utf8')).toBe(text);
    expect(htmlText(readPage(rebuilt.outDir, '/integrity/'))).toMatch(
      /Published, recorded on .*: [0-9a-f]{64} Corrected on April 2, 2026, recorded on April 3, 2026/,
    );
  });

  // The typo-sized erratum of the test above still passes: only rewrites presented as corrections are refused.
  test.each([
    [
      'changes more words than a correction may',
      (text: string): string =>
        text.replace(
          'more efficiently,',
          'more efficiently. We may sell the data cookies collect to advertising partners, brokers and other third parties, who may combine it with what they hold about you to build a profile of your interests,',
        ),
      /cookies\/2026-03-14\.mdx:5: erratum of 2026-04-02 changes \d+ words \(at most 25\) — a correction this large is a new revision: undo it here and add .*cookies\/<date>\.mdx with summary and change label/,
    ],
    [
      'changes the change label',
      (text: string): string => text.replace('change: material\n', 'change: technical\n'),
      /cookies\/2026-03-14\.mdx:5: erratum of 2026-04-02 changes front matter "change" \(material → technical\) — an erratum corrects the text only/,
    ],
  ])('stops the build and policy:check when an erratum %s', async (_case, rewrite, message) => {
    const { dir, text, locked } = lockedTree();
    const erratum = `errata:\n  - date: 2026-04-02\n    description: Fixes a typo.\n    previousSha256: ${locked}\n`;
    editTree(dir, { [FILE]: rewrite(text).replace(/^(change: \w+\n)/m, `$1${erratum}`) });
    const build = await buildSite({ policiesDir: dir, asOf: '2026-04-03' });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(message);
    const check = await runScript('policy-check', [], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-03' });
    expect([check.code, check.stderr]).toEqual([1, expect.stringMatching(message)]);
    const lock = await runScript('policy-lock', [], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-03' });
    expect([lock.code, lock.stderr]).toEqual([1, expect.stringMatching(message)]);
  });

  test('lets drafts change freely: nothing unpublished is locked', async () => {
    const { dir, text } = lockedTree();
    const draft = text.replace('effective: 2026-03-14', 'effective: 2026-09-01').replace(ORIGINAL, EDITED);
    editTree(dir, { 'cookies/2026-09-01.mdx': draft });
    const build = await buildSite({ policiesDir: dir, asOf: '2026-04-01' });
    expect(build.ok, build.output).toBe(true);
    editTree(dir, { 'cookies/2026-09-01.mdx': draft.replace(EDITED, ORIGINAL) });
    expect((await buildSite({ policiesDir: dir, asOf: '2026-04-01' })).ok).toBe(true);
  });

  test('stops the build on a published revision the lock does not cover, naming it and the command; locking it makes it pass', async () => {
    const { dir, text } = lockedTree();
    const announced = text.replace('effective: 2026-03-14', 'effective: 2026-06-01\npublished: 2026-04-01').replace(ORIGINAL, EDITED);
    editTree(dir, { 'cookies/2026-06-01.mdx': announced });
    const before = await buildSite({ policiesDir: dir, asOf: '2026-03-31' });
    expect(before.ok, before.output).toBe(true); // not announced yet: free to change
    const build = await buildSite({ policiesDir: dir, asOf: '2026-04-01' });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(
      'cookies/2026-06-01.mdx: is published (since 2026-04-01) but not locked, so it could still change without a trace — run npm run policy:lock -- cookies/2026-06-01',
    );
    const check = await runScript('policy-check', [], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-01' });
    expect([check.code, check.stderr]).toEqual([1, expect.stringContaining('run npm run policy:lock -- cookies/2026-06-01')]);
    const lock = await runScript('policy-lock', [], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-01' });
    expect(lock.stdout).toContain('lock    cookies/2026-06-01');
    expect((await runScript('policy-check', [], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-01' })).code).toBe(0);
    expect((await buildSite({ policiesDir: dir, asOf: '2026-04-01' })).ok).toBe(true);
  });

  test.each([
    [
      'the lock is deleted',
      (dir: string): void => editTree(dir, { 'redline.lock.json': null }),
      /redline\.lock\.json: is missing, but \.archive\/ holds 3 locked sources: the lock existed — restore it from version control/,
    ],
    [
      'one entry is rehashed to match an edit',
      (dir: string): void => {
        const lock = lockOf(dir);
        const entry = lock.entries.find((e) => e.revision === 'cookies/2026-03-14');
        const edited = readFileSync(join(dir, FILE), 'utf8').replace(ORIGINAL, EDITED);
        editTree(dir, { [FILE]: edited });
        if (entry) entry.sha256 = sha256(edited);
        editTree(dir, { 'redline.lock.json': `${JSON.stringify(lock, null, 2)}\n` });
      },
      /redline\.lock\.json: has a broken hash chain: entry \d \(cookies\/2026-03-14\) says it hashes to [0-9a-f]{64}, but it hashes to [0-9a-f]{64} — an entry was rewritten/,
    ],
    [
      'an archived source is edited',
      (dir: string): void => {
        const locked = chainOf(dir, 'cookies/2026-03-14')[0]?.sha256 ?? '';
        const path = join(dir, '.archive', `${locked}.mdx`);
        editTree(dir, { [`.archive/${locked}.mdx`]: readFileSync(path, 'utf8').replace('widely used', 'commonly used') });
      },
      /\.archive\/[0-9a-f]{64}\.mdx: is named after sha256 ([0-9a-f]{64}) but its bytes hash to [0-9a-f]{64} — an archived source was edited/,
    ],
    [
      'the lock is emptied while the archive keeps what it locked',
      (dir: string): void => editTree(dir, { 'redline.lock.json': '{"version":2,"algorithm":"sha256","entries":[]}\n' }),
      /\.archive\/[0-9a-f]{64}\.mdx: is a locked source the lock no longer records — an entry was taken out of/,
    ],
    [
      'an archived source is replaced by a symbolic link to a file elsewhere',
      (dir: string): void => {
        const locked = chainOf(dir, 'cookies/2026-03-14')[0]?.sha256 ?? '';
        const outside = join(dir, '..', `outside-${locked.slice(0, 8)}.txt`);
        writeFileSync(outside, 'SECRET');
        rmSync(join(dir, '.archive', `${locked}.mdx`));
        symlinkSync(outside, join(dir, '.archive', `${locked}.mdx`));
      },
      /\.archive\/[0-9a-f]{64}\.mdx: is not a regular file \(a symbolic link, folder or device\)/,
    ],
    [
      'the lock is replaced by a version 1 lock, which has no chain',
      (dir: string): void =>
        editTree(dir, {
          'redline.lock.json': JSON.stringify({
            version: 1,
            revisions: { 'cookies/2026-03-14': [{ sha256: 'a'.repeat(64), lockedOn: '2026-03-14' }] },
          }),
        }),
      /redline\.lock\.json: is a version 1 lock, without a hash chain — run npm run policy:lock to migrate it/,
    ],
  ])('stops the build and policy:check when %s', async (_case, tamper, message) => {
    const { dir } = lockedTree();
    tamper(dir);
    const build = await buildSite({ policiesDir: dir, asOf: '2026-04-01' });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(message);
    const check = await runScript('policy-check', [], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-01' });
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(message);
    const lock = await runScript('policy-lock', [], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-01' });
    expect(lock.code === 1 || _case.includes('version 1')).toBe(true);
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
    const dir = copyPolicies({ samples: false });
    editTree(dir, {
      'cookies/2025-01-20.mdx': cookieRevision('2025-01-20.mdx'),
      'cookies/2025-09-01.mdx': cookieRevision('2025-09-01.mdx'),
    });
    const env = { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-01' };
    const first = await runScript('policy-lock', ['cookies/2025-09-01'], env);
    expect([first.code, first.stdout]).toEqual([0, expect.stringContaining('lock    cookies/2025-09-01')]);
    const again = await runScript('policy-lock', ['cookies/2025-09-01'], env);
    expect(again.stdout).toContain('Nothing to lock');
    const check = await runScript('policy-check', [], env);
    expect([check.code, check.stderr]).toEqual([
      1,
      expect.stringContaining('cookies/2025-01-20.mdx: is published (since 2025-01-20) but not locked'),
    ]);
    expect((await runScript('policy-lock', ['Cookies!'], env)).code).toBe(2);
    expect((await runScript('policy-lock', [], env)).stdout).toContain('lock    cookies/2025-01-20');
    expect((await runScript('policy-check', [], env)).code).toBe(0);
  });

  test('policy:check --since catches a lock rewritten and re-chained from an entry on, which every other check accepts', async () => {
    const { dir, text, locked } = lockedTree();
    const base = join(dir, '..', `base-${locked.slice(0, 8)}.lock.json`);
    writeFileSync(base, readFileSync(join(dir, 'redline.lock.json'), 'utf8'));
    // The forger's way: edit the text, swap its archived source, and rebuild the whole chain.
    const edited = text.replace(ORIGINAL, EDITED);
    editTree(dir, { [FILE]: edited, [`.archive/${locked}.mdx`]: null, [`.archive/${sha256(edited)}.mdx`]: edited });
    const forged = lockOf(dir).entries.map(({ revision, sha256: source, lockedOn }) => ({
      revision,
      sha256: source === locked ? sha256(edited) : source,
      lockedOn,
    }));
    editTree(dir, { 'redline.lock.json': serializeLock(forged.reduce(appendToLock, emptyLock())) });
    expect((await runScript('policy-check', [], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-01' })).code).toBe(0);
    const since = await runScript('policy-check', ['--since', base], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-01' });
    expect([since.code, since.stderr]).toEqual([
      1,
      expect.stringMatching(
        /redline\.lock\.json: does not extend .*: entry \d+ was cookies\/2026-03-14 [0-9a-f]{64} .*the record was rewritten, not only appended to/,
      ),
    ]);
  });

  test('policy:lock never writes through a link planted in the archive', async () => {
    const { dir, text } = lockedTree();
    const added = text.replace('effective: 2026-03-14', 'effective: 2026-06-01\npublished: 2026-04-01');
    editTree(dir, { 'cookies/2026-06-01.mdx': added });
    const target = join(dir, '..', `planted-${sha256(added).slice(0, 8)}`, 'authorized_keys');
    symlinkSync(target, join(dir, '.archive', `${sha256(added)}.mdx`));
    const lock = await runScript('policy-lock', [], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-01' });
    expect([lock.code, lock.stderr]).toEqual([1, expect.stringContaining('is not a regular file (a symbolic link, folder or device)')]);
    expect(existsSync(target)).toBe(false);
  });

  test('policy:lock migrates a version 1 lock to a chain, keeping its entries', async () => {
    const dir = copyPolicies({ samples: false });
    const [entry] = lockOf(dir).entries;
    editTree(dir, {
      'redline.lock.json': JSON.stringify({
        version: 1,
        revisions: { [entry?.revision ?? '']: [{ sha256: entry?.sha256, lockedOn: entry?.lockedOn }] },
      }),
    });
    const run = await runScript('policy-lock', [], { POLICIES_DIR: dir, REDLINE_AS_OF: '2026-04-01' });
    expect(run.stdout).toContain('migrate');
    expect(lockOf(dir).entries).toEqual([entry]);
  });
});

describe('the published sources', () => {
  test('hash to their names, and every page names its own', async () => {
    const dir = copyPolicies();
    const build = await buildSite({ policiesDir: dir, asOf: '2026-04-01' });
    expect(build.ok, build.output).toBe(true);
    const files = readdirSync(join(build.outDir, 'sources'));
    expect(files).toHaveLength(3);
    expect(readFileSync(join(build.outDir, 'integrity/redline.lock.json'), 'utf8')).toBe(
      readFileSync(join(dir, 'redline.lock.json'), 'utf8'),
    );
    // The chain's head, published three ways.
    const { entries } = lockOf(dir);
    const head = entries.at(-1)?.hash ?? '';
    const index = JSON.parse(readFileSync(join(build.outDir, 'api/policies.json'), 'utf8')) as { integrity: Record<string, unknown> };
    expect(index.integrity).toEqual({
      algorithm: 'sha256',
      head,
      entries: entries.length,
      lockUrl: 'https://policies.mailly.io/integrity/redline.lock.json',
    });
    expect(readPage(build.outDir, '/integrity/')).toContain(`<code class="sha" id="integrity-head">${head}</code>`);
    const feed = readFileSync(join(build.outDir, 'changelog.xml'), 'utf8');
    expect(
      feed
        .split('<item>')
        .slice(1)
        .every((item) => item.includes(head)),
    ).toBe(true);
    for (const name of files) expect(sha256(readFileSync(join(build.outDir, 'sources', name), 'utf8'))).toBe(name.replace('.mdx', ''));
    const page = readPage(build.outDir, '/cookies/2025-01-20/');
    const shown = /<code class="sha">([0-9a-f]{64})<\/code>/.exec(page)?.[1];
    expect(files).toContain(`${shown}.mdx`);
  });
});
