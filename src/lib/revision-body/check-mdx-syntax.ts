import type { Root } from 'mdast';
import { isCommentOnly } from '../redline/index.ts';
import { startOf, type BodyProblem } from './body-problem.ts';

interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number; column: number } };
}

// Elements Markdown writes with more than HTML gives: headings get an id from their text and a
// section of their own in the redline; task-list checkboxes are disabled.
const MARKDOWN_ONLY: Record<string, string> = {
  ...Object.fromEntries(
    [1, 2, 3, 4, 5, 6].map((level) => [
      `h${level}`,
      `write headings in Markdown (${'#'.repeat(level)} Title), so they get an id and a section in redlines`,
    ]),
  ),
  input: 'write a task list in Markdown (- [ ] item)',
};

/**
 * Find what MDX would run as JavaScript in a body: `import`/`export` statements, `{…}` expressions
 * (other than comments), components (capitalised or dotted names, fragments) and attributes that are
 * not literal strings (`href={…}`, `{...spread}`). HTML-named elements with literal attributes pass
 * here and are checked against the HTML allowlist next.
 */
export function checkMdxSyntax(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const pending: MdxNode[] = [tree as unknown as MdxNode];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const at = startOf(node);
    if (node.type === 'mdxjsEsm') {
      problems.push({ ...at, message: 'has an import or export statement, which is code — a revision is text: remove it' });
    } else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isCommentOnly(node.value ?? '')) {
      problems.push({
        ...at,
        message: `has the JavaScript expression {${clip(node.value ?? '')}} — a revision is text: remove it, or escape the braces as \\{ and \\} to show them`,
      });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      problems.push(...checkElement(node, at));
    }
    if (node.children) for (let k = node.children.length - 1; k >= 0; k--) pending.push(node.children[k] as MdxNode);
  }
  return problems;
}

function checkElement(node: MdxNode, at: { line: number; column: number }): BodyProblem[] {
  const name = node.name;
  if (!name) return [{ ...at, message: 'has a fragment <>…</>, which is JSX — remove the <> and </>' }];
  if (!/^[a-z][a-z0-9]*$/.test(name)) {
    return [{ ...at, message: `uses the component <${name}>, which Redline does not provide — write the text in Markdown` }];
  }
  const markdown = MARKDOWN_ONLY[name];
  if (markdown) return [{ ...at, message: `has <${name}> written as HTML — ${markdown}` }];
  const problems: BodyProblem[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({ ...at, message: `has a spread {…} in <${name}>, which is JavaScript — write each attribute as name="value"` });
    } else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      problems.push({
        ...at,
        message: `sets ${attribute.name ?? 'an attribute'}={…} on <${name}>, which is JavaScript — write a literal value, ${attribute.name ?? 'name'}="…"`,
      });
    }
  }
  return problems;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}
