import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, tempDir } from '../helpers/build-site.ts';
import { copyPolicies } from '../helpers/policy-tree.ts';

describe('astro build', () => {
  test('stops on links, pipes, bytes that are not UTF-8 and text nested past the bounds, naming each file', async () => {
    const dir = copyPolicies();
    // A revision that is a link to a file of the build machine, and a policy folder that is a link.
    symlinkSync('/etc/hostname', join(dir, 'cookies/2026-05-01.mdx'));
    const elsewhere = tempDir('elsewhere');
    mkdirSync(join(elsewhere, 'terms'));
    writeFileSync(join(elsewhere, 'terms/policy.yml'), 'title: Terms\ndescription: The terms.\n');
    writeFileSync(join(elsewhere, 'terms/2026-01-01.mdx'), '---\neffective: 2026-01-01\n---\nText.\n');
    symlinkSync(join(elsewhere, 'terms'), join(dir, 'terms'));
    execFileSync('mkfifo', [join(dir, 'cookies/2026-05-02.mdx')]);
    writeFileSync(
      join(dir, 'cookies/2026-05-03.mdx'),
      Uint8Array.from([...Buffer.from('---\neffective: 2026-05-03\n---\nCaf'), 0xe9, 0x0a]),
    );
    // 500 nested quotes overflowed the build's stack (a segmentation fault, no file named); 1,000 list levels took most of a minute.
    const front = (date: string): string => `---\neffective: ${date}\nchange: editorial\nsummary: Nests.\n---\n`;
    writeFileSync(join(dir, 'cookies/2026-06-01.mdx'), `${front('2026-06-01')}${'>'.repeat(500)} deep\n`);
    const list = Array.from({ length: 1_000 }, (_, k) => `${'  '.repeat(k)}- item`).join('\n');
    writeFileSync(join(dir, 'cookies/2026-06-02.mdx'), `${front('2026-06-02')}${list}\n`);

    const build = await buildSite({ policiesDir: dir, asOf: '2026-04-01' });
    expect(build.ok).toBe(false);
    expect(build.output).not.toMatch(/Segmentation fault|RangeError|Maximum call stack/);
    for (const message of [
      /cookies\/2026-05-01\.mdx: is a symbolic link to \/etc\/hostname — Redline reads only regular files and never follows links/,
      /terms: is a symbolic link to .+ — Redline reads only regular files and never follows links/,
      /cookies\/2026-05-02\.mdx: is a named pipe \(FIFO\), not a file — Redline reads only regular files: remove it/,
      /cookies\/2026-05-03\.mdx:4: is not valid UTF-8: byte 0xE9 at byte offset 33 does not decode — save the file as UTF-8/,
      /cookies\/2026-06-01\.mdx:6: the text nests 500 levels deep \(block quotes and lists\); Redline reads at most 32 — flatten the structure/,
      /cookies\/2026-06-02\.mdx:38: the text nests 33 levels deep \(block quotes and lists\); Redline reads at most 32 — flatten the structure/,
    ]) {
      expect(build.output).toMatch(message);
    }
  });
});
