// The same fences Astro accepts (@astrojs/internal-helpers/frontmatter): an optional BOM or blank
// lines, `---`, YAML, `---`.
const FENCED = /^(\uFEFF?(?:\s*\n)?)---([\s\S]*?\n)---[ \t]*(?=\r?\n|$)/;

/** Blank out a leading YAML front matter block, keeping its line breaks so block lines stay file lines. */
export function stripFrontMatter(source: string): string {
  const match = FENCED.exec(source);
  if (!match) return source;
  return match[0].replace(/[^\n]/g, '') + source.slice(match[0].length);
}
