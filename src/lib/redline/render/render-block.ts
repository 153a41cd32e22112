import type { Element, ElementContent, Properties } from 'hast';
import { pushAll } from '../push-all.ts';
import type { Block, Frame } from '../redline-document.ts';
import { appendBlock, element, text } from './element.ts';
import { changeElement, renderRuns } from './render-runs.ts';
import type { ChangeKind, RunContext } from './render-runs.ts';
import type { Item } from './split-ops.ts';

/** One block as a view shows it. */
export interface BlockView {
  block: Block;
  /** Its tokens with their ops (all `equal` for an unchanged or whole-block change). */
  items: Item[];
  /** A whole-block change: the content goes inside one `<ins>`/`<del>` (per cell for a table row). */
  whole: ChangeKind | null;
  /** Classes for the block element (`redline-modified`, …). */
  className: string[];
  /** Heading id. */
  id: string | null;
  /** A tight list item's paragraph: content goes straight into the `<li>`. */
  bare: boolean;
  /** A link to the other place of a move, appended inside the block. */
  link: Element | null;
  /** A cue said before the content ("formatting changed: "); it takes the change anchor when no `<ins>`/`<del>` follows. */
  note: string | null;
}

/**
 * Render one block with its element kept (a heading stays a heading, a row a row) and changes inside
 * it, so the HTML stays valid: `<li><ins>…</ins></li>`, `<td><del>…</del></td>`, never `<ins>` in a
 * `<ul>` or `<tr>`. Returns the nodes to place (the bare content of a tight list item).
 */
export function renderBlock(view: BlockView, frame: Frame | null, context: RunContext): ElementContent[] {
  const { block, whole, link } = view;
  const properties = view.className.length > 0 ? { className: view.className } : {};
  if (block.kind === 'tableRow') return [renderRow(view, frame, context)];
  if (block.kind === 'thematicBreak') {
    const rule = element('hr', properties);
    const nodes: ElementContent[] = [whole ? changeElement(whole, [rule], context) : rule];
    // A rule has no content to hold a move or step link: the links follow it in their own paragraph.
    if (link) nodes.push(element('p', { className: ['redline-links'] }, [link]));
    return nodes;
  }
  const content = [...noteOf(view, context), ...inline(view.items, whole, context)];
  if (link) content.push(text(' '), link);
  switch (block.kind) {
    case 'heading':
      return [element(`h${Math.min(6, Math.max(1, block.depth))}`, view.id ? { ...properties, id: view.id } : properties, content)];
    case 'code': {
      const language = block.lang.split(/\s/)[0];
      return [element('pre', properties, [element('code', language ? { className: [`language-${language}`] } : {}, content)])];
    }
    case 'html':
    case 'mdx':
      return [
        element('pre', { className: ['redline-source', `redline-${block.kind}`, ...view.className] }, [element('code', {}, content)]),
      ];
    default:
      return view.bare ? content : [element('p', properties, content)];
  }
}

function noteOf(view: BlockView, context: RunContext): ElementContent[] {
  if (!view.note) return [];
  const hasChange = view.whole !== null || view.items.some((item) => item.op !== 'equal');
  const properties: Properties = { className: ['redline-cue'] };
  if (!hasChange && context.anchor) {
    properties['id'] = context.anchor;
    context.anchor = null;
  }
  return [element('span', properties, [text(view.note)])];
}

function inline(items: readonly Item[], whole: ChangeKind | null, context: RunContext): ElementContent[] {
  if (!whole) return renderRuns(items, context);
  // The wrapper takes the change anchor before anything inside it (a near-equal move's own edits).
  const wrapper = changeElement(whole, [], context);
  pushAll(wrapper.children, renderRuns(items, context));
  return [wrapper];
}

function renderRow(view: BlockView, frame: Frame | null, context: RunContext): Element {
  const cells: Array<{ op: Item['op']; items: Item[] }> = [];
  for (const item of view.items) {
    if (item.token.kind === 'cell') cells.push({ op: item.op, items: [] });
    else cells.at(-1)?.items.push(item);
  }
  const align = frame?.type === 'table' ? frame.align : [];
  const row = element('tr', view.className.length > 0 ? { className: view.className } : {});
  cells.forEach((cell, index) => {
    const classes: string[] = [];
    if (align[index]) classes.push(`redline-align-${align[index]}`);
    if (cell.op !== 'equal') classes.push(cell.op === 'insert' ? 'redline-inserted' : 'redline-deleted');
    const content = index === 0 ? noteOf(view, context) : [];
    // A changed cell shows an <ins>/<del> even when empty, so the change is marked (the cue says what
    // happened) and can carry the change anchor; an empty added column is still a change.
    const kind = view.whole ?? (cell.op === 'equal' ? null : cell.op);
    if (kind !== null && cell.items.length === 0) content.push(changeElement(kind, [], context));
    else pushAll(content, inline(cell.items, view.whole, context));
    if (view.link && index === cells.length - 1) content.push(text(' '), view.link);
    appendBlock(row, element(view.block.header ? 'th' : 'td', classes.length > 0 ? { className: classes } : {}, content));
  });
  return row;
}
