import { describe, expect, test } from 'vitest';
import {
  appendToLock,
  checkLock,
  emptyLock,
  findInsertedRevisions,
  findUnlocked,
  updateLock,
  type LockFile,
  type LockRecord,
  type RevisionState,
} from '../../../src/lib/integrity/index.ts';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
const chain = (...records: LockRecord[]): LockFile => records.reduce(appendToLock, emptyLock());
const lock = chain({ revision: 'cookies/2026-03-14', sha256: A, lockedOn: '2026-03-14' });
const state = (sha256: string, errata: RevisionState['errata'] = []): RevisionState => ({
  key: 'cookies/2026-03-14',
  file: 'policies/cookies/2026-03-14.mdx',
  sha256,
  effective: '2026-03-14',
  errata,
});
const messages = (revisions: RevisionState[], l: LockFile = lock): string[] =>
  checkLock(l, revisions).map((p) => `${p.file}: ${p.message}`);

describe('checkLock', () => {
  test('accepts a locked revision that has not changed', () => {
    expect(messages([state(A)])).toEqual([]);
  });

  test('refuses a locked revision edited without an erratum, naming the file and both hashes', () => {
    const [message] = messages([state(B)]);
    expect(message).toContain(`policies/cookies/2026-03-14.mdx: was published with sha256 ${A} but now hashes to ${B}`);
    expect(message).toContain(`previousSha256: ${A}`);
  });

  test('refuses a locked revision that is gone (deleted or renamed)', () => {
    expect(messages([])).toEqual([
      `policies/cookies/2026-03-14.mdx: was published and locked (sha256 ${A}) but the file is gone — deleted or renamed. A published revision keeps its file and URL forever: restore it (git checkout -- policies/cookies/2026-03-14.mdx); to correct it, edit it in place and record an erratum`,
    ]);
  });

  test('accepts a change explained by an erratum on the locked hash, before and after the lock records it', () => {
    const erratum = { date: '2026-04-02', description: 'Fixes a typo.', previousSha256: A };
    expect(messages([state(B, [erratum])])).toEqual([]);
    const recorded = chain(
      { revision: 'cookies/2026-03-14', sha256: A, lockedOn: '2026-03-14' },
      { revision: 'cookies/2026-03-14', sha256: B, lockedOn: '2026-04-02', erratum: '2026-04-02' },
    );
    expect(messages([state(B, [erratum])], recorded)).toEqual([]);
  });

  test('refuses an erratum whose previous hash the lock never had', () => {
    const [message] = messages([state(B, [{ date: '2026-04-02', description: 'Fixes a typo.', previousSha256: C }])]);
    expect(message).toMatch(/erratum of 2026-04-02 says the previous sha256 was c{64}, which the lock never recorded/);
  });

  test('lets revisions the lock does not know change freely', () => {
    expect(
      messages([state(A), { ...state(C), key: 'cookies/2026-09-01', file: 'policies/cookies/2026-09-01.mdx', effective: '2026-09-01' }]),
    ).toEqual([]);
  });
});

describe('findUnlocked', () => {
  const later = (published?: string): RevisionState => ({
    ...state(C),
    key: 'cookies/2026-09-01',
    file: 'policies/cookies/2026-09-01.mdx',
    effective: '2026-09-01',
    ...(published ? { published } : {}),
  });

  test.each([
    ['a draft', later(), '2026-08-31', false],
    ['a revision announced later', later('2026-08-01'), '2026-07-31', false],
    ['an announced revision', later('2026-08-01'), '2026-08-01', true],
    ['a revision in force', later(), '2026-09-01', true],
  ])('treats %s as published or not', (_case, revision, today, unlocked) => {
    const found = findUnlocked(lock, [state(A), revision], today);
    expect(found.length).toBe(unlocked ? 1 : 0);
  });

  test('names the file, the day it was published and the command that locks it', () => {
    expect(findUnlocked(emptyLock(), [later('2026-08-01')], '2026-08-02').map((p) => `${p.file}: ${p.message}`)).toEqual([
      'policies/cookies/2026-09-01.mdx: is published (since 2026-08-01) but not locked, so it could still change without a trace — run npm run policy:lock -- cookies/2026-09-01 and commit redline.lock.json and .archive/ with it',
    ]);
  });
});

describe('findInsertedRevisions', () => {
  const key = (date: string): LockRecord => ({ revision: `cookies/${date}`, sha256: A, lockedOn: '2026-04-15' });

  test('accepts new revisions after the latest, and older history brought in beneath the earliest', () => {
    expect(findInsertedRevisions(chain(key('2026-03-14'), key('2026-06-01'), key('2025-09-01'), key('2025-01-20')))).toEqual([]);
  });

  test('refuses a revision slipped between two published ones, naming both', () => {
    expect(
      findInsertedRevisions(chain(key('2025-09-01'), key('2026-03-14'), key('2025-12-01'))).map((p) => `${p.file}: ${p.message}`),
    ).toEqual([
      expect.stringMatching(
        /^policies\/cookies\/2025-12-01\.mdx: was locked after cookies\/2026-03-14 although it takes effect before it, and after cookies\/2025-09-01 — a revision cannot be inserted between published ones/,
      ),
    ]);
  });

  test('lets updateLock bring in several older revisions at once, newest first, and refuses an insertion', () => {
    const locked = updateLock(emptyLock(), [state(A)], '2026-04-15').lock;
    const older = (date: string, sha256: string): RevisionState => ({
      ...state(sha256),
      key: `cookies/${date}`,
      file: `policies/cookies/${date}.mdx`,
      effective: date,
    });
    const backfilled = updateLock(locked, [state(A), older('2025-01-20', B), older('2025-09-01', C)], '2026-04-15');
    expect(backfilled.problems).toEqual([]);
    expect(backfilled.lock.entries.map((e) => e.revision)).toEqual(['cookies/2026-03-14', 'cookies/2025-09-01', 'cookies/2025-01-20']);
    const inserted = updateLock(
      backfilled.lock,
      [state(A), older('2025-01-20', B), older('2025-09-01', C), older('2025-12-01', B)],
      '2026-04-15',
    );
    expect(inserted.problems).toHaveLength(1);
    expect(inserted.lock).toBe(backfilled.lock);
  });
});
