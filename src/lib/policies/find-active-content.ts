/** A place in a revision body that would run code in a reader's browser. */
export interface ActiveContent {
  /** 1-based line within the body. */
  line: number;
  /** What was found, as written. */
  found: string;
}

// A policy is read by the public: its text may link and format, never run code. MDX would render a
// <script> element, an on… handler or a javascript: URL as written, so the check refuses them.
const PATTERNS = [/<script\b/i, /\bon[a-z]+\s*=\s*["'{]/i, /\]\(\s*<?\s*javascript:/i, /\b(?:href|src)\s*=\s*["'{]?\s*javascript:/i];

/** Find script elements, event handler attributes and `javascript:` URLs in a revision body, line by line. */
export function findActiveContent(body: string): ActiveContent[] {
  const found: ActiveContent[] = [];
  let inFence = false;
  body.split('\n').forEach((text, index) => {
    // Code blocks show code as text, which is safe.
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence) return;
    // Inline code and backslash-escaped `<` are shown as text too.
    const outsideCode = text.replace(/`[^`]*`/g, '').replace(/\\</g, '');
    for (const pattern of PATTERNS) {
      const match = pattern.exec(outsideCode);
      if (match) found.push({ line: index + 1, found: match[0] });
    }
  });
  return found;
}
