// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { redline } from './src/integration/redline.ts';
import { siteConfig } from './src/site.config.ts';
import { cacheDir } from './src/node/cache-dir.ts';

export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Tests build several sites side by side; each gets its own cache.
  cacheDir: cacheDir(),
  markdown: { smartypants: siteConfig.smartypants },
  integrations: [
    redline(),
    mdx(),
    // The side-by-side view repeats its inline twin; search engines get the inline one.
    sitemap({ filter: (page) => !page.endsWith('/side-by-side/') }),
  ],
});
