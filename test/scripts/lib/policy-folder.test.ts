import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pathTaken, policyFolderOutside, policyNameProblem } from '../../../scripts/lib/policy-folder.ts';
import { tempDir } from '../../helpers/build-site.ts';

describe('policyNameProblem', () => {
  test.each(['cookies', 'terms-of-service', 'v2', 'changelog-policy'])('accepts %j', (slug) => {
    expect(policyNameProblem(slug, '--policy')).toBeNull();
  });

  test.each([
    ['../victim', 'is not a policy name'],
    ['/etc', 'is not a policy name'],
    ['cookies/2026', 'is not a policy name'],
    ['.', 'is not a policy name'],
    ['', 'is not a policy name'],
    ['Cookies', 'is not a policy name'],
    ['cookies-', 'is not a policy name'],
    ['changelog', 'takes a URL the site uses itself (/changelog/) — choose another name, e.g. "changelog-policy"'],
    ['_astro', 'is not a policy name'],
  ])('refuses %j', (slug, message) => {
    expect(policyNameProblem(slug, '--policy')).toContain(`--policy "${slug}" ${message}`);
  });
});

describe('policyFolderOutside', () => {
  // A policies folder with a real policy folder, and a folder beside it.
  function tree(): { root: string; beside: string } {
    const parent = tempDir('root');
    const root = join(parent, 'policies');
    mkdirSync(join(root, 'cookies'), { recursive: true });
    mkdirSync(join(parent, 'beside'));
    return { root, beside: join(parent, 'beside') };
  }

  test('accepts a folder of the policies folder, and one not made yet', () => {
    const { root } = tree();
    expect(policyFolderOutside(root, join(root, 'cookies'), 'policies/cookies')).toBeNull();
    expect(policyFolderOutside(root, join(root, 'terms'), 'policies/terms')).toBeNull();
  });

  test('accepts a policies folder reached through a link', () => {
    const { root } = tree();
    const link = join(tempDir('link'), 'policies');
    symlinkSync(root, link);
    expect(policyFolderOutside(link, join(link, 'cookies'), 'policies/cookies')).toBeNull();
  });

  type Tree = { root: string; beside: string };
  test.each<[string, (tree: Tree) => string, string | null]>([
    ['a folder outside it', ({ beside }) => beside, 'leads outside the policies folder (to '],
    ['another policy folder', ({ root }) => join(root, 'cookies'), null],
    [
      'a folder nested in a policy',
      ({ root }) => {
        mkdirSync(join(root, 'cookies/nested'));
        return join(root, 'cookies/nested');
      },
      'leads to ',
    ],
    ['the policies folder itself', ({ root }) => root, 'leads to '],
    ['nothing', ({ beside }) => join(beside, 'gone'), 'is a symbolic link that leads nowhere'],
  ])('tells whether a link to %s stays directly inside', (_name, target, message) => {
    const folders = tree();
    symlinkSync(target(folders), join(folders.root, 'linked'));
    const problem = policyFolderOutside(folders.root, join(folders.root, 'linked'), 'policies/linked');
    if (message === null) expect(problem).toBeNull();
    else expect(problem).toContain(`policies/linked ${message}`);
  });
});

describe('pathTaken', () => {
  test('counts a link that leads nowhere as taken', () => {
    const dir = tempDir('taken');
    symlinkSync(join(dir, 'gone'), join(dir, 'link'));
    expect([pathTaken(join(dir, 'link')), pathTaken(join(dir, 'gone'))]).toEqual([true, false]);
  });
});
