// npm run policy:new — start a new revision from the one in force.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCalendarDate } from '../src/lib/dates/index.ts';
import { CHANGE_LABELS, newRevisionSource, type ChangeLabel } from '../src/lib/policies/index.ts';
import { shownPath } from '../src/node/check-policies-dir.ts';
import { policiesDir } from '../src/node/policies-dir.ts';
import { pathTaken, policyFolderOutside, policyNameProblem } from './lib/policy-folder.ts';
import { buildDay } from '../src/node/build-day.ts';
import { readCommandLine, refuseUsage } from './lib/read-command-line.ts';

const HELP = `Usage: npm run policy:new -- <policy> [--date YYYY-MM-DD] [--change material|editorial|technical]

Creates policies/<policy>/<date>.mdx (date: today, or REDLINE_AS_OF) from the revision in force
on that date: same text, same cookie declaration, "effective" set, "change" set when given, and
"summary" left empty for you — npm run policy:check and the build refuse it until you write it.
Add "published: YYYY-MM-DD" to announce it ahead of its date. It changes freely until it is
published (its "published" day, or "effective" without one); on that day lock it, in the same
commit: npm run policy:lock -- <policy>/<date> (the build refuses a published revision that is not
locked, and a locked one can then only be corrected by a small erratum). Never overwrites a file, and
never writes outside policies/<policy>/: <policy> is a folder name such as cookies or
terms-of-service (lowercase letters, digits, hyphens).

Exit status: 0 created, 1 refused (file exists, unknown policy, folder outside the policies
folder, nothing in force), 2 bad arguments (a policy name that is not a lowercase slug, or one the
site uses itself).`;

function main(argv: string[]): number {
  const parsed = readCommandLine(
    { args: argv, allowPositionals: true, options: { date: { type: 'string' }, change: { type: 'string' }, help: { type: 'boolean' } } },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [policy] = positionals;
  if (!policy || positionals.length > 1) {
    return refuseUsage('give one policy, e.g. cookies', HELP);
  }
  // The name becomes a path: "../victim" would write beside the policies folder.
  const nameProblem = policyNameProblem(policy, 'policy');
  if (nameProblem) {
    console.error(nameProblem);
    return 2;
  }
  const today = buildDay();
  const date = values.date ?? today;
  if (!isCalendarDate(date)) {
    console.error(`--date "${date}" is not a real date written YYYY-MM-DD`);
    return 2;
  }
  if (values.change !== undefined && !(CHANGE_LABELS as readonly string[]).includes(values.change)) {
    console.error(`--change must be one of ${CHANGE_LABELS.join(', ')}, not "${values.change}"`);
    return 2;
  }
  const root = policiesDir();
  const dir = join(root, policy);
  const shown = shownPath(dir, process.cwd());
  const outside = policyFolderOutside(root, dir, shown);
  if (outside) {
    console.error(outside);
    return 1;
  }
  if (!existsSync(dir)) {
    console.error(
      `${shown} does not exist — the policies are: ${readdirSync(root)
        .filter((name) => !name.includes('.'))
        .join(', ')}`,
    );
    return 1;
  }
  const target = join(dir, `${date}.mdx`);
  // pathTaken, not existsSync: a link that leads nowhere "does not exist" but would be written through.
  if (pathTaken(target)) {
    console.error(`${shown}/${date}.mdx already exists — edit it, or choose another --date`);
    return 1;
  }
  const base = readdirSync(dir)
    .filter((name) => /^\d{4}-\d{2}-\d{2}\.mdx$/.test(name) && name.slice(0, 10) <= date)
    .sort()
    .at(-1);
  if (!base) {
    console.error(`${shown} has no revision in force on ${date} to start from — write the first revision by hand`);
    return 1;
  }
  // 'wx' fails rather than follow a link or replace a file that appeared meanwhile.
  writeFileSync(target, newRevisionSource(readFileSync(join(dir, base), 'utf8'), date, values.change as ChangeLabel | undefined), {
    flag: 'wx',
  });
  console.log(
    `Created ${shown}/${date}.mdx from ${base}. Edit the text, write its "summary"${values.change ? '' : ' and "change"'}, then run npm run policy:check. The day it is published, lock it: npm run policy:lock -- ${policy}/${date}.`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
