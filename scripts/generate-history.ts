// npm run generate:history — a synthetic, realistic revision chain for scale tests and benchmarks.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importedRevision } from '../src/lib/import/index.ts';
import { COMPARE_MODES, POLICY_SLUG, type CompareMode } from '../src/lib/policies/index.ts';
import { generateHistory, type SyntheticOptions } from '../src/lib/synthetic/generate-history.ts';
import { shownPath } from '../src/node/check-policies-dir.ts';
import { policiesDir } from '../src/node/policies-dir.ts';
import { writePolicyMeta } from './lib/write-policy-meta.ts';
import { readCommandLine, refuseUsage } from './lib/read-command-line.ts';

const HELP = `Usage: npm run generate:history -- --from <file.md> --policy <slug> --revisions <n> [options]

Writes policies/<slug>/ (or POLICIES_DIR) with a deterministic revision chain made from one real
text: each revision replaces words and, at the rates given, inserts or deletes a paragraph or moves
a numbered section (renumbering the sections). The same options give the same files. For benchmarks
and scale tests, never for a real policy.

  --seed N            seed of the random choices (default 1)
  --start DATE        effective date of the first revision (default 2010-01-01)
  --step-days N       days between revisions (default 30)
  --word-edits N      words replaced per revision (default 5)
  --insert-rate R     chance per revision of an inserted paragraph (default 0.3)
  --delete-rate R     chance per revision of a deleted paragraph (default 0.2)
  --move-rate R       chance per revision of a moved section (default 0.1)
  --compare MODE      the policy's compare setting: all (default) or adjacent
  --help              this text

Exit status: 0 written, 1 refused or failed, 2 bad arguments.`;

function main(argv: string[]): number {
  const flags = {
    from: { type: 'string' },
    policy: { type: 'string' },
    revisions: { type: 'string' },
    seed: { type: 'string', default: '1' },
    start: { type: 'string', default: '2010-01-01' },
    'step-days': { type: 'string', default: '30' },
    'word-edits': { type: 'string', default: '5' },
    'insert-rate': { type: 'string', default: '0.3' },
    'delete-rate': { type: 'string', default: '0.2' },
    'move-rate': { type: 'string', default: '0.1' },
    compare: { type: 'string', default: 'all' },
    help: { type: 'boolean' },
  } as const;
  const parsed = readCommandLine({ args: argv, options: flags }, HELP);
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const numbers = Object.fromEntries(
    (['revisions', 'seed', 'step-days', 'word-edits', 'insert-rate', 'delete-rate', 'move-rate'] as const).map((name) => [
      name,
      Number(values[name]),
    ]),
  );
  const usage = argumentProblem(values, numbers);
  if (usage) return refuseUsage(usage, HELP);
  const dir = join(policiesDir(), values.policy as string);
  if (existsSync(dir)) {
    console.error(`${shownPath(dir, process.cwd())} already exists — generate into a new policy folder`);
    return 1;
  }
  let base: string;
  try {
    base = readFileSync(values.from as string, 'utf8');
  } catch (error) {
    console.error(`Cannot read --from: ${(error as Error).message}`);
    return 1;
  }
  const options: SyntheticOptions = {
    revisions: numbers.revisions as number,
    seed: numbers.seed as number,
    start: values.start,
    stepDays: numbers['step-days'] as number,
    wordEdits: numbers['word-edits'] as number,
    insertRate: numbers['insert-rate'] as number,
    deleteRate: numbers['delete-rate'] as number,
    moveRate: numbers['move-rate'] as number,
  };
  mkdirSync(dir, { recursive: true });
  const history = generateHistory(base, options);
  let title: string | undefined;
  history.forEach((version, index) => {
    const revision = importedRevision({ date: version.effective, text: version.body }, index === 0, {
      change: 'material',
      summary: `Synthetic revision ${index + 1} of ${history.length} (seed ${options.seed}).`,
    });
    title ??= revision.title;
    writeFileSync(join(dir, `${revision.effective}.mdx`), revision.source);
  });
  writePolicyMeta(dir, {
    title: `${title ?? values.policy} (synthetic)`,
    description: `A synthetic history of ${history.length} revisions made from ${values.from}.`,
    compare: values.compare as CompareMode,
  });
  console.log(`Wrote ${history.length} revisions to ${shownPath(dir, process.cwd())}.`);
  return 0;
}

function argumentProblem(values: Record<string, string | boolean | undefined>, numbers: Record<string, number>): string | null {
  if (!values.from || !values.policy || !values.revisions) return '--from, --policy and --revisions are required';
  if (!POLICY_SLUG.test(values.policy as string))
    return `--policy "${values.policy}" is not a URL-safe name (lowercase letters, digits, hyphens)`;
  if (!Number.isInteger(numbers.revisions) || (numbers.revisions ?? 0) < 1)
    return `--revisions "${values.revisions}" must be a whole number of at least 1`;
  const bad = Object.entries(numbers).find(([, n]) => !Number.isFinite(n) || n < 0);
  if (bad) return `--${bad[0]} "${values[bad[0]]}" must be a number, zero or more`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.start as string)) return `--start "${values.start}" must be a date YYYY-MM-DD`;
  if (!(COMPARE_MODES as readonly string[]).includes(values.compare as string))
    return `--compare must be one of ${COMPARE_MODES.join(', ')}`;
  return null;
}

process.exitCode = main(process.argv.slice(2));
