import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { findBrokenLinks } from '../checkers/find-broken-links.ts';
import { siteFiles } from '../checkers/site-files.ts';
import { validateSite } from '../checkers/validate-html.ts';
import { buildSite, ROOT, type BuildResult } from '../helpers/build-site.ts';

// The other build tests build Mailly's copy of the project (test/fixtures/mailly); this one builds
// the project as it is — its owner's settings, policies and public files — as `npm run build` does.
describe("the project's own site", () => {
  let site: BuildResult;

  beforeAll(async () => {
    site = await buildSite({ root: ROOT });
    if (!site.ok) throw new Error(site.output);
  });

  test('has a page for every policy in policies/', () => {
    const policies = readdirSync(join(ROOT, 'policies'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => `${entry.name}/index.html`);
    expect(policies.length).toBeGreaterThan(0);
    expect(siteFiles(site.outDir)).toEqual(expect.arrayContaining(['index.html', 'integrity/index.html', ...policies]));
  });

  test('has valid HTML and no broken link', async () => {
    expect(await validateSite(site.outDir)).toEqual([]);
    expect(findBrokenLinks(site.outDir, { site: `${siteConfig.url}${siteConfig.base}`, base: siteConfig.base })).toEqual([]);
  });
});
