import { describe, expect, test } from 'vitest';
import { runScript } from '../helpers/run-script.ts';
import { sharedPath } from '../helpers/shared.ts';

describe('policy:diff', () => {
  test('shows stats, the sections and the changes with plain marks when not in a terminal', async () => {
    const run = await runScript('policy-diff', ['cookies', '2025-01-20', '2025-09-01']);
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
    const run = await runScript('policy-diff', ['cookies', '2025-01-20', '2025-09-01', '--format', format]);
    expect(run.stdout).toContain(expected);
  });

  test('compares two files, such as the first and last GitHub Terms of Service', async () => {
    const folder = sharedPath('corpora/github-site-policy/github-terms-of-service');
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
