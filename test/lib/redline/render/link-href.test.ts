import { describe, expect, test } from 'vitest';
import { linkHref } from '../../../../src/lib/redline/render/link-href.ts';

describe('linkHref', () => {
  test.each([
    ['#a-definitions', '', '', '#a-definitions'],
    ['#a-definitions', 'tos-', '', '#tos-a-definitions'],
    ['/site-policy', 'tos-', '', '/site-policy'],
    ['#a-definitions', '', 'https://example.com/terms/compare/a...b/', 'https://example.com/terms/compare/a...b/#a-definitions'],
    ['/site-policy', '', 'https://example.com/terms/compare/a...b/', '/site-policy'],
    ['other-page', '', 'https://example.com/terms/compare/a...b/', 'https://example.com/terms/compare/a...b/other-page'],
    ['https://github.com/x', '', 'https://example.com/c/', 'https://github.com/x'],
  ])('points %j (prefix %j, base %j) at %j', (url, idPrefix, linkBase, expected) => {
    expect(linkHref(url, { idPrefix, linkBase })).toBe(expected);
  });

  test('drops unsafe targets', () => {
    expect(linkHref('javascript:alert(1)', { idPrefix: '', linkBase: 'https://example.com/' })).toBeNull();
  });

  describe("with the redline's fragment targets", () => {
    const fragments = {
      old: new Map([
        ['l-payment', 'tos-old-l-payment'],
        ['terms', 'tos-terms'],
      ]),
      new: new Map([
        ['terms', 'tos-terms'],
        ['caf\u00e9', 'tos-caf\u00e9'],
      ]),
    };
    const settings = { idPrefix: 'tos-', linkBase: '', fragments };

    test.each([
      ['#terms', 'new', '#tos-terms'],
      ['#l-payment', 'new', '#tos-old-l-payment'],
      ['#l-payment', 'old', '#tos-old-l-payment'],
      ['#caf%C3%A9', 'new', '#tos-caf\u00e9'],
      ['/terms#l-payment', 'new', '/terms#l-payment'],
    ] as const)('points %j from the %s text at %j', (url, side, expected) => {
      expect(linkHref(url, settings, side)).toBe(expected);
    });

    test('drops a fragment that names a heading neither revision has', () => {
      expect(linkHref('#nowhere', settings, 'new')).toBeNull();
    });
  });
});
