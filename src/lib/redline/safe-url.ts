/** Schemes a policy may link to: a link to anything else (javascript:, data:, vbscript:, …) is dropped or refused. */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];
/**
 * Schemes a policy's images may load from: none — images come from the site itself (relative URLs),
 * so a revision cannot put a third party's tracking pixel on the policy page.
 */
export const IMAGE_SCHEMES: readonly string[] = [];

const LINK = new Set(LINK_SCHEMES);
const IMAGE = new Set(IMAGE_SCHEMES);
// As hast-util-sanitize and the URL standard's relative references: a colon before any `/`, `?` or `#`
// ends a scheme. Whatever precedes it must be a safe scheme, so look-alikes ("ｊavascript:") are
// refused too, although a browser would read them as relative paths.
const SCHEME = /^([^/?#:]*):/;

/**
 * Return the URL if it is relative, a fragment, or uses a safe scheme (LINK_SCHEMES; IMAGE_SCHEMES
 * for images: relative
 * only, not `//host/…`), else null. The one URL check of the project: the redline, the revision renderer and
 * the revision check all ask it, so a policy must not be able to put script behind a link or image.
 */
export function safeUrl(url: string, forImage = false): string | null {
  // Browsers ignore ASCII control characters and spaces inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = SCHEME.exec(squeezed)?.[1]?.toLowerCase();
  // `//host/x` and `\\host\x` are other hosts' images without a scheme.
  if (scheme === undefined) return forImage && /^[/\\]{2}/.test(squeezed) ? null : url;
  return (forImage ? IMAGE : LINK).has(scheme) ? url : null;
}
