// @ts-check
// The benchmark's baseline: a bare Astro 7 + MDX site that builds only the revision pages of the same
// policies folder (POLICIES_DIR) — no compare pages, no history, no JSON. See scripts/bench-site.ts.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Both caches go where the benchmark says (a fresh folder per build), never into this source folder.
  cacheDir: process.env.REDLINE_CACHE_DIR || '../../../node_modules/.astro-bench-baseline',
  vite: { cacheDir: `${process.env.REDLINE_CACHE_DIR || '../../../node_modules/.astro-bench-baseline'}/vite` },
  markdown: { smartypants: false },
  integrations: [mdx()],
});
