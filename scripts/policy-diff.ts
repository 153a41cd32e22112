// npm run policy:diff — the redline between two revisions, in the terminal or as HTML, Markdown or JSON.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCalendarDate } from '../src/lib/dates/index.ts';
import { diffDocuments, parseDocument, renderRedline } from '../src/lib/redline/index.ts';
import { renderRedlineText, renderStatsText } from '../src/lib/redline-text/index.ts';
import { policiesDir } from '../src/node/policies-dir.ts';
import { readCommandLine, refuseUsage } from '../src/node/read-command-line.ts';

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

Exit status: 0 shown (whether or not the revisions differ), 1 a revision cannot be read, 2 bad arguments.`;

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
  const missing = files.find((file) => !existsSync(file));
  if (missing) {
    console.error(`${missing} does not exist — check the policy and dates (npm run policy:check lists them) or the file path`);
    return 1;
  }
  const [oldDoc, newDoc] = files.map((file) => parseDocument(readFileSync(file, 'utf8')));
  const redline = diffDocuments(oldDoc!, newDoc!);
  const show = values.full ? 'full' : 'changes';
  if (format === 'html') process.stdout.write(`${renderRedline(redline)}\n`);
  else if (format === 'json')
    process.stdout.write(
      `${JSON.stringify({ old: files[0], new: files[1], stats: redline.stats, text: renderRedlineText(redline, { marks: 'plain', show }) }, null, 2)}\n`,
    );
  else {
    const color = format === 'terminal' && process.stdout.isTTY && !process.env.NO_COLOR;
    const marks = format === 'markdown' ? 'critic' : color ? 'ansi' : 'plain';
    process.stdout.write(`${files[0]} → ${files[1]}\n${renderStatsText(redline.stats)}\n${renderRedlineText(redline, { marks, show })}`);
  }
  return 0;
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
