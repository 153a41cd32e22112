// npm run policy:check — every check the build runs on the policies folder, in a second.
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/lib/policies/index.ts';
import { findPolicyProblems, shownPath } from '../src/node/check-policies-dir.ts';
import { policiesDir } from '../src/node/policies-dir.ts';

const HELP = `Usage: npm run policy:check

Checks the policies folder as the build does — file names, front matter, one revision per day,
summaries and change labels, cookie declarations against their text, scripts in the text, and the
lock of published revisions — and lists every problem at once as file:line: message.
POLICIES_DIR selects another folder. (Invalid MDX is reported by the build itself.)

Exit status: 0 no problems, 1 problems found, 2 bad arguments.`;

function main(argv: string[]): number {
  try {
    const { values } = parseArgs({ args: argv, options: { help: { type: 'boolean' } } });
    if (values.help) {
      console.log(HELP);
      return 0;
    }
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const dir = policiesDir();
  const { files, problems } = findPolicyProblems(dir);
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
