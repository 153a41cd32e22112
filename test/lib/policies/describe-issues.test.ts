import { describe, expect, test } from 'vitest';
import { formatPath } from '../../../src/lib/policies/describe-issues.ts';

describe('formatPath', () => {
  test.each([
    [['declaration', 'cookies', 2, 'category'], 'declaration.cookies[2].category'],
    [['declaration'], 'declaration'],
    [['declaration', 'categories', 0, 'tcfPurposes'], 'declaration.categories[0].tcfPurposes'],
    [[0, 'name'], '[0].name'],
  ])('writes %j as %j', (path, written) => {
    expect(formatPath(path)).toBe(written);
  });
});
