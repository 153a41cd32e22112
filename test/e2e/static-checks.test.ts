import { describe, expect, inject, test } from 'vitest';
import { siteConfig } from '../fixtures/mailly/site.config.ts';
import { findBrokenLinks } from '../checkers/find-broken-links.ts';
import { validateSite } from '../checkers/validate-html.ts';

describe('the built site', () => {
  test('has no HTML errors in any page', async () => {
    expect(await validateSite(inject('distDir'))).toEqual([]);
  });

  test('has no broken internal link or fragment in its pages, feeds and sitemap', () => {
    const broken = findBrokenLinks(inject('distDir'), { site: `${siteConfig.url}${inject('basePath')}`, base: inject('basePath') });
    // Some revisions of GitHub's Terms link to a section they do not have (2018-04-19 to "4. Additional
    // Terms", 2019 to "I. Additional Terms for GitHub Pages"): the text's own defect, shown on the
    // revision's page as written. Every link the site makes, redlines included, must land.
    const sourceDefects = broken.filter((line) =>
      /^terms\/\d{4}-\d{2}-\d{2}\/index\.html: #(4-additional-terms|i-additional-terms-for-github-pages) has no /.test(line),
    );
    expect(sourceDefects.length).toBeLessThanOrEqual(7);
    expect(broken.filter((line) => !sourceDefects.includes(line))).toEqual([]);
  });
});
