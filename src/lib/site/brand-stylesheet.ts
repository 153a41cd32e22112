import type { SiteConfig } from './site-config.ts';

/** Where the site serves the owner's colours, as a stylesheet every page links. */
export const BRAND_STYLESHEET_URL = '/brand.css';

/**
 * Return the stylesheet of the owner's colours: custom properties the site's styles read
 * (`--brand-light`, `--brand-dark`; src/styles/global.css falls back to Redline's own when it is
 * missing). A file, not an inline style, so the Content-Security-Policy needs no exception.
 */
export function brandStylesheet(brand: SiteConfig['brand']): string {
  return `:root {\n  --brand-light: ${brand.light};\n  --brand-dark: ${brand.dark};\n}\n`;
}
