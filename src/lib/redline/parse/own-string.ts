/**
 * A string equal to `text` that holds its own characters. V8 cuts a substring of 13 or more
 * characters as a view that keeps its whole parent alive, and the Markdown parser's text values are
 * such views of the parsed body: a parsed revision that kept one would keep the body (about 90 KB
 * for a 43 KB policy with typographic quotes) as long as the revision lives. Shorter strings are
 * already copies, and are returned as they are.
 *
 * How: joining a space in front makes a rope, which slicing flattens into a new string first; the
 * slice is then a view of that copy (one character longer), not of the body.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
