/** How `diffDocuments` aligns and bounds its work. */
export interface DiffOptions {
  /** Prefix of every id the redline renders (heading ids, `change-N` anchors), so two redlines can share a page. Default: ''. */
  idPrefix?: string;
  /** Least Dice similarity of two blocks' words for them to show as one modified block. Default: 0.5. */
  pairThreshold?: number;
  /** Least similarity for a leftover deleted block and an inserted block elsewhere to show as one moved block. Default: 0.8. */
  moveThreshold?: number;
  /** Least words of a block for a near-equal (not identical) move. Default: 6. */
  minMoveWords?: number;
  /** Least words of an identical block for a move to another section; shorter ones ("None.") move only under the same heading. Default: 4. */
  minExactMoveWords?: number;
  /** Most consecutive paragraphs one paragraph may be split into or merged from. Default: 3. */
  maxSplit?: number;
  /** Bound on block alignment: the most block insertions + deletions jsdiff explores. Default: 5,000. */
  maxBlockEdits?: number;
  /** Bound on similarity pairing: the most (deleted × inserted) block pairs scored in one stretch, and for near moves. Default: 40,000. */
  maxPairCells?: number;
  /**
   * Bound on similarity pairing in words: the most words compared while scoring one stretch's pairs,
   * and while searching for edited moves (a pair of long blocks costs their length). Default: 2,000,000.
   */
  maxPairWords?: number;
  /** Bound on one block's word diff: the most token insertions + deletions jsdiff explores. Default: 4,000. */
  maxWordEdits?: number;
}

/** DiffOptions with every default filled in. */
export type ResolvedDiffOptions = Required<DiffOptions>;

/** Fill in the defaults of DiffOptions, once, at the top of a diff. */
export function resolveDiffOptions(options: DiffOptions = {}): ResolvedDiffOptions {
  return {
    idPrefix: options.idPrefix ?? '',
    pairThreshold: options.pairThreshold ?? 0.5,
    moveThreshold: options.moveThreshold ?? 0.8,
    minMoveWords: options.minMoveWords ?? 6,
    minExactMoveWords: options.minExactMoveWords ?? 4,
    maxSplit: options.maxSplit ?? 3,
    maxBlockEdits: options.maxBlockEdits ?? 5_000,
    maxPairCells: options.maxPairCells ?? 40_000,
    maxPairWords: options.maxPairWords ?? 2_000_000,
    maxWordEdits: options.maxWordEdits ?? 4_000,
  };
}
