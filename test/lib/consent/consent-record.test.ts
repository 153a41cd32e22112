import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  newConsentRecord,
  parseConsentRecord,
  serializeConsentRecord,
  type ConsentDeclaration,
  type ConsentRecord,
} from '../../../src/lib/consent/index.ts';
import { declarationChain } from '../../helpers/consent-declarations.ts';

const [declaration] = declarationChain([{ effective: '2026-03-14' }]) as unknown as ConsentDeclaration[];
const NOW = new Date('2026-04-01T10:00:00.000Z');

describe('newConsentRecord', () => {
  test('records the granted non-essential categories, all those asked, the version, the digest and the time', () => {
    expect(newConsentRecord(declaration!, ['analytics', 'essential', 'unknown'], NOW)).toEqual({
      v: 1,
      policy: 'cookies',
      version: '2026-03-14',
      digest: declaration!.integrity.digest,
      time: '2026-04-01T10:00:00.000Z',
      granted: ['analytics'],
      asked: ['analytics', 'marketing'],
    });
  });
});

describe('serializeConsentRecord and parseConsentRecord', () => {
  test('write a cookie-safe value that reads back as the same record (property)', () => {
    const id = fc.string({ minLength: 1, maxLength: 12 });
    const record = fc.record({
      v: fc.constant(1 as const),
      policy: id,
      version: fc
        .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      digest: fc.stringMatching(/^[0-9a-f]{64}$/),
      time: fc.date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2099-12-31') }).map((d) => d.toISOString()),
      granted: fc.array(id),
      asked: fc.array(id),
    });
    fc.assert(
      fc.property(record, (r: ConsentRecord) => {
        const value = serializeConsentRecord(r);
        expect(value).not.toMatch(/[\s;,"\\]/);
        expect(parseConsentRecord(value)).toEqual(r);
      }),
    );
  });

  test.each([
    ['nothing', undefined],
    ['an empty value', ''],
    ['broken escapes', '%E0%A4%A'],
    ['not JSON', 'yes'],
    ['another format version', encodeURIComponent('{"v":2}')],
    ['a record without a version date', serializeConsentRecord({ ...newConsentRecord(declaration!, [], NOW), version: 'today' })],
    ['granted ids that are not text', encodeURIComponent(JSON.stringify({ ...newConsentRecord(declaration!, [], NOW), granted: [1] }))],
  ])('read %s as no record', (_name, value) => {
    expect(parseConsentRecord(value)).toBeNull();
  });

  test('drop fields a record does not have', () => {
    const record = newConsentRecord(declaration!, ['analytics'], NOW);
    expect(parseConsentRecord(encodeURIComponent(JSON.stringify({ ...record, extra: '<b>' })))).toEqual(record);
  });
});
