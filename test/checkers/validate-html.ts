import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { siteFiles } from './site-files.ts';

// The recommended rules (content models, so an <ins> directly in a <ul> is an error; WCAG checks
// such as an <img> without alt), minus the few that only concern how Astro writes markup or that
// HTML itself does not require.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta …> and boolean attributes bare; both are valid HTML.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    // Astro inlines small stylesheets; the site's own CSS is in <style>, which is valid.
    'no-inline-style': 'off',
    // HTML allows any id without spaces; heading ids such as "1-what-are-cookies" come from Astro's slugger.
    'valid-id': ['error', { relaxed: true }],
    // Titles of redlines name both dates in full, on purpose: a legal reader needs them in tabs and bookmarks.
    'long-title': 'off',
  },
});

/** Validate one HTML document and return its errors as `file:line:column rule: message`. */
export async function validateHtml(html: string, file: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) => result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

/** Validate every HTML file of a built site and return all errors. */
export async function validateSite(dir: string): Promise<string[]> {
  const pages = siteFiles(dir).filter((path) => path.endsWith('.html'));
  const errors = await Promise.all(pages.map((path) => validateHtml(readFileSync(join(dir, path), 'utf8'), path)));
  return errors.flat();
}
