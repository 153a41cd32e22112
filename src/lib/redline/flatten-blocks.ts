import type { Root } from 'mdast';
import { createFlattenContext } from './flatten-context.ts';
import type { FlattenContext } from './flatten-context.ts';
import { headingText } from './heading-text.ts';
import { mdxSource } from './mdx-source.ts';
import { nestFrames } from './nest-frames.ts';
import { pushBlock } from './push-block.ts';
import type { Block, Frame, Section, Token } from './redline-document.ts';
import { tokenizeInline } from './tokenize-inline.ts';
import type { InlineNode } from './tokenize-inline.ts';
import { tokenizeText } from './tokenize-text.ts';
import { visibleSource } from './visible-source.ts';
import { visitList } from './visit-list.ts';
import { visitTable } from './visit-table.ts';

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

/**
 * Flatten an mdast tree into blocks with their containers, sections and tokens. The tree is walked
 * with an explicit task stack rather than recursion, so nesting thousands deep cannot overflow the
 * call stack; containers deeper than MAX_NESTING are not opened (counted in `nestingCapped`).
 */
export function flattenBlocks(
  tree: Root,
  source: string,
  smartPunctuation: boolean,
): { blocks: Block[]; sections: Section[]; nestingCapped: number } {
  const root = tree as unknown as FlowNode;
  const context = createFlattenContext(root, source, smartPunctuation);
  schedule(root.children ?? [], [], context);
  for (let task = context.tasks.pop(); task; task = context.tasks.pop()) task();
  return { blocks: context.blocks, sections: context.sections, nestingCapped: context.capped };
}

// Queue the work for a list of sibling nodes so that the first runs next.
function schedule(nodes: readonly FlowNode[], frames: Frame[], context: FlattenContext): void {
  const work: Array<() => void> = [];
  let phrasing: FlowNode[] = [];
  const flush = (): void => {
    const run = phrasing;
    if (run.length > 0)
      work.push(() => pushBlock(context, tokenizeInline(run, context), frames, { kind: 'paragraph', line: lineOf(run[0]) }));
    phrasing = [];
  };
  for (const node of nodes) {
    if (PHRASING.has(node.type)) {
      phrasing.push(node);
      continue;
    }
    flush();
    work.push(() => visit(node, frames, context));
  }
  flush();
  for (let k = work.length - 1; k >= 0; k--) context.tasks.push(work[k] as () => void);
}

function visit(node: FlowNode, frames: Frame[], context: FlattenContext): void {
  const line = lineOf(node);
  switch (node.type) {
    case 'paragraph':
      return pushBlock(context, tokenizeInline(node.children ?? [], context), frames, { kind: 'paragraph', line });
    case 'heading': {
      const children = node.children ?? [];
      const section = context.sections.length;
      const block = context.blocks.length;
      const id = context.slugger.slug(headingText(children, context.smartPunctuation));
      context.sections.push({ id, title: headingText(children, false).replace(/\s+/g, ' ').trim(), depth: node.depth ?? 1, block });
      return pushBlock(context, tokenizeInline(children, context), frames, { kind: 'heading', depth: node.depth ?? 1, line, section });
    }
    case 'blockquote':
      return schedule(node.children ?? [], nestFrames(frames, [{ type: 'blockquote', id: ++context.frameId }], context), context);
    case 'footnoteDefinition': {
      const label = node.label ?? node.identifier ?? '';
      return schedule(node.children ?? [], nestFrames(frames, [{ type: 'footnote', id: ++context.frameId, label }], context), context);
    }
    case 'list':
      return visitList(node, frames, context, schedule);
    case 'table':
      return visitTable(node, frames, context);
    case 'code':
      return pushBlock(context, exactTokens(node.value ?? ''), frames, {
        kind: 'code',
        lang: [node.lang, node.meta].filter(Boolean).join(' '),
        line,
      });
    case 'html': {
      const visible = visibleSource(node);
      return visible === null ? undefined : pushBlock(context, exactTokens(visible), frames, { kind: 'html', line });
    }
    case 'thematicBreak':
      return pushBlock(context, [], frames, { kind: 'thematicBreak', line });
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
      if (visibleSource(node) === null) return;
      return pushBlock(context, exactTokens(mdxSource(node, context.source, false)), frames, { kind: 'mdx', line });
    case 'mdxJsxFlowElement': {
      const inner = nestFrames(frames, [{ type: 'jsx', id: ++context.frameId, name: node.name ?? '' }], context);
      pushBlock(context, exactTokens(mdxSource(node, context.source, true)), inner, { kind: 'mdx', line });
      return schedule(node.children ?? [], inner, context);
    }
    case 'definition':
    case 'yaml':
    case 'toml':
      return; // Definitions render through the links that use them; front matter is not policy text.
    default:
      if (node.children) return schedule(node.children, frames, context);
      if (typeof node.value === 'string') pushBlock(context, exactTokens(node.value), frames, { kind: 'paragraph', line });
  }
}

function exactTokens(text: string): Token[] {
  const tokens: Token[] = [];
  tokenizeText(text, [], '', tokens, true);
  return tokens;
}

function lineOf(node: FlowNode | undefined): number {
  return node?.position?.start.line ?? 0;
}
