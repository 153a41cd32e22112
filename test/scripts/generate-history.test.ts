import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/build-site.ts';
import { runScript } from '../helpers/run-script.ts';
import { fixturePath } from '../helpers/fixtures.ts';

const FROM = fixturePath('corpora/github-site-policy/github-terms-of-service/2026-03-02.md');
const read = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(join(dir, 'terms')).map((file) => [file, readFileSync(join(dir, 'terms', file), 'utf8')]));

describe('generate:history', () => {
  test('writes the same valid policy folder for the same options, which policy:check accepts', async () => {
    const args = ['--from', FROM, '--policy', 'terms', '--revisions', '6', '--compare', 'adjacent', '--seed', '4'];
    const [one, two] = [tempDir('policies'), tempDir('policies')];
    expect((await runScript('generate-history', args, { POLICIES_DIR: one })).code).toBe(0);
    expect((await runScript('generate-history', args, { POLICIES_DIR: two })).code).toBe(0);
    const files = read(one);
    expect(files).toEqual(read(two));
    expect(Object.keys(files).sort()).toEqual([
      '2010-01-01.mdx',
      '2010-01-31.mdx',
      '2010-03-02.mdx',
      '2010-04-01.mdx',
      '2010-05-01.mdx',
      '2010-05-31.mdx',
      'policy.yml',
    ]);
    expect(files['policy.yml']).toContain('compare: adjacent');
    expect(files['2010-01-31.mdx']).toMatch(
      /^---\neffective: 2010-01-31\nchange: material\nsummary: "Synthetic revision 2 of 6 \(seed 4\)\."\n---\n/,
    );
    // Generated revisions are published: locked as a real site's would be, they pass every check.
    expect((await runScript('policy-lock', [], { POLICIES_DIR: one })).code).toBe(0);
    expect((await runScript('policy-check', [], { POLICIES_DIR: one })).code).toBe(0);
  });

  test('refuses an existing folder (1) and bad arguments (2), and explains itself with --help (0)', async () => {
    const dir = tempDir('policies');
    const args = ['--from', FROM, '--policy', 'terms', '--revisions', '2'];
    expect((await runScript('generate-history', args, { POLICIES_DIR: dir })).code).toBe(0);
    const again = await runScript('generate-history', args, { POLICIES_DIR: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    const bad = await runScript('generate-history', [...args.slice(0, 4), '--revisions', 'many'], { POLICIES_DIR: tempDir('policies') });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--revisions "many" must be a whole number of at least 1');
    const negative = await runScript('generate-history', [...args, '--move-rate=-1'], { POLICIES_DIR: tempDir('policies') });
    expect(negative.stderr).toContain('--move-rate "-1" must be a number, zero or more');
    expect((await runScript('generate-history', ['--policy', 'terms', '--revisions', '2'])).stderr).toContain(
      '--from, --policy and --revisions are required',
    );
    expect((await runScript('generate-history', ['--help'])).code).toBe(0);
  });
});
