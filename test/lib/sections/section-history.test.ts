import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diffDocuments, parseDocument, type RedlineDocument } from '../../../src/lib/redline/index.ts';
import { MAX_ID_BYTES, sectionHistory, sectionRanges, type SectionHistory } from '../../../src/lib/sections/index.ts';
import { fixturePath } from '../../helpers/fixtures.ts';

const parse = (text: string): RedlineDocument => parseDocument(text, { smartPunctuation: false });

function historyOf(texts: string[]): { docs: RedlineDocument[]; history: SectionHistory } {
  const docs = texts.map(parse);
  return {
    docs,
    history: sectionHistory(
      docs,
      docs.slice(1).map((doc, i) => diffDocuments(docs[i] as RedlineDocument, doc)),
    ),
  };
}

// The lineage of a revision's section, by its heading's title.
function lineageAt({ docs, history }: { docs: RedlineDocument[]; history: SectionHistory }, revision: number, title: string) {
  const section = docs[revision]?.sections.findIndex((s) => s.title === title) ?? -1;
  expect(section, `"${title}" in revision ${revision}`).toBeGreaterThanOrEqual(0);
  return history.lineages[history.lineageOf[revision]?.[section] ?? -1];
}

describe('sectionRanges', () => {
  test('a section runs to the next heading of its level or higher, its subsections included', () => {
    const doc = parse('# A\n\none\n\n## A.1\n\ntwo\n\n### A.1.a\n\nthree\n\n## A.2\n\nfour\n\n# B\n\nfive\n');
    expect(sectionRanges(doc)).toEqual([
      { start: 0, end: 8 },
      { start: 2, end: 6 },
      { start: 4, end: 6 },
      { start: 6, end: 8 },
      { start: 8, end: 10 },
    ]);
  });
});

describe('sectionHistory', () => {
  const v1 =
    '## 1. Terms\n\nYou agree to the terms.\n\n## 2. User Accounts\n\nKeep your password safe.\n\n## 3. Fees\n\nThe service is free.\n';
  const v2 =
    '## 1. Terms\n\nYou agree to the terms.\n\n## 2. Privacy\n\nWe protect your data.\n\n## 3. User Accounts\n\nKeep your password safe.\n\n## 4. Fees\n\nThe service is free.\n';
  const v3 =
    '## 1. Terms\n\nYou agree to the terms.\n\n## 2. Privacy\n\nWe protect your data.\n\n### 3. Your User Accounts\n\nKeep your password safe and secret.\n';

  test('follows a section across a rename, a renumbering and a change of level, with one stable id', () => {
    const run = historyOf([v1, v2, v3]);
    const account = lineageAt(run, 2, '3. Your User Accounts');
    expect(account).toBe(lineageAt(run, 0, '2. User Accounts'));
    expect(account?.id).toBe('2-user-accounts');
    expect(
      account?.changes.map(({ revision, kind, renamed, relevelled, wordsAdded, wordsRemoved }) => ({
        revision,
        kind,
        renamed,
        relevelled,
        wordsAdded,
        wordsRemoved,
      })),
    ).toEqual([
      { revision: 1, kind: 'changed', renamed: true, relevelled: false, wordsAdded: 1, wordsRemoved: 1 },
      { revision: 2, kind: 'changed', renamed: true, relevelled: true, wordsAdded: 3, wordsRemoved: 0 },
    ]);
  });

  test('an unchanged section has no change; a new one appeared, a dropped one was removed', () => {
    const run = historyOf([v1, v2, v3]);
    expect(lineageAt(run, 2, '1. Terms')?.changes).toEqual([]);
    const privacy = lineageAt(run, 2, '2. Privacy');
    expect(privacy?.first).toBe(1);
    // In the third revision "3. Your User Accounts" became a subsection of it: its text grew.
    expect(privacy?.changes.map((c) => [c.revision, c.kind])).toEqual([
      [1, 'appeared'],
      [2, 'changed'],
    ]);
    const fees = lineageAt(run, 0, '3. Fees');
    expect(fees?.places).toEqual([2, 3, null]);
    expect(fees?.last).toBe(1);
    expect(fees?.changes.map((c) => [c.revision, c.kind])).toEqual([
      [1, 'changed'],
      [2, 'removed'],
    ]);
  });

  test('a section whose text came from another says which; a removed one says where its text went', () => {
    const before = '## Use\n\nDo not spam.\n\nDo not scrape the site without permission.\n\n## Other\n\nNothing else.\n';
    const after = '## Use\n\nDo not spam.\n\n## Scraping\n\nDo not scrape the site without permission.\n\n## Other\n\nNothing else.\n';
    const run = historyOf([before, after]);
    const scraping = lineageAt(run, 1, 'Scraping');
    expect(scraping?.changes[0]?.kind).toBe('appeared');
    expect(scraping?.changes[0]?.related.map((r) => run.history.lineages[r]?.id)).toEqual(['use']);
    const merged = historyOf([after, before]);
    const removed = lineageAt(merged, 0, 'Scraping');
    expect(removed?.changes.map((c) => [c.kind, c.related.map((r) => merged.history.lineages[r]?.id)])).toEqual([['removed', ['use']]]);
  });

  test('a heading reused after its section was removed starts a new section with its own id', () => {
    const run = historyOf([
      '## Fees\n\nFree.\n\n## Terms\n\nAgree.\n',
      '## Terms\n\nAgree.\n',
      '## Terms\n\nAgree.\n\n## Fees\n\nTen euros a month for teams of any size.\n',
    ]);
    const old = lineageAt(run, 0, 'Fees');
    const reused = lineageAt(run, 2, 'Fees');
    expect(reused).not.toBe(old);
    expect([old?.id, reused?.id]).toEqual(['fees', 'fees-1']);
  });

  test('says since which revision each block reads as it does, through moves', () => {
    const run = historyOf([
      '## A\n\nFirst paragraph of section A.\n\n## B\n\nFirst paragraph of section B.\n',
      '## B\n\nFirst paragraph of section B.\n\n## A\n\nFirst paragraph of section A.\n',
      '## B\n\nFirst paragraph of section B, edited.\n\n## A\n\nFirst paragraph of section A.\n',
    ]);
    expect(run.history.since[2]).toEqual([0, 2, 0, 0]);
    // Where each was last written: B's heading was block 2 of the first revision, A's paragraph block 1.
    expect(run.history.origin[2]).toEqual([2, 1, 0, 1]);
    // And by which change of its pair's redline: B's edited paragraph by the third revision's only change.
    expect(run.history.originChange[2]).toEqual([0, 1, 0, 0]);
  });

  test('a heading inserted inside a section splits its text off: the section changed at that heading', () => {
    const run = historyOf(['## A\n\nFirst part of A.\n\nSecond part of A.\n', '## A\n\nFirst part of A.\n\n## A2\n\nSecond part of A.\n']);
    const [change] = lineageAt(run, 1, 'A')?.changes ?? [];
    expect(change?.kind).toBe('changed');
    expect(change?.ownChanged).toBe(true);
    // Its redline shows the heading that took the text away, and the text it took.
    expect(change?.own.new).toEqual({ start: 0, end: 4 });
    expect([change?.wordsAdded, change?.wordsRemoved]).toEqual([1, 0]);
    expect(change?.firstChange).toBeGreaterThan(0);
    const split = lineageAt(run, 1, 'A2')?.changes[0];
    expect(split?.related.map((r) => run.history.lineages[r]?.id)).toEqual(['a']);
    // Merged back: A changed where the heading went, its own text now holds the second part again.
    const merged = historyOf([
      '## A\n\nFirst part of A.\n\n## A2\n\nSecond part of A.\n',
      '## A\n\nFirst part of A.\n\nSecond part of A.\n',
    ]);
    const [back] = lineageAt(merged, 1, 'A')?.changes ?? [];
    expect(back?.own.old).toEqual({ start: 0, end: 4 });
    expect([back?.wordsAdded, back?.wordsRemoved]).toEqual([0, 1]);
  });

  test('a change names the subsections that changed with it; its own text is apart', () => {
    const run = historyOf([
      '## Terms\n\nAgree to these.\n\n### Fees\n\nFree.\n\n### Data\n\nWe keep logs.\n',
      '## Terms\n\nAgree to these.\n\n### Fees\n\nTen euros.\n\n### Data\n\nWe keep logs.\n',
    ]);
    const [change] = lineageAt(run, 1, 'Terms')?.changes ?? [];
    expect(change?.ownChanged).toBe(false);
    expect(change?.subsections.map((r) => run.history.lineages[r]?.id)).toEqual(['fees']);
    expect(change?.own.new).toEqual({ start: 0, end: 2 });
  });

  test('an id longer than a file name allows is cut at a word, and stays unique', () => {
    const long = `## ${'Terms of the service '.repeat(20)}\n\nText.\n\n## ${'Terms of the service '.repeat(20)}again\n\nMore.\n`;
    const ids = historyOf([long]).history.lineages.map((l) => l.id);
    for (const id of ids) expect(new TextEncoder().encode(id).length).toBeLessThanOrEqual(MAX_ID_BYTES + 2);
    // A whole number of words of the heading's slug.
    expect(`${'terms-of-the-service-'.repeat(20)}`.startsWith(`${ids[0]}-`)).toBe(true);
    expect(ids[1]).toBe(`${ids[0]}-1`);
    const japanese = historyOf([`## ${'本規約に関する'.repeat(14)}\n\nText.\n`]).history.lineages[0]?.id ?? '';
    expect(new TextEncoder().encode(japanese).length).toBeLessThanOrEqual(MAX_ID_BYTES);
    expect(japanese.length).toBeGreaterThan(20);
  });

  test('needs one redline per adjacent pair', () => {
    expect(() => sectionHistory([parse('# A\n')], [])).not.toThrow();
    const doc = parse('# A\n');
    expect(() => sectionHistory([doc, doc], [])).toThrow(/one redline per adjacent pair: 2 revisions, 0 redlines/);
  });
});

describe('sectionHistory on GitHub’s Terms of Service (42 revisions, 2017–2026)', () => {
  const dir = fixturePath('corpora/github-site-policy/github-terms-of-service');
  const dates = readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => file.slice(0, -3));
  const run = historyOf(dates.map((date) => readFileSync(join(dir, `${date}.md`), 'utf8')));
  const last = dates.length - 1;

  test('today’s “4. Account Security” is one section since 2017’s “3. User Account Security”, through a renumbering, a change of level and a rename', () => {
    const lineage = lineageAt(run, last, '4. Account Security');
    expect(lineage).toBe(lineageAt(run, 0, '3. User Account Security'));
    expect(lineage?.id).toBe('3-user-account-security');
    // Every day its text changed (a change of list markers alone, on 2024-06-13, reads the same).
    expect(lineage?.changes.map((c) => `${dates[c.revision]}${c.renamed ? ' renamed' : ''}${c.relevelled ? ' relevelled' : ''}`)).toEqual([
      '2018-04-19 renamed',
      '2018-05-10',
      '2019-11-13',
      '2021-06-14 relevelled',
      '2021-11-11',
      '2022-09-01 renamed',
      '2023-12-27',
    ]);
    expect(lineage?.changes.every((c) => c.kind === 'changed' && c.firstChange > 0)).toBe(true);
  });

  test('a section removed long ago keeps its history up to its removal', () => {
    const removed = lineageAt(run, 0, '1. Limitation of Liability for API Use');
    expect(removed?.id).toBe('1-limitation-of-liability-for-api-use');
    expect(dates[removed?.last ?? -1]).toBe('2017-08-04');
    expect(removed?.changes.map((c) => `${dates[c.revision]} ${c.kind}`)).toEqual(['2017-10-12 removed']);
  });

  test('every section of every revision belongs to exactly one section history, present where it says', () => {
    run.history.lineageOf.forEach((lineages, revision) => {
      expect(new Set(lineages).size).toBe(lineages.length);
      lineages.forEach((lineage, section) => expect(run.history.lineages[lineage]?.places[revision]).toBe(section));
    });
    expect(new Set(run.history.lineages.map((l) => l.id)).size).toBe(run.history.lineages.length);
  });
});
