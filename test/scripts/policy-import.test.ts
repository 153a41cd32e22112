import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sourceSha256 } from '../../src/lib/policies/index.ts';
import { tempDir } from '../helpers/build-site.ts';
import { editTree } from '../helpers/policy-tree.ts';
import { runScript } from '../helpers/run-script.ts';
import { GIT_IDENTITY } from '../helpers/git-identity.ts';

// A repository with a policy file committed on several days, in several time zones.
function repository(): string {
  const repo = tempDir('git');
  const git = (args: string[], date?: string): void => {
    const env = { ...process.env, ...GIT_IDENTITY };
    execFileSync('git', ['-C', repo, ...args], {
      env: date ? { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : env,
      stdio: 'ignore',
    });
  };
  git(['init', '-q', '-b', 'main']);
  const commit = (text: string, date: string, ...message: string[]): void => {
    writeFileSync(join(repo, 'terms.md'), text);
    git(['add', 'terms.md']);
    const paragraphs = message.length === 0 ? ['--allow-empty-message', '-m', ''] : message.flatMap((paragraph) => ['-m', paragraph]);
    git(['commit', '-q', ...paragraphs], date);
  };
  commit('---\ntitle: Terms\n---\n\n# Terms\n\nVersion one.\n', '2024-01-01T09:00:00+00:00', 'First terms');
  commit('---\ntitle: Terms\n---\n\n# Terms\n\nVersion one, fixed.\n', '2024-01-01T18:00:00+00:00', 'Fix typo');
  // 23:30 in UTC+10 is still January 3rd where it was committed, though January 3rd 13:30 UTC.
  commit(
    '---\ntitle: Terms of Service\n---\n\n# Terms\n\nVersion two <privacy@example.org>.\n',
    '2024-01-03T23:30:00+10:00',
    'Add contact',
    'The privacy team asked to be reachable\nby email.',
    'Signed-off-by: Ada <ada@example.org>',
  );
  commit('---\ntitle: Terms of Service\n---\n\n# Terms\n\nVersion three.\n', '2024-01-05T10:00:00+00:00', 'Try a change');
  commit('---\ntitle: Terms of Service\n---\n\n# Terms\n\nVersion two <privacy@example.org>.\n', '2024-01-05T11:00:00+00:00', 'Revert it');
  // Two commits on one day make one revision, described by both messages; a commit may have none.
  commit('---\ntitle: Terms of Service\n---\n\n# Terms\n\nVersion four.\n', '2024-01-07T09:00:00+00:00', 'Shorten the terms');
  commit('---\ntitle: Terms of Service\n---\n\n# Terms\n\nVersion four, final.\n', '2024-01-07T10:00:00+00:00', 'Fix a typo.');
  commit('---\ntitle: Terms of Service\n---\n\n# Terms\n\nVersion five.\n', '2024-01-09T10:00:00+00:00');
  return repo;
}

describe('policy:import --git', () => {
  test('makes one revision per day of the commit time zone, skips unchanged days, and labels them', async () => {
    const policies = tempDir('policies');
    const run = await runScript('policy-import', ['--git', repository(), '--path', 'terms.md', '--policy', 'terms'], {
      POLICIES_DIR: policies,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('reading version 8 of 8');
    expect(readdirSync(join(policies, 'terms')).sort()).toEqual([
      '2024-01-01.mdx',
      '2024-01-03.mdx',
      '2024-01-07.mdx',
      '2024-01-09.mdx',
      'policy.yml',
    ]);
    expect(readFileSync(join(policies, 'terms/2024-01-01.mdx'), 'utf8')).toBe(
      '---\neffective: 2024-01-01\n---\n\n# Terms\n\nVersion one, fixed.\n',
    );
    expect(readFileSync(join(policies, 'terms/2024-01-03.mdx'), 'utf8')).toBe(
      '---\neffective: 2024-01-03\nchange: material\nsummary: "Add contact. The privacy team asked to be reachable by email."\n---\n\n# Terms\n\nVersion two [privacy@example.org](mailto:privacy@example.org).\n',
    );
    expect(readFileSync(join(policies, 'terms/2024-01-07.mdx'), 'utf8')).toContain('summary: "Shorten the terms. Fix a typo."\n');
    expect(readFileSync(join(policies, 'terms/2024-01-09.mdx'), 'utf8')).toContain('summary: "No summary was recorded."\n');
    expect(run.stdout).toContain(
      'Summaries: the commit messages (subject and body); 1 revision without a message says "No summary was recorded." — write it.',
    );
    expect(readFileSync(join(policies, 'terms/policy.yml'), 'utf8')).toContain('title: "Terms of Service"');
    // Imported revisions are published: policy:check wants them locked, as the import says.
    expect((await runScript('policy-check', [], { POLICIES_DIR: policies })).stderr).toContain(
      'is published (since 2024-01-01) but not locked',
    );
    expect((await runScript('policy-lock', [], { POLICIES_DIR: policies })).code).toBe(0);
    expect((await runScript('policy-check', [], { POLICIES_DIR: policies })).code).toBe(0);
  });

  test('refuses to write into an existing policy, and explains bad arguments', async () => {
    const policies = tempDir('policies');
    const repo = repository();
    expect(
      (await runScript('policy-import', ['--git', repo, '--path', 'terms.md', '--policy', 'terms'], { POLICIES_DIR: policies })).code,
    ).toBe(0);
    const again = await runScript('policy-import', ['--git', repo, '--path', 'terms.md', '--policy', 'terms'], { POLICIES_DIR: policies });
    expect([again.code, again.stderr]).toEqual([1, expect.stringContaining('already exists')]);
    const bad = await runScript('policy-import', ['--from', repo], { POLICIES_DIR: policies });
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--policy is required')]);
  });
});

// A folder history of three days.
function folderHistory(): string {
  const from = tempDir('history');
  for (const day of ['01', '03', '05']) writeFileSync(join(from, `2024-01-${day}.md`), `# Terms\n\nImported text of January ${day}.\n`);
  return from;
}

const ownText = (day: string): string => `---\neffective: 2024-01-${day}\n---\n\n# Terms\n\nOur own text of January ${day}.\n`;

// A policies folder whose "terms" policy has its own revisions of January 1 (published and locked) and 3 (not locked).
function lockedPolicies(): string {
  const policies = tempDir('policies');
  editTree(policies, {
    'terms/policy.yml': 'title: "Our terms"\ndescription: "Ours."\norder: 0\n',
    'terms/2024-01-01.mdx': ownText('01'),
    'terms/2024-01-03.mdx': ownText('03'),
    'redline.lock.json': `${JSON.stringify({ version: 1, revisions: { 'terms/2024-01-01': [{ sha256: sourceSha256(ownText('01')), lockedOn: '2024-01-02' }] } }, null, 2)}\n`,
  });
  return policies;
}

describe('policy:import --force', () => {
  test('never overwrites a locked revision, reports each one it kept, and overwrites the unlocked ones', async () => {
    const policies = lockedPolicies();
    const run = await runScript('policy-import', ['--from', folderHistory(), '--policy', 'terms', '--force'], { POLICIES_DIR: policies });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(policies, 'terms/2024-01-01.mdx'), 'utf8')).toBe(ownText('01'));
    expect(run.stdout).toMatch(/1\/3 \S*terms\/2024-01-01\.mdx kept: it is locked .*--force never overwrites a locked revision/);
    expect(run.stdout).toContain('Kept 1 locked revision');
    expect(readFileSync(join(policies, 'terms/2024-01-03.mdx'), 'utf8')).toContain('Imported text of January 03.');
    expect(run.stdout).toMatch(/2\/3 \S*terms\/2024-01-03\.mdx \(replaced\)/);
    expect(readFileSync(join(policies, 'terms/2024-01-05.mdx'), 'utf8')).toContain('Imported text of January 05.');
    expect(readFileSync(join(policies, 'terms/policy.yml'), 'utf8')).toContain('Our terms');
    // A folder records no summaries: none is invented, and the import says so.
    expect(readFileSync(join(policies, 'terms/2024-01-05.mdx'), 'utf8')).toContain('summary: "No summary was recorded."\n');
    expect(run.stdout).toContain('Summaries: a folder records none');
  });

  test('replaces a link in the policy folder instead of writing through it', async () => {
    const policies = lockedPolicies();
    const outside = join(tempDir('outside'), 'target.mdx');
    writeFileSync(outside, 'not yours\n');
    symlinkSync(outside, join(policies, 'terms/2024-01-05.mdx'));
    const run = await runScript('policy-import', ['--from', folderHistory(), '--policy', 'terms', '--force'], { POLICIES_DIR: policies });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(outside, 'utf8')).toBe('not yours\n');
    expect(lstatSync(join(policies, 'terms/2024-01-05.mdx')).isFile()).toBe(true);
  });

  test('refuses, writing nothing, when the lock cannot be read', async () => {
    const policies = lockedPolicies();
    writeFileSync(join(policies, 'redline.lock.json'), '{"version": 1, "revisions": ');
    const run = await runScript('policy-import', ['--from', folderHistory(), '--policy', 'terms', '--force'], { POLICIES_DIR: policies });
    expect([run.code, run.stderr]).toEqual([1, expect.stringContaining('redline.lock.json: is not valid JSON')]);
    expect(readFileSync(join(policies, 'terms/2024-01-03.mdx'), 'utf8')).toBe(ownText('03'));
  });

  test('says in its help exactly what --force does', async () => {
    const run = await runScript('policy-import', ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /--force +import into a policy folder that already exists: its revisions of the imported\s+days are overwritten, except locked ones/,
    );
    expect(run.stdout).not.toContain('existing files are kept');
  });
});

describe('policy:import --policy', () => {
  test.each([
    ['../victim', 'is not a policy name'],
    ['Terms', 'is not a policy name'],
    ['api', 'takes a URL the site uses itself (/api/)'],
  ])('refuses %j with exit 2, naming it and the fix', async (name, message) => {
    const run = await runScript('policy-import', ['--from', folderHistory(), '--policy', name], { POLICIES_DIR: tempDir('policies') });
    expect([run.code, run.stderr]).toEqual([2, expect.stringContaining(`--policy "${name}" ${message}`)]);
  });

  test('refuses a policy folder that leads outside the policies folder', async () => {
    const root = tempDir('root');
    mkdirSync(join(root, 'policies'));
    mkdirSync(join(root, 'victim'));
    symlinkSync(join(root, 'victim'), join(root, 'policies/terms'));
    const run = await runScript('policy-import', ['--from', folderHistory(), '--policy', 'terms', '--force'], {
      POLICIES_DIR: join(root, 'policies'),
    });
    expect([run.code, run.stderr]).toEqual([1, expect.stringContaining('leads outside the policies folder')]);
    expect(readdirSync(join(root, 'victim'))).toEqual([]);
  });
});
