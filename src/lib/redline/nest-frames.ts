import type { FlattenContext } from './flatten-context.ts';
import { MAX_NESTING } from './max-nesting.ts';
import type { Frame } from './redline-document.ts';

/**
 * Return `frames` with `added` containers inside them, or `frames` unchanged when that would nest
 * deeper than MAX_NESTING: the blocks then show in the deepest container allowed, and the document
 * counts it.
 */
export function nestFrames(frames: Frame[], added: Frame[], context: FlattenContext): Frame[] {
  if (frames.length + added.length <= MAX_NESTING) return [...frames, ...added];
  context.capped++;
  return frames;
}
