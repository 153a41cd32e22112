import { describe, expect, test } from 'vitest';
import { parseDuration } from '../../../src/lib/declaration/parse-duration.ts';

describe('parseDuration', () => {
  test.each([
    ['P400D', 400 * 86_400],
    ['PT30M', 1_800],
    ['P1DT12H', 129_600],
    ['PT45S', 45],
    ['P0D', 0],
  ])('reads %s as %i seconds', (iso, seconds) => {
    expect(parseDuration(iso)).toEqual({ iso, seconds });
  });

  test.each([
    ['1 year', /write P365D \(years and months have no fixed length/],
    ['13 months', /write P390D/],
    ['5 minutes', /write PT5M/],
    ['P1Y', /years and months have no fixed length: write days/],
    ['P', /write days and time such as P400D/],
    ['P1DT', /write days and time/],
    ['forever', /write days and time such as P400D, PT30M or P1DT12H, or "session: true"/],
  ])('refuses %j, saying how to write it', (value, message) => {
    const result = parseDuration(value);
    expect('error' in result && result.error).toMatch(message);
  });
});
