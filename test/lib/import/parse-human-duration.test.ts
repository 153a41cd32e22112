import { describe, expect, test } from 'vitest';
import { parseHumanDuration } from '../../../src/lib/import/index.ts';

describe('parseHumanDuration', () => {
  test.each([
    ['One year', 'P365D', 31_536_000, 'a year counted as 365 days'],
    ['13 months', 'P390D', 33_696_000, 'a month counted as 30 days'],
    ['5 minutes', 'PT5M', 300, undefined],
    ['Five minutes', 'PT5M', 300, undefined],
    ['180 Days', 'P180D', 15_552_000, undefined],
    ['Two weeks', 'P14D', 1_209_600, undefined],
    ['24 hours', 'PT24H', 86_400, undefined],
  ])('reads %j as %s', (text, iso, seconds, convention) => {
    expect(parseHumanDuration(text)).toEqual(convention ? { duration: { iso, seconds }, convention } : { duration: { iso, seconds } });
  });

  test('reads "Session" as a session cookie', () => {
    expect(parseHumanDuration('Session')).toEqual({ session: true });
  });

  test.each([
    'Deleted when oauth state is validated',
    'Until user closes browser or completes authentication request',
    '13 months EEA UK; 24 months elsewhere',
    '',
  ])('leaves %j unread rather than guess', (text) => {
    expect(parseHumanDuration(text)).toEqual({ unread: text });
  });
});
