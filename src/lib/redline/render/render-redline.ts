import type { Element, Root } from 'hast';
import type { RedlineCues } from '../redline-cues.ts';
import type { Redline } from '../redline.ts';
import { rebaseSitePaths } from './rebase-site-paths.ts';
import { renderInlineView } from './render-inline-view.ts';
import { renderSideBySide } from './render-side-by-side.ts';
import { serializeHtml } from './serialize-html.ts';

/** How `renderRedline` lays the redline out. */
export interface RenderOptions {
  /** `inline`: one document with changes marked in place; `side-by-side`: aligned old | new rows. Default: 'inline'. */
  view?: 'inline' | 'side-by-side';
  /**
   * The URL the redline is published at, for HTML shown elsewhere (a feed, an email): move links and
   * the policy's own `#fragment` links then point there, and relative links resolve against it. For
   * another page of the same site, its route (`/cookies/compare/a...b/`, without the base path):
   * links then stay site paths, placed under `siteBase` like the policy's own.
   * Default: '' (links stay relative to the page showing the redline).
   */
  linkBase?: string;
  /**
   * Levels to move the policy's headings by (`1`: an `h2` renders as `h3`), within h1–h6, so an
   * excerpt fits the outline of the page that shows it. Default: 0.
   */
  headingShift?: number;
  /**
   * The path the site is served under (`/` or e.g. `/legal/`): the policy's root-relative links and
   * images (`/cookies/`) are site paths and move under it. Default: '/'.
   */
  siteBase?: string;
  /**
   * Fold long unchanged stretches into native disclosures (`<details class="redline-fold">`, closed,
   * a summary saying what each holds), keeping a little context around each change; for pages a
   * reader reads whole. Links into a fold still land (a browser opens a `<details>` it scrolls to).
   * Default: false.
   */
  fold?: boolean;
  /**
   * Give elements their ids (change anchors, headings). False for an excerpt shown beside others on
   * one page (excerptRedline), whose ids would clash: give it `linkBase`, the whole redline's page,
   * so its move and `#fragment` links land there. Default: true.
   */
  ids?: boolean;
  /**
   * The text the engine adds — screen-reader cues, move links, notes of changed form, fold
   * summaries — in the page's language (src/lib/i18n gives one per interface language).
   * Default: English (`ENGLISH_CUES`).
   */
  cues?: RedlineCues | undefined;
}

/**
 * Render a redline as HTML: the document alone, structure kept, every inserted character inside an
 * `<ins>` and every deleted one inside a `<del>`, each announced by a `span.redline-cue` inside it
 * ("inserted: ", "deleted: "). Text the engine adds (cues, move links `a.redline-cue.redline-move-link`)
 * all carries the class `redline-cue`: hide `span.redline-cue` visually (screen-reader only), keep the
 * links visible. Policy text is only ever a text node, escaped when serialized; link and image
 * URLs with unsafe schemes are dropped, and the policy's `#fragment` links follow the redline's id prefix.
 */
export function renderRedline(redline: Redline, options: RenderOptions = {}): string {
  const view = options.view ?? 'inline';
  const linkBase = options.linkBase ?? '';
  const fold = options.fold ?? false;
  const tree =
    view === 'inline' ? renderInlineView(redline, linkBase, fold, options.cues) : renderSideBySide(redline, linkBase, fold, options.cues);
  if (options.ids === false) dropIds(tree);
  if (options.headingShift) shiftHeadings(tree, options.headingShift);
  return serializeHtml(rebaseSitePaths(tree, options.siteBase ?? '/', linkBase));
}

const HEADING = /^h([1-6])$/;

function shiftHeadings(tree: Root, shift: number): void {
  const pending: (Root | Element)[] = [tree];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const level = node.type === 'element' ? HEADING.exec(node.tagName)?.[1] : undefined;
    if (node.type === 'element' && level) node.tagName = `h${Math.min(6, Math.max(1, Number(level) + shift))}`;
    for (const child of node.children) if (child.type === 'element') pending.push(child);
  }
}

function dropIds(tree: Root): void {
  const pending: (Root | Element)[] = [tree];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'element') delete node.properties['id'];
    for (const child of node.children) if (child.type === 'element') pending.push(child);
  }
}
