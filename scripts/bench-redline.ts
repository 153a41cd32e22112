// Benchmark the redline engine on GitHub's site policies — Terms of Service (42 revisions, ~43 KB
// each), Subprocessors and Cookies: 67 revisions — against the naive baseline, jsdiff `diffWords`
// over the raw Markdown. Run with `npm run bench:redline`.
//
// The job, per policy: every adjacent pair and every revision against the latest (125 pairs), each
// revision parsed once, each pair diffed and rendered (inline view). A pair of one revision read as
// MDX and one MDX rejected reads both as Markdown (readAlike): that second reading happens once per
// revision and counts as parsing. The baseline diffs the same pairs' raw text.
// Printed (after a warm-up, see below): the totals, parse / diff / render apart, their ratios to the baseline and to each other,
// the median parse of a Terms of Service revision (each the median of five runs; and reading it back from the build cache), the median adjacent diff, the slowest pair end to
// end (both parses + diff + render) and peak memory.
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { deserialize, serialize } from 'node:v8';
import { diffWords } from 'diff';
import { DEFAULT_PARSER, diffDocuments, parseDocument, readAlike, renderRedline } from '../src/lib/redline/index.ts';
import type { RedlineDocument } from '../src/lib/redline/index.ts';

const CORPORA = ['github-terms-of-service', 'github-subprocessors', 'github-cookies'];
const TARGETS = { speedUp: 30, parseMs: 3, adjacentDiffMs: 1, pairMs: 40, diffRenderOverParse: 3 };

interface Revision {
  policy: string;
  file: string;
  source: string;
}
interface Pair {
  old: number;
  new: number;
  adjacent: boolean;
}

const revisions: Revision[] = [];
const pairs: Pair[] = [];
for (const policy of CORPORA) {
  const folder = new URL(`../test/fixtures/corpora/github-site-policy/${policy}/`, import.meta.url);
  const files = readdirSync(folder)
    .filter((name) => /^\d{4}-\d{2}-\d{2}\.md$/.test(name))
    .sort();
  const first = revisions.length;
  for (const file of files) revisions.push({ policy, file, source: readFileSync(new URL(file, folder), 'utf8') });
  const last = revisions.length - 1;
  for (let i = first; i < last; i++) pairs.push({ old: i, new: i + 1, adjacent: true });
  for (let i = first; i < last - 1; i++) pairs.push({ old: i, new: last, adjacent: false }); // (last-1, last) is already adjacent
}

const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
};
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const nameOf = (pair: Pair): string =>
  `${(revisions[pair.old] as Revision).policy} ${(revisions[pair.old] as Revision).file} → ${(revisions[pair.new] as Revision).file}`;
const endToEnd = (pair: Pair): void => {
  renderRedline(
    diffDocuments(parseDocument((revisions[pair.old] as Revision).source), parseDocument((revisions[pair.new] as Revision).source)),
  );
};

// Warm-up, excluded from every number below: the first pair end to end (timed: the cold start),
// then every revision parsed once and every pair diffed and rendered once, so the numbers are those of
// compiled code, as in a site build that compares hundreds of pairs. Nothing carries over: each parse
// below starts from the source again, and the parsers keep no state between documents.
const [, coldStart] = time(() => endToEnd(pairs[0] as Pair));
{
  const warm = revisions.map((revision) => parseDocument(revision.source));
  for (const pair of pairs) renderRedline(diffDocuments(warm[pair.old] as RedlineDocument, warm[pair.new] as RedlineDocument));
}

// 1. The engine's job: parse each revision once (and read it as Markdown once more where a pair needs
// it), then diff and render every pair.
const docs: RedlineDocument[] = [];
const parseTimes: number[] = [];
for (const revision of revisions) {
  const [doc, parseMs] = time(() => parseDocument(revision.source));
  docs.push(doc);
  parseTimes.push(parseMs);
}
let parseTime = parseTimes.reduce((sum, value) => sum + value, 0);
let diffTime = 0;
let renderTime = 0;
let fallbacks = 0;
let rereadings = 0;
const adjacentDiffs: number[] = [];
for (const pair of pairs) {
  const [alike, readMs] = time(() => readAlike(docs[pair.old] as RedlineDocument, docs[pair.new] as RedlineDocument));
  parseTime += readMs;
  if (alike.reparsed) rereadings++;
  const [redline, diffMs] = time(() => diffDocuments(alike.old, alike.new));
  const [, renderMs] = time(() => renderRedline(redline));
  diffTime += diffMs;
  renderTime += renderMs;
  if (redline.stats.fallback) fallbacks++;
  if (pair.adjacent) adjacentDiffs.push(diffMs);
}
const engineTotal = parseTime + diffTime + renderTime;
const jobRssMb = process.resourceUsage().maxRSS / 1024;

// 2. Every pair end to end from source text, to find the slowest. Each pair runs three times and
// counts with its median, so one garbage-collection pause does not decide the result; the worst
// single run is printed too.
let slowest = { ms: 0, name: '' };
let worstRun = 0;
for (const pair of pairs) {
  const runs = [0, 1, 2].map(() => time(() => endToEnd(pair))[1]);
  worstRun = Math.max(worstRun, ...runs);
  const pairMs = median(runs);
  if (pairMs > slowest.ms) slowest = { ms: pairMs, name: nameOf(pair) };
}

// 3. The parse of a Terms of Service revision: its parse in the job above and PARSE_RUNS - 1 more,
// counted with their median, as the pairs are, so that a garbage-collection pause in one run does not
// decide it. The documents are kept until all are parsed, as a build keeps them.
const PARSE_RUNS = 5;
const terms = revisions.flatMap((revision, index) => (revision.policy === CORPORA[0] ? [index] : []));
const kept: RedlineDocument[] = [];
const termsParseMs = terms.map((index) => {
  const runs = [parseTimes[index] as number];
  for (let run = 1; run < PARSE_RUNS; run++) {
    const [doc, ms] = time(() => parseDocument((revisions[index] as Revision).source));
    kept.push(doc);
    runs.push(ms);
  }
  return median(runs);
});
kept.length = 0;

// 4. What a warm build does instead of parsing (src/node/document-cache.ts): read a parsed Terms of
// Service revision back from its stored form (node:v8), once each.
const stored = terms.map((index) => serialize(docs[index] as RedlineDocument));
const readBackTimes = stored.map((bytes) => time(() => deserialize(bytes))[1]);
const storedKb = median(stored.map((bytes) => bytes.length / 1024));

// 5. The baseline: jsdiff diffWords on the raw text of the same pairs. It runs last, so its garbage
// does not slow the measurements above.
let baselineTotal = 0;
for (const pair of pairs) {
  baselineTotal += time(() => diffWords((revisions[pair.old] as Revision).source, (revisions[pair.new] as Revision).source))[1];
}

const medianParse = median(termsParseMs);
const medianKb = median(terms.map((index) => (revisions[index] as Revision).source.length / 1024));
const ratio = baselineTotal / engineTotal;
const medianAdjacent = median(adjacentDiffs);
const diffRenderOverParse = (diffTime + renderTime) / parseTime;
const peakMb = process.resourceUsage().maxRSS / 1024;
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
const checks = {
  speedUp: ratio >= TARGETS.speedUp,
  parse: medianParse <= TARGETS.parseMs,
  adjacent: medianAdjacent <= TARGETS.adjacentDiffMs,
  pair: slowest.ms <= TARGETS.pairMs,
  balance: diffRenderOverParse <= TARGETS.diffRenderOverParse,
};
const rows: Array<[string, string, string, string]> = [
  ['whole job: redline (parse once + diff + render)', ms(engineTotal), '', ''],
  ['  of which parse / diff / render', `${ms(parseTime)} / ${ms(diffTime)} / ${ms(renderTime)}`, '', ''],
  ['whole job: baseline (diffWords on raw text)', ms(baselineTotal), '', ''],
  ['speed-up (baseline / redline)', `${ratio.toFixed(1)}×`, `≥ ${TARGETS.speedUp}×`, verdict(checks.speedUp)],
  [
    `median parse of a Terms of Service revision (${medianKb.toFixed(0)} KB, median of ${PARSE_RUNS} runs)`,
    ms(medianParse),
    `≤ ${TARGETS.parseMs} ms`,
    verdict(checks.parse),
  ],
  [`  read back from the build cache instead (${storedKb.toFixed(0)} KB stored)`, ms(median(readBackTimes)), '', ''],
  ['median adjacent diff (parsed documents)', ms(medianAdjacent), `≤ ${TARGETS.adjacentDiffMs} ms`, verdict(checks.adjacent)],
  [
    'diff + render of every pair / parse of every revision',
    `${diffRenderOverParse.toFixed(2)}×`,
    `≤ ${TARGETS.diffRenderOverParse}×`,
    verdict(checks.balance),
  ],
  ['slowest pair end to end (2 parses + diff + render)', ms(slowest.ms), `≤ ${TARGETS.pairMs} ms`, verdict(checks.pair)],
  ['  slowest pair (median of 3 runs)', slowest.name, '', ''],
  ['  worst single run of any pair', ms(worstRun), '', ''],
  ['peak memory (maxRSS) after the redline job', `${jobRssMb.toFixed(0)} MB`, '', ''],
  ['peak memory (maxRSS) of the whole process', `${peakMb.toFixed(0)} MB`, '', ''],
];
const adjacent = adjacentDiffs.length;
console.log(
  `redline benchmark — ${CORPORA.join(', ')}: ${revisions.length} revisions, ${pairs.length} pairs (${adjacent} adjacent, ${pairs.length - adjacent} vs latest)`,
);
console.log(
  `node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}); parser ${DEFAULT_PARSER}; warm-up excluded (cold first pair: ${ms(coldStart)}); revisions read again as Markdown: ${rereadings}; safety fallbacks: ${fallbacks}`,
);
console.log('');
const widths = [0, 1, 2, 3].map((column) =>
  Math.max(...rows.map((row) => row[column]?.length ?? 0), ['measure', 'value', 'target', 'result'][column]?.length ?? 0),
);
const line = (cells: readonly string[]): string => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
console.log(line(['measure', 'value', 'target', 'result']));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(row));
if (!Object.values(checks).every(Boolean)) process.exitCode = 1;
