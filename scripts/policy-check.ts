// npm run policy:check — every check the build runs on the policies folder, in a second.
import { readFileSync } from 'node:fs';
import { LOCK_FILE, lockExtends, lockFileSchema } from '../src/lib/integrity/index.ts';
import { formatDisclosureNotes, formatProblems, problemAt, type PolicyProblem } from '../src/lib/policies/index.ts';
import { readLock } from '../src/node/read-lock.ts';
import { formatTranslationReport, isTranslationPath, translationReport } from '../src/lib/translations/index.ts';
import { findPolicyProblems, shownPath } from '../src/node/check-policies-dir.ts';
import { disclosureNotes } from '../src/node/disclosure-notes.ts';
import { buildDay } from '../src/node/build-day.ts';
import { policiesDir } from '../src/node/policies-dir.ts';
import { siteConfig } from '../src/site.config.ts';
import { readCommandLine, refuseUsage } from './lib/read-command-line.ts';

const HELP = `Usage: npm run policy:check [-- --since <earlier redline.lock.json>] [--translations [--json]]

Checks the policies folder as the build does — file names, front matter, one revision per day,
summaries and change labels, cookie declarations against their text, what the text may contain
(Markdown and allowed HTML, never code), the lock's hash chain and archive, and that every
revision published as of today (or REDLINE_AS_OF) is locked and unchanged — and lists every
problem at once as file:line: message. POLICIES_DIR selects another folder. It also lists, as
notes that do not fail the check, what a revision's IAB TCF device storage disclosure
(/api/<policy>/device-storage.json) leaves out of its declaration and why — a pattern or storage
kind the disclosure cannot express, a domain that is not a domain name — and which revisions get
none because they name no cookies or other stored items, as the build log does (which leaves out
the notes of locked, superseded revisions); a note that earlier revisions of a policy repeat word
for word is written once, at the newest.

  --since FILE   also check that the lock only appends to FILE, an earlier copy of it — say the
                 one on the main branch, in a pull request's CI:
                   git show origin/main:policies/redline.lock.json > /tmp/base.lock.json
                   npm run policy:check -- --since /tmp/base.lock.json
                 (a lock rewritten and re-chained from an entry onwards passes every other check)
  --translations also report how far each language's translations lag behind, policy by policy
                 and as of today (or REDLINE_AS_OF): per language, how many revisions are
                 translated, whether the version in force lacks an up-to-date translation and since
                 when, and which revisions still to take effect have none (next: in how many days);
                 then each revision, newest first: translated, out of date (translated before a
                 correction of its source: since the day of that correction) or not — in force
                 since when, upcoming or a draft in how many days. The lag does not fail the check.
                 Problems elsewhere in the folder do not stop the report; problems in the
                 translations do (it would misreport them).
  --json         with --translations: print the report as JSON on stdout, alone (README,
                 "Translations"); the rest goes to stderr.

Exit status: 0 no problems, 1 problems found, 2 bad arguments.`;

function main(argv: string[]): number {
  const parsed = readCommandLine(
    {
      args: argv,
      options: { since: { type: 'string' }, translations: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean' } },
    },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const json = parsed.values.json === true;
  if (json && !parsed.values.translations) return refuseUsage('--json prints the translation report: give it with --translations', HELP);
  const dir = policiesDir();
  const today = buildDay();
  const { files, problems } = findPolicyProblems(dir, today);
  if (parsed.values.since !== undefined) problems.push(...sinceProblems(parsed.values.since, dir));
  const shown = shownPath(dir, process.cwd());
  const revisions = disclosureNotes(files, shown);
  const notes = revisions.reduce((sum, revision) => sum + revision.notes.length, 0);
  if (notes > 0) {
    console.error(
      `${formatDisclosureNotes(revisions).join('\n')}\n\n${notes} ${notes === 1 ? 'note' : 'notes'} on device storage disclosures (IAB TCF): what they leave out of a declaration, and why. They do not fail the check.\n`,
    );
  }
  let noReport = '';
  if (parsed.values.translations) {
    // The report reads the translations as the checks accepted them: with a problem in one, it would misreport it.
    const inTranslations = problems.filter(
      (problem) => problem.file.startsWith(`${shown}/`) && isTranslationPath(problem.file.slice(shown.length + 1)),
    );
    if (files.length === 0) noReport = ' No translation report: no policy file could be read.';
    else if (inTranslations.length > 0) noReport = ' No translation report: it needs translations without problems.';
    else {
      const report = translationReport(files, today, siteConfig.translations.order);
      console.log(json ? JSON.stringify(report, null, 2) : `${formatTranslationReport(report).join('\n')}\n`);
    }
  }
  if (problems.length > 0) {
    console.error(
      `${formatProblems(problems)}\n\n${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${shown}.${noReport}`,
    );
    return 1;
  }
  // With --json, stdout is the report alone.
  (json ? console.error : console.log)(`${shown}: ${files.length} files, no problems.`);
  return 0;
}

// The current lock must start with every entry of the earlier one, unchanged.
function sinceProblems(path: string, dir: string): PolicyProblem[] {
  const shown = shownPath(dir, process.cwd());
  let base: unknown;
  try {
    base = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return [
      problemAt(
        path,
        `cannot be read as a lock (${(error as NodeJS.ErrnoException).code ?? 'not JSON'}) — give the earlier redline.lock.json`,
      ),
    ];
  }
  const parsed = lockFileSchema.safeParse(base);
  if (!parsed.success) return [problemAt(path, 'is not a version 2 lock — give the earlier redline.lock.json')];
  const { lock } = readLock(dir, shown);
  const why = lockExtends(parsed.data, lock);
  return why === null ? [] : [problemAt(`${shown}/${LOCK_FILE}`, `does not extend ${path}: ${why} — restore it from version control`)];
}

process.exitCode = main(process.argv.slice(2));
