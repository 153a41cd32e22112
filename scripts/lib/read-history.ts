import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCalendarDate } from '../../src/lib/dates/index.ts';
import type { HistoryVersion } from '../../src/lib/import/index.ts';

/** Read a folder of dated files (`YYYY-MM-DD.md`, `.mdx` or `.markdown`) as a history, oldest first. */
export function readFolderHistory(dir: string): HistoryVersion[] {
  return readdirSync(dir)
    .filter((name) => /^\d{4}-\d{2}-\d{2}\.(md|mdx|markdown)$/.test(name) && isCalendarDate(name.slice(0, 10)))
    .sort()
    .map((name) => ({ date: name.slice(0, 10), text: readFileSync(join(dir, name), 'utf8') }));
}

/** One commit of a file's history, as `git log --raw` shows it. */
interface FileCommit {
  hash: string;
  date: string;
  subject: string;
  /** What the commit's message says about the change: subject and body, or for a merge its body alone (its subject only names the merge). */
  message: string;
  /** The file's change in the commit: its status letter, its path after the commit and its blob then; null if the log shows none. */
  change: { status: string; path: string; blob: string } | null;
}

/**
 * Read the history of one file in a git repository, oldest first: each commit that changed it, with
 * its commit date as a calendar day in the time zone it was committed in, its subject, its message (subject and body) and the text.
 * The file is followed through renames (its path at each commit is the one that commit gives it);
 * commits that delete it are left out. Throws, naming the commit and the path, when a version cannot
 * be read.
 */
export function readGitHistory(repo: string, path: string, onProgress: (done: number, total: number) => void = () => {}): HistoryVersion[] {
  // -c options: no quoting of non-ASCII names (-z already keeps names verbatim), root commits show
  // their files, and no signature lines in the middle of the output.
  const git = (...args: string[]): string =>
    execFileSync(
      'git',
      [
        '-C',
        repo,
        '-c',
        'core.quotePath=false',
        '-c',
        'log.showRoot=true',
        '-c',
        'log.showSignature=false',
        '--literal-pathspecs',
        ...args,
      ],
      { encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe'] },
    );
  // %cI keeps the committer's own offset, so the day is the day where the commit was made. --raw
  // gives each commit's status (a deletion is "D") and blob; -z keeps names as they are (no quoting
  // of non-ASCII or special characters); --literal-pathspecs takes the path as a name, not a pattern;
  // first-parent diffs show what a merge did to the file.
  const log = git(
    'log',
    '--follow',
    '-z',
    '--no-color',
    '--raw',
    '--no-abbrev',
    '--diff-merges=first-parent',
    '--format=%H%x09%cI%x09%P%x09%B',
    '--',
    path,
  );
  const commits = readRawLog(log).reverse();
  // A commit whose log shows no change of the file (a merge that kept its first parent's) is read at the path it had last.
  let current = path;
  const versions: HistoryVersion[] = [];
  for (const [index, commit] of commits.entries()) {
    onProgress(index + 1, commits.length);
    if (commit.change?.status === 'D') continue; // The commit deleted the file.
    const at = commit.change?.path ?? current;
    current = at;
    const object = commit.change ? commit.change.blob : `${commit.hash}:${at}`;
    let text: string;
    try {
      text = git('cat-file', 'blob', object);
    } catch (error) {
      const reason = String((error as { stderr?: unknown }).stderr ?? '').trim() || (error as Error).message;
      throw new Error(
        `${repo}: cannot read ${at} at commit ${commit.hash} (${commit.subject}): ${reason} — a shallow or partial clone lacks old versions: fetch the whole history (git fetch --unshallow) and import again`,
        { cause: error },
      );
    }
    versions.push({ date: commit.date, subject: commit.subject, messages: commit.message === '' ? [] : [commit.message], text });
  }
  return versions;
}

// `git log -z --raw --format=%H%x09%cI%x09%P%x09%B` is a list of NUL-terminated fields: a commit's header,
// then for each changed file its `:mode mode blob blob status` field and one path (two for a rename
// or copy: from, to). Newest commit first.
function readRawLog(log: string): FileCommit[] {
  const fields = log.split('\0');
  if (fields.at(-1)?.trim() === '') fields.pop();
  const commits: FileCommit[] = [];
  for (let i = 0; i < fields.length;) {
    const field = (fields[i] ?? '').replace(/^\n/, '');
    const header = /^([0-9a-f]{40,64})\t([^\t]*)\t([0-9a-f ]*)\t(.*)$/s.exec(field);
    if (header) {
      // The raw message: its first paragraph is the subject (one line, as git's %s joins it), the rest the body.
      const raw = (header[4] ?? '').replace(/\r\n?/g, '\n').trim();
      const cut = raw.search(/\n[ \t]*\n/);
      const subject = (cut < 0 ? raw : raw.slice(0, cut)).replace(/\s*\n\s*/g, ' ');
      const body = cut < 0 ? '' : raw.slice(cut).trim();
      // A merge's subject names the merge ("Merge pull request #7 from …"); its body, if any, what it brings.
      const merge = (header[3] ?? '').trim().split(' ').length > 1;
      commits.push({ hash: header[1] ?? '', date: (header[2] ?? '').slice(0, 10), subject, message: merge ? body : raw, change: null });
      i++;
      continue;
    }
    const raw = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) ([A-Z])\d*$/.exec(field);
    const commit = commits.at(-1);
    if (!raw || !commit) throw new Error(`cannot read the output of git log near "${field.slice(0, 80)}" — is git older than 2.31?`);
    const status = raw[2] ?? '';
    const paths = status === 'R' || status === 'C' ? 2 : 1;
    const to = fields[i + paths] ?? '';
    // With --follow one file is shown per commit; should there be more, the one that is not a deletion counts.
    if (!commit.change || commit.change.status === 'D') commit.change = { status, path: to, blob: raw[1] ?? '' };
    i += 1 + paths;
  }
  return commits;
}
