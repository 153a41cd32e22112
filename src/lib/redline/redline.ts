// A comparison of two revisions, renderable on its own: plain data, like the revisions it holds.
import type { RedlineDocument, Token } from './redline-document.ts';

/** A run of tokens that is common to both sides, only in the new one, or only in the old one. */
export interface TokenOp {
  /** `equal` tokens come from the new side. */
  op: 'equal' | 'insert' | 'delete';
  /** The tokens, in order. */
  tokens: Token[];
}

/** One step of the redline, in reading order. */
export interface RedlineUnit {
  /** How the blocks changed. `moved-from` is a move's old place and `moved-to` its new place. */
  type: 'equal' | 'modified' | 'inserted' | 'deleted' | 'moved-from' | 'moved-to';
  /** Old block indices (equal: as many as `new`; modified: one, or several merged into one). */
  old: number[];
  /** New block indices (modified: one, or several split from one). */
  new: number[];
  /** Word diff for `modified` units and for near-equal moves (on the `moved-to` side); null otherwise. */
  ops: TokenOp[] | null;
  /** 1-based change number (anchor `change-N`); 0 for equal units. Adjacent whole-block changes share one. */
  change: number;
  /** For moves: the change number at the other place; 0 otherwise. */
  partner: number;
  /** Id of the heading this unit shows from the old revision only (deleted or moved-from heading), prefix included; null otherwise. */
  headingId: string | null;
}

/** Word and change counts of one heading section touched by the redline. */
export interface SectionStats {
  /** The heading id in the redline (the new revision's, or an `old-…` id for a removed heading); null before the first heading. */
  id: string | null;
  /** The heading text ('' before the first heading). */
  title: string;
  /** Words inserted in the section. */
  wordsInserted: number;
  /** Words deleted in the section. */
  wordsDeleted: number;
  /** Number of changes (anchors) in the section. */
  changes: number;
  /** Anchor id of the first change in the section. */
  firstChangeId: string;
}

/** Summary counts of a redline. */
export interface RedlineStats {
  /** Words inserted (moved words are not counted; edits inside a near-equal move are). */
  wordsInserted: number;
  /** Words deleted. */
  wordsDeleted: number;
  /** Blocks only in the new revision. */
  blocksInserted: number;
  /** Blocks only in the old revision. */
  blocksDeleted: number;
  /** Modified units (a split or a merge counts once). */
  blocksModified: number;
  /** Blocks that moved. */
  blocksMoved: number;
  /** Number of change anchors. */
  changes: number;
  /** Sections with changes, in reading order. */
  sections: SectionStats[];
  /** Whether a safety bound was hit and part of the redline fell back to whole-block changes. */
  fallback: boolean;
  /** What was bounded, in words, one entry per bound hit. */
  fallbackReasons: string[];
  /**
   * Which revision was re-read as plain Markdown so both compare alike, because the other one is not
   * valid MDX (its MDX reading would show invented changes); null when both were read the same way.
   */
  readAsMarkdown: 'old' | 'new' | null;
}

/** The id each heading has in a redline, by section index, prefix included. */
export interface HeadingIds {
  /** Each new heading's id: its id on the page, suffixed (`change-1-1`) when it has a change anchor's form. */
  new: string[];
  /** Where each old heading is shown: its new counterpart's id when kept, renamed or moved; its own `old-…` id when removed. */
  old: string[];
}

/** A structure-aware comparison of two revisions, renderable on its own. */
export interface Redline {
  /** The old revision. */
  old: RedlineDocument;
  /** The new revision. */
  new: RedlineDocument;
  /** The steps of the redline in reading order. */
  units: RedlineUnit[];
  /** Counts for the caller to render. */
  stats: RedlineStats;
  /** Prefix of every id the redline renders. */
  idPrefix: string;
  /** The ids its headings have (`#fragment` links in the policy text are pointed at them). */
  headingIds: HeadingIds;
  /** Each moved block's two places, `[old block, new block]`, by old block: which `moved-to` unit a `moved-from` one went to. */
  moves: [number, number][];
}
