import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { addDays } from '../../../src/lib/dates/index.ts';
import { versionsDocumentSchema, type VersionsDocument } from '../../../src/lib/policies/index.ts';
import { needsReacceptance, type AcceptableVersion, type VersionChange } from '../../../src/lib/reacceptance/index.ts';

const hash = (n: number): string => n.toString(16).padStart(64, '0');

const version = (date: string, change: VersionChange | null, sha: number, former: number[] = []): AcceptableVersion => ({
  version: date,
  effective: date,
  change,
  sha256: hash(sha),
  formerSha256: former.map(hash),
});

// A history like a real one: a first version, an editorial one, a material one corrected by an
// erratum (its text hashed 0x3 before, 0x4 now), a technical one, then two material ones.
const FIRST = version('2025-01-20', null, 1);
const EDITORIAL = version('2025-09-01', 'editorial', 2);
const MATERIAL = version('2026-03-14', 'material', 4, [3]);
const TECHNICAL = version('2026-06-01', 'technical', 5);
const AUTUMN = version('2026-09-01', 'material', 6);
const NEW_YEAR = version('2027-01-01', 'material', 7);
const VERSIONS = [FIRST, EDITORIAL, MATERIAL, TECHNICAL, AUTUMN, NEW_YEAR];
const DOCUMENT = { specVersion: '1.0', policy: 'terms', versions: VERSIONS };

describe('needsReacceptance', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('does not ask again for the version in force, given by its date or its sha256', () => {
    for (const accepted of ['2026-03-14', hash(4)]) {
      expect(needsReacceptance(accepted, DOCUMENT, { asOf: '2026-04-01' })).toEqual({
        required: false,
        reason: 'up-to-date',
        since: null,
        accepted: MATERIAL,
        inForce: MATERIAL,
        upcoming: AUTUMN, // listed, so announced: the next material version
        asOf: '2026-04-01',
      });
    }
  });

  test('asks again after a material version came into force, since its effective date', () => {
    expect(needsReacceptance('2025-09-01', DOCUMENT, { asOf: '2026-04-01' })).toEqual({
      required: true,
      reason: 'material-change',
      since: '2026-03-14',
      accepted: EDITORIAL,
      inForce: MATERIAL,
      upcoming: AUTUMN,
      asOf: '2026-04-01',
    });
  });

  test('counts a version effective on asOf as in force that day, and none the day before', () => {
    const onTheDay = needsReacceptance('2025-09-01', DOCUMENT, { asOf: '2026-03-14' });
    expect([onTheDay.required, onTheDay.since, onTheDay.inForce]).toEqual([true, '2026-03-14', MATERIAL]);
    const dayBefore = needsReacceptance('2025-09-01', DOCUMENT, { asOf: '2026-03-13' });
    expect([dayBefore.required, dayBefore.reason, dayBefore.inForce, dayBefore.upcoming]).toEqual([
      false,
      'up-to-date',
      EDITORIAL,
      MATERIAL,
    ]);
    // Accepted on the day it took effect: the accepted version is the one in force.
    expect(needsReacceptance('2026-03-14', DOCUMENT, { asOf: '2026-03-14' })).toMatchObject({ required: false, reason: 'up-to-date' });
  });

  test('does not ask again after editorial and technical versions only', () => {
    expect(needsReacceptance('2025-01-20', DOCUMENT, { asOf: '2026-03-13' })).toMatchObject({
      required: false,
      reason: 'no-material-change',
      since: null,
      inForce: EDITORIAL,
    });
    expect(needsReacceptance('2026-03-14', DOCUMENT, { asOf: '2026-08-31' })).toMatchObject({
      required: false,
      reason: 'no-material-change',
      inForce: TECHNICAL,
    });
  });

  test('maps the sha256 a version had before an erratum to that version: a correction is never a reason to ask again', () => {
    const before = needsReacceptance(hash(3), DOCUMENT, { asOf: '2026-08-31' });
    expect(before).toEqual(needsReacceptance(hash(4), DOCUMENT, { asOf: '2026-08-31' }));
    expect(before).toMatchObject({ required: false, accepted: MATERIAL });
  });

  test('tells of an upcoming material version, with its date, without asking yet', () => {
    const result = needsReacceptance('2026-03-14', DOCUMENT, { asOf: '2026-07-01' });
    expect(result).toMatchObject({ required: false, reason: 'no-material-change', inForce: TECHNICAL, upcoming: AUTUMN });
    expect(result.upcoming?.effective).toBe('2026-09-01');
    // Once it takes effect, it is the reason, and the next one is the one coming.
    expect(needsReacceptance('2026-03-14', DOCUMENT, { asOf: '2026-09-01' })).toMatchObject({
      required: true,
      since: '2026-09-01',
      upcoming: NEW_YEAR,
    });
  });

  test('gives as since the first material version after the accepted one when several came into force', () => {
    expect(needsReacceptance('2025-01-20', DOCUMENT, { asOf: '2027-02-01' })).toMatchObject({
      required: true,
      since: '2026-03-14',
      inForce: NEW_YEAR,
      upcoming: null,
    });
    expect(needsReacceptance('2026-06-01', DOCUMENT, { asOf: '2027-02-01' })).toMatchObject({ required: true, since: '2026-09-01' });
  });

  test('does not ask, nor announce, a version accepted ahead of its effective date, and says so', () => {
    expect(needsReacceptance('2026-09-01', DOCUMENT, { asOf: '2026-07-01' })).toMatchObject({
      required: false,
      reason: 'accepted-ahead',
      accepted: AUTUMN,
      inForce: TECHNICAL,
      upcoming: NEW_YEAR,
    });
    // On the day it takes effect it is the version in force; and the one after it, accepted ahead too, still is ahead.
    expect(needsReacceptance('2026-09-01', DOCUMENT, { asOf: '2026-09-01' })).toMatchObject({ required: false, reason: 'up-to-date' });
    expect(needsReacceptance('2027-01-01', DOCUMENT, { asOf: '2026-09-01' })).toMatchObject({
      required: false,
      reason: 'accepted-ahead',
      inForce: AUTUMN,
      upcoming: null,
    });
  });

  test.each([
    ['a date that is no version', '2026-01-01'],
    ['a sha256 of no version', hash(99)],
  ])('asks again, with its own reason, for an unknown accepted version: %s', (_case, accepted) => {
    expect(needsReacceptance(accepted, DOCUMENT, { asOf: '2026-07-01' })).toEqual({
      required: true,
      reason: 'unknown-version',
      since: null,
      accepted: null,
      inForce: TECHNICAL,
      upcoming: AUTUMN,
      asOf: '2026-07-01',
    });
  });

  test('reads the record the docs tell apps to store, { policy, version, sha256 }, as its version and its sha256', () => {
    const asOf = '2026-07-01';
    const bySha = needsReacceptance(hash(2), DOCUMENT, { asOf });
    expect(bySha).toMatchObject({ required: true, reason: 'material-change', accepted: EDITORIAL });
    for (const record of [
      { policy: 'terms', version: '2025-09-01', sha256: hash(2), at: '2025-10-02T10:00:00Z' },
      { policy: 'terms', version: '2025-09-01' },
      { sha256: hash(2).toUpperCase() },
    ])
      expect(needsReacceptance(record, DOCUMENT, { asOf })).toEqual(bySha);
    // The sha256 a version had before an erratum, with that version's date: the same version.
    expect(needsReacceptance({ policy: 'terms', version: '2026-03-14', sha256: hash(3) }, DOCUMENT, { asOf })).toMatchObject({
      required: false,
      accepted: MATERIAL,
    });
    // Versions that name no policy (a bare array) take a record of any.
    expect(needsReacceptance({ policy: 'cookies', version: '2025-09-01' }, VERSIONS, { asOf })).toEqual(bySha);
  });

  test.each([
    ['a version and the sha256 of another', { version: '2025-09-01', sha256: hash(4) }],
    ['a known version and an unknown sha256', { version: '2025-09-01', sha256: hash(99) }],
    ['an unknown version and a known sha256', { version: '2026-01-01', sha256: hash(2) }],
    ['an unknown version alone', { policy: 'terms', version: '2026-01-01' }],
  ])('asks again, as for an unknown version, for a record of %s', (_case, record) => {
    expect(needsReacceptance(record, DOCUMENT, { asOf: '2026-07-01' })).toEqual({
      required: true,
      reason: 'unknown-version',
      since: null,
      accepted: null,
      inForce: TECHNICAL,
      upcoming: AUTUMN,
      asOf: '2026-07-01',
    });
  });

  test('asks for a first acceptance when nothing was accepted, naming the version in force and the one coming', () => {
    expect(needsReacceptance(null, DOCUMENT, { asOf: '2026-07-01' })).toEqual({
      required: true,
      reason: 'not-accepted',
      since: null,
      accepted: null,
      inForce: TECHNICAL,
      upcoming: AUTUMN,
      asOf: '2026-07-01',
    });
  });

  test('counts a change label it does not know, from a later 1.x, as material: asking once too often is the safe mistake', () => {
    const later = VERSIONS.map((v) => (v === MATERIAL ? { ...v, change: 'substantive' } : v));
    expect(needsReacceptance('2025-09-01', later, { asOf: '2026-04-01' })).toMatchObject({
      required: true,
      reason: 'material-change',
      since: '2026-03-14',
    });
    expect(needsReacceptance('2025-09-01', later, { asOf: '2026-03-01' })).toMatchObject({ required: false, upcoming: later[2] });
  });

  test('takes a first version with a label, as a list that starts after the first does', () => {
    expect(needsReacceptance(null, [EDITORIAL, MATERIAL], { asOf: '2026-04-01' })).toMatchObject({
      reason: 'not-accepted',
      inForce: MATERIAL,
    });
    expect(needsReacceptance('2025-09-01', [{ ...EDITORIAL, change: 'material' }, MATERIAL], { asOf: '2026-04-01' })).toMatchObject({
      required: true,
      since: '2026-03-14',
    });
  });

  test('reads the versions array as well as the document, in any order, and a sha256 in capitals', () => {
    const shuffled = [NEW_YEAR, FIRST, TECHNICAL, MATERIAL, AUTUMN, EDITORIAL];
    const expected = needsReacceptance('2025-09-01', DOCUMENT, { asOf: '2026-07-01' });
    expect(needsReacceptance('2025-09-01', VERSIONS, { asOf: '2026-07-01' })).toEqual(expected);
    expect(needsReacceptance('2025-09-01', shuffled, { asOf: '2026-07-01' })).toEqual(expected);
    expect(needsReacceptance(hash(2).toUpperCase(), VERSIONS, { asOf: '2026-07-01' })).toEqual(expected);
    expect(shuffled[0]).toBe(NEW_YEAR); // the caller's array is left as it was
  });

  test('asks nothing while no version is in force, whatever was accepted, and names the first to come', () => {
    const nothing = { required: false, reason: 'nothing-in-force', since: null, inForce: null, asOf: '2025-01-19' };
    // Only announced versions: the first is the one to tell of, though it has no label.
    expect(needsReacceptance(null, VERSIONS, { asOf: '2025-01-19' })).toEqual({ ...nothing, accepted: null, upcoming: FIRST });
    expect(needsReacceptance(hash(99), VERSIONS, { asOf: '2025-01-19' })).toEqual({ ...nothing, accepted: null, upcoming: FIRST });
    // The first accepted ahead: the next material one is the one to come.
    expect(needsReacceptance('2025-01-20', VERSIONS, { asOf: '2025-01-19' })).toEqual({ ...nothing, accepted: FIRST, upcoming: MATERIAL });
    // No versions at all.
    expect(needsReacceptance(null, { policy: 'terms', versions: [] }, { asOf: '2025-01-19' })).toEqual({
      ...nothing,
      accepted: null,
      upcoming: null,
    });
    // A record is still checked against the policy.
    expect(() => needsReacceptance({ policy: 'cookies', version: '2025-01-20' }, { policy: 'terms', versions: [] })).toThrow(
      'needsReacceptance: accepted.policy is "cookies", expected "terms"',
    );
  });

  test('hands back the versions of the document, typed as the site publishes them', () => {
    const document: VersionsDocument = versionsDocumentSchema.parse({
      $schema: 'https://policies.example/schemas/versions/v1.json',
      specVersion: '1.0',
      policy: 'terms',
      title: 'Terms',
      url: 'https://policies.example/terms/',
      asOf: '2026-04-01',
      timeZone: 'Europe/Paris',
      inForce: '2026-03-14',
      versions: [FIRST, MATERIAL].map((v) => ({
        ...v,
        published: null,
        until: null,
        status: v === MATERIAL ? 'in-force' : 'superseded',
        summary: null,
        url: `https://policies.example/terms/${v.version}/`,
        redlineUrl: null,
        sourceUrl: `https://policies.example/sources/${v.sha256}.mdx`,
      })),
    });
    const result = needsReacceptance('2025-01-20', document, { asOf: '2026-04-01' });
    expect(result.inForce?.url).toBe('https://policies.example/terms/2026-03-14/');
    expect(result.inForce).toBe(document.versions[1]);
  });

  test('decides as of today in UTC when no asOf is given and the versions name no time zone', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 23:30 on March 13 in New York is already March 14 in UTC: the material version is in force.
    vi.setSystemTime(new Date('2026-03-13T23:30:00-05:00'));
    expect(needsReacceptance('2025-09-01', DOCUMENT)).toEqual(needsReacceptance('2025-09-01', DOCUMENT, { asOf: '2026-03-14' }));
    expect(needsReacceptance('2025-09-01', VERSIONS, {}).asOf).toBe('2026-03-14');
    vi.setSystemTime(new Date('2026-03-13T23:59:59.999Z'));
    expect(needsReacceptance('2025-09-01', DOCUMENT)).toMatchObject({ asOf: '2026-03-13', required: false });
  });

  test.each([
    // 12:30 UTC on March 13 is 02:30 on March 14 on Kiritimati (UTC+14): the material version is in force there.
    ['Pacific/Kiritimati', '2026-03-13T12:30:00Z', '2026-03-13', '2026-03-14', true],
    // 03:00 UTC on March 14 is 20:00 on March 13 in Los Angeles (PDT, UTC−7): not yet in force there.
    ['America/Los_Angeles', '2026-03-14T03:00:00Z', '2026-03-14', '2026-03-13', false],
  ])('decides as of today in the time zone the document names (%s), whatever the UTC date', (timeZone, now, utcDay, zoneDay, required) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(now));
    expect(needsReacceptance('2025-09-01', DOCUMENT).asOf).toBe(utcDay);
    const zoned = needsReacceptance('2025-09-01', { ...DOCUMENT, timeZone });
    expect(zoned).toEqual(needsReacceptance('2025-09-01', DOCUMENT, { asOf: zoneDay }));
    expect([zoned.asOf, zoned.required]).toEqual([zoneDay, required]);
    // A day given wins over the zone.
    expect(needsReacceptance('2025-09-01', { ...DOCUMENT, timeZone }, { asOf: utcDay }).asOf).toBe(utcDay);
  });

  const wrong = (versions: unknown[]): unknown => ({ versions });
  test.each<[string, () => unknown, string]>([
    [
      'accepted is no string',
      () => needsReacceptance(20260314 as unknown as string, DOCUMENT),
      'accepted is 20260314, expected a version date (YYYY-MM-DD), a SHA-256 (64 hex digits), a record { policy, version, sha256 }, or null for none yet',
    ],
    [
      'the record is of another policy than the versions',
      () => needsReacceptance({ policy: 'cookies', version: '2026-03-14', sha256: hash(4) }, DOCUMENT),
      'accepted.policy is "cookies", expected "terms", the policy of these versions (versions.policy): an acceptance of one policy says nothing of another',
    ],
    [
      'the record names neither version nor sha256',
      () => needsReacceptance({ policy: 'terms' }, DOCUMENT),
      'accepted is {"policy":"terms"}, expected a record with its version, its sha256 or both',
    ],
    [
      "the record's policy is no string",
      () => needsReacceptance({ policy: 7, version: '2026-03-14' } as never, DOCUMENT),
      "accepted.policy is 7, expected the policy's name, as in its URL",
    ],
    [
      "the record's version is no date",
      () => needsReacceptance({ version: '14 March 2026' }, DOCUMENT),
      'accepted.version is "14 March 2026", expected a version date (YYYY-MM-DD)',
    ],
    [
      "the record's sha256 is no hash",
      () => needsReacceptance({ version: '2026-03-14', sha256: 'abc' }, DOCUMENT),
      'accepted.sha256 is "abc", expected a SHA-256 (64 hex digits)',
    ],
    [
      "the document's policy is no string",
      () => needsReacceptance('2026-03-14', { ...DOCUMENT, policy: ['terms'] } as never),
      'versions.policy is ["terms"], expected the policy\'s name, as in its URL',
    ],
    [
      'accepted is a day that does not exist',
      () => needsReacceptance('2026-02-30', DOCUMENT),
      'accepted is "2026-02-30", expected a version date',
    ],
    ['accepted is missing', () => needsReacceptance(undefined as never, DOCUMENT), 'accepted is missing, expected a version date'],
    ['accepted is a short hash', () => needsReacceptance('abc123', DOCUMENT), 'accepted is "abc123", expected a version date'],
    [
      'versions is missing',
      () => needsReacceptance('2026-03-14', undefined as never),
      "versions is missing, expected a policy's versions.json document or its versions array",
    ],
    [
      'the document has no versions',
      () => needsReacceptance('2026-03-14', {} as never),
      'versions.versions is missing, expected an array of versions',
    ],
    [
      'the document is of another major version',
      () => needsReacceptance('2026-03-14', { specVersion: '2.0', versions: VERSIONS }),
      'versions.specVersion is "2.0", expected 1.x',
    ],
    [
      'a version is not an object',
      () => needsReacceptance('2026-03-14', [FIRST, null] as never),
      'versions[1] is null, expected an object',
    ],
    [
      'an effective date is a Date',
      () => needsReacceptance('2026-03-14', wrong([{ ...FIRST, effective: new Date('2025-01-20') }]) as never),
      'versions[0].effective is "2025-01-20T00:00:00.000Z", expected a real date written YYYY-MM-DD',
    ],
    [
      'a version date is missing',
      () => needsReacceptance('2026-03-14', wrong([{ ...FIRST, version: undefined }]) as never),
      'versions[0].version is missing, expected a real date',
    ],
    [
      'a change label is missing',
      () => needsReacceptance('2026-03-14', wrong([{ ...FIRST, change: undefined }]) as never),
      'versions[0].change is missing, expected a change label ("material", "editorial", "technical"), or null for the first version',
    ],
    [
      'a change label is no string',
      () => needsReacceptance('2026-03-14', wrong([FIRST, { ...MATERIAL, change: { material: true } }]) as never),
      'versions[1].change is {"material":true}, expected a change label',
    ],
    [
      'a version after the first has no label',
      () => needsReacceptance('2026-03-14', [TECHNICAL, FIRST, { ...MATERIAL, change: null }]),
      'versions[2].change is null, expected a change label ("material", "editorial", "technical"): only a policy\'s first version has none, and 2025-01-20 is older',
    ],
    [
      'a sha256 is in capitals',
      () => needsReacceptance('2026-03-14', wrong([{ ...FIRST, sha256: hash(1).replace(/0/g, 'A') }]) as never),
      'versions[0].sha256 is "AAAA',
    ],
    [
      'a former sha256 is no hash',
      () => needsReacceptance('2026-03-14', wrong([{ ...MATERIAL, formerSha256: ['x'] }]) as never),
      'versions[0].formerSha256 is ["x"], expected an array of SHA-256s in lowercase hex',
    ],
    [
      'a version appears twice',
      () => needsReacceptance('2026-03-14', [FIRST, MATERIAL, { ...MATERIAL, effective: '2026-03-15' }]),
      'versions[2].version is "2026-03-14", expected one version a day (an earlier version has this version too)',
    ],
    [
      'two versions take effect the same day',
      () => needsReacceptance('2026-03-14', [MATERIAL, { ...TECHNICAL, effective: '2026-03-14' }]),
      'versions[1].effective is "2026-03-14", expected one version a day',
    ],
    [
      'asOf is not a date',
      () => needsReacceptance('2026-03-14', DOCUMENT, { asOf: '14/03/2026' }),
      'options.asOf is "14/03/2026", expected a real date written YYYY-MM-DD (or no asOf: today in the policy\'s time zone)',
    ],
    [
      'the time zone is no string',
      () => needsReacceptance('2026-03-14', { ...DOCUMENT, timeZone: 1 } as never),
      'versions.timeZone is 1, expected an IANA time zone name such as "Europe/Paris"',
    ],
    [
      'the time zone is no zone the runtime knows',
      () => needsReacceptance('2026-03-14', { ...DOCUMENT, timeZone: 'Mars/Olympus_Mons' }),
      'versions.timeZone is "Mars/Olympus_Mons", expected an IANA time zone name this runtime knows',
    ],
    [
      'options is not an object',
      () => needsReacceptance('2026-03-14', DOCUMENT, '2026-03-14' as never),
      'options is "2026-03-14", expected an object such as { asOf: "2026-03-14" }',
    ],
  ])('throws a TypeError naming what is wrong when %s', (_case, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(`needsReacceptance: ${message}`);
  });

  test('quotes a long wrong value cut short', () => {
    expect(() => needsReacceptance('2026-03-14', 'x'.repeat(200) as never)).toThrow(/^needsReacceptance: versions is "x{78}…, expected/);
  });
});

// Histories of up to 8 versions on distinct days in 2024–2029, each with a label (none for the
// first) and 0–2 hashes it had before errata; a day to decide for, and which version was accepted.
const history = fc.uniqueArray(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 8 }).chain((days) =>
  fc.record({
    versions: fc.tuple(
      ...[...days]
        .sort((a, b) => a - b)
        .map((day, index) =>
          fc
            .record({
              change: index === 0 ? fc.constant(null) : fc.constantFrom<VersionChange>('material', 'editorial', 'technical'),
              former: fc.integer({ min: 0, max: 2 }),
            })
            .map(({ change, former }) => {
              const date = addDays('2024-01-01', day);
              // Hashes unique across the history: version index × 3 + 1 (now), + 2 and + 3 (before errata).
              return version(
                date,
                change,
                index * 3 + 1,
                [2, 3].slice(0, former).map((k) => index * 3 + k),
              );
            }),
        ),
    ),
    asOf: fc.integer({ min: -30, max: 2030 }).map((day) => addDays('2024-01-01', day)),
    pick: fc.nat(),
  }),
);

describe('needsReacceptance, on any history', () => {
  test('gives the same answer for a version accepted by its date, its sha256 or any sha256 it had before an erratum, or a record of them', () => {
    fc.assert(
      fc.property(history, ({ versions, asOf, pick }) => {
        const accepted = versions[pick % versions.length] as AcceptableVersion;
        const byDate = needsReacceptance(accepted.version, versions, { asOf });
        for (const sha of [accepted.sha256, ...(accepted.formerSha256 ?? [])]) {
          expect(needsReacceptance(sha, versions, { asOf })).toEqual(byDate);
          expect(needsReacceptance({ policy: 'terms', version: accepted.version, sha256: sha }, versions, { asOf })).toEqual(byDate);
        }
      }),
    );
  });

  test('asks again exactly when a material version took effect after the accepted one, on or before asOf; since is the first', () => {
    fc.assert(
      fc.property(history, ({ versions, asOf, pick }) => {
        const accepted = versions[pick % versions.length] as AcceptableVersion;
        const result = needsReacceptance(accepted.version, versions, { asOf });
        const reasons = versions.filter((v) => v.change === 'material' && v.effective > accepted.effective && v.effective <= asOf);
        expect(result.required).toBe(reasons.length > 0);
        expect(result.since).toBe(reasons[0]?.effective ?? null);
        // Accepted ahead exactly when the accepted version takes effect after asOf and another is in force.
        const first = versions[0] as AcceptableVersion;
        expect(result.reason === 'accepted-ahead').toBe(accepted.effective > asOf && first.effective <= asOf);
        expect(result.reason === 'nothing-in-force').toBe(first.effective > asOf);
        expect(result.inForce === null).toBe(first.effective > asOf);
        if (result.upcoming) expect([result.upcoming.change, result.upcoming.effective > asOf]).toEqual(['material', true]);
      }),
    );
  });

  test('does not ask again, the same day, once the version in force it names is accepted', () => {
    fc.assert(
      fc.property(history, ({ versions, asOf, pick }) => {
        const { inForce, required } = needsReacceptance(hash(1000 + pick), versions, { asOf });
        // Asked, there is always a version to show; and once it is accepted, nothing more is asked.
        expect(required).toBe(inForce !== null);
        if (inForce) expect(needsReacceptance(inForce.sha256, versions, { asOf }).required).toBe(false);
      }),
    );
  });

  test('keeps asking on every later day once it asks, and never asks when no version is material', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 400 }), ({ versions, asOf, pick }, later) => {
        const accepted = (versions[pick % versions.length] as AcceptableVersion).version;
        if (needsReacceptance(accepted, versions, { asOf }).required)
          expect(needsReacceptance(accepted, versions, { asOf: addDays(asOf, later) }).required).toBe(true);
        const mild = versions.map((v) => (v.change === 'material' ? { ...v, change: 'editorial' as const } : v));
        expect(needsReacceptance(accepted, mild, { asOf }).required).toBe(false);
        // A label it does not know is read as material.
        const unknown = versions.map((v) => (v.change === 'material' ? { ...v, change: 'major' } : v));
        expect(needsReacceptance(accepted, unknown, { asOf }).required).toBe(needsReacceptance(accepted, versions, { asOf }).required);
      }),
    );
  });

  test('answers or throws a TypeError naming the wrong field, whatever it is given, never another error', () => {
    // Near-misses of a real entry (one field replaced by anything) as well as any value at all.
    const entry = fc.record({ field: fc.constantFrom('version', 'effective', 'change', 'sha256', 'formerSha256'), value: fc.anything() });
    const nearMiss = fc
      .array(entry, { maxLength: 3 })
      .map((swaps) => [FIRST, swaps.reduce<Record<string, unknown>>((v, { field, value }) => ({ ...v, [field]: value }), { ...MATERIAL })]);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constant('2025-01-20'),
          fc.constant(hash(3)),
          fc.constant(null),
          fc.record(
            {
              policy: fc.oneof(fc.constant('terms'), fc.anything()),
              version: fc.oneof(fc.constant('2025-01-20'), fc.anything()),
              sha256: fc.constant(hash(3)),
            },
            { requiredKeys: [] },
          ),
          fc.anything(),
        ),
        fc.oneof(
          nearMiss,
          nearMiss.map((versions) => ({ versions })),
          nearMiss.map((versions) => ({ policy: 'terms', versions })),
          fc.anything(),
        ),
        fc.oneof(fc.constant(undefined), fc.record({ asOf: fc.oneof(fc.constant('2026-04-01'), fc.anything()) }), fc.anything()),
        (accepted, versions, options) => {
          try {
            const { required, reason } = needsReacceptance(accepted as string, versions as never, options as never);
            expect([typeof required, typeof reason]).toEqual(['boolean', 'string']);
          } catch (error) {
            expect(error).toBeInstanceOf(TypeError);
            expect((error as Error).message).toMatch(/^needsReacceptance: (accepted|versions|options)\S* is .+, expected /);
          }
        },
      ),
    );
  });

  test('does not depend on the order of the versions', () => {
    fc.assert(
      fc.property(
        history.chain((h) => fc.record({ h: fc.constant(h), shuffled: fc.shuffledSubarray(h.versions, { minLength: h.versions.length }) })),
        ({ h: { versions, asOf, pick }, shuffled }) => {
          const accepted = (versions[pick % versions.length] as AcceptableVersion).sha256;
          expect(needsReacceptance(accepted, shuffled, { asOf })).toEqual(needsReacceptance(accepted, versions, { asOf }));
        },
      ),
    );
  });
});
