import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSearchIndex, UNUSED_BUNDLE_FILES } from '../../src/node/search-index.ts';
import { tempDir } from '../helpers/build-site.ts';
import { editTree } from '../helpers/policy-tree.ts';

// A page as the site writes it; `body` marks its text for the index as a revision's permanent page does.
function page(text: string, body: boolean): string {
  const open = body ? '<div data-pagefind-body data-pagefind-filter="status[data-search-status]" data-search-status="In force">' : '<div>';
  return `<!doctype html><html lang="en"><head><title>t</title></head><body><main><h1>Cookie Policy</h1>${open}<h2 id="a">A</h2><p>${text}</p></div></main></body></html>`;
}

function site(files: Record<string, string>): string {
  const dir = tempDir('search-index');
  editTree(dir, files);
  return dir;
}

describe('buildSearchIndex', () => {
  test('indexes the revision pages only, writes the bundle to pagefind/ and measures it', async () => {
    const dir = site({
      'cookies/2025-01-20/index.html': page('Cookies are small text files.', true),
      'cookies/2026-03-14/index.html': page('Cookies are small data files.', true),
      // The policy's page repeats the version in force; a redline is no revision: neither is read.
      'cookies/index.html': page('Cookies are small data files.', false),
      'cookies/compare/2025-01-20...2026-03-14/index.html': page('Cookies are small text data files.', true),
      'index.html': page('Every policy.', false),
      // Left by an earlier build: replaced, not added to.
      'pagefind/stale.pf_fragment': 'old',
    });
    const report = await buildSearchIndex(dir);
    expect(report.pages).toBe(2);
    expect(report.folder).toBe('pagefind/');
    const bundle = join(dir, 'pagefind');
    expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
    expect(existsSync(join(bundle, 'stale.pf_fragment'))).toBe(false);
    // Pagefind's own interfaces, worker and highlighter are never loaded: none is served.
    for (const unused of UNUSED_BUNDLE_FILES) expect(existsSync(join(bundle, unused)), unused).toBe(false);
    expect(report.milliseconds).toBeGreaterThan(0);
    const files = readdirSync(bundle, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(report.files).toBe(files.length);
    expect(report.bytes).toBe(files.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0));
    // One fragment (the data of a result) per indexed page.
    expect(readdirSync(join(bundle, 'fragment'))).toHaveLength(2);
  });
});
