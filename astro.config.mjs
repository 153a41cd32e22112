// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { redline } from './src/integration/redline.ts';
import { siteConfig } from './src/site.config.ts';
import { cacheDir } from './src/node/cache-dir.ts';
import { contentSecurityPolicy } from './src/node/content-security-policy.ts';
import { checkedSiteConfig } from './src/node/site-config-check.ts';

// The site's settings (its address, brand, logo…) are checked before anything is built.
checkedSiteConfig(siteConfig);

export default defineConfig({
  site: siteConfig.url,
  base: siteConfig.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Tests build several sites side by side; each gets its own cache.
  cacheDir: cacheDir(),
  // Every page carries a strict Content-Security-Policy: a script or style that is not Astro's own
  // or listed by hash does not run, even if it got into the HTML (README, "Security model").
  security: { csp: await contentSecurityPolicy() },
  // Revisions are rendered by Redline itself (src/lib/revision-body), not by Astro's Markdown; its
  // Shiki highlighter would need inline styles the CSP refuses.
  markdown: { syntaxHighlight: false },
  integrations: [
    redline(),
    // The side-by-side view repeats its inline twin; search engines get the inline one.
    sitemap({ filter: (page) => !page.endsWith('/side-by-side/') }),
  ],
});
