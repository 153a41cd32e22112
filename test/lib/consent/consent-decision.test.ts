import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  categoriesInEffect,
  decideReconsent,
  isDataCategoryGranted,
  newConsentRecord,
  type ConsentDeclaration,
} from '../../../src/lib/consent/index.ts';
import { declarationChain, type FixtureRevision } from '../../helpers/consent-declarations.ts';

const NOW = new Date('2026-04-01T10:00:00Z');

// Newest first, as the banner fetches them.
function chain(revisions: FixtureRevision[]): ConsentDeclaration[] {
  return declarationChain(revisions).reverse() as unknown as ConsentDeclaration[];
}

const base: FixtureRevision = { effective: '2026-03-14' };
const [given] = chain([base]);
const record = newConsentRecord(given!, ['analytics'], NOW);

describe('decideReconsent', () => {
  test('asks when nothing is stored', () => {
    expect(decideReconsent(null, [given!])).toEqual({ ask: true, reason: 'no choice stored yet' });
  });

  test('keeps a choice given for the version in force', () => {
    expect(decideReconsent(record, [given!])).toEqual({ ask: false });
  });

  test('keeps a choice across an editorial and a technical revision', () => {
    const docs = chain([base, { effective: '2026-06-01', change: 'editorial', wording: 'work as described' }]);
    expect(decideReconsent(record, docs)).toEqual({ ask: false });
    const two = chain([base, { effective: '2026-06-01' }, { effective: '2026-09-01', change: 'technical' }]);
    expect(decideReconsent(record, two.slice(0, 1))).toEqual({ need: '2026-06-01' });
    expect(decideReconsent(record, two)).toEqual({ ask: false });
  });

  test('asks again after a material revision, even one followed by editorial ones', () => {
    const docs = chain([base, { effective: '2026-06-01', change: 'material' }, { effective: '2026-09-01', change: 'editorial' }]);
    expect(decideReconsent(record, docs)).toEqual({ ask: true, reason: 'a material change took effect on 2026-06-01' });
  });

  test('asks again when a category was added, whatever the label', () => {
    const docs = chain([
      base,
      { effective: '2026-06-01', change: 'editorial', categories: ['essential', 'analytics', 'marketing', 'functionality'] },
    ]);
    expect(decideReconsent(record, docs.slice(0, 1))).toEqual({ ask: true, reason: 'new categories: functionality' });
  });

  test('keeps a choice when a category was removed by an editorial revision', () => {
    const docs = chain([base, { effective: '2026-06-01', change: 'editorial', categories: ['essential', 'analytics'] }]);
    expect(decideReconsent(record, docs)).toEqual({ ask: false });
  });

  test('asks again when the version answered was corrected (its digest differs)', () => {
    const [corrected] = chain([{ ...base, wording: 'say more' }]);
    expect(decideReconsent(record, [corrected!])).toEqual({
      ask: true,
      reason: '2026-03-14 was corrected since the choice',
    });
  });

  test.each([
    ['another policy', { ...record, policy: 'privacy' }, 'the choice is for the policy "privacy"'],
    ['a version after the one in force', { ...record, version: '2026-05-01' }, 'the choice is for 2026-05-01, after 2026-03-14'],
  ])('asks again for a choice given for %s', (_name, stored, reason) => {
    expect(decideReconsent(stored, [given!])).toEqual({ ask: true, reason });
  });

  test('asks again when the chain has a gap or the answered version is not in the history', () => {
    const docs = chain([{ effective: '2025-01-20' }, { effective: '2025-06-01' }, base]);
    const early = newConsentRecord(docs[2]!, ['analytics'], NOW);
    expect(decideReconsent(early, [docs[0]!, docs[2]!])).toEqual({ ask: true, reason: 'the history has a gap before 2025-01-20' });
    const odd = { ...record, version: '2026-01-01' };
    expect(decideReconsent(odd, docs)).toEqual({
      ask: true,
      reason: "2026-01-01 is not in the policy's history",
    });
  });

  test('asks only when some revision after the choice is material or adds a category (property)', () => {
    const label = fc.constantFrom<'material' | 'editorial' | 'technical'>('material', 'editorial', 'technical');
    fc.assert(
      fc.property(fc.array(fc.record({ change: label, adds: fc.boolean() }), { minLength: 1, maxLength: 6 }), (steps) => {
        const revisions: FixtureRevision[] = [base];
        let categories: NonNullable<FixtureRevision['categories']> = ['essential', 'analytics'];
        steps.forEach((step, i) => {
          if (step.adds && categories.length < 4)
            categories = [...categories, (['marketing', 'functionality'] as const)[categories.length - 2]!];
          revisions.push({ effective: `2027-0${i + 1}-01`, change: step.change, categories });
        });
        const first = chain([{ ...base, categories: ['essential', 'analytics'] }])[0]!;
        const stored = newConsentRecord(first, ['analytics'], NOW);
        revisions[0] = { ...base, categories: ['essential', 'analytics'] };
        const docs = chain(revisions);
        let decision = decideReconsent(stored, docs.slice(0, 1));
        for (let fetched = 1; 'need' in decision; fetched++) decision = decideReconsent(stored, docs.slice(0, fetched + 1));
        const expected = steps.some((s) => s.change === 'material') || categories.length > 2;
        expect(decision.ask).toBe(expected);
      }),
    );
  });
});

describe('categoriesInEffect', () => {
  test('grants the required categories alone without a record', () => {
    expect(categoriesInEffect(given!, null)).toEqual(['essential']);
  });

  test('adds the categories the record grants that the declaration still has', () => {
    const record = { ...newConsentRecord(given!, ['marketing'], NOW), granted: ['marketing', 'gone'] };
    expect(categoriesInEffect(given!, record)).toEqual(['essential', 'marketing']);
  });
});

describe('isDataCategoryGranted', () => {
  test.each([
    ['analytics', ['essential', 'analytics'], true],
    ['analytics marketing', ['analytics'], false],
    [' analytics  marketing ', ['analytics', 'marketing'], true],
    ['', ['analytics'], false],
    [null, ['analytics'], false],
  ])('tells whether "%s" is covered by %j', (value, granted, expected) => {
    expect(isDataCategoryGranted(value, granted)).toBe(expected);
  });
});
