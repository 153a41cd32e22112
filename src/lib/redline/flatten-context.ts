import GithubSlugger from 'github-slugger';
import { collectDefinitions } from './collect-definitions.ts';
import type { FlowNode } from './flatten-blocks.ts';
import type { Block, Section, Token } from './redline-document.ts';
import type { InlineContext } from './tokenize-inline.ts';

/** The state of flattening one document into blocks. */
export interface FlattenContext extends InlineContext {
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
export function createFlattenContext(root: FlowNode, source: string, smartPunctuation: boolean): FlattenContext {
  return {
    source,
    definitions: collectDefinitions(root),
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
