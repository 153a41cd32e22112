// An HTML comment as browsers read it (HTML Living Standard, "Comment" and its parse errors):
// `<!-->` and `<!--->` close at once, `--!>` closes too, and an unclosed one runs to the end.
const HTML_COMMENT = /<!--(?:-?>|[\s\S]*?--!?>|[\s\S]*$)/g;
// An MDX expression holding only JavaScript comments (`{/* note */}`) renders nothing.
const ONLY_JS_COMMENTS = /^(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n]*)*$/;

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
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return ONLY_JS_COMMENTS.test(value) ? null : value;
  return value;
}
