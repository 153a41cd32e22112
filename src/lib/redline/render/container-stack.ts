import type { Element, ElementContent, Properties } from 'hast';
import type { Frame } from '../redline-document.ts';
import { appendBlock, element } from './element.ts';

/** Where a block goes: its parent element, and whether the innermost container was opened for it. */
export interface Placement {
  parent: { children: ElementContent[] };
  /** The innermost container element, when it was opened for this block (its first block). */
  opened: Element | null;
  /** The innermost frame, if any. */
  frame: Frame | null;
  /** The containers the block shares with the blocks before it (opened for one of those), outermost first. */
  shared: Element[];
}

/** Rebuilds nested containers (lists, items, quotes, tables, components) around a sequence of blocks. */
export interface ContainerStack {
  /** Close containers the block is not in and open the ones it is in; `keys[d]` identifies `frames[d]` across both revisions. */
  place(frames: readonly Frame[], keys: readonly string[], header?: boolean): Placement;
}

/**
 * Start a container stack on a root: consecutive blocks whose frames carry the same keys share their
 * containers, so a list stays one `<ul>` even when some of its items come from the old revision.
 * Table rows go into `<thead>`/`<tbody>`; a header row after body rows goes into the body so the
 * table stays valid.
 */
export function createContainerStack(root: { children: ElementContent[] }): ContainerStack {
  const open: Array<{ key: string; element: Element; frame: Frame }> = [];
  return {
    place(frames, keys, header = false) {
      let depth = 0;
      while (depth < open.length && depth < frames.length && open[depth]?.key === keys[depth]) depth++;
      open.length = depth;
      const shared = open.map((entry) => entry.element);
      let opened: Element | null = null;
      for (let d = depth; d < frames.length; d++) {
        const frame = frames[d] as Frame;
        const parent = open.at(-1)?.element ?? root;
        opened = frameElement(frame, frames[d - 1]);
        appendBlock(parent, opened);
        open.push({ key: keys[d] ?? '', element: opened, frame });
      }
      const innermost = open.at(-1);
      if (innermost?.frame.type === 'table')
        return { parent: tableSection(innermost.element, header), opened, frame: innermost.frame, shared };
      return { parent: innermost?.element ?? root, opened, frame: innermost?.frame ?? null, shared };
    },
  };
}

function frameElement(frame: Frame, parent: Frame | undefined): Element {
  switch (frame.type) {
    case 'blockquote':
      return element('blockquote');
    case 'list':
      return element(frame.ordered ? 'ol' : 'ul');
    case 'listItem': {
      // Numbers come from each item's own revision, so a deleted item keeps its old number.
      const properties: Properties = {};
      if (parent?.type === 'list' && parent.ordered) properties['value'] = String(frame.ordinal);
      return element('li', properties);
    }
    case 'table':
      return element('table');
    case 'jsx':
      return element('div', { className: ['redline-jsx'], dataComponent: frame.name });
    case 'footnote':
      return element('div', { className: ['redline-footnote'], dataLabel: frame.label });
  }
}

function tableSection(table: Element, header: boolean): { children: ElementContent[] } {
  const sections = table.children.filter((child): child is Element => child.type === 'element');
  const last = sections.at(-1);
  if (header && (last === undefined || last.tagName === 'thead')) {
    if (last) return last;
  } else if (last?.tagName === 'tbody') {
    return last;
  }
  const section = element(header && last === undefined ? 'thead' : 'tbody');
  appendBlock(table, section);
  return section;
}
