import { describe, expect, test } from 'vitest';
import {
  emptyLock,
  GENESIS,
  lockHead,
  migrateLock,
  revisionChains,
  serializeLock,
  updateLock,
  verifyChain,
  type RevisionState,
} from '../../../src/lib/integrity/index.ts';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
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
    expect([...revisionChains(update.lock).keys()]).toEqual(['cookies/2026-03-14', 'cookies/2026-06-01']);
  });

  test('appends the hash of a corrected revision and keeps the old one', () => {
    const first = updateLock(emptyLock(), [revision('2026-03-14', A)], '2026-03-14').lock;
    const corrected = revision('2026-03-14', B, { errata: [{ date: '2026-04-02', description: 'Typo.', previousSha256: A }] });
    const update = updateLock(first, [corrected], '2026-04-02');
    expect(update.corrected).toEqual(['cookies/2026-03-14']);
    expect(revisionChains(update.lock).get('cookies/2026-03-14')).toEqual([
      expect.objectContaining({ sha256: A, lockedOn: '2026-03-14' }),
      expect.objectContaining({ sha256: B, lockedOn: '2026-04-02', erratum: '2026-04-02' }),
    ]);
    expect(first.entries).toHaveLength(1); // the old lock object is untouched
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

describe('the hash chain', () => {
  const locked = updateLock(emptyLock(), [revision('2025-01-20', A), revision('2026-03-14', B)], '2026-04-15').lock;

  test('links every entry to the one before, from GENESIS to the head', () => {
    expect(locked.entries[0]?.previous).toBe(GENESIS);
    expect(locked.entries[1]?.previous).toBe(locked.entries[0]?.hash);
    expect(lockHead(locked)).toEqual({ algorithm: 'sha256', head: locked.entries[1]?.hash, entries: 2 });
    expect(verifyChain(locked)).toEqual([]);
  });

  test('breaks, naming the entry, when any entry is rewritten, and moves the head when all later ones are rehashed too', () => {
    const rewritten = { ...locked, entries: locked.entries.map((e, i) => (i === 0 ? { ...e, sha256: C } : e)) };
    expect(verifyChain(rewritten)).toEqual([
      expect.stringMatching(/^entry 1 \(cookies\/2025-01-20\) says it hashes to [0-9a-f]{64}, but it hashes to/),
    ]);
    const rechained = migrateLock({
      version: 1,
      revisions: {
        'cookies/2025-01-20': [{ sha256: C, lockedOn: '2026-04-15' }],
        'cookies/2026-03-14': [{ sha256: B, lockedOn: '2026-04-15' }],
      },
    });
    expect(verifyChain(rechained)).toEqual([]);
    expect(lockHead(rechained).head).not.toBe(lockHead(locked).head);
  });

  test('migrates a version 1 lock keeping every entry, in the order they were locked', () => {
    const migrated = migrateLock({
      version: 1,
      revisions: {
        'cookies/2026-03-14': [
          { sha256: A, lockedOn: '2026-03-14' },
          { sha256: B, lockedOn: '2026-04-02', erratum: '2026-04-02' },
        ],
        'cookies/2025-01-20': [{ sha256: C, lockedOn: '2026-03-14' }],
      },
    });
    expect(migrated.entries.map(({ revision, sha256, lockedOn }) => [revision, sha256, lockedOn])).toEqual([
      ['cookies/2025-01-20', C, '2026-03-14'],
      ['cookies/2026-03-14', A, '2026-03-14'],
      ['cookies/2026-03-14', B, '2026-04-02'],
    ]);
    expect(migrated.entries[2]?.erratum).toBe('2026-04-02');
    expect(verifyChain(migrated)).toEqual([]);
  });
});

describe('serializeLock', () => {
  test('writes the same bytes for the same files, whatever order they are listed in', () => {
    const one = updateLock(emptyLock(), [revision('2026-03-14', A), revision('2025-01-20', B)], '2026-04-15').lock;
    const two = updateLock(emptyLock(), [revision('2025-01-20', B), revision('2026-03-14', A)], '2026-04-15').lock;
    expect(serializeLock(one)).toBe(serializeLock(two));
    expect(serializeLock(one).endsWith('}\n')).toBe(true);
  });
});
