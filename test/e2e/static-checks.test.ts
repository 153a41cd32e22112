import { describe, expect, inject, test } from 'vitest';
import { siteConfig } from '../fixtures/mailly/site.config.ts';
import { findBrokenLinks } from '../checkers/find-broken-links.ts';
import { validateSite } from '../checkers/validate-html.ts';

describe('the built site', () => {
  test('has no HTML errors in any page', async () => {
    expect(await validateSite(inject('distDir'))).toEqual([]);
  });

  test('has no broken internal link or fragment in its pages, feeds and sitemap', () => {
    expect(findBrokenLinks(inject('distDir'), { site: `${siteConfig.url}${inject('basePath')}`, base: inject('basePath') })).toEqual([]);
  });
});
