import type { Element, ElementContent } from 'hast';
import { pushAll } from '../push-all.ts';
import { ENGLISH_CUES, type RedlineCues } from '../redline-cues.ts';
import type { Mark, Token } from '../redline-document.ts';
import { safeUrl } from '../safe-url.ts';
import { element, text } from './element.ts';
import { linkHref } from './link-href.ts';
import type { LinkSettings } from './link-href.ts';
import type { Item } from './split-ops.ts';

/** Rendering state shared across a redline: where links point, the change anchor the next `<ins>`/`<del>` should carry, and the words of its cues. */
export interface RunContext extends LinkSettings {
  /** Id for the next change element, consumed by the first one rendered. */
  anchor: string | null;
  /** The text of the cues, in the page's language. Default: English. */
  cues?: RedlineCues | undefined;
}

/** How a whole-block or inline change element is announced and styled. */
export type ChangeKind = 'insert' | 'delete' | 'moved-to' | 'moved-from';

// Screen-reader cues, inside the element they describe (WCAG 1.3.1: colour and strike-through alone
// carry no meaning for a screen reader, and most do not announce <ins>/<del>).
function cueOf(kind: ChangeKind, cues: RedlineCues): string {
  switch (kind) {
    case 'insert':
      return cues.inserted;
    case 'delete':
      return cues.deleted;
    case 'moved-to':
      return cues.movedHere;
    case 'moved-from':
      return cues.movedAway;
  }
}

/** Build an `<ins>` or `<del>` that starts with its visually-hidden cue and takes the pending change anchor. */
export function changeElement(kind: ChangeKind, children: ElementContent[], context: RunContext): Element {
  const tag = kind === 'insert' || kind === 'moved-to' ? 'ins' : 'del';
  const properties: Record<string, string | string[]> = {};
  if (context.anchor) properties['id'] = context.anchor;
  context.anchor = null;
  if (kind === 'moved-to' || kind === 'moved-from') properties['className'] = ['redline-moved'];
  const cue = cueOf(kind, context.cues ?? ENGLISH_CUES);
  return element(tag, properties, pushAll([element('span', { className: ['redline-cue'] }, [text(cue)])], children));
}

/**
 * Render diffed tokens as phrasing content. Marks group first (so a link keeps one `<a>` with the
 * change inside it: `<a>the <del>old</del><ins>new</ins> terms</a>`), then runs of one op become
 * `<ins>`/`<del>`. A changed link target or emphasis has a different mark key, so it shows as the
 * old link deleted and the new one inserted.
 */
export function renderRuns(items: readonly Item[], context: RunContext): ElementContent[] {
  return group(items, 0, context);
}

function group(items: readonly Item[], depth: number, context: RunContext): ElementContent[] {
  const out: ElementContent[] = [];
  let start = 0;
  while (start < items.length) {
    const first = items[start] as Item;
    const mark = first.token.marks[depth];
    let end = start + 1;
    if (mark) {
      while (end < items.length && items[end]?.token.marks[depth]?.key === mark.key) end++;
      const run = items.slice(start, end);
      // A link in deleted text only comes from the old revision: its #fragment names an old heading.
      const side = run.some((item) => item.op !== 'delete') ? 'new' : 'old';
      out.push(markElement(mark, group(run, depth + 1, context), context, side));
    } else {
      while (end < items.length && items[end]?.token.marks[depth] === undefined && items[end]?.op === first.op) end++;
      pushAll(out, opRun(items.slice(start, end), first.op, context));
    }
    start = end;
  }
  return out;
}

function opRun(items: readonly Item[], op: Item['op'], context: RunContext): ElementContent[] {
  const children = leaves(
    items.map((item) => item.token),
    context.cues,
  );
  if (op === 'equal' || children.length === 0) return children;
  return [changeElement(op === 'insert' ? 'insert' : 'delete', children, context)];
}

/** Render tokens without change markup: text runs, line breaks, images, task checkboxes and deleted paragraph breaks (their cue in `cues`, default English). */
export function leaves(tokens: readonly Token[], cues: RedlineCues = ENGLISH_CUES): ElementContent[] {
  const out: ElementContent[] = [];
  let buffer = '';
  const flush = (): void => {
    if (buffer) out.push(text(buffer));
    buffer = '';
  };
  for (const token of tokens) {
    if (token.kind === 'break') {
      flush();
      out.push(element('br'), text('\n'));
    } else if (token.kind === 'image') {
      flush();
      const src = safeUrl(token.url ?? '', true);
      out.push(
        src === null ? element('span', { className: ['redline-image'] }, [text(token.text)]) : element('img', { src, alt: token.text }),
      );
    } else if (token.kind === 'check') {
      flush();
      out.push(element('input', { type: 'checkbox', disabled: true, checked: token.text === 'x' }));
    } else if (token.kind === 'block') {
      // A merge's deleted paragraph boundary has no text: it gets its own cue, and a space so the
      // words on either side stay apart.
      flush();
      out.push(
        element('span', { className: ['redline-break'] }, [
          element('span', { className: ['redline-cue'] }, [text(cues.paragraphBreak)]),
          text(' '),
        ]),
      );
    } else if (token.kind !== 'cell') {
      buffer += token.text;
    }
  }
  flush();
  return out;
}

function markElement(mark: Mark, children: ElementContent[], links: LinkSettings, side: 'old' | 'new'): Element {
  switch (mark.type) {
    case 'emphasis':
      return element('em', {}, children);
    case 'strong':
      return element('strong', {}, children);
    case 'delete':
      // Strikethrough in the policy itself: <s>, so it is never mistaken for a redline deletion.
      return element('s', {}, children);
    case 'inlineCode':
      return element('code', {}, children);
    case 'link': {
      const href = linkHref(mark.url ?? '', links, side);
      // No href: an unsafe scheme, or a #fragment naming a heading neither revision has (the text stays).
      if (href === null)
        return element('span', { className: [safeUrl(mark.url ?? '') === null ? 'redline-unsafe-link' : 'redline-broken-link'] }, children);
      return element('a', mark.title ? { href, title: mark.title } : { href }, children);
    }
    case 'jsx':
      return element('span', { className: ['redline-jsx'], dataComponent: mark.name ?? '' }, children);
    case 'footnote':
      return element('sup', { className: ['redline-footnote'] }, children);
    default:
      return element('code', { className: ['redline-source'] }, children);
  }
}
