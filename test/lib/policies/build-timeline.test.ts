import { describe, expect, test } from 'vitest';
import { buildTimeline, type DatedRevision } from '../../../src/lib/policies/index.ts';

const first: DatedRevision = { effective: '2025-01-20' };
const second: DatedRevision = { effective: '2025-09-01', published: '2025-08-18' };
const third: DatedRevision = { effective: '2026-03-14' };
const all = [third, first, second];

function statuses(asOf: string): Record<string, string> {
  const timeline = buildTimeline(all, asOf);
  return Object.fromEntries(timeline.entries.map((e) => [e.revision.effective, e.status]));
}

describe('buildTimeline', () => {
  test('puts the latest revision effective on or before the day in force and the earlier ones superseded', () => {
    expect(statuses('2026-04-01')).toEqual({ '2025-01-20': 'superseded', '2025-09-01': 'superseded', '2026-03-14': 'in-force' });
  });

  test('counts the effective day itself as in force', () => {
    expect(buildTimeline(all, '2026-03-14').inForce?.revision).toBe(third);
    expect(buildTimeline(all, '2026-03-13').inForce?.revision).toBe(second);
  });

  test('shows an upcoming revision once it is published, and hides it before', () => {
    expect(statuses('2025-08-18')).toEqual({ '2025-01-20': 'in-force', '2025-09-01': 'upcoming' });
    expect(statuses('2025-08-17')).toEqual({ '2025-01-20': 'in-force' });
    expect(buildTimeline(all, '2025-08-17').hidden).toEqual([second, third]);
  });

  test('hides a later revision without a published date until it takes effect', () => {
    const timeline = buildTimeline(all, '2026-01-01');
    expect(timeline.entries.map((e) => e.revision)).toEqual([first, second]);
    expect(timeline.upcoming).toEqual([]);
    expect(timeline.hidden).toEqual([third]);
  });

  test('gives a superseded revision its last day in force: the day before its successor took effect', () => {
    const timeline = buildTimeline(all, '2026-04-01');
    expect(timeline.entries.map((e) => e.until)).toEqual(['2025-08-31', '2026-03-13', undefined]);
  });

  test('links each visible revision to its neighbours, oldest first', () => {
    const [a, b, c] = buildTimeline(all, '2026-04-01').entries;
    expect([a?.previous, a?.next]).toEqual([undefined, second]);
    expect([b?.previous, b?.next]).toEqual([first, third]);
    expect([c?.previous, c?.next]).toEqual([second, undefined]);
  });

  test('has nothing in force before the first revision takes effect', () => {
    const timeline = buildTimeline([{ effective: '2026-05-01', published: '2026-04-01' }], '2026-04-15');
    expect(timeline.inForce).toBeUndefined();
    expect(timeline.entries.map((e) => e.status)).toEqual(['upcoming']);
  });

  test('does not depend on the order it is given the revisions in', () => {
    expect(buildTimeline([first, second, third], '2026-04-01')).toEqual(buildTimeline([third, second, first], '2026-04-01'));
  });
});
