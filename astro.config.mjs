// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { redline } from './src/integration/redline.ts';
import { siteConfig } from './src/site.config.ts';
import { cacheDir } from './src/node/cache-dir.ts';
import { contentSecurityPolicy } from './src/node/content-security-policy.ts';
import { checkedSiteAddress } from './src/node/site-address.ts';

// The origin and the path the site is served under (REDLINE_BASE overrides the path): checked first.
const address = checkedSiteAddress(siteConfig);

export default defineConfig({
  site: address.url,
  base: address.base,
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
