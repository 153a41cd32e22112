import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findPolicyProblems } from '../../src/node/check-policies-dir.ts';
import { readPolicyFiles } from '../../src/node/read-policy-files.ts';
import { tempDir } from '../helpers/build-site.ts';
import { copyPolicies } from '../helpers/policy-tree.ts';

const REVISION = '---\neffective: 2026-03-14\n---\nText.\n';

function tree(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('read-policy-files');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('readPolicyFiles', () => {
  test('reads regular files in a stable order, skipping dot entries', () => {
    const dir = tree({
      'cookies/policy.yml': 'title: C\n',
      'cookies/2026-03-14.mdx': REVISION,
      '.archive/x.mdx': 'x',
      'cookies/.draft.mdx': 'x',
      'README.md': 'r',
    });
    expect(readPolicyFiles(dir, 'policies')).toEqual({
      files: [
        { path: 'README.md', text: 'r' },
        { path: 'cookies/2026-03-14.mdx', text: REVISION },
        { path: 'cookies/policy.yml', text: 'title: C\n' },
      ],
      problems: [],
    });
  });

  test('refuses a symbolic link to a file, naming it and its target, and does not read it', () => {
    const dir = tree({ 'cookies/policy.yml': 'title: C\n', 'secret.txt': 'do not publish' });
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'cookies/2026-03-14.mdx'));
    const read = readPolicyFiles(dir, 'policies');
    expect(read.files.map((f) => f.path)).toEqual(['cookies/policy.yml', 'secret.txt']);
    expect(read.problems).toEqual([
      {
        file: 'policies/cookies/2026-03-14.mdx',
        message: `is a symbolic link to ${join(dir, 'secret.txt')} — Redline reads only regular files and never follows links (one could point anywhere on the build machine): replace the link with the file or folder itself`,
      },
    ]);
  });

  test('refuses a symbolic link to a folder without following it', () => {
    const outside = tree({ 'cookies/2026-03-14.mdx': REVISION, 'cookies/policy.yml': 'title: C\n' });
    const dir = tree({ 'terms/policy.yml': 'title: T\n' });
    symlinkSync(join(outside, 'cookies'), join(dir, 'cookies'));
    const read = readPolicyFiles(dir, 'policies');
    expect(read.files.map((f) => f.path)).toEqual(['terms/policy.yml']);
    expect(read.problems).toEqual([
      {
        file: 'policies/cookies',
        message: expect.stringMatching(/^is a symbolic link to .+ replace the link with the file or folder itself$/),
      },
    ]);
  });

  test('refuses a named pipe without waiting on it, and a socket', async () => {
    const dir = tree({ 'cookies/policy.yml': 'title: C\n' });
    execFileSync('mkfifo', [join(dir, 'cookies/2026-03-14.mdx')]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'cookies/socket'), resolve));
    try {
      expect(readPolicyFiles(dir, 'policies').problems).toEqual([
        {
          file: 'policies/cookies/2026-03-14.mdx',
          message: 'is a named pipe (FIFO), not a file — Redline reads only regular files: remove it',
        },
        { file: 'policies/cookies/socket', message: 'is a socket, not a file — Redline reads only regular files: remove it' },
      ]);
    } finally {
      server.close();
    }
  });

  test('refuses policy text that is not UTF-8, with line and column, but not an image', () => {
    const bytes = Uint8Array.from([...Buffer.from('---\neffective: 2026-03-14\n---\nCaf'), 0xe9, ...Buffer.from('\n')]);
    const dir = tree({ 'cookies/2026-03-14.mdx': bytes, 'cookies/logo.png': Uint8Array.from([0x89, 0x50, 0xff, 0xfe]) });
    const read = readPolicyFiles(dir, 'policies');
    expect(read.files.map((f) => f.path)).toEqual(['cookies/logo.png']);
    expect(read.problems).toEqual([
      {
        file: 'policies/cookies/2026-03-14.mdx',
        line: 4,
        message:
          'is not valid UTF-8: byte 0xE9 at byte offset 33 does not decode — save the file as UTF-8 (Redline reads, hashes and publishes it as UTF-8) (column 4)',
      },
    ]);
  });
});

describe('findPolicyProblems', () => {
  test('lists links, pipes and bytes that are not UTF-8 with every other problem, so policy:check and the build report them', () => {
    const dir = copyPolicies();
    symlinkSync('/etc/hostname', join(dir, 'cookies/2026-05-01.mdx'));
    execFileSync('mkfifo', [join(dir, 'cookies/2026-06-01.mdx')]);
    writeFileSync(join(dir, 'cookies/2026-07-01.mdx'), Uint8Array.from([...Buffer.from('---\neffective: 2026-07-01\n---\n'), 0xc3, 0x28]));
    const { problems } = findPolicyProblems(dir, '2026-04-01', '/');
    const messages = problems
      .filter((p) => /2026-0[567]-01/.test(p.file))
      .map((p) => `${p.file.replace(/^.*\/(cookies\/)/, '$1')}: ${p.message.replace(/ — .*/, '')}`);
    expect(messages).toEqual([
      'cookies/2026-05-01.mdx: is a symbolic link to /etc/hostname',
      'cookies/2026-06-01.mdx: is a named pipe (FIFO), not a file',
      'cookies/2026-07-01.mdx: is not valid UTF-8: byte 0xC3 at byte offset 30 does not decode',
    ]);
  });
});
