import type { FlowNode } from './flatten-blocks.ts';
import type { FlattenContext } from './flatten-context.ts';
import { pushBlock } from './push-block.ts';
import type { Frame } from './redline-document.ts';
import { tableRowTokens } from './table-row-tokens.ts';

/**
 * Add a table's rows as blocks in a table frame, the first as the header row, each with the
 * table's column count of cells (see tableRowTokens). The table frame is never left out for depth
 * (MAX_NESTING): rows need their table to be valid HTML, and cells hold no containers.
 */
export function visitTable(node: FlowNode, frames: Frame[], context: FlattenContext): void {
  const inner: Frame[] = [...frames, { type: 'table', id: ++context.frameId, align: node.align ?? [] }];
  for (const [index, row] of (node.children ?? []).entries()) {
    const cells = row.children ?? [];
    const tokens = tableRowTokens(cells, node.align ? node.align.length : cells.length, context);
    pushBlock(context, tokens, inner, { kind: 'tableRow', header: index === 0, line: row.position?.start.line ?? 0 });
  }
}
