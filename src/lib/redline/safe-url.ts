// Schemes a redline may link to. Anything else (javascript:, data:, vbscript:, …) is dropped: a
// policy must not be able to put script behind a link or image in a redline.
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Return the URL if it is relative or uses a safe scheme (http, https, mailto, tel), else null. */
export function safeUrl(url: string, forImage = false): string | null {
  // Browsers ignore ASCII control characters and spaces inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = SCHEME.exec(squeezed)?.[1]?.toLowerCase();
  if (scheme === undefined) return url;
  if (forImage) return scheme === 'http' || scheme === 'https' ? url : null;
  return SAFE_SCHEMES.has(scheme) ? url : null;
}
