import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE_DIR, type SearchIndexReport } from '../lib/search/index.ts';

/**
 * The pages Pagefind reads: a revision's permanent page, `<policy>/<YYYY-MM-DD>/index.html`. Only
 * they mark their text with `data-pagefind-body` (and Pagefind then skips any page without it); the
 * glob spares it reading the thousands of redline pages beside them.
 */
export const REVISION_PAGES_GLOB = '*/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]/index.html';

/**
 * Files Pagefind writes that the site never loads: its ready-made search interfaces, its web worker
 * (the search page runs without one, under `worker-src 'none'`) and its highlighter. Removed, so the
 * site serves no script it does not use and the size in the build log is what readers can download.
 */
export const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-worker.js',
  'pagefind-highlight.js',
] as const;

function failed(step: string, errors: readonly string[]): Error {
  return new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}

function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/**
 * Index the revision pages of a built site with Pagefind and write its bundle (the index and
 * `pagefind.js`) to `<outDir>/pagefind/`, replacing any earlier one. Returns what it indexed, the
 * bundle's size on disk and the time it took; throws when Pagefind reports an error.
 */
export async function buildSearchIndex(outDir: string): Promise<SearchIndexReport> {
  const start = performance.now();
  const outputPath = join(outDir, SEARCH_BUNDLE_DIR);
  rmSync(outputPath, { recursive: true, force: true });
  try {
    const created = await pagefind.createIndex({ writePlayground: false });
    if (!created.index) throw failed('start', created.errors);
    const { index } = created;
    const added = await index.addDirectory({ path: outDir, glob: REVISION_PAGES_GLOB });
    if (added.errors.length > 0) throw failed(`index ${outDir}`, added.errors);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw failed(`write ${outputPath}`, written.errors);
    for (const file of UNUSED_BUNDLE_FILES) rmSync(join(outputPath, file), { force: true });
    return {
      pages: added.page_count,
      ...folderSize(outputPath),
      folder: `${SEARCH_BUNDLE_DIR}/`,
      milliseconds: Math.round(performance.now() - start),
    };
  } finally {
    await pagefind.close();
  }
}
