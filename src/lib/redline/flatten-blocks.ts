import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { headingText } from './heading-text.ts';
import { makeBlock } from './make-block.ts';
import type { BlockFields } from './make-block.ts';
import { makeToken, tokenizeText } from './tokenize-text.ts';
import { collectDefinitions } from './collect-definitions.ts';
import { mdxSource } from './mdx-source.ts';
import { tokenizeInline } from './tokenize-inline.ts';
import type { Definitions, InlineNode } from './tokenize-inline.ts';
import type { Block, Frame, Section, Token } from './redline-document.ts';

/** An mdast or MDX flow node, typed loosely (see InlineNode). */
export interface FlowNode extends InlineNode {
  children?: FlowNode[];
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  spread?: boolean | null;
  checked?: boolean | null;
  lang?: string | null;
  meta?: string | null;
  align?: Array<'left' | 'right' | 'center' | null> | null;
}

interface Context {
  source: string;
  definitions: Definitions;
  smartPunctuation: boolean;
  slugger: GithubSlugger;
  blocks: Block[];
  sections: Section[];
  frameId: number;
  /** A task-list checkbox waiting for the first block of its list item. */
  check: Token | null;
}

// Phrasing that shows up at flow level (inside MDX components) is gathered into a paragraph.
const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'footnoteReference',
  'mdxJsxTextElement',
  'mdxTextExpression',
]);

/** Flatten an mdast tree into blocks with their containers, sections and tokens. */
export function flattenBlocks(tree: Root, source: string, smartPunctuation: boolean): { blocks: Block[]; sections: Section[] } {
  const root = tree as unknown as FlowNode;
  const definitions = collectDefinitions(root);
  const context: Context = {
    source,
    definitions,
    smartPunctuation,
    slugger: new GithubSlugger(),
    blocks: [],
    sections: [],
    frameId: 0,
    check: null,
  };
  walk(root.children ?? [], [], context);
  return { blocks: context.blocks, sections: context.sections };
}

function walk(nodes: FlowNode[], frames: Frame[], context: Context): void {
  let phrasing: FlowNode[] = [];
  for (const node of nodes) {
    if (PHRASING.has(node.type)) {
      phrasing.push(node);
      continue;
    }
    if (phrasing.length > 0) push(context, tokenizeInline(phrasing, context), frames, { kind: 'paragraph', line: lineOf(phrasing[0]) });
    phrasing = [];
    visit(node, frames, context);
  }
  if (phrasing.length > 0) push(context, tokenizeInline(phrasing, context), frames, { kind: 'paragraph', line: lineOf(phrasing[0]) });
}

function visit(node: FlowNode, frames: Frame[], context: Context): void {
  const line = lineOf(node);
  switch (node.type) {
    case 'paragraph':
      return push(context, tokenizeInline(node.children ?? [], context), frames, { kind: 'paragraph', line });
    case 'heading': {
      const children = node.children ?? [];
      const section = context.sections.length;
      const block = context.blocks.length;
      const id = context.slugger.slug(headingText(children, context.smartPunctuation));
      context.sections.push({ id, title: headingText(children, false).replace(/\s+/g, ' ').trim(), depth: node.depth ?? 1, block });
      return push(context, tokenizeInline(children, context), frames, { kind: 'heading', depth: node.depth ?? 1, line, section });
    }
    case 'blockquote':
      return walk(node.children ?? [], [...frames, { type: 'blockquote', id: ++context.frameId }], context);
    case 'footnoteDefinition':
      return walk(
        node.children ?? [],
        [...frames, { type: 'footnote', id: ++context.frameId, label: node.label ?? node.identifier ?? '' }],
        context,
      );
    case 'list':
      return visitList(node, frames, context);
    case 'table':
      return visitTable(node, frames, context);
    case 'code':
      return push(context, exactTokens(node.value ?? ''), frames, {
        kind: 'code',
        lang: [node.lang, node.meta].filter(Boolean).join(' '),
        line,
      });
    case 'html':
      return push(context, exactTokens(node.value ?? ''), frames, { kind: 'html', line });
    case 'thematicBreak':
      return push(context, [], frames, { kind: 'thematicBreak', line });
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
      return push(context, exactTokens(mdxSource(node, context.source, false)), frames, { kind: 'mdx', line });
    case 'mdxJsxFlowElement': {
      const inner: Frame[] = [...frames, { type: 'jsx', id: ++context.frameId, name: node.name ?? '' }];
      push(context, exactTokens(mdxSource(node, context.source, true)), inner, { kind: 'mdx', line });
      return walk(node.children ?? [], inner, context);
    }
    case 'definition':
    case 'yaml':
    case 'toml':
      return; // Definitions render through the links that use them; front matter is not policy text.
    default:
      if (node.children) return walk(node.children, frames, context);
      if (typeof node.value === 'string') push(context, exactTokens(node.value), frames, { kind: 'paragraph', line });
  }
}

function visitList(node: FlowNode, frames: Frame[], context: Context): void {
  const items = node.children ?? [];
  const list: Frame = { type: 'list', id: ++context.frameId, ordered: node.ordered === true };
  // As mdast-util-to-hast: a list is loose (paragraphs in <p>) when it or any item is spread.
  const spread = node.spread === true || items.some((item) => item.spread === true);
  items.forEach((item, index) => {
    const frame: Frame = { type: 'listItem', id: ++context.frameId, ordinal: (node.start ?? 1) + index, spread };
    if (item.checked === true || item.checked === false) context.check = makeToken(item.checked ? 'x' : ' ', 'check', [], '');
    const before = context.blocks.length;
    walk(item.children ?? [], [...frames, list, frame], context);
    // An empty item still renders (and compares) as an item.
    if (context.blocks.length === before) push(context, [], [...frames, list, frame], { kind: 'paragraph', line: lineOf(item) });
  });
}

function visitTable(node: FlowNode, frames: Frame[], context: Context): void {
  const inner: Frame[] = [...frames, { type: 'table', id: ++context.frameId, align: node.align ?? [] }];
  (node.children ?? []).forEach((row, index) => {
    const tokens: Token[] = [];
    for (const cell of row.children ?? []) tokens.push(makeToken('', 'cell', [], ''), ...tokenizeInline(cell.children ?? [], context));
    push(context, tokens, inner, { kind: 'tableRow', header: index === 0, line: lineOf(row) });
  });
}

function push(context: Context, tokens: Token[], frames: Frame[], fields: Omit<BlockFields, 'section'> & { section?: number }): void {
  if (context.check) {
    const check = context.check;
    context.check = null;
    if (fields.kind === 'paragraph') tokens.unshift(check, makeToken(' ', 'space', [], ''));
    else push(context, [check], frames, { kind: 'paragraph', line: fields.line });
  }
  const section = fields.section ?? (context.sections.length > 0 ? context.sections.length - 1 : null);
  context.blocks.push(makeBlock(tokens, frames, { ...fields, section }));
}

function exactTokens(text: string): Token[] {
  const tokens: Token[] = [];
  tokenizeText(text, [], '', tokens, true);
  return tokens;
}

function lineOf(node: FlowNode | undefined): number {
  return node?.position?.start.line ?? 0;
}
