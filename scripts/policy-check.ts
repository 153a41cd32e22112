// npm run policy:check — every check the build runs on the policies folder, in a second.
import { formatProblems } from '../src/lib/policies/index.ts';
import { findPolicyProblems, shownPath } from '../src/node/check-policies-dir.ts';
import { buildDay } from '../src/node/build-day.ts';
import { policiesDir } from '../src/node/policies-dir.ts';
import { readCommandLine } from '../src/node/read-command-line.ts';

const HELP = `Usage: npm run policy:check

Checks the policies folder as the build does — file names, front matter, one revision per day,
summaries and change labels, cookie declarations against their text, what the text may contain
(Markdown and allowed HTML, never code), the lock's hash chain and archive, and that every
revision published as of today (or REDLINE_AS_OF) is locked and unchanged — and lists every
problem at once as file:line: message. POLICIES_DIR selects another folder.

Exit status: 0 no problems, 1 problems found, 2 bad arguments.`;

function main(argv: string[]): number {
  const parsed = readCommandLine({ args: argv, options: { help: { type: 'boolean' } } }, HELP);
  if (typeof parsed === 'number') return parsed;
  const dir = policiesDir();
  const { files, problems } = findPolicyProblems(dir, buildDay());
  if (problems.length > 0) {
    console.error(
      `${formatProblems(problems)}\n\n${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${shownPath(dir, process.cwd())}.`,
    );
    return 1;
  }
  console.log(`${shownPath(dir, process.cwd())}: ${files.length} files, no problems.`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
