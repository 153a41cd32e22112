// npm run bench:site — build whole sites of long histories and measure them against bare Astro.
//
// For each dataset — GitHub's Terms of Service (42 real revisions) and synthetic histories made from
// its latest revision — it builds, in this one run on this machine:
//   (a) the baseline: a bare Astro 7 + MDX site of the same revisions' pages only (scripts/bench-site/baseline);
//   (b) the full Redline site, with a cold redline cache;
//   (c) the full site again after one revision is added, with the cache of (b) (the warm rebuild).
// It prints pages, seconds, ms per page, peak RSS of the whole process tree, and the ratios.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays } from '../src/lib/dates/index.ts';
import { splitFrontMatter } from '../src/lib/policies/index.ts';
import { generateHistory } from '../src/lib/synthetic/generate-history.ts';
import { runMeasured, type MeasuredRun } from './lib/run-measured.ts';
import { readCommandLine, refuseUsage } from './lib/read-command-line.ts';

const HELP = `Usage: npm run bench:site [-- options]

Builds the Terms of Service corpus and synthetic histories of 10, 50 and 100 revisions as a bare
Astro site (baseline) and as the full Redline site (cold, then warm after adding one revision),
and prints a table with the ratios and the targets, and the share of each full build that section
history takes (following every section, listing sections, the section pages). Baseline and full builds alternate; builds of
up to 10 revisions run five times, of up to 50 three times (medians). About seven minutes on two cores.

  --sizes LIST    synthetic history lengths, comma-separated (default 10,50,100; "" for none)
  --no-corpus     skip the Terms of Service corpus
  --help          this text

Exit status: 0 every target met, 1 a target missed or a build failed, 2 bad arguments.`;

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const BASELINE = join(ROOT, 'scripts/bench-site/baseline');
const CORPUS = join(ROOT, 'test/fixtures/corpora/github-site-policy/github-terms-of-service');
const TARGET_RATIO = 1.5;
const TARGET_RSS = 1.5 * 1024 ** 3;
// Section history may cost at most this share of a build's page generation, at 100 revisions.
const TARGET_SECTION_SHARE = 0.15;

/** One measured build. */
interface Build extends MeasuredRun {
  pages: number;
  comparePages: number;
  /** Seconds Astro spent generating the pages (its "generating static routes" step), without start-up and bundling. */
  generation: number;
  /** The build's own report: revisions parsed and read from the cache, redlines computed and reused. */
  parsed: number;
  loaded: number;
  computed: number;
  reused: number;
  /** Milliseconds the build spent on section histories: following sections and listing them (its log), and generating the section pages (Astro's time per page). */
  sectionHistory: number;
  /** Section pages built. */
  sectionPages: number;
}

/** One dataset's three builds. */
interface Row {
  name: string;
  revisions: number;
  pairs: number;
  baseline: Build;
  full: Build;
  warm: Build;
  /** Median over the runs of (b)/(a) generation time per page. */
  ratio: number;
  /** Each run's ratio. */
  ratios: number[];
}

// Milliseconds of page generation per page.
function perPageGeneration(b: Build): number {
  return (b.generation * 1000) / b.pages;
}

async function main(argv: string[]): Promise<number> {
  const parsed = readCommandLine(
    {
      args: argv,
      options: { sizes: { type: 'string', default: '10,50,100' }, 'no-corpus': { type: 'boolean' }, help: { type: 'boolean' } },
    },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const sizes = values.sizes === '' ? [] : values.sizes.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 2)) {
    return refuseUsage(`--sizes "${values.sizes}" must list whole numbers of at least 2`, HELP);
  }
  const work = join(tmpdir(), `redline-bench-site-${process.pid}`);
  const base = latestCorpusRevision();
  const datasets: { name: string; make: (policies: string) => void }[] = [];
  if (!values['no-corpus']) datasets.push({ name: 'github-terms-of-service', make: (policies) => importCorpus(policies) });
  for (const n of sizes) datasets.push({ name: `synthetic ${n}`, make: (policies) => synthetic(policies, base, n) });

  console.log(`bench:site — ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? '?'}), node ${process.version}; work folder ${work}`);
  const rows: Row[] = [];
  try {
    for (const dataset of datasets)
      rows.push(await measureDataset(dataset.name, join(work, dataset.name.replace(/\W+/g, '-')), dataset.make));
  } catch (error) {
    console.error(`\n${(error as Error).message}`);
    return 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
    // Astro writes its generated types into the baseline's folder whatever the cache says.
    rmSync(join(BASELINE, '.astro'), { recursive: true, force: true });
  }
  return report(rows);
}

async function measureDataset(name: string, dir: string, make: (policies: string) => void): Promise<Row> {
  const policies = join(dir, 'policies');
  mkdirSync(policies, { recursive: true });
  make(policies);
  const folder = join(policies, 'terms');
  const dates = revisionDates(folder);
  const asOf = dates.at(-1) as string;
  // Published revisions are locked before a build accepts them, as on a real site.
  runScript('policy-lock.ts', [], policies, { REDLINE_AS_OF: asOf });
  // Small sites build in a second or two, where one run's noise decides a ratio: builds of up to 10
  // revisions run five times and of up to 50 three times (each from a cold cache), and count with
  // their medians.
  const runs = dates.length <= 10 ? 5 : dates.length <= 50 ? 3 : 1;
  process.stdout.write(`${name}: ${dates.length} revisions, ${runs === 1 ? 'one run' : `median of ${runs} runs`} — baseline…`);
  // Baseline and full site alternate, so a machine that speeds up or slows down during the run
  // weighs on both alike; the ratio is the median of the runs' ratios.
  const baselines: Build[] = [];
  const fulls: Build[] = [];
  let env: Record<string, string> = {};
  for (let k = 0; k < runs; k++) {
    process.stdout.write(k === 0 ? '' : ' baseline…');
    baselines.push(
      await build(['--root', BASELINE], { POLICIES_DIR: policies, REDLINE_CACHE_DIR: join(dir, `cache-baseline-${k}`) }, join(dir, 'out')),
    );
    process.stdout.write(' full…');
    env = { POLICIES_DIR: policies, REDLINE_CACHE_DIR: join(dir, `cache-${k}`), REDLINE_AS_OF: asOf };
    fulls.push(await build([], env, join(dir, 'out')));
  }
  const ratios = fulls.map((b, k) => perPageGeneration(b) / perPageGeneration(baselines[k] as Build));
  const ratio = ratios.toSorted((x, y) => x - y)[(ratios.length - 1) >> 1] as number;
  const baseline = median(baselines);
  const full = median(fulls);
  process.stdout.write(' warm…');
  const added = addRevision(folder, asOf);
  runScript('policy-lock.ts', [], policies, { REDLINE_AS_OF: added });
  const warm = await build([], { ...env, REDLINE_AS_OF: added }, join(dir, 'out'));
  process.stdout.write(' done\n');
  const n = dates.length;
  return { name, revisions: n, pairs: (n * (n - 1)) / 2, baseline, full, warm, ratio, ratios };
}

// The run with the median generation time, with the highest peak memory of all runs.
function median(builds: Build[]): Build {
  const sorted = [...builds].sort((x, y) => x.generation - y.generation);
  const middle = sorted[(sorted.length - 1) >> 1] as Build;
  return { ...middle, peakRss: Math.max(...builds.map((b) => b.peakRss)) };
}

async function build(args: string[], env: Record<string, string>, outDir: string): Promise<Build> {
  rmSync(outDir, { recursive: true, force: true });
  const run = await runMeasured(process.execPath, [ASTRO, 'build', ...args, '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  if (run.code !== 0) throw new Error(`astro build ${args.join(' ')} failed (exit ${run.code}):\n${run.output.slice(-3000)}`);
  const pages = htmlPages(outDir);
  // Astro prints "Completed in 850ms", "12.34s" or, past a minute, "1m 20s".
  const generated = /generating static routes[\s\S]*?Completed in (?:(\d+)m )?([\d.]+)(ms|s)\b/.exec(run.output);
  if (!generated) throw new Error(`astro build ${args.join(' ')}: no "generating static routes … Completed in" line in its output`);
  const report = /revisions parsed: (\d+), read from the cache: (\d+); redlines computed: (\d+), reused from the cache: (\d+)/.exec(
    run.output,
  );
  const followed = /section history: .*? in (\d+) ms/.exec(run.output);
  // Astro prints each page's time as "(+12ms)" or, from a second, "(+1.23s)".
  const sectionPageTimes = [...run.output.matchAll(/\/sections\/\S*index\.html \(\+([\d.]+)(ms|s)\)/g)].map(
    (m) => Number(m[1]) * (m[2] === 's' ? 1000 : 1),
  );
  const result: Build = {
    ...run,
    sectionHistory: Number(followed?.[1] ?? 0) + sectionPageTimes.reduce((sum, ms) => sum + ms, 0),
    sectionPages: sectionPageTimes.length,
    pages: pages.length,
    generation: Number(generated[1] ?? 0) * 60 + Number(generated[2]) / (generated[3] === 'ms' ? 1000 : 1),
    comparePages: pages.filter((page) => /\/compare\/[^/]+\.\.\.[^/]+\//.test(page)).length,
    parsed: Number(report?.[1] ?? 0),
    loaded: Number(report?.[2] ?? 0),
    computed: Number(report?.[3] ?? 0),
    reused: Number(report?.[4] ?? 0),
  };
  rmSync(outDir, { recursive: true, force: true });
  return result;
}

function report(rows: Row[]): number {
  const mb = (bytes: number): string => `${Math.round(bytes / 1024 ** 2)} MB`;
  // Per page: all in (wall clock over pages), and Astro's page generation alone (start-up, content
  // sync and bundling excluded): the fair cost of one more page.
  const wall = (b: Build): number => (b.seconds * 1000) / b.pages;
  const gen = perPageGeneration;
  const lines = [
    '',
    '| dataset | revisions | (a) baseline: pages · s · ms/page · generation ms/page · peak RSS | (b) Redline: pages (compare) · s · ms/page · generation ms/page · peak RSS | (b)/(a) per page: all in · generation | warm rebuild +1 revision: s · revisions parsed / read · redlines computed / reused |',
    '| --- | ---: | --- | --- | --- | --- |',
  ];
  const failures: string[] = [];
  for (const row of rows) {
    const { baseline: a, full: b, warm: w } = row;
    const { ratio } = row;
    const cells = [
      row.name,
      String(row.revisions),
      `${a.pages} · ${a.seconds.toFixed(1)} · ${wall(a).toFixed(1)} · ${gen(a).toFixed(2)} · ${mb(a.peakRss)}`,
      `${b.pages} (${b.comparePages}) · ${b.seconds.toFixed(1)} · ${wall(b).toFixed(1)} · ${gen(b).toFixed(2)} · ${mb(b.peakRss)}`,
      `${(wall(b) / wall(a)).toFixed(2)}× · ${ratio.toFixed(2)}×`,
      `${w.seconds.toFixed(1)} · ${w.parsed} / ${w.loaded} · ${w.computed} / ${w.reused}`,
    ];
    lines.push(`| ${cells.join(' | ')} |`);
    if (ratio > TARGET_RATIO)
      failures.push(
        `${row.name}: generating a page of the full site costs ${ratio.toFixed(2)}× a baseline page (target ≤ ${TARGET_RATIO}×)`,
      );
    if (b.parsed !== row.revisions) failures.push(`${row.name}: ${b.parsed} parses for ${row.revisions} revisions (target: each once)`);
    if (w.parsed !== 1) failures.push(`${row.name}: the warm rebuild parsed ${w.parsed} revisions (target: only the one added)`);
    if (w.computed > row.revisions)
      failures.push(`${row.name}: the warm rebuild computed ${w.computed} redlines; adding one revision adds ${row.revisions} pairs`);
    if (row.revisions >= 100 && sectionShare(b) > TARGET_SECTION_SHARE)
      failures.push(
        `${row.name}: section history takes ${percent(sectionShare(b))} of the build's page generation (target < ${percent(TARGET_SECTION_SHARE)})`,
      );
    if (row.revisions >= 100 && b.peakRss > TARGET_RSS)
      failures.push(`${row.name}: peak RSS ${mb(b.peakRss)} (target ≤ ${mb(TARGET_RSS)})`);
  }
  const synthetic = rows.filter((row) => row.name.startsWith('synthetic')).sort((x, y) => x.revisions - y.revisions);
  const [small, large] = [synthetic[0], synthetic.at(-1)];
  if (small && large && small !== large) {
    const growth = gen(large.full) / gen(small.full);
    lines.push(
      '',
      `Linearity: generating a page of the full site at ${large.revisions} revisions (${large.full.pages} pages) costs ${growth.toFixed(2)}× what it costs at ${small.revisions} (${small.full.pages} pages) — target ≤ ${TARGET_RATIO}×.`,
    );
    if (growth > TARGET_RATIO) failures.push(`the cost of a page grows with the number of pages (${growth.toFixed(2)}×)`);
  }
  lines.push(
    '',
    `(b)/(a) generation per page, each run: ${rows.map((row) => `${row.name} ${row.ratios.map((r) => r.toFixed(2)).join(', ')}`).join('; ')}.`,
    `Section history (following every section, listing each revision's sections, and the section pages), share of the full build's page generation: ${rows
      .map(
        (row) =>
          `${row.name} ${Math.round(row.full.sectionHistory)} ms for ${row.full.sectionPages} section pages = ${percent(sectionShare(row.full))}`,
      )
      .join(', ')}.`,
    `Each revision parsed once per build: ${rows.map((row) => `${row.name} ${row.full.parsed}/${row.revisions}`).join(', ')}.`,
    `Targets: (b)/(a) generation per page ≤ ${TARGET_RATIO}×; peak RSS ≤ ${mb(TARGET_RSS)} and section history < ${percent(TARGET_SECTION_SHARE)} of page generation at 100 revisions; a page's cost does not grow with the site; the warm rebuild parses only the added revision and computes only the new pairs.`,
    failures.length === 0 ? 'Result: PASS' : `Result: FAIL\n${failures.map((f) => `  - ${f}`).join('\n')}`,
  );
  console.log(lines.join('\n'));
  return failures.length === 0 ? 0 : 1;
}

// The share of a build's page generation its section history took.
function sectionShare(b: Build): number {
  return b.sectionHistory / (b.generation * 1000);
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function latestCorpusRevision(): string {
  const files = readdirSync(CORPUS)
    .filter((file) => /^\d{4}-\d{2}-\d{2}\.md$/.test(file))
    .sort();
  const latest = files.at(-1);
  if (!latest) throw new Error(`${CORPUS} has no revisions: the benchmark reads test/fixtures/corpora`);
  return join(CORPUS, latest);
}

function importCorpus(policies: string): void {
  runScript('policy-import.ts', ['--from', CORPUS, '--policy', 'terms'], policies);
}

function synthetic(policies: string, from: string, revisions: number): void {
  runScript('generate-history.ts', ['--from', from, '--policy', 'terms', '--revisions', String(revisions)], policies);
}

function runScript(script: string, args: string[], policies: string, env: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, POLICIES_DIR: policies },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
}

// Add a revision 30 days after the last one, made the way the synthetic histories are; return its date.
function addRevision(folder: string, last: string): string {
  const split = splitFrontMatter(readFileSync(join(folder, `${last}.mdx`), 'utf8'));
  if (!('body' in split)) throw new Error(`${folder}/${last}.mdx: cannot read its front matter`);
  const next = generateHistory(split.body, { revisions: 2, seed: 2026 })[1]?.body ?? split.body;
  const effective = addDays(last, 30);
  writeFileSync(
    join(folder, `${effective}.mdx`),
    `---\neffective: ${effective}\nchange: material\nsummary: "Added by the benchmark."\n---\n${next}`,
  );
  return effective;
}

function revisionDates(folder: string): string[] {
  return readdirSync(folder)
    .filter((file) => /^\d{4}-\d{2}-\d{2}\.mdx$/.test(file))
    .map((file) => file.slice(0, 10))
    .sort();
}

function htmlPages(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file}`);
}

process.exitCode = await main(process.argv.slice(2));
