const DATED = /\/\d{4}-\d{2}-\d{2}\/declaration\.json$/;

/**
 * Return the URL of one revision's declaration next to a declaration URL, following Redline's
 * layout: `/api/cookies/declaration.json` or `/api/cookies/2026-03-14/declaration.json` with
 * version `2025-09-01` → `/api/cookies/2025-09-01/declaration.json`. Null when the URL does not end
 * in `declaration.json`, so the history cannot be found.
 */
export function revisionDeclarationUrl(url: string, version: string): string | null {
  const [path = '', query] = url.split(/(?=[?#])/, 2);
  if (DATED.test(path)) return path.replace(DATED, `/${version}/declaration.json`) + (query ?? '');
  if (path === 'declaration.json' || path.endsWith('/declaration.json'))
    return `${path.slice(0, -'declaration.json'.length)}${version}/declaration.json${query ?? ''}`;
  return null;
}
