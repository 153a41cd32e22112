import { dayNumber, type CalendarDate } from '../dates/index.ts';
import type { RevisionStatus } from './build-timeline.ts';
import type { ChangeLabel } from './schema.ts';

/** One revision on a history chart: its day, how much it changed, where it stands and its redline. */
export interface ChartRevision {
  effective: CalendarDate;
  status: RevisionStatus;
  /** Its label; absent on a policy's first revision. */
  change?: ChangeLabel | undefined;
  /** Words added and removed against the revision before it; absent on the first. */
  words?: { added: number; removed: number } | undefined;
  /** Where the mark links: the redline against the revision before it (its own page for the first). */
  href: string;
}

/** A revision's mark, in the chart's coordinates (y grows downwards; the axis is at `axisY`). */
export interface ChartMark {
  revision: ChartRevision;
  x: number;
  /** The bar above the axis (words added) and below it (words removed): top and height; height 0 for none. */
  added: { y: number; height: number };
  removed: { y: number; height: number };
}

/** A laid-out history chart: marks on a time axis, one tick per year. */
export interface HistoryChart {
  width: number;
  height: number;
  axisY: number;
  /** Left and right ends of the time axis. */
  left: number;
  right: number;
  marks: ChartMark[];
  years: Array<{ x: number; year: number }>;
  /** The most words a bar stands for (its half of the chart's height). */
  maxWords: number;
}

/** The chart's size, in its own units (the SVG scales it to the page's width). */
export const CHART = { width: 720, height: 180, margin: 24, barWidth: 5, minBar: 2 } as const;

/**
 * Lay out a policy's revisions on a time axis: x is the effective day; a bar above the axis is the
 * words added, below it the words removed, on a square-root scale (a 5,000-word rewrite and a
 * 20-word fix both stay visible), never shorter than CHART.minBar when anything changed.
 */
export function historyChart(revisions: readonly ChartRevision[]): HistoryChart {
  const { width, height, margin, minBar } = CHART;
  const days = revisions.map((revision) => dayNumber(revision.effective));
  const dates = revisions.map((revision) => revision.effective).sort();
  const first = dayNumber(dates[0] ?? '1970-01-01');
  const last = dayNumber(dates.at(-1) ?? '1970-01-01');
  // A chart of one day (or one revision) spreads nothing: its marks stand in the middle.
  const left = margin;
  const right = width - margin;
  const xOf = (day: number): number => (last === first ? (left + right) / 2 : left + ((day - first) / (last - first)) * (right - left));
  const axisY = height / 2;
  const half = axisY - margin / 2;
  const maxWords = Math.max(1, ...revisions.flatMap((revision) => (revision.words ? [revision.words.added, revision.words.removed] : [])));
  const bar = (words: number): number => (words <= 0 ? 0 : Math.max(minBar, Math.sqrt(words / maxWords) * half));
  const marks = revisions.map((revision, index): ChartMark => {
    const up = bar(revision.words?.added ?? 0);
    const down = bar(revision.words?.removed ?? 0);
    return { revision, x: round(xOf(days[index] as number)), added: { y: round(axisY - up), height: round(up) }, removed: { y: axisY, height: round(down) } };
  });
  // A tick at each New Year's Day between the first version and the last.
  const years: HistoryChart['years'] = [];
  for (let year = Number(dates[0]?.slice(0, 4)) + 1; year <= Number(dates.at(-1)?.slice(0, 4)); year++)
    years.push({ x: round(xOf(dayNumber(`${year}-01-01`))), year });
  return { width, height, axisY, left, right, marks, years, maxWords };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
