import type { Element, ElementContent } from 'hast';
import { ENGLISH_CUES, type RedlineCues } from '../redline-cues.ts';
import type { Block, RedlineDocument } from '../redline-document.ts';
import { element, text } from './element.ts';

/**
 * How much unchanged text stays in view around each change (`context`, in blocks: a top-level
 * element of at most `context` blocks, a whole list or table being one element), and the fewest
 * blocks worth folding (`minimum`): folding two paragraphs would cost a reader a click for nothing.
 */
export const FOLD = { context: 1, minimum: 3 } as const;

/** What a stretch of unchanged text holds, for the summary of its fold. */
export interface FoldContent {
  /** Blocks (paragraphs, headings, list items, rows) in it. */
  blocks: number;
  /** Their words. */
  words: number;
  /** Titles of the sections its first and last blocks are in (null before the first heading). */
  first: string | null;
  last: string | null;
}

/** An empty FoldContent, to add blocks to. */
export function emptyFold(): FoldContent {
  return { blocks: 0, words: 0, first: null, last: null };
}

/** Count a block of a document into a fold's content. */
export function addToFold(content: FoldContent, block: Block, doc: RedlineDocument): void {
  const title = block.section === null ? null : (doc.sections[block.section]?.title ?? null);
  if (content.blocks === 0) content.first = title;
  content.last = title;
  content.blocks++;
  content.words += block.words;
}

/** Merge fold contents in reading order. */
export function joinFolds(parts: readonly FoldContent[]): FoldContent {
  const joined = emptyFold();
  for (const part of parts) {
    if (part.blocks === 0) continue;
    if (joined.blocks === 0) joined.first = part.first;
    joined.last = part.last;
    joined.blocks += part.blocks;
    joined.words += part.words;
  }
  return joined;
}

/**
 * The fold itself: a native disclosure (`<details class="redline-fold">`, closed), works without
 * JavaScript, whose summary says what it holds — "14 unchanged paragraphs (1,204 words) in “3.
 * Account Requirements”". The summary is the engine's text (class `redline-cue`, shown), worded by
 * `cues` (default: English); section titles in it are policy text, escaped like all of it.
 */
export function foldElement(content: FoldContent, children: ElementContent[], cues: RedlineCues = ENGLISH_CUES): Element {
  const summary = element('summary', { className: ['redline-cue', 'redline-fold-summary'] }, [
    text(cues.fold(content.blocks, content.words, content.first, content.last)),
  ]);
  return element('details', { className: ['redline-fold'] }, [summary, text('\n'), ...children]);
}

/**
 * Fold the long unchanged stretches of a run of top-level nodes: `changed(node)` says whether a
 * top-level element holds a change, `contentOf(node)` what it holds. FOLD.context elements stay in
 * view after a change and before the next one; a stretch is folded when at least FOLD.minimum blocks
 * would be hidden; the heading of the section the next change is in stays in view between two folds.
 * Containers are folded whole, never split: a fold holds whole top-level elements. `cues` word the
 * folds' summaries (default: English).
 */
export function foldTopLevel(
  nodes: readonly ElementContent[],
  changed: (node: Element) => boolean,
  contentOf: (node: Element) => FoldContent,
  cues: RedlineCues = ENGLISH_CUES,
): ElementContent[] {
  const elements = nodes.filter((node): node is Element => node.type === 'element');
  const out: ElementContent[] = [];
  const push = (node: ElementContent): void => {
    if (out.length > 0) out.push(text('\n'));
    out.push(node);
  };
  for (let start = 0; start < elements.length;) {
    const first = elements[start] as Element;
    if (changed(first)) {
      push(first);
      start++;
      continue;
    }
    let end = start;
    while (end < elements.length && !changed(elements[end] as Element)) end++;
    // Context: the element after a change (not at the start) and the one before the next change
    // (not at the end), when small: a long list or table next to a change is folded too.
    const small = (index: number): boolean => contentOf(elements[index] as Element).blocks <= FOLD.context;
    const from = start > 0 && start < end && small(start) ? start + 1 : start;
    const to = end < elements.length && end - 1 >= from && small(end - 1) ? end - 1 : end;
    for (const node of elements.slice(start, from)) push(node);
    // The heading of the section a change is in stays in view: the last heading before the next
    // change, unless that change starts with a heading of its own.
    const next = elements[end];
    const heading = next && !isHeading(next) ? lastIndexWhere(elements, from, to, isHeading) : -1;
    const foldOrShow = (part: Element[]): void => {
      const content = joinFolds(part.map(contentOf));
      if (content.blocks >= FOLD.minimum) push(foldElement(content, interleave(part), cues));
      else for (const node of part) push(node);
    };
    if (heading < 0) foldOrShow(elements.slice(from, to));
    else {
      foldOrShow(elements.slice(from, heading));
      push(elements[heading] as Element);
      foldOrShow(elements.slice(heading + 1, to));
    }
    for (const node of elements.slice(to, end)) push(node);
    start = end;
  }
  return out;
}

/** Whether a top-level element is a heading (it starts a section). */
function isHeading(node: Element): boolean {
  return /^h[1-6]$/.test(node.tagName);
}

/** The last index from `from` to before `to` whose item matches, or -1. */
export function lastIndexWhere<T>(items: readonly T[], from: number, to: number, match: (item: T) => boolean): number {
  for (let index = to - 1; index >= from; index--) if (match(items[index] as T)) return index;
  return -1;
}

// Children separated by newlines, as appendBlock separates them.
function interleave(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.flatMap((node, index) => (index === 0 ? [node] : [text('\n'), node]));
}
