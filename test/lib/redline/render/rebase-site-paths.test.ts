import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { rebaseSitePaths } from '../../../../src/lib/redline/index.ts';

const tree = (): Root => ({
  type: 'root',
  children: [
    { type: 'element', tagName: 'a', properties: { href: '/cookies/' }, children: [{ type: 'text', value: 'site' }] },
    { type: 'element', tagName: 'a', properties: { href: '#intro' }, children: [] },
    { type: 'element', tagName: 'a', properties: { href: 'https://example.org/x' }, children: [] },
    { type: 'element', tagName: 'a', properties: { href: '//cdn.example.org/x' }, children: [] },
    {
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [
        { type: 'element', tagName: 'img', properties: { src: '/images/map.png', alt: '' }, children: [] },
        { type: 'element', tagName: 'q', properties: { cite: '/terms/' }, children: [] },
      ],
    },
  ],
});

describe('rebaseSitePaths', () => {
  test('leaves every URL as written at the root of the host', () => {
    expect(toHtml(rebaseSitePaths(tree(), '/'))).toBe(toHtml(tree()));
  });

  test('moves root-relative links, images and citations under the base, and only those', () => {
    expect(toHtml(rebaseSitePaths(tree(), '/legal/'))).toBe(
      '<a href="/legal/cookies/">site</a><a href="#intro"></a><a href="https://example.org/x"></a><a href="//cdn.example.org/x"></a>' +
        '<p><img src="/legal/images/map.png" alt=""><q cite="/legal/terms/"></q></p>',
    );
  });

  test('makes them absolute against a link base, for HTML shown elsewhere', () => {
    const html = toHtml(rebaseSitePaths(tree(), '/legal/', 'https://example.com/legal/cookies/compare/a...b/'));
    expect(html).toContain('href="https://example.com/legal/cookies/"');
    expect(html).toContain('src="https://example.com/legal/images/map.png"');
    expect(html).toContain('href="#intro"');
  });
});
