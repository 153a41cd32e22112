import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCalendarDate } from '../lib/dates/index.ts';
import type { HistoryVersion } from '../lib/import/index.ts';

/** Read a folder of dated files (`YYYY-MM-DD.md`, `.mdx` or `.markdown`) as a history, oldest first. */
export function readFolderHistory(dir: string): HistoryVersion[] {
  return readdirSync(dir)
    .filter((name) => /^\d{4}-\d{2}-\d{2}\.(md|mdx|markdown)$/.test(name) && isCalendarDate(name.slice(0, 10)))
    .sort()
    .map((name) => ({ date: name.slice(0, 10), text: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * Read the history of one file in a git repository, oldest first: each commit that changed it, with
 * its commit date as a calendar day in the time zone it was committed in, its subject and the text.
 */
export function readGitHistory(repo: string, path: string, onProgress: (done: number, total: number) => void = () => {}): HistoryVersion[] {
  const git = (...args: string[]): string => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 256 << 20 });
  // %cI keeps the committer's own offset, so the day is the day where the commit was made.
  const log = git('log', '--follow', '--format=%H%x09%cI%x09%s', '--name-only', '--', path).trim();
  const commits: { hash: string; date: string; subject: string; file: string }[] = [];
  for (const chunk of log.split(/\n(?=[0-9a-f]{40}\t)/)) {
    const [header = '', ...files] = chunk.split('\n').filter((line) => line.trim() !== '');
    const [hash = '', date = '', ...subject] = header.split('\t');
    commits.push({ hash, date: date.slice(0, 10), subject: subject.join('\t'), file: files.at(-1) ?? path });
  }
  commits.reverse();
  return commits.flatMap((commit, index) => {
    onProgress(index + 1, commits.length);
    try {
      return [{ date: commit.date, subject: commit.subject, text: git('show', `${commit.hash}:${commit.file}`) }];
    } catch {
      return []; // The commit deleted the file.
    }
  });
}
