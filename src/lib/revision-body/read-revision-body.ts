import type { Element, Root as HastRoot } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import type { Heading, Root } from 'mdast';
import GithubSlugger from 'github-slugger';
import { findSizeFault, findStructureFault, headingText, rebaseSitePaths, serializeHtml } from '../redline/index.ts';
import { bodyHast } from './body-hast.ts';
import { startOf, type BodyProblem } from './body-problem.ts';
import { REVISION_BODY_SCHEMA } from './body-schema.ts';
import { checkBodyHtml } from './check-body-html.ts';
import { checkMdxSyntax } from './check-mdx-syntax.ts';
import { parseBody } from './parse-body.ts';

/** How `readRevisionBody` renders. */
export interface ReadBodyOptions {
  /** The path the site is served under (`/` or e.g. `/legal/`); root-relative links and images move under it. Default: '/'. */
  siteBase?: string;
}

/** A revision body read as text: its safe HTML, or everything it may not contain. */
export type RevisionBody = { html: string; problems: [] } | { html: null; problems: BodyProblem[] };

/**
 * Read a revision body — Markdown, GFM and the HTML elements of REVISION_BODY_SCHEMA written in MDX
 * syntax — into the HTML the site shows, or list what it may not contain (invalid MDX, code, other
 * elements, attributes or URL schemes), with line and column. The only way a revision's text reaches
 * a page: it is parsed, never compiled or run; the allowlist is decided on the parsed tree; the
 * result is then sanitized with the same allowlist (hast-util-sanitize) and must come out unchanged,
 * so the check and the page cannot disagree. Headings get ids from their text, as the redline's do.
 *
 * Root-relative links and images are site paths, placed under `siteBase`.
 *
 * Text past Redline's bounds (size, lines, nesting; src/lib/redline/text-bounds.ts) is refused first.
 */
export function readRevisionBody(body: string, options: ReadBodyOptions = {}): RevisionBody {
  // The parsers and tree walkers recurse: text past Redline's bounds is refused before any of them runs.
  // The body as it is: a body that itself opens with a `---` block is no front matter to skip.
  const fault = findSizeFault(body) ?? findStructureFault(body);
  if (fault) return { html: null, problems: [{ line: fault.line, column: 1, message: fault.message.replace(/^the text /, '') }] };
  const parsed = parseBody(body);
  if ('problem' in parsed) return { html: null, problems: [parsed.problem] };
  const syntax = checkMdxSyntax(parsed.tree);
  if (syntax.length > 0) return { html: null, problems: syntax };
  const tree = bodyHast(parsed.tree);
  const headings = headingIds(parsed.tree);
  const refused = [...checkBodyHtml(tree, REVISION_BODY_SCHEMA), ...checkIds(tree, headings)];
  if (refused.length > 0) return { html: null, problems: refused.sort((a, b) => a.line - b.line || a.column - b.column) };
  const clean = sanitize(tree, REVISION_BODY_SCHEMA) as HastRoot;
  const unchanged = serializeHtml(stripPositions(tree));
  const html = serializeHtml(clean);
  if (html !== unchanged) {
    // The check and the sanitizer state one allowlist twice; if they ever disagree, refuse rather
    // than publish something other than what the check passed.
    return {
      html: null,
      problems: [
        { line: 1, column: 1, message: 'has HTML that the sanitizer changed although the check allowed it — report this as a Redline bug' },
      ],
    };
  }
  setHeadingIds(
    clean,
    headings.map((heading) => heading.id),
  );
  return { html: serializeHtml(rebaseSitePaths(clean, options.siteBase ?? '/')), problems: [] };
}

// The ids of a body's headings in document order, as the redline engine computes them
// (src/lib/redline: headingText, one github-slugger per document), so links into a redline and
// into the page agree.
function headingIds(tree: Root): { id: string; text: string; at: { line: number; column: number } }[] {
  const slugger = new GithubSlugger();
  const ids: { id: string; text: string; at: { line: number; column: number } }[] = [];
  const pending: { type: string; children?: unknown[] }[] = [tree];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'heading') {
      const text = headingText((node as Heading).children as never, false);
      ids.push({ id: slugger.slug(text), text, at: startOf(node as Heading) });
    } else if (node.children) for (let k = node.children.length - 1; k >= 0; k--) pending.push(node.children[k] as { type: string });
  }
  return ids;
}

// Ids the page and the redline give their own elements (`redline-title`, `change-3`, `old-…`).
const SITE_IDS = /^(?:redline-|change-\d+$|old-)/;

// Every id on the page must be unique and none may take one of the site's own: a heading's id from
// its text, an anchor's written id or name, the footnotes' generated ids.
function checkIds(tree: HastRoot, headings: { id: string; text: string; at: { line: number; column: number } }[]): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const seen = new Map<string, string>();
  for (const { id, text, at } of headings) {
    if (SITE_IDS.test(id)) {
      problems.push({
        ...at,
        message: `has the heading "${text}", whose id would be "${id}", a form the page uses for its own elements — reword the heading`,
      });
    }
    seen.set(id, `the heading "${text}"`);
  }
  const pending: (HastRoot | Element)[] = [tree];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'element') {
      for (const key of ['id', 'name']) {
        const value = node.properties[key];
        if (typeof value !== 'string') continue;
        const earlier = seen.get(value);
        if (earlier) problems.push({ ...startOf(node), message: `sets ${key}="${value}", an id ${earlier} has already — choose another` });
        seen.set(value, `<${node.tagName} ${key}="${value}">`);
      }
    }
    for (let k = node.children.length - 1; k >= 0; k--) {
      const child = node.children[k];
      if (child?.type === 'element') pending.push(child);
    }
  }
  return problems;
}

const HEADING = /^h[1-6]$/;

function setHeadingIds(tree: HastRoot, ids: string[]): void {
  let next = 0;
  const pending: (HastRoot | Element)[] = [tree];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'element' && HEADING.test(node.tagName)) {
      // The footnotes' generated "Footnotes" label is no heading of the text.
      if (node.properties['id'] === 'footnote-label') continue;
      const id = ids[next++];
      if (id !== undefined && id !== '') node.properties = { id, ...node.properties };
      continue;
    }
    for (let k = node.children.length - 1; k >= 0; k--) {
      const child = node.children[k];
      if (child?.type === 'element') pending.push(child);
    }
  }
}

function stripPositions<T extends HastRoot | Element>(node: T): T {
  const pending: (HastRoot | Element)[] = [node];
  for (let next = pending.pop(); next; next = pending.pop()) {
    delete next.position;
    for (const child of next.children) if (child.type === 'element') pending.push(child);
  }
  return node;
}
