// npm run policy:lock — record the hashes of published revisions in policies/redline.lock.json.
import { checkErrata, LOCK_FILE, lockHead, revisionStates, updateLock } from '../src/lib/integrity/index.ts';
import { siteConfig } from '../src/site.config.ts';
import { formatProblems } from '../src/lib/policies/index.ts';
import { writeLockUpdate } from '../src/node/write-lock.ts';
import { checkArchive, readArchive } from '../src/node/check-archive.ts';
import { missingLock, shownPath } from '../src/node/check-policies-dir.ts';
import { policiesDir } from '../src/node/policies-dir.ts';
import { readLock } from '../src/node/read-lock.ts';
import { readPolicyFiles } from '../src/node/read-policy-files.ts';
import { buildDay } from '../src/node/build-day.ts';
import { readCommandLine, refuseUsage } from './lib/read-command-line.ts';

const HELP = `Usage: npm run policy:lock [-- [--dry-run] [<policy>[/<YYYY-MM-DD>] ...]]

Records in policies/${LOCK_FILE} the SHA-256 of every published revision not locked yet
(effective, or announced through "published", as of today or REDLINE_AS_OF), and the new hash
of every corrected revision (one whose front matter records an erratum). Entries are only ever
appended, to a hash chain whose head the site publishes; a version 1 lock is migrated to it.
Run it the day a revision is published (announced, or in force), in the same commit: the build
refuses a published revision that is not locked. The source of each newly locked hash is kept in policies/.archive/<sha256>.mdx, so a
correction can always be shown against what was published.

With names, only those policies or revisions are locked. POLICIES_DIR selects another folder.

  --dry-run   say what would be locked, change nothing
  --help      this text

Exit status: 0 done (or nothing to do), 1 a locked revision is missing or changed without an
erratum (nothing is written), 2 bad arguments.`;

function main(argv: string[]): number {
  const parsed = readCommandLine(
    { args: argv, allowPositionals: true, options: { 'dry-run': { type: 'boolean' }, help: { type: 'boolean' } } },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const names = parsed.positionals;
  const bad = names.find((name) => !/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/\d{4}-\d{2}-\d{2})?$/.test(name));
  if (bad) {
    return refuseUsage(`"${bad}" is not a policy or a revision: write cookies or cookies/2026-03-14`, HELP);
  }
  const dir = policiesDir();
  const shown = shownPath(dir, process.cwd());
  const { files, problems: fileProblems } = readPolicyFiles(dir, shown);
  // A version 1 lock is migrated to a hash chain here (its entries kept); a broken chain, an edited
  // archive, or a lock deleted while the archive shows one existed are never papered over.
  const { lock, exists, migrated, problems: lockProblems } = readLock(dir, shown, { allowLegacy: true });
  const { archive, problems: archiveProblems } = readArchive(dir, shown);
  const refused = [
    // A link, a pipe or a file that is not UTF-8 is never locked (nor skipped silently).
    ...fileProblems,
    ...lockProblems,
    ...archiveProblems,
    ...(exists ? checkArchive(archive, lock, shown) : []),
    ...(!exists && archive.size > 0 ? [missingLock(shown, archive.size)] : []),
    // An erratum that rewrites more than a correction may is never recorded.
    ...checkErrata(lock, files, (sha256) => archive.get(`${sha256}.mdx`), {
      maxChangedWords: siteConfig.errataMaxChangedWords,
      root: shown,
      today: buildDay(),
    }),
  ];
  if (refused.length > 0) {
    console.error(`Nothing was locked:\n${formatProblems(refused)}`);
    return 1;
  }
  const today = buildDay();
  const include = (key: string): boolean => names.length === 0 || names.some((name) => key === name || key.startsWith(`${name}/`));
  const states = revisionStates(files, shown);
  const unknown = names.filter((name) => !states.some((state) => state.key === name || state.key.startsWith(`${name}/`)));
  if (unknown.length > 0) {
    console.error(
      `Nothing was locked: ${unknown.map((name) => `"${name}"`).join(', ')} names no revision in ${shown} — check the policy folder and date (npm run policy:check lists them)`,
    );
    return 1;
  }
  const update = updateLock(lock, states, today, { root: shown, include });
  if (update.problems.length > 0) {
    console.error(`Nothing was locked:\n${formatProblems(update.problems)}`);
    return 1;
  }
  const changed = [...update.added, ...update.corrected];
  for (const key of update.added) console.log(`lock    ${key}`);
  for (const key of update.corrected) console.log(`correct ${key}`);
  if (migrated) console.log(`migrate ${shown}/${LOCK_FILE} to version 2, a hash chain of its ${lock.entries.length} entries`);
  if (changed.length === 0 && !migrated) {
    console.log(`Nothing to lock as of ${today}: every published revision${names.length > 0 ? ' named' : ''} is locked and unchanged.`);
    return 0;
  }
  if (parsed.values['dry-run']) {
    console.log('(dry run: nothing written)');
    return 0;
  }
  writeLockUpdate(dir, shown, update, states, files);
  console.log(
    `Wrote ${shown}/${LOCK_FILE} (${changed.length} new ${changed.length === 1 ? 'entry' : 'entries'}; chain head ${lockHead(update.lock).head}). Commit it with the archived sources in ${shown}/.archive/.`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
