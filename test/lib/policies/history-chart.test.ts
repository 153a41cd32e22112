import { describe, expect, test } from 'vitest';
import { CHART, historyChart, type ChartRevision } from '../../../src/lib/policies/index.ts';

const revision = (effective: string, added?: number, removed?: number): ChartRevision => ({
  effective,
  status: 'superseded',
  ...(added === undefined ? {} : { change: 'material' as const, words: { added, removed: removed ?? 0 } }),
  href: `/terms/${effective}/`,
});

describe('historyChart', () => {
  test('places versions by their day and the years between them, from one end of the axis to the other', () => {
    const chart = historyChart([revision('2024-01-01'), revision('2024-07-01', 10), revision('2026-01-01', 40)]);
    // 182 and 366 of the 731 days from the first version to the last.
    const at = (days: number): number => Math.round((CHART.margin + (days / 731) * (CHART.width - 2 * CHART.margin)) * 10) / 10;
    expect(chart.marks.map((mark) => mark.x)).toEqual([CHART.margin, at(182), CHART.width - CHART.margin]);
    expect(chart.years.map((tick) => [tick.year, tick.x])).toEqual([
      [2025, at(366)],
      [2026, CHART.width - CHART.margin],
    ]);
  });

  test('draws words added above the axis and removed below it, on a square-root scale', () => {
    const chart = historyChart([revision('2024-01-01'), revision('2024-02-01', 40_000, 10_000), revision('2024-03-01', 0, 1)]);
    const [first, big, tiny] = chart.marks;
    const half = chart.axisY - CHART.margin / 2;
    expect(chart.maxWords).toBe(40_000);
    expect(first?.added.height).toBe(0);
    expect(big?.added).toEqual({ y: chart.axisY - half, height: half });
    // 10,000 words of 40,000: half the height (the square root of a quarter).
    expect(big?.removed).toEqual({ y: chart.axisY, height: half / 2 });
    // One word still shows.
    expect(tiny?.removed.height).toBe(CHART.minBar);
    expect(tiny?.added.height).toBe(0);
  });

  test('lays out one day without dividing by zero', () => {
    const chart = historyChart([revision('2024-01-01')]);
    expect(chart.marks[0]?.x).toBe(CHART.width / 2);
    expect(chart.years).toEqual([]);
  });

  test('counts calendar days, whatever the time zone', () => {
    const before = process.env['TZ'];
    process.env['TZ'] = 'Pacific/Kiritimati';
    try {
      const chart = historyChart([revision('2024-03-30'), revision('2024-03-31', 1), revision('2024-04-01', 1)]);
      expect(chart.marks.map((mark) => mark.x)).toEqual([CHART.margin, CHART.width / 2, CHART.width - CHART.margin]);
    } finally {
      process.env['TZ'] = before;
    }
  });
});
