import { findSizeFault, findStructureFault } from '../redline/index.ts';
import { problemAt, type PolicyProblem } from './policy-problem.ts';

/**
 * Check a policy file against the size bounds (MAX_SOURCE_BYTES, MAX_SOURCE_LINES) before any parser
 * reads it, and return the problem if it exceeds one.
 */
export function checkTextSize(file: string, text: string): PolicyProblem[] {
  const fault = findSizeFault(text);
  return fault ? [problemAt(file, fault.message, fault.line)] : [];
}

/**
 * Check a revision's body against the nesting and parse work bounds (MAX_TEXT_NESTING,
 * MAX_CONTAINER_MARKERS, MAX_EMPHASIS_MARKS) with a linear scan, before any Markdown parser reads it;
 * `bodyLine` is the file line on which the body starts. A body with a problem here must not be parsed.
 */
export function checkTextStructure(file: string, body: string, bodyLine: number): PolicyProblem[] {
  const fault = findStructureFault(body, bodyLine);
  return fault ? [problemAt(file, fault.message, fault.line)] : [];
}
