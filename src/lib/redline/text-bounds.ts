/**
 * The largest policy file Redline reads, in UTF-8 bytes (1 MiB). The longest real revision we know
 * (GitHub's Terms of Service) is about 45 KB; parsing and comparing take time in proportion to size.
 */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/**
 * The most lines a policy file may have. Real revisions have a few hundred (381 at most in the
 * corpus); the Markdown parser spends time on every line, however short, so 1 MiB of one-character
 * lines would otherwise take tens of seconds to read.
 */
export const MAX_SOURCE_LINES = 20_000;

/**
 * The deepest a revision's text may nest block quotes, lists and HTML elements together. Real
 * policies nest a handful deep. The parsers and the renderer are recursive and slow down sharply with
 * depth (a list nested 1,000 deep takes most of a minute to parse; 500 nested quotes overflowed
 * the build's stack), and the redline engine shows nothing deeper than MAX_NESTING (64).
 */
export const MAX_TEXT_NESTING = 32;

/**
 * The deepest the engine nests containers (lists, items, quotes, components) and inline marks
 * (emphasis, links, …). Deeper content is shown at this depth, and the document reports it
 * (`RedlineDocument.nestingCapped`): building and reading the hast is recursive in places, so a document
 * nested thousands deep would otherwise overflow the call stack. Real policies nest a handful deep.
 */
export const MAX_NESTING = 64;

/**
 * The most block quote and list item markers (`>`, `-`, `*`, `+`, `1.`, `1)`) and footnote labels a
 * revision's text may hold in all: each opens a block the parser tracks on every line it spans.
 */
export const MAX_CONTAINER_MARKERS = 10_000;

/**
 * The most emphasis delimiters (`*`, `_`, `~` that can open emphasis or strikethrough) one paragraph
 * or table row may hold. Each can nest one level deeper, and the parser pairs them in time that grows
 * with the square of their number; real paragraphs hold a handful (21 at most in the corpus).
 */
export const MAX_EMPHASIS_MARKS = 128;

/** Which bound a text exceeds. */
export type TextBound = 'bytes' | 'lines' | 'nesting' | 'markers' | 'emphasis';

/** A bound a text exceeds, where, and what to do about it. */
export interface TextBoundFault {
  /** Which bound. */
  bound: TextBound;
  /** 1-based line of the file at which the bound is exceeded. */
  line: number;
  /** The value found there (bytes of the whole file, lines, nesting depth, markers, marks). */
  found: number;
  /** The bound. */
  limit: number;
  /** What is wrong and how to fix it, e.g. `the text nests 33 levels deep (block quotes and lists); Redline reads at most 32 — flatten the structure`. */
  message: string;
}

/** The error `parseDocument` (and any other reader) throws for a text past a bound, so that no caller parses it. */
export class TextBoundError extends Error {
  /** The bound exceeded. */
  readonly fault: TextBoundFault;

  constructor(fault: TextBoundFault) {
    super(`line ${fault.line}: ${fault.message}`);
    this.name = 'TextBoundError';
    this.fault = fault;
  }
}

/**
 * Check a whole file against MAX_SOURCE_BYTES and MAX_SOURCE_LINES in one linear pass, before any
 * parser (YAML or Markdown) reads it.
 */
export function findSizeFault(text: string): TextBoundFault | undefined {
  // Most files are far inside both bounds, which two native searches show: a UTF-16 code unit is at
  // most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4), and a text has at most one line more
  // than it has line-break characters.
  if (
    text.length * 3 <= MAX_SOURCE_BYTES &&
    countAtMost(text, '\n', MAX_SOURCE_LINES) + countAtMost(text, '\r', MAX_SOURCE_LINES) < MAX_SOURCE_LINES
  )
    return undefined;
  let bytes = 0;
  let line = 1;
  let overAt = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Lines end at LF, CRLF or a lone CR, as the Markdown parser reads them.
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      // A last line break ends the last line; it does not start one.
      if (line === MAX_SOURCE_LINES && i + 1 < text.length) {
        return fault(
          'lines',
          line + 1,
          line + 1,
          MAX_SOURCE_LINES,
          `the file has more than ${fmt(MAX_SOURCE_LINES)} lines; Redline reads at most ${fmt(MAX_SOURCE_LINES)} — shorten it, or split it into several policies`,
        );
      }
      line++;
    }
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (overAt === 0 && bytes > MAX_SOURCE_BYTES) overAt = line;
  }
  if (overAt === 0) return undefined;
  const size = `${(bytes / MAX_SOURCE_BYTES).toFixed(1)} MiB (${fmt(bytes)} bytes)`;
  return fault(
    'bytes',
    overAt,
    bytes,
    MAX_SOURCE_BYTES,
    `the file is ${size}; Redline reads files of at most 1 MiB — shorten it, or split it into several policies`,
  );
}

// How often `char` occurs in text, counting no further than `limit`.
function countAtMost(text: string, char: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf(char); at >= 0 && count < limit; at = text.indexOf(char, at + 1)) count++;
  return count;
}

// The characters findStructureFault acts on outside a link's tail, a tag or an expression (or a
// line's end): found by the regular expression engine's scan, several times faster than a loop
// over the characters, which most of a policy's text would be.
const NEXT_SIGNIFICANT = /[`~*_<\]{\n\r]/g;
const LINE_END = /[\n\r]/g;

// Where a one-character pattern (global) next matches in text from `from` on, or text.length:
// `test` leaves lastIndex just past the match and builds no match object.
function searchFrom(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.test(text) ? pattern.lastIndex - 1 : text.length;
}

/**
 * Check a Markdown/MDX body against MAX_TEXT_NESTING, MAX_CONTAINER_MARKERS and MAX_EMPHASIS_MARKS in
 * one linear pass over its characters, without parsing it: the measures are upper bounds of what a
 * parser would build, so a text that passes cannot nest deeper than the bound (it may be refused for
 * less, e.g. for a `<` in code). `firstLine` is the file line on which the body starts.
 *
 * How each is bounded, without recursion or backtracking:
 * - Block quotes and lists: only markers at the start of a line open them; a line inside `n` list
 *   items is indented at least two columns per item. So a line's depth is at most its leading
 *   markers plus half its indentation (not counting the one space each marker takes).
 * - HTML elements: every `<` that can start an element counts one level; a closing tag `</…>` gives
 *   one back only where it is certainly a tag — not in code, a link's destination or title, an
 *   attribute value or an `{…}` expression — and `/>` only for a tag written on one line.
 * - Emphasis: every `*`, `_` or `~` not followed by a space counts, per paragraph (emphasis never
 *   spans a blank line).
 */
export function findStructureFault(body: string, firstLine = 1): TextBoundFault | undefined {
  let markers = 0;
  let blockDepth = 0;
  let previousBlank = true;
  let elements = 0;
  let emphasis = 0;
  let table: 'none' | 'header' | 'rows' = 'none';
  let headerCells = 0;
  // Closing tags give a level back only where they certainly are tags: not after a code fence (what
  // follows might be code), nor after a backtick in the same paragraph (a code span), nor inside a
  // link's destination or title, a tag (an attribute value) or an `{…}` expression (a comment).
  let fenceSeen = false;
  let chunkBacktick = false;
  let link: LinkTail | null = null;
  let tag: TagState | null = null;
  let expression: ExpressionState | null = null;

  // A byte order mark at the start is not text to the parser (micromark drops it).
  let start = body.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let lineNumber = firstLine; start <= body.length; lineNumber++) {
    // Lines end as the parser ends them: at LF, CRLF or a lone CR.
    const lineEnd = searchFrom(LINE_END, body, start);
    const end = body[lineEnd] === '\r' && body[lineEnd + 1] === '\n' ? lineEnd + 1 : lineEnd;

    let first = start;
    while (first < lineEnd && (body[first] === ' ' || body[first] === '\t')) first++;
    if (first === lineEnd) {
      // Nothing inline crosses a blank line: not emphasis, a code span, nor a link.
      emphasis = 0;
      table = 'none';
      chunkBacktick = false;
      link = null;
      previousBlank = true;
      start = end + 1;
      continue;
    }

    const prefix = scanPrefix(body, start, lineEnd);
    // Emphasis never spans the rows of a table, so a table's marks are counted row by row — once
    // the header (first in its paragraph) and the delimiter row agree on the number of cells, which
    // makes it a table; a line that does not start with `|` might start another block, so the count
    // runs on from there as in a paragraph.
    const row = prefix.markers === 0 && body[first] === '|' ? pipeCells(body, first, lineEnd) : -1;
    if (table === 'rows') {
      if (row < 0) table = 'none';
    } else if (table === 'header') {
      table = row === headerCells && isDelimiterRow(body, first, lineEnd) ? 'rows' : 'none';
    } else if (previousBlank && row > 0) {
      table = 'header';
      headerCells = row;
    }
    if (table === 'rows') emphasis = 0;
    // Only markers open blocks. A line without them continues (at most) what the line before had
    // open — or, after a blank line, only the list items its indentation reaches.
    if (prefix.markers > 0) blockDepth = prefix.markers + Math.floor(prefix.indent / 2);
    else if (previousBlank) blockDepth = Math.floor(prefix.indent / 2);
    previousBlank = false;
    if (blockDepth + elements > MAX_TEXT_NESTING) return nestingFault(lineNumber, blockDepth + elements, elements);
    markers += prefix.markers;
    if (markers > MAX_CONTAINER_MARKERS) {
      return fault(
        'markers',
        lineNumber,
        markers,
        MAX_CONTAINER_MARKERS,
        `the text has more than ${fmt(MAX_CONTAINER_MARKERS)} block quote, list and footnote markers; Redline reads at most ${fmt(MAX_CONTAINER_MARKERS)} in one revision — shorten or flatten the lists`,
      );
    }

    for (let i = prefix.end; i < lineEnd; i++) {
      // Outside a link's tail, a tag and an expression, only NEXT_SIGNIFICANT characters change a
      // count or a state: the rest is skipped.
      if (!expression && !tag && !link) {
        i = Math.min(lineEnd, searchFrom(NEXT_SIGNIFICANT, body, i));
        if (i === lineEnd) break;
      }
      const char = body[i] as string;
      const next = body[i + 1];

      // Counted wherever they are, in code, tags and expressions too: over-counting is safe.
      if (char === '`') chunkBacktick = true;
      if ((char === '`' || char === '~') && next === char && body[i + 2] === char) fenceSeen = true;
      if ((char === '*' || char === '_' || char === '~') && body[i - 1] !== char) {
        let run = 1;
        while (body[i + run] === char) run++;
        // A run followed by a space or the line's end can only close, and so can `_` between two
        // letters or digits (`li_gc`); anything else might open.
        const after = i + run < lineEnd ? (body[i + run] as string) : ' ';
        const intraword = char === '_' && i > prefix.end && ALPHANUMERIC.test(body[i - 1] as string) && ALPHANUMERIC.test(after);
        if (after !== ' ' && after !== '\t' && !intraword) emphasis += run;
        if (emphasis > MAX_EMPHASIS_MARKS) {
          return fault(
            'emphasis',
            lineNumber,
            emphasis,
            MAX_EMPHASIS_MARKS,
            table === 'rows'
              ? `this table row has more than ${fmt(MAX_EMPHASIS_MARKS)} emphasis marks (*, _ or ~ that can open emphasis); Redline reads at most ${fmt(MAX_EMPHASIS_MARKS)} in one row — remove marks`
              : `this paragraph has more than ${fmt(MAX_EMPHASIS_MARKS)} emphasis marks (*, _ or ~ that can open emphasis); Redline reads at most ${fmt(MAX_EMPHASIS_MARKS)} in one paragraph — split it with blank lines, or remove marks`,
          );
        }
      }
      const opens = char === '<' && next !== undefined && startsElement(next) && !escaped(body, i, prefix.end);
      if (opens) {
        elements++;
        if (blockDepth + elements > MAX_TEXT_NESTING) return nestingFault(lineNumber, blockDepth + elements, elements);
      }

      if (expression) {
        stepExpression(expression, char, next);
        if (expression.depth === 0) expression = null;
      } else if (tag && !(opens && tag.quote === null && tag.braces === 0)) {
        if (stepTag(tag, char)) {
          if (body[i - 1] === '/' && tag.line === lineNumber) elements = Math.max(0, elements - 1);
          tag = null;
        }
      } else if (opens) {
        if (!link) tag = { line: lineNumber, quote: null, braces: 0 };
      } else if (link) {
        stepLinkTail(link, char, body[i - 1]);
        if (link.depth === 0) link = null;
      } else if (char === ']' && (next === '(' || next === ':')) {
        // A link's destination and title, or a definition's (which may run to the paragraph's end).
        link = { depth: next === '(' ? 1 : Number.POSITIVE_INFINITY, title: null, angle: false, escape: false, start: true };
        i++;
      } else if (char === '<' && next === '/' && !escaped(body, i, prefix.end)) {
        if (!fenceSeen && !chunkBacktick) elements = Math.max(0, elements - 1);
      } else if (char === '{' && !escaped(body, i, prefix.end)) {
        expression = { depth: 1, quote: null, escape: false, comment: null };
      }
    }
    // A line comment ends with its line.
    if (expression?.comment === 'line') expression.comment = null;
    start = end + 1;
  }
  return undefined;
}

const ALPHANUMERIC = /^[A-Za-z0-9]$/;

interface TagState {
  /** The line the tag started on: `/>` gives its level back only when the tag is on one line. */
  line: number;
  quote: string | null;
  braces: number;
}

// Step through one character of a tag; say whether it ends the tag (a `>` outside quotes and braces).
function stepTag(tag: TagState, char: string): boolean {
  if (tag.quote !== null) {
    if (char === tag.quote) tag.quote = null;
  } else if (char === '"' || char === "'") tag.quote = char;
  else if (char === '{') tag.braces++;
  else if (char === '}') tag.braces = Math.max(0, tag.braces - 1);
  else if (char === '>' && tag.braces === 0) return true;
  return false;
}

interface ExpressionState {
  depth: number;
  quote: string | null;
  escape: boolean;
  comment: 'opening' | 'block' | 'closing' | 'line' | null;
}

// Step through one character of an `{…}` expression — strings, comments, nested braces — so that a
// `}` in a string or a comment does not end it.
function stepExpression(state: ExpressionState, char: string, next: string | undefined): void {
  if (state.comment === 'line') return;
  if (state.comment === 'opening') state.comment = 'block';
  else if (state.comment === 'closing') state.comment = null;
  else if (state.comment === 'block') {
    if (char === '*' && next === '/') state.comment = 'closing';
  } else if (state.escape) state.escape = false;
  else if (state.quote !== null) {
    if (char === '\\') state.escape = true;
    else if (char === state.quote) state.quote = null;
  } else if (char === '"' || char === "'" || char === '`') state.quote = char;
  else if (char === '/' && next === '*') state.comment = 'opening';
  else if (char === '/' && next === '/') state.comment = 'line';
  else if (char === '{') state.depth++;
  else if (char === '}') state.depth--;
}

interface LinkTail {
  /** Open parentheses of the destination; 0 when the link ends. */
  depth: number;
  /** The closing delimiter of a title being read. */
  title: string | null;
  /** Inside a `<…>` destination. */
  angle: boolean;
  escape: boolean;
  /** At the destination's first character, where `<` starts a `<…>` destination. */
  start: boolean;
}

// Step through one character of a link's `(destination "title")` as CommonMark reads it: balanced
// parentheses, a `<…>` destination, a title in quotes or parentheses after white space, escapes.
function stepLinkTail(link: LinkTail, char: string, previous: string | undefined): void {
  const atStart = link.start;
  link.start = false;
  if (link.escape) link.escape = false;
  else if (char === '\\') link.escape = true;
  else if (link.title !== null) {
    if (char === link.title) link.title = null;
  } else if (link.angle) {
    if (char === '>') link.angle = false;
  } else if (atStart && char === '<') link.angle = true;
  else if ((previous === ' ' || previous === '\t') && (char === '"' || char === "'")) link.title = char;
  else if ((previous === ' ' || previous === '\t') && char === '(') link.title = ')';
  else if (char === '(') link.depth++;
  else if (char === ')') link.depth--;
}

// Count the cells of a table row that starts with `|` at `from`, as GFM splits them: at every `|`
// not escaped with a backslash, a leading and a trailing one aside.
function pipeCells(body: string, from: number, to: number): number {
  let last = to - 1;
  while (last > from && (body[last] === ' ' || body[last] === '\t')) last--;
  let pipes = 0;
  for (let i = from + 1; i <= last; i++) if (body[i] === '|' && !escaped(body, i, from)) pipes++;
  const trailing = last > from && body[last] === '|' && !escaped(body, last, from);
  return pipes - (trailing ? 1 : 0) + 1;
}

// Whether a line starting with `|` at `from` is a table's delimiter row, e.g. `| --- | :-: |`.
function isDelimiterRow(body: string, from: number, to: number): boolean {
  const cells = body
    .slice(from + 1, to)
    .trim()
    .replace(/\|$/, '')
    .split('|');
  return cells.every((cell) => /^[ \t]*:?-+:?[ \t]*$/.test(cell));
}

// Whether the character at `i` is escaped by an odd number of backslashes before it (on its line).
function escaped(body: string, i: number, lineStart: number): boolean {
  let count = 0;
  for (let k = i - 1; k >= lineStart && body[k] === '\\'; k--) count++;
  return count % 2 === 1;
}

// The characters after `<` with which MDX starts an element (a name, or `>` for a fragment); `<!`,
// `<?`, `< `, `<3` and the like are not elements.
function startsElement(next: string): boolean {
  return /[A-Za-z$_>]/.test(next) || next.charCodeAt(0) >= 0x80;
}

// Read the block quote, list and footnote markers a line starts with, and its indentation in columns
// (a tab counted as 4, the most it can be), not counting the one space after each marker.
function scanPrefix(body: string, start: number, end: number): { markers: number; indent: number; end: number } {
  let i = start;
  let markers = 0;
  let indent = 0;
  let separator = false;
  for (;;) {
    while (i < end && (body[i] === ' ' || body[i] === '\t')) {
      // The one space after a marker belongs to it (a tab there may still stand for 3 more columns).
      if (separator) indent += body[i] === '\t' ? 3 : 0;
      else indent += body[i] === '\t' ? 4 : 1;
      separator = false;
      i++;
    }
    const char = body[i];
    let next = -1;
    if (char === '>' || char === '-' || char === '+' || char === '*') next = i + 1;
    else if (char !== undefined && char >= '0' && char <= '9') {
      let k = i;
      while (k < end && (body[k] as string) >= '0' && (body[k] as string) <= '9') k++;
      if (body[k] === '.' || body[k] === ')') next = k + 1;
    } else if (char === '[' && body[i + 1] === '^') {
      let k = i + 2;
      while (k < end && body[k] !== ']') k += body[k] === '\\' ? 2 : 1;
      if (body[k] === ']' && body[k + 1] === ':') next = k + 2;
    }
    // A list marker must be followed by white space or the line's end; a `>` or a footnote label by anything.
    const list = char !== '>' && char !== '[';
    if (next < 0 || next > end || (list && next < end && body[next] !== ' ' && body[next] !== '\t')) break;
    markers++;
    i = next;
    separator = true;
  }
  return { markers, indent, end: i };
}

function nestingFault(line: number, depth: number, elements: number): TextBoundFault {
  const what = elements > 0 ? 'block quotes, lists and HTML elements' : 'block quotes and lists';
  return fault(
    'nesting',
    line,
    depth,
    MAX_TEXT_NESTING,
    `the text nests ${depth} levels deep (${what}); Redline reads at most ${MAX_TEXT_NESTING} — flatten the structure`,
  );
}

function fault(bound: TextBound, line: number, found: number, limit: number, message: string): TextBoundFault {
  return { bound, line, found, limit, message };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}
