import type { Schema } from 'hast-util-sanitize';
import { IMAGE_SCHEMES, LINK_SCHEMES } from '../redline/index.ts';

// Attributes that describe text, allowed on every element. Nothing here can run code or load
// anything; `class` and `style` are left out (a revision must not dress up as the site's own
// notices, e.g. a fake "In force" badge).
const TEXT_ATTRIBUTES = [
  'abbr',
  'align',
  'colSpan',
  'dateTime',
  'dir',
  'headers',
  'lang',
  'rowSpan',
  'scope',
  'span',
  'start',
  'title',
  'vAlign',
];

// Ids (and the old `<a name>` anchors) a text may set, so its own links have targets: plain names,
// none of the forms the site and the redline give their own elements (`redline-…`, `change-N`,
// `old-…`), so a revision cannot take over the page's anchors. GFM footnotes' generated ids
// (`user-content-fn-1`, `footnote-label`) are of this form.
const ANCHOR = /^(?!redline-|change-\d|old-)[A-Za-z][\w.:-]*$/;

/**
 * The allowlist of a revision body's HTML, for hast-util-sanitize: GitHub's structure tags (its
 * `defaultSchema`, which rehype-sanitize uses) without forms, `picture`/`source` (whose `srcset`
 * no URL check covers) or classes, ids limited to plain anchors, and URLs restricted to the schemes the redline
 * links to. Anything else a revision writes is refused by the check and removed by the renderer.
 */
export const REVISION_BODY_SCHEMA: Schema = {
  tagNames: [
    ...['a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em'],
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'input', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q'],
    ...['s', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th'],
    ...['thead', 'time', 'tr', 'u', 'ul', 'var'],
  ],
  attributes: {
    '*': [...TEXT_ATTRIBUTES, ['id', ANCHOR]],
    a: [
      'href',
      'hrefLang',
      ['name', ANCHOR],
      'ariaDescribedBy',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      'ariaLabel',
      ['className', 'data-footnote-backref'],
    ],
    blockquote: ['cite'],
    code: [['className', /^language-[\w-]+$/]],
    del: ['cite'],
    details: ['open'],
    h2: [['className', 'sr-only']],
    img: ['alt', 'src', 'width', 'height'],
    // GFM task lists render a disabled checkbox; nothing else may be an input.
    input: [['disabled', true], ['type', 'checkbox'], 'checked'],
    ins: ['cite'],
    li: [['className', 'task-list-item']],
    ol: [['className', 'contains-task-list']],
    q: ['cite'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    td: ['align'],
    th: ['align'],
    ul: [['className', 'contains-task-list']],
  },
  required: { input: { disabled: true, type: 'checkbox' } },
  protocols: { href: [...LINK_SCHEMES], src: [...IMAGE_SCHEMES], cite: [...LINK_SCHEMES] },
  ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'], caption: ['table'] },
  // Ids are limited to ANCHOR instead: a prefix would break the text's own links to them.
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style'],
  allowComments: false,
  allowDoctypes: false,
};
