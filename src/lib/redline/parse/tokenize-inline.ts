import type { Mark, Token } from '../redline-document.ts';
import { MAX_NESTING } from '../text-bounds.ts';
import { ownString } from './own-string.ts';
import { makeToken, tokenizeText, type TokenTable } from './tokenize-text.ts';
import { visibleSource } from './visible-source.ts';

/** An mdast or MDX phrasing node, typed loosely so MDX nodes need no extra type package. */
export interface InlineNode {
  type: string;
  value?: string;
  children?: InlineNode[];
  url?: string;
  title?: string | null;
  alt?: string | null;
  identifier?: string;
  label?: string | null;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number; offset?: number }; end: { offset?: number } };
}

/** A link reference definition (`[id]: url "title"`), by normalized identifier. */
export type Definitions = Map<string, { url: string; title: string }>;

/** What inline tokenizing needs from the document: its definitions and its source (for JSX tags). */
export interface InlineContext {
  definitions: Definitions;
  source: string;
  /** The document's tokens so far, shared by key (see TokenTable). */
  table: TokenTable;
  /** Counts marks left out because they nest deeper than MAX_NESTING (see RedlineDocument.nestingCapped). */
  capped?: number;
}

const BR = /^<\/?br\s*\/?>$/i;

/** Turn phrasing content into tokens, each carrying the marks (emphasis, link target, …) it sits in. */
export function tokenizeInline(nodes: InlineNode[], context: InlineContext, out: Token[] = []): Token[] {
  walk(nodes, context, out);
  // Trim: leading and trailing whitespace never renders.
  while (out.length > 0 && out[0]?.kind === 'space') out.shift();
  while (out.length > 0 && out.at(-1)?.kind === 'space') out.pop();
  return out;
}

// Depth first in order, with a stack of sibling lists instead of recursion: emphasis and components
// can nest thousands deep. Marks deeper than MAX_NESTING are left out, on both revisions alike.
function walk(nodes: InlineNode[], context: InlineContext, out: Token[]): void {
  const { definitions } = context;
  const stack: Array<{ nodes: InlineNode[]; index: number; marks: Mark[]; markKey: string }> = [
    { nodes, index: 0, marks: [], markKey: '' },
  ];
  for (let level = stack.at(-1); level; level = stack.at(-1)) {
    const node = level.nodes[level.index++];
    if (!node) {
      stack.pop();
      continue;
    }
    const { marks, markKey } = level;
    // Comments (`<!-- … -->`, `{/* … */}`) never show on the page.
    if (visibleSource(node) === null) continue;
    const mark = markOf(node, definitions);
    if (mark) {
      const deep = marks.length >= MAX_NESTING;
      if (deep) context.capped = (context.capped ?? 0) + 1;
      const inner = deep ? marks : [...marks, mark];
      const innerKey = deep ? markKey : `${markKey}\u0003${mark.key}`;
      const text = leafText(node, context.source);
      if (text !== null) tokenizeText(text, inner, innerKey, out, context.table);
      else stack.push({ nodes: node.children ?? [], index: 0, marks: inner, markKey: innerKey });
    } else if (node.type === 'text') {
      tokenizeText(node.value ?? '', marks, markKey, out, context.table);
    } else if (node.type === 'break' || isBr(node)) {
      out.push(makeToken('\n', 'break', marks, markKey));
    } else if (node.type === 'image' || node.type === 'imageReference') {
      const target = node.type === 'image' ? { url: node.url ?? '', title: node.title ?? '' } : definitions.get(normalize(node));
      const token = makeToken(node.alt ?? '', 'image', marks, markKey);
      token.url = ownString(target?.url ?? '');
      token.key = ownString(`${token.key}\u0002${token.url}\u0002${target?.title ?? ''}`);
      out.push(token);
    } else if (node.children) {
      stack.push({ nodes: node.children, index: 0, marks, markKey });
    } else if (typeof node.value === 'string') {
      tokenizeText(node.value, marks, markKey, out, context.table);
    }
  }
}

function markOf(node: InlineNode, definitions: Definitions): Mark | null {
  switch (node.type) {
    case 'emphasis':
    case 'strong':
    case 'delete':
    case 'inlineCode':
      return { type: node.type, key: node.type };
    case 'html':
      return isBr(node) ? null : { type: 'html', key: 'html' };
    case 'mdxTextExpression':
      return { type: 'expression', key: 'expression' };
    case 'link':
    case 'linkReference': {
      // A reference link renders with its definition's target, so a changed definition shows.
      const target = node.type === 'link' ? { url: node.url ?? '', title: node.title ?? '' } : definitions.get(normalize(node));
      const url = ownString(target?.url ?? '');
      const title = ownString(target?.title ?? '');
      return { type: 'link', url, title, key: ownString(`link\u0002${url}\u0002${title}`) };
    }
    case 'footnoteReference': {
      const name = ownString(node.label ?? node.identifier ?? '');
      return { type: 'footnote', name, key: ownString(`footnote\u0002${name}`) };
    }
    case 'mdxJsxTextElement': {
      if (isBr(node)) return null;
      const name = ownString(node.name ?? '');
      return { type: 'jsx', name, key: `jsx\u0002${name}\u0002${JSON.stringify(node.attributes ?? [], attributeReplacer)}` };
    }
    default:
      return null;
  }
}

// The text of a marked node that has no children of its own to tokenize.
function leafText(node: InlineNode, source: string): string | null {
  if (node.type === 'mdxTextExpression') return `{${node.value ?? ''}}`;
  if (node.type === 'footnoteReference') return node.label ?? node.identifier ?? '';
  if (node.type === 'mdxJsxTextElement') {
    if (node.children && node.children.length > 0) return null;
    // An empty component (`<Badge kind="new" />`) shows as the tag it was written as.
    const { start, end } = { start: node.position?.start.offset, end: node.position?.end.offset };
    return start === undefined || end === undefined ? `<${node.name ?? ''} />` : source.slice(start, end);
  }
  return node.children ? null : (node.value ?? '');
}

// A line break written as HTML or JSX (`<br>`, `<br/>`, `</br>`): GitHub's tables use them in cells.
function isBr(node: InlineNode): boolean {
  if (node.type === 'html') return BR.test(node.value ?? '');
  return node.type === 'mdxJsxTextElement' && node.name === 'br' && (node.children ?? []).length === 0;
}

/** Normalize a reference identifier the way mdast does (case-folded, whitespace collapsed). */
export function normalize(node: { identifier?: string }): string {
  return (node.identifier ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
}

// Attribute values may carry estree data and positions; compare only what was written.
function attributeReplacer(key: string, value: unknown): unknown {
  return key === 'data' || key === 'position' ? undefined : value;
}
