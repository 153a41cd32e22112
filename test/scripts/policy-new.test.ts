import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/build-site.ts';
import { copyPolicies } from '../helpers/policy-tree.ts';
import { runScript } from '../helpers/run-script.ts';

describe('policy:new', () => {
  test('starts a revision from the one in force and refuses to overwrite it', async () => {
    const dir = copyPolicies();
    const run = await runScript('policy-new', ['cookies', '--date', '2026-12-01', '--change', 'editorial'], { POLICIES_DIR: dir });
    expect(run.code, run.stderr).toBe(0);
    const created = readFileSync(join(dir, 'cookies/2026-12-01.mdx'), 'utf8');
    expect(created).toMatch(/^---\neffective: 2026-12-01\nchange: editorial\nsummary: ""/);
    expect(created).toContain('name: Performance Cookies');
    expect(created.split('---\n').slice(2).join('---\n')).toBe(
      readFileSync(join(dir, 'cookies/2026-03-14.mdx'), 'utf8').split('---\n').slice(2).join('---\n'),
    );
    const check = await runScript('policy-check', [], { POLICIES_DIR: dir });
    expect([check.code, check.stderr]).toEqual([
      1,
      expect.stringContaining('2026-12-01.mdx:4: front matter "summary" is "" — it must not be empty'),
    ]);
    const again = await runScript('policy-new', ['cookies', '--date', '2026-12-01'], { POLICIES_DIR: dir });
    expect([again.code, again.stderr]).toEqual([1, expect.stringContaining('already exists')]);
  });

  test.each([
    [['nope'], 1, 'does not exist'],
    [['cookies', '--date', '2026-02-30'], 2, 'is not a real date'],
    [['cookies', '--change', 'major'], 2, '--change must be one of material, editorial, technical'],
    [['cookies', '--date', '2020-01-01'], 1, 'has no revision in force on 2020-01-01'],
  ])('refuses %j with exit %i', async (args, code, message) => {
    const run = await runScript('policy-new', args, { POLICIES_DIR: copyPolicies() });
    expect([run.code, run.stderr]).toEqual([code, expect.stringContaining(message)]);
  });

  // A policies folder with a "victim" folder beside it that looks like a policy.
  function besideVictim(): { policies: string; victim: string } {
    const root = tempDir('root');
    const policies = join(root, 'policies');
    const victim = join(root, 'victim');
    mkdirSync(victim);
    writeFileSync(join(victim, '2026-01-01.mdx'), '---\neffective: 2026-01-01\n---\n\nHello.\n');
    mkdirSync(policies);
    return { policies, victim };
  }

  test.each([
    ['../victim', 'is not a policy name'],
    ['cookies/../../victim', 'is not a policy name'],
    ['Cookies', 'is not a policy name'],
    ['cookies.bak', 'is not a policy name'],
    ['api', 'takes a URL the site uses itself (/api/)'],
  ])('refuses the policy name %j with exit 2, naming it and the fix', async (name, message) => {
    const { policies, victim } = besideVictim();
    const run = await runScript('policy-new', [name, '--date', '2026-12-01'], { POLICIES_DIR: policies });
    expect([run.code, run.stderr]).toEqual([2, expect.stringContaining(`policy "${name}" ${message}`)]);
    expect(run.stderr).toMatch(/ — (use|choose) /);
    expect(readdirSync(victim)).toEqual(['2026-01-01.mdx']);
  });

  test('refuses a policy folder that is a link to a folder outside the policies folder', async () => {
    const { policies, victim } = besideVictim();
    symlinkSync(victim, join(policies, 'linked'));
    const run = await runScript('policy-new', ['linked', '--date', '2026-12-01'], { POLICIES_DIR: policies });
    expect([run.code, run.stderr]).toEqual([1, expect.stringContaining('leads outside the policies folder')]);
    expect(readdirSync(victim)).toEqual(['2026-01-01.mdx']);
  });

  test('never writes through a link where the new revision would go', async () => {
    const dir = copyPolicies();
    const outside = join(tempDir('outside'), 'written.mdx');
    symlinkSync(outside, join(dir, 'cookies/2026-12-01.mdx'));
    const run = await runScript('policy-new', ['cookies', '--date', '2026-12-01'], { POLICIES_DIR: dir });
    expect([run.code, run.stderr]).toEqual([1, expect.stringContaining('already exists')]);
    expect(existsSync(outside)).toBe(false);
  });
});
