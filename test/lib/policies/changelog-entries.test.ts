import { describe, expect, test } from 'vitest';
import { buildTimeline, changelogEntries } from '../../../src/lib/policies/index.ts';

describe('changelogEntries', () => {
  const cookies = buildTimeline([{ effective: '2025-01-20' }, { effective: '2026-03-14' }, { effective: '2026-06-01', published: '2026-04-01' }], '2026-04-15');
  const terms = buildTimeline([{ effective: '2026-03-14' }, { effective: '2026-09-01' }], '2026-04-15');

  test('lists every visible revision of every policy, newest first, with its predecessor', () => {
    const entries = changelogEntries([
      { slug: 'cookies', timeline: cookies },
      { slug: 'terms', timeline: terms },
    ]);
    expect(entries.map((e) => `${e.policy} ${e.revision.effective} ${e.status} ${e.previous?.effective ?? '-'}`)).toEqual([
      'cookies 2026-06-01 upcoming 2026-03-14',
      'cookies 2026-03-14 in-force 2025-01-20',
      'terms 2026-03-14 in-force -',
      'cookies 2025-01-20 superseded -',
    ]);
  });
});
