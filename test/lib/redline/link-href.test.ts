import { describe, expect, test } from 'vitest';
import { linkHref } from '../../../src/lib/redline/link-href.ts';

describe('linkHref', () => {
  test.each([
    ['#a-definitions', '', '', '#a-definitions'],
    ['#a-definitions', 'tos-', '', '#tos-a-definitions'],
    ['/site-policy', 'tos-', '', '/site-policy'],
    ['#a-definitions', '', 'https://example.com/terms/compare/a...b/', 'https://example.com/terms/compare/a...b/#a-definitions'],
    ['/site-policy', '', 'https://example.com/terms/compare/a...b/', 'https://example.com/site-policy'],
    ['https://github.com/x', '', 'https://example.com/c/', 'https://github.com/x'],
  ])('points %j (prefix %j, base %j) at %j', (url, idPrefix, linkBase, expected) => {
    expect(linkHref(url, { idPrefix, linkBase })).toBe(expected);
  });

  test('drops unsafe targets', () => {
    expect(linkHref('javascript:alert(1)', { idPrefix: '', linkBase: 'https://example.com/' })).toBeNull();
  });
});
