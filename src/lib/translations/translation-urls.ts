/**
 * Return the URL of a page in a translation's language: the source-language page's URL under
 * `/<lang>` (`/cookies/2026-03-14/` → `/de/cookies/2026-03-14/`), as every translated page is laid out.
 */
export function languageUrl(lang: string, url: string): string {
  return `/${lang}${url}`;
}
