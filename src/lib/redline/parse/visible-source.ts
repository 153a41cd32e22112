// An HTML comment as browsers read it (HTML Living Standard, "Comment" and its parse errors):
// `<!-->` and `<!--->` close at once, `--!>` closes too, and an unclosed one runs to the end.
const HTML_COMMENT = /<!--(?:-?>|[\s\S]*?--!?>|[\s\S]*$)/g;
/**
 * Tell whether an MDX expression holds only JavaScript comments and white space (`{/* note *\/}`),
 * which MDX renders as nothing. A linear scan: a pattern with nested repetition took exponential
 * time on `{/**\//**\/…x}` (issue 15).
 */
export function isCommentOnly(value: string): boolean {
  let i = 0;
  while (i < value.length) {
    if (/\s/.test(value[i] ?? '')) i++;
    else if (value.startsWith('/*', i)) {
      const end = value.indexOf('*/', i + 2);
      if (end < 0) return false;
      i = end + 2;
    } else if (value.startsWith('//', i)) {
      const end = value.indexOf('\n', i);
      if (end < 0) return true;
      i = end + 1;
    } else return false;
  }
  return true;
}

/**
 * Return what a reader of the published page can see of a raw HTML or MDX expression node: HTML
 * without its comments, an expression unless it holds only comments; null when nothing is left.
 * Comments are the authors' notes, never policy text, so neither revision compares or shows them.
 */
export function visibleSource(node: { type: string; value?: string | undefined }): string | null {
  const value = node.value ?? '';
  if (node.type === 'html') {
    if (!value.includes('<!--')) return value;
    const rest = value.replace(HTML_COMMENT, '').trim();
    return rest === '' ? null : rest;
  }
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return isCommentOnly(value) ? null : value;
  return value;
}
