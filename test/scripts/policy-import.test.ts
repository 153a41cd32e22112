import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/build-site.ts';
import { runScript } from '../helpers/run-script.ts';

// A repository with a policy file committed on several days, in several time zones.
function repository(): string {
  const repo = tempDir('git');
  const git = (args: string[], date?: string): void => {
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 'Legal',
      GIT_AUTHOR_EMAIL: 'legal@example.org',
      GIT_COMMITTER_NAME: 'Legal',
      GIT_COMMITTER_EMAIL: 'legal@example.org',
    };
    execFileSync('git', ['-C', repo, ...args], {
      env: date ? { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : env,
      stdio: 'ignore',
    });
  };
  git(['init', '-q', '-b', 'main']);
  const commit = (text: string, date: string, subject: string): void => {
    writeFileSync(join(repo, 'terms.md'), text);
    git(['add', 'terms.md']);
    git(['commit', '-q', '-m', subject], date);
  };
  commit('---\ntitle: Terms\n---\n\n# Terms\n\nVersion one.\n', '2024-01-01T09:00:00+00:00', 'First terms');
  commit('---\ntitle: Terms\n---\n\n# Terms\n\nVersion one, fixed.\n', '2024-01-01T18:00:00+00:00', 'Fix typo');
  // 23:30 in UTC+10 is still January 3rd where it was committed, though January 3rd 13:30 UTC.
  commit(
    '---\ntitle: Terms of Service\n---\n\n# Terms\n\nVersion two <privacy@example.org>.\n',
    '2024-01-03T23:30:00+10:00',
    'Add contact',
  );
  commit('---\ntitle: Terms of Service\n---\n\n# Terms\n\nVersion three.\n', '2024-01-05T10:00:00+00:00', 'Try a change');
  commit('---\ntitle: Terms of Service\n---\n\n# Terms\n\nVersion two <privacy@example.org>.\n', '2024-01-05T11:00:00+00:00', 'Revert it');
  return repo;
}

describe('policy:import --git', () => {
  test('makes one revision per day of the commit time zone, skips unchanged days, and labels them', async () => {
    const policies = tempDir('policies');
    const run = await runScript('policy-import', ['--git', repository(), '--path', 'terms.md', '--policy', 'terms'], {
      POLICIES_DIR: policies,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('reading version 5 of 5');
    expect(readdirSync(join(policies, 'terms')).sort()).toEqual(['2024-01-01.mdx', '2024-01-03.mdx', 'policy.yml']);
    expect(readFileSync(join(policies, 'terms/2024-01-01.mdx'), 'utf8')).toBe(
      '---\neffective: 2024-01-01\n---\n\n# Terms\n\nVersion one, fixed.\n',
    );
    expect(readFileSync(join(policies, 'terms/2024-01-03.mdx'), 'utf8')).toBe(
      '---\neffective: 2024-01-03\nchange: material\nsummary: "Imported revision: Add contact."\n---\n\n# Terms\n\nVersion two [privacy@example.org](mailto:privacy@example.org).\n',
    );
    expect(readFileSync(join(policies, 'terms/policy.yml'), 'utf8')).toContain('title: "Terms of Service"');
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
