/** Something a revision body may not contain, where it is written. */
export interface BodyProblem {
  /** 1-based line within the body. */
  line: number;
  /** 1-based column within that line. */
  column: number;
  /** What was found, and how to fix it. */
  message: string;
}

/** A node's start, or the start of the body when the parser gave none. */
export function startOf(node: { position?: { start: { line: number; column: number } } | undefined } | undefined): {
  line: number;
  column: number;
} {
  return { line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1 };
}
