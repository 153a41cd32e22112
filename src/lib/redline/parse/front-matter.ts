/** A source file's leading YAML front matter block, cut from its body. */
export interface FrontMatter {
  /** The text between the `---` fences, from the end of the opening fence (so it starts with that line's break). */
  yaml: string;
  /** 1-based line of the opening `---` fence: line `i` of `yaml.split('\n')` is file line `yamlLine + i`. */
  yamlLine: number;
  /** The text after the closing `---`. */
  body: string;
  /** 1-based line of the closing fence, on which `body` starts: body line `n` is file line `bodyLine + n - 1`. */
  bodyLine: number;
}

// The same fences Astro accepts (@astrojs/internal-helpers/frontmatter): an optional BOM or blank
// lines, `---`, YAML, `---`; the closing fence is a line of its own (trailing spaces allowed).
const FENCED = /^(\uFEFF?(?:\s*\n)?)---([\s\S]*?\n)---(?=[ \t]*(?:\r?\n|$))/;

/**
 * Cut a leading YAML front matter block off a source file: the YAML text, the body after it and the
 * lines both start on; undefined when the file has none. The YAML is not parsed: each caller reads
 * it its own way (the site's policies with js-yaml, as Astro; an import keeps only a title).
 */
export function cutFrontMatter(source: string): FrontMatter | undefined {
  const match = FENCED.exec(source);
  if (!match) return undefined;
  const yaml = match[2] ?? '';
  const yamlLine = 1 + countLines(match[1] ?? '');
  return { yaml, yamlLine, body: source.slice(match[0].length), bodyLine: yamlLine + countLines(yaml) };
}

/** Blank out a leading YAML front matter block, keeping its line breaks so block lines stay file lines. */
export function blankFrontMatter(source: string): string {
  const front = cutFrontMatter(source);
  if (!front) return source;
  // The rest of the closing fence's line is blank too (`---` may be followed by spaces).
  return '\n'.repeat(front.bodyLine - 1) + front.body.replace(/^[ \t]*/, '');
}

function countLines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count++;
  return count;
}
