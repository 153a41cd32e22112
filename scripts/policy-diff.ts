// npm run policy:diff — the redline between two revisions, in the terminal or as HTML, Markdown or JSON.
import { join } from 'node:path';
import { isCalendarDate } from '../src/lib/dates/index.ts';
import { decodePolicyFile, formatProblems, problemAt, type PolicyProblem } from '../src/lib/policies/index.ts';
import { diffDocuments, findBoundFault, parseDocument, renderRedline, type Redline } from '../src/lib/redline/index.ts';
import { renderRedlineText, renderStatsText } from '../src/lib/redline-text/index.ts';
import { visibleControls } from '../src/lib/text/visible-controls.ts';
import { policiesDir } from '../src/node/policies-dir.ts';
import { readCommandLine, refuseUsage } from './lib/read-command-line.ts';
import { readRegularFile } from '../src/node/read-policy-files.ts';

const HELP = `Usage: npm run policy:diff -- <policy> <from> <to> [--format F] [--full]
       npm run policy:diff -- <old-file> <new-file> [--format F] [--full]

Shows the redline between two revisions: <policy> <from> <to> names them by date
(policies/<policy>/<date>.mdx), or give two files (Markdown or MDX, front matter allowed).

  --format terminal   (default) stats, per-section summary and the changed blocks; insertions
                      green and underlined, deletions red and struck through — or {+…+} and [-…-]
                      when the output is not a terminal or NO_COLOR is set
  --format markdown   the same in Markdown, changes in CriticMarkup ({++…++}, {--…--})
  --format html       the redline as HTML (inline view), as the site renders it
  --format json       stats and changes as JSON
  --full              show the whole document, not only the changed blocks
  --help              this text

A revision's control and bidirectional characters are never written to the terminal as they are:
text output shows them as escapes (\\x1b, \\u202e), JSON and HTML as their own escapes (\\u009b, &#x202e;).

Exit status: 0 shown (whether or not the revisions differ), 1 a revision cannot be read (missing,
not a regular file, not UTF-8, or past Redline's size and nesting bounds), 2 bad arguments.`;

function main(argv: string[]): number {
  const parsed = readCommandLine(
    {
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'terminal' }, full: { type: 'boolean' }, help: { type: 'boolean' } },
    },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const format = values.format ?? 'terminal';
  if (!['terminal', 'markdown', 'html', 'json'].includes(format)) {
    return refuseUsage(`--format must be terminal, markdown, html or json, not "${format}"`, HELP);
  }
  const files = revisionFiles(positionals);
  if (typeof files === 'string') {
    return refuseUsage(files, HELP);
  }
  // Both files are read and checked against the bounds before either is parsed.
  const sources: string[] = [];
  for (const file of files) {
    const read = readRevision(file, positionals.length === 3);
    if (typeof read !== 'string') {
      console.error(formatProblems([read]));
      return 1;
    }
    sources.push(read);
  }
  let redline: Redline;
  try {
    redline = diffDocuments(parseDocument(sources[0] as string), parseDocument(sources[1] as string));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    console.error(
      visibleControls(`${files[0]} → ${files[1]}: could not be compared (${why}) — report this as a Redline bug, with the two files`),
    );
    return 1;
  }
  const show = values.full ? 'full' : 'changes';
  if (format === 'html')
    process.stdout.write(`${visibleControls(renderRedline(redline), { keepLayout: true, escape: (code) => `&#x${hex(code)};` })}\n`);
  else if (format === 'json') {
    const json = JSON.stringify(
      { old: files[0], new: files[1], stats: redline.stats, text: renderRedlineText(redline, { marks: 'plain', show }) },
      null,
      2,
    );
    // JSON.stringify escapes C0 controls but not DEL, C1 controls or bidi characters: \u escapes keep the same text.
    process.stdout.write(`${visibleControls(json, { keepLayout: true, escape: (code) => `\\u${hex(code).padStart(4, '0')}` })}\n`);
  } else {
    const color = format === 'terminal' && process.stdout.isTTY && !process.env.NO_COLOR;
    const marks = format === 'markdown' ? 'critic' : color ? 'ansi' : 'plain';
    const header = visibleControls(`${files[0]} → ${files[1]}`);
    process.stdout.write(`${header}\n${renderStatsText(redline.stats)}\n${renderRedlineText(redline, { marks, show })}`);
  }
  return 0;
}

// Read a revision as policy:check would: a regular file (a link only when named on the command line,
// never inside the policies folder), UTF-8, within the size and nesting bounds. Returns its text or
// the problem, as file:line: message.
function readRevision(file: string, inPolicies: boolean): string | PolicyProblem {
  const bytes = readRegularFile(file, { followLink: !inPolicies });
  if (bytes === 'does not exist') {
    return problemAt(file, 'does not exist — check the policy and dates (npm run policy:check lists them) or the file path');
  }
  if (typeof bytes === 'string') {
    // A pipe or device named on the command line: what is wanted is a revision file, not its removal.
    return problemAt(file, bytes.startsWith('is not a regular file') ? 'is not a regular file — give a revision file' : bytes);
  }
  const decoded = decodePolicyFile(file, bytes);
  if ('problem' in decoded) return decoded.problem;
  const fault = findBoundFault(decoded.text);
  return fault ? problemAt(file, fault.message, fault.line) : decoded.text;
}

function hex(code: number): string {
  return code.toString(16);
}

function revisionFiles(args: string[]): [string, string] | string {
  if (args.length === 2 && !isCalendarDate(args[1] as string)) return [args[0] as string, args[1] as string];
  if (args.length === 3) {
    const [policy, from, to] = args as [string, string, string];
    const bad = [from, to].find((date) => !isCalendarDate(date));
    if (bad) return `"${bad}" is not a date written YYYY-MM-DD`;
    return [join(policiesDir(), policy, `${from}.mdx`), join(policiesDir(), policy, `${to}.mdx`)];
  }
  return `give a policy and two dates, or two files (got ${args.length} argument${args.length === 1 ? '' : 's'})`;
}

process.exitCode = main(process.argv.slice(2));
