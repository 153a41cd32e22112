import { findSizeFault, findStructureFault, type TextBoundFault } from '../text-bounds.ts';
import { blankFrontMatter } from './front-matter.ts';

/**
 * Check a revision's source (front matter allowed) against Redline's bounds — size, lines, nesting
 * and parse work (text-bounds.ts) — with linear scans, before any parser reads it; the
 * fault's line is a line of the source.
 */
export function findBoundFault(source: string): TextBoundFault | undefined {
  // The front matter is blanked out line for line, so body lines stay file lines.
  return findSizeFault(source) ?? findStructureFault(blankFrontMatter(source));
}
