import { describe, expect, test } from 'vitest';
import { formatLifetime, lifetimeTolerance } from '../../../src/lib/scan/index.ts';

const DAY = 86400;

describe('lifetimeTolerance', () => {
  test.each([
    ['a session cookie', 0, 60],
    ['30 minutes', 1800, 60],
    ['a day', DAY, 864],
    ['30 days', 30 * DAY, 25_920],
    ['100 days', 100 * DAY, DAY],
    ['a year', 365 * DAY, DAY],
  ])('allows %s 1%%, at least a minute and at most a day', (_name, declared, tolerance) => {
    expect(lifetimeTolerance(declared)).toBe(tolerance);
  });
});

describe('formatLifetime', () => {
  test.each([
    [null, 'session'],
    [1, '1 second'],
    [90, '2 minutes'],
    [3600, '1 hour'],
    [1.4 * DAY, '1 day'],
    [400 * DAY, '400 days'],
    [1000 * DAY, '1,000 days'],
  ])('writes %j as %j', (seconds, text) => {
    expect(formatLifetime(seconds)).toBe(text);
  });
});
