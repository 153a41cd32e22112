// Benchmark the redline engine on GitHub's Terms of Service (42 revisions, ~7,000 words each) against
// the naive baseline, jsdiff `diffWords` over the raw Markdown. Run with `npm run bench:redline`.
//
// The job: every adjacent pair and every revision against the latest, each revision parsed once,
// each pair diffed and rendered (inline view). The baseline diffs the same pairs' raw text.
// Printed: both totals and their ratio, the median adjacent diff (parsed documents), the slowest
// single pair end to end (both parses + diff + render), and peak memory (after the job, and overall).
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { diffWords } from 'diff';
import { diffDocuments, parseDocument, renderRedline } from '../src/lib/redline/index.ts';
import type { RedlineDocument } from '../src/lib/redline/index.ts';

const corpus = new URL('../test/fixtures/corpora/github-site-policy/github-terms-of-service/', import.meta.url);
const files = readdirSync(corpus)
  .filter((name) => /^\d{4}-\d{2}-\d{2}\.md$/.test(name))
  .sort();
const sources = files.map((name) => readFileSync(new URL(name, corpus), 'utf8'));
const last = sources.length - 1;
const pairs: Array<{ old: number; new: number; adjacent: boolean }> = [];
for (let i = 0; i < last; i++) pairs.push({ old: i, new: i + 1, adjacent: true });
for (let i = 0; i < last - 1; i++) pairs.push({ old: i, new: last, adjacent: false }); // (last-1, last) is already adjacent

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

// Warm-up (JIT), excluded from every number below: one end-to-end pair, three times.
const [, coldStart] = time(() => renderRedline(diffDocuments(parseDocument(sources[0] as string), parseDocument(sources[1] as string))));
for (let k = 0; k < 3; k++) renderRedline(diffDocuments(parseDocument(sources[0] as string), parseDocument(sources[1] as string)));

// 1. The engine's job: parse each revision once, then diff and render every pair.
const [docs, parseTime] = time(() => sources.map((source) => parseDocument(source)));
let diffTime = 0;
let renderTime = 0;
let fallbacks = 0;
const adjacentDiffs: number[] = [];
for (const pair of pairs) {
  const [redline, diffMs] = time(() => diffDocuments(docs[pair.old] as RedlineDocument, docs[pair.new] as RedlineDocument));
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
  const runs = [0, 1, 2].map(
    () =>
      time(() => renderRedline(diffDocuments(parseDocument(sources[pair.old] as string), parseDocument(sources[pair.new] as string))))[1],
  );
  worstRun = Math.max(worstRun, ...runs);
  const pairMs = median(runs);
  if (pairMs > slowest.ms) slowest = { ms: pairMs, name: `${files[pair.old]} → ${files[pair.new]}` };
}

// 3. The baseline: jsdiff diffWords on the raw text of the same pairs. It runs last, so its garbage
// does not slow the measurements above.
let baselineTotal = 0;
for (const pair of pairs) baselineTotal += time(() => diffWords(sources[pair.old] as string, sources[pair.new] as string))[1];

const ratio = baselineTotal / engineTotal;
const medianAdjacent = median(adjacentDiffs);
const peakMb = process.resourceUsage().maxRSS / 1024;
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
const rows: Array<[string, string, string, string]> = [
  ['whole job: redline (parse once + diff + render)', ms(engineTotal), '', ''],
  ['  of which parse / diff / render', `${ms(parseTime)} / ${ms(diffTime)} / ${ms(renderTime)}`, '', ''],
  ['whole job: baseline (diffWords on raw text)', ms(baselineTotal), '', ''],
  ['speed-up (baseline / redline)', `${ratio.toFixed(1)}×`, '≥ 10×', verdict(ratio >= 10)],
  ['median adjacent diff (parsed documents)', ms(medianAdjacent), '≤ 5 ms', verdict(medianAdjacent <= 5)],
  ['slowest pair end to end (2 parses + diff + render)', ms(slowest.ms), '≤ 150 ms', verdict(slowest.ms <= 150)],
  ['  slowest pair (median of 3 runs)', slowest.name, '', ''],
  ['  worst single run of any pair', ms(worstRun), '', ''],
  ['peak memory (maxRSS) after the redline job', `${jobRssMb.toFixed(0)} MB`, '', ''],
  ['peak memory (maxRSS) of the whole process', `${peakMb.toFixed(0)} MB`, '', ''],
];
console.log(
  `redline benchmark — github-terms-of-service: ${files.length} revisions, ${pairs.length} pairs (${adjacentDiffs.length} adjacent, ${pairs.length - adjacentDiffs.length} vs latest)`,
);
console.log(
  `node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}); warm-up excluded (cold first pair: ${ms(coldStart)}); safety fallbacks: ${fallbacks}`,
);
console.log('');
const widths = [0, 1, 2, 3].map((column) =>
  Math.max(...rows.map((row) => row[column]?.length ?? 0), ['measure', 'value', 'target', 'result'][column]?.length ?? 0),
);
const line = (cells: readonly string[]): string => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
console.log(line(['measure', 'value', 'target', 'result']));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(row));
if (!(ratio >= 10 && medianAdjacent <= 5 && slowest.ms <= 150)) process.exitCode = 1;
