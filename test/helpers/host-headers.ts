/** Response headers by path rule, as a host's `_headers` file gives them: `{ '/api/*': { 'Access-Control-Allow-Origin': '*' } }`. */
export type HostHeaders = Record<string, Record<string, string>>;

/** Read a `_headers` file (Netlify, Cloudflare Pages): a path line, then indented `Name: value` lines; `#` starts a comment. */
export function readHeadersFile(text: string): HostHeaders {
  const rules: HostHeaders = {};
  let path = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) path = line.trim();
    else {
      const [name = '', ...value] = line.trim().split(':');
      (rules[path] ??= {})[name.trim()] = value.join(':').trim();
    }
  }
  return rules;
}

/**
 * Return the headers a host sends for a site path: those of every rule that matches it, in the
 * file's order (a later rule's value of the same header wins). `*` in a rule matches any characters.
 */
export function headersFor(rules: HostHeaders, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [rule, values] of Object.entries(rules)) {
    const pattern = new RegExp(
      `^${rule
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    if (pattern.test(path)) Object.assign(headers, values);
  }
  return headers;
}
