import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/build-site.ts';
import { copyPolicies } from '../helpers/policy-tree.ts';
import { runScript } from '../helpers/run-script.ts';
import { fixturePath } from '../helpers/fixtures.ts';

describe('policy:diff', () => {
  test('shows stats, the sections and the changes with plain marks when not in a terminal', async () => {
    const run = await runScript('policy-diff', ['cookies', '2025-01-20', '2025-09-01'], { POLICIES_DIR: copyPolicies() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('13 words added, 6 words removed — 3 changes in 3 sections.');
    expect(run.stdout).toContain('§ 1. What Are Cookies');
    expect(run.stdout).toContain('[1] Cookies are small [-text-]{+data+} files that are [-stored-]{+placed+} on your computer');
    expect(run.stdout).not.toContain('\u001b[');
  });

  test.each([
    ['markdown', '{--text--}{++data++}'],
    ['html', '<del id="change-1"><span class="redline-cue">deleted: </span>text</del>'],
    ['json', '"wordsInserted": 13'],
  ])('writes --format %s', async (format, expected) => {
    const run = await runScript('policy-diff', ['cookies', '2025-01-20', '2025-09-01', '--format', format], {
      POLICIES_DIR: copyPolicies(),
    });
    expect(run.stdout).toContain(expected);
  });

  test('compares two files, such as the first and last GitHub Terms of Service', async () => {
    const folder = fixturePath('corpora/github-site-policy/github-terms-of-service');
    const run = await runScript('policy-diff', [`${folder}/2017-06-09.md`, `${folder}/2026-03-02.md`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^[\d,]+ words added, [\d,]+ words removed/m);
  });

  test.each([
    [['cookies', '2025-01-20'], 2, 'give a policy and two dates, or two files'],
    [['cookies', '2025-01-20', '2025-13-01'], 2, '"2025-13-01" is not a date'],
    [['cookies', '2025-01-20', '2025-01-21'], 1, 'does not exist'],
    [['cookies', '2025-01-20', '2025-09-01', '--format', 'pdf'], 2, '--format must be terminal, markdown, html or json'],
  ])('refuses %j with exit %i', async (args, code, message) => {
    const run = await runScript('policy-diff', args);
    expect([run.code, run.stderr]).toEqual([code, expect.stringContaining(message)]);
  });
});

describe('policy:diff on hostile revisions', () => {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point here
  const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
  const write = (files: Record<string, string | Uint8Array>): string[] => {
    const dir = tempDir('policy-diff');
    return Object.entries(files).map(([name, text]) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    });
  };
  const OLD = '# Terms\n\nYou pay 10 a month.\n';
  // Erases the line it is on and writes the clipboard (OSC 52), a C1 CSI, and an amount written backwards.
  const NEW = '# Terms\u009b2J\n\nYou pay \u202E01\u202C a month.\u001b[2K\u001b[1G\u001b]52;c;ZXZpbA==\u0007 Nothing changed.\n';

  test.each(['terminal', 'markdown', 'json', 'html'])(
    'never writes a revision’s control or bidi characters (--format %s)',
    async (format) => {
      const [old, changed] = write({ 'old.mdx': OLD, 'new.mdx': NEW });
      const run = await runScript('policy-diff', [old!, changed!, '--format', format]);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(UNSAFE);
      expect(run.stdout).toMatch(/\\x1b\[2K|\\u001b\[2K|&#x1b;\[2K/);
      if (format === 'json') expect(JSON.parse(run.stdout).stats.sections[0].title).toBe('Terms\u009b2J');
    },
  );

  test.each([
    [
      '10,000 nested quotes',
      `${'>'.repeat(10_000)} deep\n`,
      ':1: the text nests 10000 levels deep (block quotes and lists); Redline reads at most 32 — flatten the structure',
    ],
    [
      'a list 1,000 deep',
      Array.from({ length: 1_000 }, (_, k) => `${'  '.repeat(k)}- item`).join('\n'),
      ':33: the text nests 33 levels deep',
    ],
    ['2 MiB', `${'word '.repeat(200)}\n\n`.repeat(2_100), ':2093: the file is 2.0 MiB'],
    ['bytes that are not UTF-8', Uint8Array.from([0x41, 0x0a, 0x42, 0xff, 0x0a]), ':2: is not valid UTF-8: byte 0xFF at byte offset 3'],
  ])('refuses %s in either file with exit 1, file:line and no stack trace', async (_case, text, message) => {
    const [good, bad] = write({ 'good.mdx': OLD, 'bad.mdx': text });
    for (const args of [
      [good!, bad!],
      [bad!, good!],
    ]) {
      const run = await runScript('policy-diff', args);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${bad}${message}`);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stdout).toBe('');
    }
  });

  test('refuses a named pipe without waiting on it', async () => {
    const [good] = write({ 'good.mdx': OLD });
    const pipe = join(tempDir('policy-diff'), 'pipe.mdx');
    execFileSync('mkfifo', [pipe]);
    const run = await runScript('policy-diff', [good!, pipe]);
    expect([run.code, run.stderr]).toEqual([1, `${pipe}: is not a regular file — give a revision file\n`]);
  });

  test('refuses a symbolic link inside the policies folder', async () => {
    const dir = copyPolicies();
    symlinkSync(join(dir, 'cookies/2026-03-14.mdx'), join(dir, 'cookies/2026-05-01.mdx'));
    const run = await runScript('policy-diff', ['cookies', '2026-03-14', '2026-05-01'], { POLICIES_DIR: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cookies/2026-05-01.mdx: is a symbolic link — Redline reads only regular files');
  });
});
