import { describe, expect, test } from 'vitest';
import { appendToLock, emptyLock, settledRevisions, type LockFile, type RevisionState } from '../../../src/lib/integrity/index.ts';

const state = (key: string, published?: string): RevisionState => {
  const effective = key.slice(key.indexOf('/') + 1);
  return { key, file: `policies/${key}.mdx`, sha256: 'a'.repeat(64), effective, errata: [], ...(published ? { published } : {}) };
};
const lockOf = (...keys: string[]): LockFile =>
  keys.reduce((lock, revision) => appendToLock(lock, { revision, sha256: 'a'.repeat(64), lockedOn: '2026-04-01' }), emptyLock());

describe('settledRevisions', () => {
  test('lists the locked revisions superseded by the one in force, policy by policy', () => {
    const revisions = [
      state('cookies/2025-01-20'),
      state('cookies/2025-09-01'),
      state('cookies/2026-03-14'),
      state('cookies/2026-05-01', '2026-04-01'),
      state('cookies/2026-09-01'),
      state('terms/2024-01-01'),
      state('terms/2025-01-01'),
    ];
    const lock = lockOf('cookies/2025-01-20', 'cookies/2026-03-14', 'cookies/2026-05-01', 'terms/2024-01-01', 'terms/2025-01-01');
    // 2025-09-01 is superseded but not locked; 2026-03-14 is in force; 2026-05-01 announced; 2026-09-01 a draft.
    expect(settledRevisions(lock, revisions, '2026-04-15')).toEqual(new Set(['cookies/2025-01-20', 'terms/2024-01-01']));
    // Once 2026-05-01 takes effect, the one before it is settled too.
    expect(settledRevisions(lock, revisions, '2026-05-01')).toEqual(
      new Set(['cookies/2025-01-20', 'cookies/2026-03-14', 'terms/2024-01-01']),
    );
  });

  test('lists nothing without a lock', () => {
    expect(settledRevisions(emptyLock(), [state('cookies/2025-01-20'), state('cookies/2026-03-14')], '2026-04-15')).toEqual(new Set());
  });
});
