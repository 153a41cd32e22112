import { describe, expect, test } from 'vitest';
import { emptyLock, serializeLock, updateLock, type RevisionState } from '../../../src/lib/integrity/index.ts';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const revision = (effective: string, sha256: string, extra: Partial<RevisionState> = {}): RevisionState => ({
  key: `cookies/${effective}`,
  file: `policies/cookies/${effective}.mdx`,
  sha256,
  effective,
  errata: [],
  ...extra,
});

describe('updateLock', () => {
  test('locks revisions in force or announced, not drafts', () => {
    const update = updateLock(
      emptyLock(),
      [revision('2026-03-14', A), revision('2026-06-01', B, { published: '2026-04-01' }), revision('2026-09-01', B)],
      '2026-04-15',
    );
    expect(update.added).toEqual(['cookies/2026-03-14', 'cookies/2026-06-01']);
    expect(Object.keys(update.lock.revisions)).toEqual(['cookies/2026-03-14', 'cookies/2026-06-01']);
  });

  test('appends the hash of a corrected revision and keeps the old one', () => {
    const first = updateLock(emptyLock(), [revision('2026-03-14', A)], '2026-03-14').lock;
    const corrected = revision('2026-03-14', B, { errata: [{ date: '2026-04-02', description: 'Typo.', previousSha256: A }] });
    const update = updateLock(first, [corrected], '2026-04-02');
    expect(update.corrected).toEqual(['cookies/2026-03-14']);
    expect(update.lock.revisions['cookies/2026-03-14']).toEqual([
      { sha256: A, lockedOn: '2026-03-14' },
      { sha256: B, lockedOn: '2026-04-02', erratum: '2026-04-02' },
    ]);
    expect(first.revisions['cookies/2026-03-14']).toHaveLength(1); // the old lock object is untouched
  });

  test('refuses to lock anything while a locked revision changed silently', () => {
    const first = updateLock(emptyLock(), [revision('2026-03-14', A)], '2026-03-14').lock;
    const update = updateLock(first, [revision('2026-03-14', B), revision('2026-06-01', A, { published: '2026-04-01' })], '2026-04-15');
    expect(update.problems).toHaveLength(1);
    expect(update.added).toEqual([]);
    expect(update.lock).toBe(first);
  });

  test('locks only the revisions it is told to include', () => {
    const update = updateLock(emptyLock(), [revision('2025-01-20', A), revision('2026-03-14', B)], '2026-04-15', {
      include: (key) => key === 'cookies/2026-03-14',
    });
    expect(update.added).toEqual(['cookies/2026-03-14']);
  });
});

describe('serializeLock', () => {
  test('writes the same bytes whatever order the revisions were added in', () => {
    const one = {
      version: 1 as const,
      revisions: { 'b/2026-01-01': [{ sha256: A, lockedOn: '2026-01-01' }], 'a/2026-01-01': [{ sha256: B, lockedOn: '2026-01-01' }] },
    };
    const two = {
      version: 1 as const,
      revisions: { 'a/2026-01-01': [{ sha256: B, lockedOn: '2026-01-01' }], 'b/2026-01-01': [{ sha256: A, lockedOn: '2026-01-01' }] },
    };
    expect(serializeLock(one)).toBe(serializeLock(two));
    expect(serializeLock(one).endsWith('}\n')).toBe(true);
  });
});
