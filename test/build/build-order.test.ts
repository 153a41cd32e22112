import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, tempDir } from '../helpers/build-site.ts';
import { htmlText, readPage } from '../helpers/page-text.ts';
import { copyPolicies, editTree, lockTree } from '../helpers/policy-tree.ts';
import { projectCopy } from '../helpers/project-copy.ts';

const AS_OF = '2026-04-15';
const CURRENT = 'through the cookie settings on the website.';
const LATER = 'through the cookie settings linked in the footer of every page.';

// The revision pages of the cookie policy a build wrote, by date.
const revisionPages = (outDir: string): string[] =>
  readdirSync(join(outDir, 'cookies'))
    .filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name))
    .sort();

/** Return a copy of the project's policies with one more revision of the cookie policy, in force from 2026-04-01 and locked. */
function policiesWithLaterRevision(): string {
  const dir = copyPolicies({ samples: false });
  const current = readFileSync(join(dir, 'cookies/2026-03-14.mdx'), 'utf8');
  const later = current
    .replace('effective: 2026-03-14', 'effective: 2026-04-01')
    .replace(/^change: .*$/m, 'change: editorial')
    .replace(/^summary: .*$/m, 'summary: Names the cookie settings link in the footer.')
    .replaceAll(CURRENT, LATER);
  expect(later).toContain(LATER);
  expect(later).toContain('effective: 2026-04-01');
  editTree(dir, { 'cookies/2026-04-01.mdx': later });
  lockTree(dir, '2026-04-01');
  return dir;
}

// Issue 17: a build from a policies folder that was later deleted broke every following build — the
// default one included — because Astro's content store (in the cache folder and in the project's
// .astro/) still pointed into the deleted folder. Tests and benchmarks build temporary folders in
// turn, and so may anyone with POLICIES_DIR; repeated `npm run build`s share one cache.
describe('builds of different policy folders in turn', () => {
  test('each succeed and show their own policies, sharing one cache, after a folder built earlier is deleted', async () => {
    // One project and one cache for the three builds, as repeated `npm run build`s in one checkout.
    const root = projectCopy();
    const cacheDir = tempDir('cache');
    const a = copyPolicies(); // with the sample history: three revisions from 2025-01-20
    const b = policiesWithLaterRevision(); // policies/ and a revision of 2026-04-01

    const first = await buildSite({ root, policiesDir: a, asOf: AS_OF, cacheDir });
    expect(first.ok, first.output).toBe(true);
    expect(revisionPages(first.outDir)).toEqual(['2025-01-20', '2025-09-01', '2026-03-14']);
    rmSync(a, { recursive: true, force: true });
    expect(existsSync(a)).toBe(false);

    const second = await buildSite({ root, policiesDir: b, asOf: AS_OF, cacheDir });
    expect(second.ok, second.output).toBe(true);
    expect(revisionPages(second.outDir)).toEqual(['2026-03-14', '2026-04-01']);
    expect(htmlText(readPage(second.outDir, '/cookies/'))).toContain(LATER);

    const third = await buildSite({ root, asOf: AS_OF, cacheDir });
    expect(third.ok, third.output).toBe(true);
    expect(revisionPages(third.outDir)).toEqual(['2026-03-14']);
    const current = htmlText(readPage(third.outDir, '/cookies/'));
    expect(current).toContain(CURRENT);
    expect(current).not.toContain(LATER);
  }, 600_000);
});
