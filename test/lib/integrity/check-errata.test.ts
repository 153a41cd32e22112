import { describe, expect, test } from 'vitest';
import {
  appendToLock,
  checkErrata,
  emptyLock,
  type ErrataOptions,
  type LockFile,
  type LockRecord,
} from '../../../src/lib/integrity/index.ts';
import { sourceSha256, type Erratum } from '../../../src/lib/policies/index.ts';

const KEY = 'cookies/2026-03-14';
const FILE = 'cookies/2026-03-14.mdx';
const BODY = [
  '## 1. What cookies are',
  '',
  'Cookies are widely used to make websites work more efficiently.',
  '',
  '## 2. How we use them',
  '',
  'We use cookies to keep you signed in and to remember your preferences.',
  '',
].join('\n');
const HEAD = ['effective: 2026-03-14', 'change: material', 'summary: Adds performance cookies.'];

/** Write a revision source: front matter lines (with its errata, if any), then the body. */
function source(body: string, head: string[] = HEAD, errata: Erratum[] = []): string {
  const list = errata.flatMap((e) => [
    `  - date: ${e.date}`,
    `    description: ${e.description}`,
    `    previousSha256: ${e.previousSha256}`,
  ]);
  return ['---', ...head, ...(errata.length > 0 ? ['errata:', ...list] : []), '---', '', body].join('\n');
}

const ORIGINAL = source(BODY);
const locked = sourceSha256(ORIGINAL);
const typo = { date: '2026-04-02', description: 'Fixes a typo.', previousSha256: locked };
const record = (sha256: string, lockedOn: string, erratum?: string): LockRecord => ({
  revision: KEY,
  sha256,
  lockedOn,
  ...(erratum ? { erratum } : {}),
});
const chain = (...records: LockRecord[]): LockFile => records.reduce(appendToLock, emptyLock());

function check(now: string, lock: LockFile, archive: string[], options: ErrataOptions = {}): string[] {
  const byHash = new Map(archive.map((text) => [sourceSha256(text), text]));
  return checkErrata(lock, [{ path: FILE, text: now }], (sha256) => byHash.get(sha256), options).map(
    (p) => `${p.file}:${p.line ?? '?'}: ${p.message}`,
  );
}

const words = (count: number): string => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');
const lock = chain(record(locked, '2026-03-14'));

describe('checkErrata', () => {
  test('accepts a typo-sized erratum, before and after the lock records it', () => {
    const corrected = source(BODY.replace('widely', 'commonly'), HEAD, [typo]);
    expect(check(corrected, lock, [ORIGINAL])).toEqual([]);
    const recorded = chain(record(locked, '2026-03-14'), record(sourceSha256(corrected), '2026-04-03', '2026-04-02'));
    expect(check(corrected, recorded, [ORIGINAL, corrected])).toEqual([]);
  });

  test('refuses an erratum over the limit, naming the erratum line, the count and the fix', () => {
    const rewritten = source(BODY.replace('signed in', `signed in. ${words(30)}`), HEAD, [typo]);
    expect(check(rewritten, lock, [ORIGINAL])).toEqual([
      'policies/cookies/2026-03-14.mdx:6: erratum of 2026-04-02 changes 30 words (at most 25) — a correction this large is a new revision: undo it here and add policies/cookies/<date>.mdx with summary and change label',
    ]);
  });

  test.each([
    ['the change label', ['effective: 2026-03-14', 'change: technical', HEAD[2] ?? ''], '"change" (material → technical)'],
    ['the effective date', ['effective: 2026-03-15', ...HEAD.slice(1)], '"effective" (2026-03-14 → 2026-03-15)'],
    ['an announcement date', [...HEAD, 'published: 2026-03-01'], '"published" (none → 2026-03-01)'],
    ['the summary', [...HEAD.slice(0, 2), 'summary: Adds cookies.'], '"summary" ("Adds performance cookies." → "Adds cookies.")'],
    ['the declaration', [...HEAD, 'declaration:', '  categories: []'], '"declaration"'],
  ])('refuses an erratum that changes %s, naming the field', (_case, head, field) => {
    const [message, ...rest] = check(source(BODY, head, [typo]), lock, [ORIGINAL]);
    expect(rest).toEqual([]);
    expect(message).toContain(`policies/cookies/2026-03-14.mdx:`);
    expect(message).toContain(
      `: erratum of 2026-04-02 changes front matter ${field} — an erratum corrects the text only: undo that change here and add policies/cookies/<date>.mdx with summary and change label`,
    );
  });

  test('names every front matter field an erratum changes, and ignores their order and the errata list', () => {
    const reordered = ['summary: Adds performance cookies.', 'change: material', 'effective: 2026-03-14'];
    expect(check(source(BODY, reordered, [typo]), lock, [ORIGINAL])).toEqual([]);
    const [message] = check(source(BODY, ['effective: 2026-03-14', 'change: editorial', 'summary: Other.'], [typo]), lock, [ORIGINAL]);
    expect(message).toContain('changes front matter "change" (material → editorial), "summary" ("Adds performance cookies." → "Other.")');
  });

  test('checks each erratum of a chain against its own step', () => {
    const first = source(BODY.replace('widely', 'commonly'), HEAD, [typo]);
    const second = { date: '2026-05-01', description: 'Adds a paragraph.', previousSha256: sourceSha256(first) };
    const recorded = chain(record(locked, '2026-03-14'), record(sourceSha256(first), '2026-04-03', '2026-04-02'));
    // The steps change 2 and 20 words: each is within a limit of 20, but together they change 22 —
    // a rewrite cut into small errata is refused as a whole; within 22 all of it passes.
    const now = source(`${BODY.replace('widely', 'commonly')}\n${words(20)}\n`, HEAD, [typo, second]);
    expect(check(now, recorded, [ORIGINAL, first], { maxChangedWords: 20 })).toEqual([
      expect.stringMatching(
        /^policies\/cookies\/2026-03-14\.mdx:5: errata together change 22 words \(at most 20 in all, since it was published\)/,
      ),
    ]);
    expect(check(now, recorded, [ORIGINAL, first], { maxChangedWords: 22 })).toEqual([]);
    // A first step over the limit is reported on the first erratum (line 6), a second on the second (line 9).
    const big = source(`${BODY.replace('widely', words(30))}`, HEAD, [typo]);
    const bigChain = chain(record(locked, '2026-03-14'), record(sourceSha256(big), '2026-04-03', '2026-04-02'));
    const after = { ...second, previousSha256: sourceSha256(big) };
    const problems = check(source(`${BODY.replace('widely', words(30))}\n${words(26)}\n`, HEAD, [typo, after]), bigChain, [ORIGINAL, big]);
    expect(problems).toEqual([
      expect.stringMatching(/^policies\/cookies\/2026-03-14\.mdx:5: errata together change \d+ words/),
      expect.stringMatching(/^policies\/cookies\/2026-03-14\.mdx:6: erratum of 2026-04-02 changes 31 words \(at most 25\)/),
      expect.stringMatching(/^policies\/cookies\/2026-03-14\.mdx:9: erratum of 2026-05-01 changes 26 words \(at most 25\)/),
    ]);
  });

  test('takes the limit from its options', () => {
    const corrected = source(BODY.replace('signed in', `signed in. ${words(10)}`), HEAD, [typo]);
    expect(check(corrected, lock, [ORIGINAL])).toEqual([]);
    expect(check(corrected, lock, [ORIGINAL], { maxChangedWords: 5, root: 'site/policies' })).toEqual([
      expect.stringMatching(
        /^site\/policies\/cookies\/2026-03-14\.mdx:6: erratum of 2026-04-02 changes 10 words \(at most 5\) — .* add site\/policies\/cookies\/<date>\.mdx/,
      ),
    ]);
  });

  test('skips quietly an erratum whose source is not archived or whose hash the lock never had (other checks report them)', () => {
    const rewritten = source(`${BODY}\n${words(40)}\n`, ['effective: 2026-03-14', 'change: technical'], [typo]);
    expect(check(rewritten, lock, [])).toEqual([]);
    const stranger = { ...typo, previousSha256: 'c'.repeat(64) };
    expect(check(source(`${BODY}\n${words(40)}\n`, HEAD, [stranger]), lock, [ORIGINAL])).toEqual([]);
  });

  test('refuses a lock entry that no erratum in the file explains (a hash appended by hand)', () => {
    const rewritten = source(`${BODY}\n${words(40)}\n`, HEAD, []);
    const forged = chain(record(locked, '2026-03-14'), record(sourceSha256(rewritten), '2026-04-16'));
    expect(check(rewritten, forged, [ORIGINAL, rewritten])).toEqual([
      expect.stringMatching(
        /^policies\/cookies\/2026-03-14\.mdx:\d+: the lock records a new hash [0-9a-f]{64} for cookies\/2026-03-14 \(locked on 2026-04-16\) that no erratum in the file explains/,
      ),
    ]);
  });

  test('refuses an erratum that moves text, and errata dated before publication, out of order or after today', () => {
    const moved = source(BODY.split('\n\n').reverse().join('\n\n'), HEAD, [typo]);
    expect(check(moved, lock, [ORIGINAL]).join('\n')).toMatch(/erratum of 2026-04-02 moves \d+ blocks? of text/);
    const early = { ...typo, date: '2026-03-01' };
    const corrected = source(BODY.replace('widely', 'commonly'), HEAD, [early]);
    expect(check(corrected, lock, [ORIGINAL]).join('\n')).toMatch(
      /erratum of 2026-03-01 is dated before the revision was published \(2026-03-14\)/,
    );
    const late = source(BODY.replace('widely', 'commonly'), HEAD, [typo]);
    expect(check(late, lock, [ORIGINAL], { today: '2026-04-01' }).join('\n')).toMatch(
      /erratum of 2026-04-02 is dated after today \(2026-04-01\)/,
    );
  });
});
