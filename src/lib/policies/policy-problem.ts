import { visibleControls } from '../text/visible-controls.ts';

/** One thing wrong with the policies folder, located as precisely as we can. */
export interface PolicyProblem {
  /** Path of the file (or folder) at fault, relative to the project, e.g. `policies/cookies/2026-03-14.mdx`. */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  /** What is wrong, with the value found and how to fix it. */
  message: string;
}

/** Make a problem, leaving `line` out when it is unknown. */
export function problemAt(file: string, message: string, line?: number): PolicyProblem {
  return line === undefined ? { file, message } : { file, line, message };
}

/** Write problems one per line as `file:line: message`, in file order, so editors and terminals can jump to them. */
export function formatProblems(problems: readonly PolicyProblem[]): string {
  return [...problems]
    .sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1))
    // Messages and file names may quote a revision: its control characters are shown, never sent to a terminal.
    .map((p) => visibleControls(`${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}`))
    .join('\n');
}

/** An error that carries every problem found, so a build can stop with all of them at once. */
export class PolicyError extends Error {
  /** The problems, unsorted. */
  readonly problems: readonly PolicyProblem[];

  constructor(problems: readonly PolicyProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Redline found ${count} in the policies:\n${formatProblems(problems)}`);
    this.name = 'PolicyError';
    this.problems = problems;
  }
}
