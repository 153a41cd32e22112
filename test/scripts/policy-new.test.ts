import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
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
});
