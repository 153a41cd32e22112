import { describe, expect, test } from 'vitest';
import { buildTimeline, type DatedRevision } from '../../../src/lib/policies/index.ts';
import { languageLag, type DatedTranslation } from '../../../src/lib/translations/index.ts';

const first: DatedRevision = { effective: '2025-01-20' };
const second: DatedRevision = { effective: '2025-09-01', published: '2025-08-18' };
const third: DatedRevision = { effective: '2026-03-14' };
// Announced on 2026-05-15, in force from 2026-06-01.
const upcoming: DatedRevision = { effective: '2026-06-01', published: '2026-05-15' };
// Not announced: a draft until it takes effect.
const draft: DatedRevision = { effective: '2026-09-01' };
const revisions = [first, second, third, upcoming, draft];

const german = (effective: string, state: DatedTranslation['state'] = 'current'): DatedTranslation => ({ effective, state });

function lagOf(translations: DatedTranslation[], asOf: string) {
  return languageLag(buildTimeline(revisions, asOf).entries, translations, asOf);
}

const untranslatedDates = (lag: ReturnType<typeof lagOf>): string[] =>
  lag.untranslated.map((item) => `${item.effective} ${item.status}${item.outdated ? ' outdated' : ''}`);

describe('languageLag', () => {
  test('shows the current translation of the revision in force, and lists the untranslated earlier ones', () => {
    const translation = german('2026-03-14');
    const lag = lagOf([translation], '2026-04-01');
    expect(lag.shown).toBe(translation);
    expect(lag.inForce).toBe(translation);
    expect(lag.lagging).toBe(false);
    expect(untranslatedDates(lag)).toEqual(['2025-01-20 superseded', '2025-09-01 superseded']);
    expect(lag.untranslated[1]).toMatchObject({ revision: second, published: '2025-08-18', until: '2026-03-13' });
  });

  test('shows a translation made before an erratum of the revision in force, flagged as lagging and listed as outdated', () => {
    const translation = german('2026-03-14', 'outdated');
    const lag = lagOf([german('2025-09-01'), translation], '2026-04-01');
    expect(lag.shown).toBe(translation);
    expect(lag.inForce).toBe(translation);
    expect(lag.lagging).toBe(true);
    expect(untranslatedDates(lag)).toEqual(['2025-01-20 superseded', '2026-03-14 in-force outdated']);
    expect(lag.untranslated.at(-1)?.outdated).toBe(translation);
  });

  test('shows the latest earlier translation when the revision in force has none, and lists the revision in force since its date', () => {
    const older = german('2025-01-20');
    const latest = german('2025-09-01');
    const lag = lagOf([latest, older], '2026-04-01');
    expect(lag.shown).toBe(latest);
    expect(lag.inForce).toBeUndefined();
    expect(lag.lagging).toBe(true);
    expect(lag.untranslated).toEqual([{ revision: third, effective: '2026-03-14', status: 'in-force' }]);
  });

  test('lists an announced revision without a translation as upcoming, without making the language lag yet', () => {
    const lag = lagOf([german('2025-01-20'), german('2025-09-01'), german('2026-03-14')], '2026-05-20');
    expect(lag.lagging).toBe(false);
    expect(lag.untranslated).toEqual([{ revision: upcoming, effective: '2026-06-01', published: '2026-05-15', status: 'upcoming' }]);
  });

  test('never shows nor counts a translation of a draft, which must not reveal it', () => {
    const translations = [german('2026-03-14'), german('2026-09-01')];
    const lag = lagOf(translations, '2026-05-20');
    expect(lag.shown).toBe(translations[0]);
    expect(untranslatedDates(lag)).toEqual(['2025-01-20 superseded', '2025-09-01 superseded', '2026-06-01 upcoming']);
    expect(lag.untranslated.some((item) => item.revision === draft)).toBe(false);
  });

  test('shows nothing while the only translation is of an upcoming revision, and does not lag before any revision is in force', () => {
    const early = lagOf([german('2025-09-01')], '2025-08-20');
    expect(early.shown).toBeUndefined();
    expect(early.lagging).toBe(true);
    // The upcoming revision is translated already: only the one in force lacks a translation.
    expect(untranslatedDates(early)).toEqual(['2025-01-20 in-force']);
    const none = languageLag(buildTimeline([upcoming], '2026-05-20').entries, [], '2026-05-20');
    expect(none).toEqual({
      lagging: false,
      untranslated: [{ revision: upcoming, effective: '2026-06-01', published: '2026-05-15', status: 'upcoming' }],
    });
  });
});
