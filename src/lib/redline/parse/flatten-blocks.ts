import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { pushAll } from '../push-all.ts';
import type { Block, Frame, Section, Token } from '../redline-document.ts';
import { MAX_NESTING } from '../text-bounds.ts';
import { headingText } from './heading-text.ts';
import { makeBlock } from './make-block.ts';
import { ownString } from './own-string.ts';
import type { BlockFields } from './make-block.ts';
import { normalize, tokenizeInline } from './tokenize-inline.ts';
import type { Definitions, InlineContext, InlineNode } from './tokenize-inline.ts';
import { createTokenTable, makeToken, tokenizeText, type TokenTable } from './tokenize-text.ts';
import { visibleSource } from './visible-source.ts';

// One tree walker: the walk (flattenBlocks, schedule, visit), the containers it opens (lists,
// tables, quotes, components) and the blocks it adds all share one mutable FlattenContext, so they
// live in one module, in the order a document is walked.

/** An mdast or MDX flow node, typed loosely (see InlineNode). */
interface FlowNode extends InlineNode {
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

/** The state of flattening one document into blocks. */
interface FlattenContext extends InlineContext {
  smartPunctuation: boolean;
  slugger: GithubSlugger;
  blocks: Block[];
  sections: Section[];
  /** Last frame id handed out. */
  frameId: number;
  /** A task-list checkbox waiting for the first block of its list item. */
  check: Token | null;
  /** Whether an ordered list item was opened and waits for its first block, which shows its number. */
  numberPending: boolean;
  /** Containers and marks left out for nesting deeper than MAX_NESTING. */
  capped: number;
  /** Work still to do, the next task last (see flattenBlocks). */
  tasks: Array<() => void>;
}

/** Start flattening a document: its definitions collected, one slugger for its heading ids (as Astro), nothing queued yet. */
function createFlattenContext(root: FlowNode, source: string, smartPunctuation: boolean): FlattenContext {
  return {
    source,
    // A definition is written `[label]: destination`: a body without "]:" has none to collect.
    definitions: source.includes(']:') ? collectDefinitions(root) : new Map(),
    table: createTokenTable(),
    smartPunctuation,
    slugger: new GithubSlugger(),
    blocks: [],
    sections: [],
    frameId: 0,
    check: null,
    numberPending: false,
    capped: 0,
    tasks: [],
  };
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
      context.sections.push({
        id,
        title: ownString(headingText(children, false).replace(/\s+/g, ' ').trim()),
        depth: node.depth ?? 1,
        block,
      });
      return pushBlock(context, tokenizeInline(children, context), frames, { kind: 'heading', depth: node.depth ?? 1, line, section });
    }
    case 'blockquote':
      return schedule(node.children ?? [], nestFrames(frames, [{ type: 'blockquote', id: ++context.frameId }], context), context);
    case 'footnoteDefinition': {
      const label = ownString(node.label ?? node.identifier ?? '');
      return schedule(node.children ?? [], nestFrames(frames, [{ type: 'footnote', id: ++context.frameId, label }], context), context);
    }
    case 'list':
      return visitList(node, frames, context);
    case 'table':
      return visitTable(node, frames, context);
    case 'code':
      return pushBlock(context, exactTokens(node.value ?? '', context.table), frames, {
        kind: 'code',
        lang: ownString([node.lang, node.meta].filter(Boolean).join(' ')),
        line,
      });
    case 'html': {
      // An mdast html value never ends in a line ending; satteri 0.10 keeps the one after a
      // `<script>`, `<pre>`, `<style>` or `<textarea>` block inside a list item. Both parsers read
      // alike without it (parser-agreement.test.ts).
      const visible = visibleSource({ type: 'html', value: (node.value ?? '').replace(/[\r\n]+$/, '') });
      return visible === null ? undefined : pushBlock(context, exactTokens(visible, context.table), frames, { kind: 'html', line });
    }
    case 'thematicBreak':
      return pushBlock(context, [], frames, { kind: 'thematicBreak', line });
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
      if (visibleSource(node) === null) return;
      return pushBlock(context, exactTokens(mdxSource(node, context.source, false), context.table), frames, { kind: 'mdx', line });
    case 'mdxJsxFlowElement': {
      const inner = nestFrames(frames, [{ type: 'jsx', id: ++context.frameId, name: ownString(node.name ?? '') }], context);
      pushBlock(context, exactTokens(mdxSource(node, context.source, true), context.table), inner, { kind: 'mdx', line });
      return schedule(node.children ?? [], inner, context);
    }
    case 'definition':
    case 'yaml':
    case 'toml':
      return; // Definitions render through the links that use them; front matter is not policy text.
    default:
      if (node.children) return schedule(node.children, frames, context);
      if (typeof node.value === 'string') pushBlock(context, exactTokens(node.value, context.table), frames, { kind: 'paragraph', line });
  }
}

/**
 * Queue the items of a list: each item's blocks sit in the list's and the item's frames (the item
 * knows its number and whether the list is loose), a task-list item's checkbox and an ordered item's
 * number wait for its first block, and an empty item still becomes an (empty) block.
 */
function visitList(node: FlowNode, frames: Frame[], context: FlattenContext): void {
  const items = node.children ?? [];
  const ordered = node.ordered === true;
  const list: Frame = { type: 'list', id: ++context.frameId, ordered };
  // As mdast-util-to-hast: a list is loose (paragraphs in <p>) when it or any item is spread.
  const spread = node.spread === true || items.some((item) => item.spread === true);
  const inners = items.map((_, index) => {
    const ordinal = (node.start ?? 1) + index;
    return nestFrames(frames, [list, { type: 'listItem', id: ++context.frameId, ordinal, spread }], context);
  });
  // Tasks run last-in first-out: queue the last item first.
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index] as FlowNode;
    const inner = inners[index] as Frame[];
    context.tasks.push(() => {
      if (item.checked === true || item.checked === false) context.check = makeToken(item.checked ? 'x' : ' ', 'check', [], '');
      if (ordered && inner !== frames) context.numberPending = true;
      const before = context.blocks.length;
      // Queued before the item's children, so it runs after them.
      context.tasks.push(() => {
        if (context.blocks.length === before) pushBlock(context, [], inner, { kind: 'paragraph', line: item.position?.start.line ?? 0 });
      });
      schedule(item.children ?? [], inner, context);
    });
  }
}

/**
 * Add a table's rows as blocks in a table frame, the first as the header row, each with the
 * table's column count of cells (see tableRowTokens). The table frame is never left out for depth
 * (MAX_NESTING): rows need their table to be valid HTML, and cells hold no containers.
 */
function visitTable(node: FlowNode, frames: Frame[], context: FlattenContext): void {
  const inner: Frame[] = [...frames, { type: 'table', id: ++context.frameId, align: node.align ?? [] }];
  for (const [index, row] of (node.children ?? []).entries()) {
    const cells = row.children ?? [];
    const tokens = tableRowTokens(cells, node.align ? node.align.length : cells.length, context);
    pushBlock(context, tokens, inner, { kind: 'tableRow', header: index === 0, line: row.position?.start.line ?? 0 });
  }
}

/**
 * Tokenize a table row as the page shows it: exactly `columns` cells, each opened by a `cell` token.
 * GFM cuts a row to the header's cell count and pads a short row with empty cells (GFM spec, "Tables
 * (extension)"; mdast-util-to-hast's `tableRow` does the same with `align.length`), so text past the
 * last column is never compared or shown, and every row has the header's shape.
 */
function tableRowTokens(cells: readonly InlineNode[], columns: number, context: InlineContext): Token[] {
  const tokens: Token[] = [];
  for (let index = 0; index < columns; index++) {
    tokens.push(makeToken('', 'cell', [], ''));
    const cell = cells[index];
    if (cell) pushAll(tokens, tokenizeInline(cell.children ?? [], context));
  }
  return tokens;
}

/**
 * Add a block to the document being flattened. The first block of a list item takes the item's
 * pending checkbox (as its first token, or as a paragraph of its own), and the first block of an
 * ordered item shows its number; a block belongs to the section of the last heading before it.
 */
function pushBlock(
  context: FlattenContext,
  tokens: Token[],
  frames: Frame[],
  fields: Omit<BlockFields, 'section'> & { section?: number },
): void {
  if (context.check) {
    const check = context.check;
    context.check = null;
    if (fields.kind === 'paragraph') tokens.unshift(check, makeToken(' ', 'space', [], ''));
    else pushBlock(context, [check], frames, { kind: 'paragraph', line: fields.line });
  }
  const section = fields.section ?? (context.sections.length > 0 ? context.sections.length - 1 : null);
  const numbered = context.numberPending;
  context.numberPending = false;
  context.blocks.push(makeBlock(tokens, frames, { ...fields, section, numbered }));
}

/**
 * Return `frames` with `added` containers inside them, or `frames` unchanged when that would nest
 * deeper than MAX_NESTING: the blocks then show in the deepest container allowed, and the document
 * counts it.
 */
function nestFrames(frames: Frame[], added: Frame[], context: FlattenContext): Frame[] {
  if (frames.length + added.length <= MAX_NESTING) return [...frames, ...added];
  context.capped++;
  return frames;
}

/** Collect a document's link reference definitions (`[id]: url "title"`), the first of each label winning as in CommonMark. */
function collectDefinitions(root: FlowNode, definitions: Definitions = new Map()): Definitions {
  // Depth first in document order, with a stack instead of recursion: trees can nest thousands deep.
  const pending: FlowNode[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'definition') {
      const id = normalize(node);
      if (!definitions.has(id)) definitions.set(id, { url: node.url ?? '', title: node.title ?? '' });
    }
    const children = node.children ?? [];
    for (let k = children.length - 1; k >= 0; k--) pending.push(children[k] as FlowNode);
  }
  return definitions;
}

/**
 * Return the source an MDX node was written as: for a component with children only its opening tag
 * (`<Note type="info">`, the children are blocks of their own), otherwise the whole node (ESM,
 * expressions, empty components).
 */
function mdxSource(node: FlowNode, source: string, openingTagOnly: boolean): string {
  const start = node.position?.start.offset;
  const first = openingTagOnly ? node.children?.[0] : undefined;
  const end = first?.position?.start.offset ?? node.position?.end.offset;
  if (start !== undefined && end !== undefined) return source.slice(start, end).trim();
  return node.type === 'mdxJsxFlowElement' ? `<${node.name ?? ''}>` : `{${node.value ?? ''}}`;
}

function exactTokens(text: string, table: TokenTable): Token[] {
  const tokens: Token[] = [];
  tokenizeText(text, [], '', tokens, table, true);
  return tokens;
}

function lineOf(node: FlowNode | undefined): number {
  return node?.position?.start.line ?? 0;
}
