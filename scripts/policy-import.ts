// npm run policy:import — bring a dated history (a folder, or a file's git history) in as revisions.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  groupByDay,
  importedRevision,
  NO_SUMMARY,
  readJekyllSource,
  summaryFromMessages,
  type HistoryVersion,
  type ImportOptions,
} from '../src/lib/import/index.ts';
import { LOCK_FILE, revisionChains, type LockEntry } from '../src/lib/integrity/index.ts';
import { CHANGE_LABELS, formatProblems, POLICY_META_FILE, type ChangeLabel } from '../src/lib/policies/index.ts';
import { shownPath } from '../src/node/check-policies-dir.ts';
import { policiesDir } from '../src/node/policies-dir.ts';
import { pathTaken, policyFolderOutside, policyNameProblem } from './lib/policy-folder.ts';
import { readFolderHistory, readGitHistory } from './lib/read-history.ts';
import { readLock } from '../src/node/read-lock.ts';
import { writePolicyMeta } from './lib/write-policy-meta.ts';
import { readCommandLine, refuseUsage } from './lib/read-command-line.ts';

const HELP = `Usage: npm run policy:import -- --from <folder> --policy <slug> [options]
       npm run policy:import -- --git <repo> --path <file> --policy <slug> [options]

Turns a dated history into revisions in policies/<slug>/ (or POLICIES_DIR): from a folder of
YYYY-MM-DD.md files, or from every commit of one file in a git repository. One revision per day
(the last version of the day); days that end with the text unchanged are skipped. Jekyll front
matter gives the policy its title; Liquid tags and HTML that MDX cannot read are shown as written,
HTML comments become MDX comments, autolinks become links, GFM tables are kept.

  --summary TEXT   summary of every revision but the first ({subject} is its last commit's
                   subject). Default: with --git, the messages of the day's commits (subject and
                   body, trailers such as Signed-off-by left out); otherwise, and for a commit
                   without a message, "No summary was recorded." — write the summaries then.
  --change LABEL   label of every revision but the first: material (default), editorial or
                   technical. Labelling a change editorial is a legal judgment: review them.
  --title TEXT     the policy's title (default: the title in the latest version's front matter)
  --declaration    read cookie tables (provider, cookie name, description, expiration) into each
                   revision's cookie declaration: lifetimes such as "One year", "13 months" or
                   "Session" become ISO 8601; cookies whose lifetime cannot be read are left out
                   and listed. A provider named in the policy title is the first party.
  --force          import into a policy folder that already exists: its revisions of the imported
                   days are overwritten, except locked ones (published revisions recorded in
                   redline.lock.json), which are never overwritten: they are kept and listed.
                   Its other files, policy.yml included, are kept.
  --help           this text

Exit status: 0 imported, 1 refused or failed, 2 bad arguments.`;

function main(argv: string[]): number {
  const flags = {
    from: { type: 'string' },
    git: { type: 'string' },
    path: { type: 'string' },
    policy: { type: 'string' },
    summary: { type: 'string' },
    change: { type: 'string', default: 'material' },
    title: { type: 'string' },
    declaration: { type: 'boolean' },
    force: { type: 'boolean' },
    help: { type: 'boolean' },
  } as const;
  const parsed = readCommandLine({ args: argv, options: flags }, HELP);
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const usage = argumentProblem(values);
  if (usage) return refuseUsage(usage, HELP);
  const slug = values.policy as string;
  const root = policiesDir();
  const dir = join(root, slug);
  const shown = shownPath(dir, process.cwd());
  const outside = policyFolderOutside(root, dir, shown);
  if (outside) {
    console.error(outside);
    return 1;
  }
  if (existsSync(dir) && !values.force) {
    console.error(
      `${shown} already exists — import into a new policy, or add --force to write beside its files (locked revisions are never overwritten)`,
    );
    return 1;
  }
  // A published revision keeps its text (and hash) forever: whatever is in the lock is never written.
  const { lock, problems: lockProblems } = existsSync(root)
    ? readLock(root, shownPath(root, process.cwd()), { allowLegacy: true })
    : { lock: null, problems: [] };
  const chains = lock ? revisionChains(lock) : new Map<string, LockEntry[]>();
  if (lockProblems.length > 0) {
    console.error(
      `${formatProblems(lockProblems)}\nNothing was imported: without a readable ${LOCK_FILE} the import cannot tell which revisions are locked.`,
    );
    return 1;
  }
  const progress = (done: number, total: number): void => {
    if (done === total || done % 10 === 0) process.stderr.write(`\rreading version ${done} of ${total}${done === total ? '\n' : ''}`);
  };
  let history: HistoryVersion[];
  try {
    history = values.git ? readGitHistory(values.git, values.path as string, progress) : readFolderHistory(values.from as string);
  } catch (error) {
    console.error(`Cannot read the history: ${(error as Error).message}`);
    return 1;
  }
  const versions = groupByDay(history);
  if (versions.length === 0) {
    console.error('The history has no dated versions to import (a folder needs files named YYYY-MM-DD.md).');
    return 1;
  }
  const titled = values.title ?? history.map((v) => readJekyllSource(v.text).title).findLast(Boolean) ?? slug;
  const options: ImportOptions = {
    change: values.change as ChangeLabel,
    ...(values.summary === undefined ? {} : { summary: values.summary }),
    ...(values.declaration
      ? { declaration: { isFirstParty: (provider: string) => titled.toLowerCase().includes(provider.toLowerCase()) } }
      : {}),
  };
  const reported = new Set<string>();
  const kept: string[] = [];
  mkdirSync(dir, { recursive: true });
  let title = values.title;
  for (const [index, version] of versions.entries()) {
    const revision = importedRevision(version, index === 0, options);
    for (const line of revision.report) reported.add(line);
    title = values.title ?? revision.title ?? title;
    const file = `${shown}/${revision.effective}.mdx`;
    const target = join(dir, `${revision.effective}.mdx`);
    const step = `${index + 1}/${versions.length} ${file}`;
    const locked = chains.get(`${slug}/${revision.effective}`)?.at(-1)?.sha256;
    if (locked) {
      kept.push(file);
      console.log(
        pathTaken(target)
          ? `${step} kept: it is locked (published, sha256 ${locked}) and --force never overwrites a locked revision — to correct it, edit it by hand and record an erratum`
          : `${step} not written: it is locked (published, sha256 ${locked}) but its file is missing — restore it from version control`,
      );
      continue;
    }
    const replaced = pathTaken(target);
    try {
      // Remove what is there first: writing to a symbolic link would write wherever it leads.
      if (replaced) rmSync(target);
      writeFileSync(target, revision.source, { flag: 'wx' });
    } catch (error) {
      console.error(
        `${file}: cannot write the imported revision (${(error as Error).message}) — remove or rename what is there, then import again`,
      );
      return 1;
    }
    const notes = [...(replaced ? ['replaced'] : []), ...revision.notes];
    console.log(`${step}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`);
  }
  // writePolicyMeta keeps an existing policy.yml; a link that leads nowhere counts as existing too.
  if (!pathTaken(join(dir, POLICY_META_FILE))) {
    writePolicyMeta(dir, {
      title: title ?? slug,
      description: `Imported from ${values.git ? `${values.path} in ${values.git}` : values.from}.`,
    });
  }
  console.log(summaryReport(versions.slice(1), values.summary !== undefined, Boolean(values.git)));
  if (reported.size > 0) console.log(`Cookie tables:\n${[...reported].map((line) => `  ${line}`).join('\n')}`);
  if (kept.length > 0) {
    console.log(`Kept ${kept.length} locked revision${kept.length === 1 ? '' : 's'} as published: ${kept.join(', ')}.`);
  }
  console.log(
    `Imported ${versions.length - kept.length} revisions (from ${history.length} versions). Review ${shown}/policy.yml and the labels, then run npm run policy:lock (they are published, so the build refuses them unlocked) and npm run policy:check.`,
  );
  return 0;
}

// Where the summaries came from, for the import's output (the first revision has none).
function summaryReport(later: readonly HistoryVersion[], given: boolean, git: boolean): string {
  if (given) return 'Summaries: the --summary given.';
  const described = later.filter((version) => summaryFromMessages(version.messages ?? []) !== '').length;
  const bare = later.length - described;
  const none = `"${NO_SUMMARY}"`;
  if (!git) return `Summaries: a folder records none, so each revision but the first says ${none} — write them in plain language.`;
  return bare === 0
    ? `Summaries: the commit messages (subject and body).`
    : `Summaries: the commit messages (subject and body); ${bare} revision${bare === 1 ? '' : 's'} without a message say${bare === 1 ? 's' : ''} ${none} — write ${bare === 1 ? 'it' : 'them'}.`;
}

function argumentProblem(values: Record<string, string | boolean | undefined>): string | null {
  if (!values.policy) return '--policy is required';
  const nameProblem = policyNameProblem(values.policy as string, '--policy');
  if (nameProblem) return nameProblem;
  if (Boolean(values.from) === Boolean(values.git)) return 'give either --from <folder> or --git <repo> --path <file>';
  if (values.git && !values.path) return '--git needs --path <file in the repository>';
  if (!(CHANGE_LABELS as readonly string[]).includes(values.change as string)) return `--change must be one of ${CHANGE_LABELS.join(', ')}`;
  return null;
}

process.exitCode = main(process.argv.slice(2));
