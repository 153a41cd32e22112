import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../helpers/build-site.ts';
import { findChromium } from '../helpers/chromium.ts';
import { copyPolicies, editTree, lockTree } from '../helpers/policy-tree.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { groupByDay, importedRevision } from '../../src/lib/import/index.ts';
import { readFolderHistory } from '../../scripts/lib/read-history.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the site under test is served: its origin and base path, without the final slash. */
    baseUrl: string;
    /** The base path it is built and served under, e.g. `/legal/`. */
    basePath: string;
    /** The folder it was built into. */
    distDir: string;
  }
}

/**
 * The base path the browser tests' site is built and served under: not `/`, so a link that forgets
 * the base path fails (a site works at `/` if it works under a sub-path, not the other way round).
 */
export const E2E_BASE = '/legal/';

/** The day the browser tests' site is built as of: the sample policy then has every status. */
export const E2E_AS_OF = '2026-04-15';

/** The slug of GitHub's Terms of Service in the browser tests' site: a long, real history to read redlines of. */
export const LONG_POLICY = 'terms';

/**
 * GitHub's Terms of Service (test/fixtures/corpora, 42 revisions, 2017–2026) imported as
 * `policy:import --from` imports it, with `compare: adjacent` (each revision against the one before
 * and against the version in force): files by path in the policies folder.
 */
function importedTerms(): Record<string, string> {
  const history = groupByDay(readFolderHistory(fixturePath('corpora/github-site-policy/github-terms-of-service')));
  const files: Record<string, string> = {
    [`${LONG_POLICY}/policy.yml`]:
      'title: "GitHub Terms of Service"\ndescription: "GitHub\'s terms, imported."\norder: 2\ncompare: adjacent\n',
  };
  history.forEach((version, index) => {
    // Its root-relative links lead to GitHub's documentation site, not to this one.
    const text = version.text.replace(/\]\(\//g, '](https://docs.github.com/');
    const revision = importedRevision({ ...version, text }, index === 0, { change: 'material' });
    files[`${LONG_POLICY}/${revision.effective}.mdx`] = revision.source;
  });
  return files;
}

/**
 * The cookie policy's translations in the browser tests' site: German translates the revision in
 * force (2026-03-14) and the one before it (2025-09-01, test/fixtures/translations-older), so
 * `/de/cookies/` is current, announces the untranslated upcoming revision, and has a redline between
 * two translations; French translates only the superseded revision of 2025-09-01, so `/fr/cookies/`
 * shows it with the lag notice.
 */
export const TRANSLATED = {
  current: { lang: 'de', translated: '2026-03-14', earlier: '2025-09-01' },
  lagging: { lang: 'fr', translated: '2025-09-01', inForce: '2026-03-14' },
} as const;

/**
 * Build the site once for every browser test — the real policies plus an announced upcoming
 * revision, so every page type exists, and translations (TRANSLATED) — and serve it on a free port.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium(); // Fail the run at once, with how to install it, if there is no browser.
  const dir = copyPolicies({ translations: true });
  const current = readFileSync(join(dir, 'cookies/2026-03-14.mdx'), 'utf8');
  const upcoming = current
    .replace(
      /---\n[\s\S]*?\n---\n/,
      '---\neffective: 2026-06-01\npublished: 2026-04-01\nchange: editorial\nsummary: Names the cookie settings link in the footer.\n---\n',
    )
    .replace('through the cookie settings on the website.', 'through the cookie settings linked in the footer of every page.');
  editTree(dir, {
    'cookies/2026-06-01.mdx': upcoming,
    'cookies/fr/2026-03-14.mdx': null,
    'cookies/fr/2025-09-01.mdx': readFileSync(fixturePath('translations-older/cookies/fr/2025-09-01.mdx'), 'utf8'),
    'cookies/de/2025-09-01.mdx': readFileSync(fixturePath('translations-older/cookies/de/2025-09-01.mdx'), 'utf8'),
    ...importedTerms(),
  });
  lockTree(dir, E2E_AS_OF); // announced, so published: locked the day it was announced
  const site = await buildSite({ policiesDir: dir, asOf: E2E_AS_OF, base: E2E_BASE });
  if (!site.ok) throw new Error(`The site for the browser tests did not build:\n${site.output}`);
  const server = await serveStatic(site.outDir, E2E_BASE);
  project.provide('baseUrl', `${server.url}${E2E_BASE.slice(0, -1)}`);
  project.provide('basePath', E2E_BASE);
  project.provide('distDir', site.outDir);
  return () => server.close();
}
