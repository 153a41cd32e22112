import { existsSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { CalendarDate } from '../lib/dates/index.ts';
import {
  ARCHIVE_DIR,
  checkErrata,
  checkLock,
  findInsertedRevisions,
  findUnlocked,
  LOCK_FILE,
  revisionStates,
} from '../lib/integrity/index.ts';
import { checkArchive, readArchive } from './check-archive.ts';
import { checkPolicyTree, PolicyError, problemAt, type PolicyFile, type PolicyProblem } from '../lib/policies/index.ts';
import { INTERFACE_LANGUAGES } from '../lib/translations/index.ts';
import { readLock } from './read-lock.ts';
import { readPolicyFiles } from './read-policy-files.ts';
import { siteConfig } from '../site.config.ts';

/** Return how a folder is named in messages: relative to the project when inside it, absolute otherwise. */
export function shownPath(dir: string, root: string): string {
  const inside = relative(root, dir);
  return inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? dir : inside;
}

/**
 * Run every check of the policies folder at `dir` as of `today` — the files (translations checked
 * against the site's language, `lang` in src/site.config.ts), the lock's hash chain,
 * the archive of locked sources, and that every revision published by `today` is locked and
 * unchanged — and list all problems.
 */
export function findPolicyProblems(
  dir: string,
  today: CalendarDate,
  root: string = process.cwd(),
): { files: PolicyFile[]; problems: PolicyProblem[] } {
  const shown = shownPath(dir, root);
  if (!existsSync(dir)) {
    return {
      files: [],
      problems: [problemAt(shown, 'does not exist — create it with a folder per policy, or set POLICIES_DIR to where your policies are')],
    };
  }
  const { files, problems: fileProblems } = readPolicyFiles(dir, shown);
  const { lock, exists, problems: lockProblems } = readLock(dir, shown);
  const { archive, problems: archiveProblems } = readArchive(dir, shown);
  const states = revisionStates(files, shown);
  const problems = [
    ...fileProblems,
    ...checkPolicyTree(files, shown, { sourceLanguage: siteConfig.lang, interfaceLanguages: INTERFACE_LANGUAGES }),
    ...lockProblems,
    ...archiveProblems,
    // Without a lock file, the missing lock is the one problem to report, not each archived source.
    ...(exists ? checkArchive(archive, lock, shown) : []),
    ...checkLock(lock, states, shown),
    ...findInsertedRevisions(lock, shown),
    ...checkErrata(lock, files, (sha256) => archive.get(`${sha256}.mdx`), {
      maxChangedWords: siteConfig.errataMaxChangedWords,
      root: shown,
      today,
    }),
  ];
  if (!exists && archive.size > 0) problems.push(missingLock(shown, archive.size));
  problems.push(...findUnlocked(lock, states, today));
  return { files, problems };
}

/** The problem of a lock file that is gone although the archive shows revisions were locked. */
export function missingLock(shown: string, archived: number): PolicyProblem {
  return problemAt(
    `${shown}/${LOCK_FILE}`,
    `is missing, but ${ARCHIVE_DIR}/ holds ${archived} locked source${archived === 1 ? '' : 's'}: the lock existed — restore it from version control (a new lock would accept whatever the files say now)`,
  );
}

/** Check the policies folder at `dir` and throw a `PolicyError` listing every problem, if any; return its files. */
export function checkPoliciesDir(dir: string, today: CalendarDate, root: string = process.cwd()): PolicyFile[] {
  const { files, problems } = findPolicyProblems(dir, today, root);
  if (problems.length > 0) throw new PolicyError(problems);
  return files;
}
