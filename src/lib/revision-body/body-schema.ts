import type { Schema } from 'hast-util-sanitize';
import { IMAGE_SCHEMES, LINK_SCHEMES } from '../redline/index.ts';

// Attributes that describe text, allowed on every element. Nothing here can run code or load
// anything; `id` and `name` are left out (headings get ids from their text, and an author's id could
// shadow the page's own), and so are `class` and `style` (a revision must not dress up as the site's
// own notices, e.g. a fake "In force" badge).
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

// The ids mdast-util-to-hast gives GFM footnotes (with its default `user-content-` prefix) and the
// footnote section's label; an author cannot write an id at all (see TEXT_ATTRIBUTES).
const GENERATED_ID: [string, RegExp] = ['id', /^(?:user-content-|footnote-label$)/];

/**
 * The allowlist of a revision body's HTML, for hast-util-sanitize: GitHub's structure tags (its
 * `defaultSchema`, which rehype-sanitize uses) without forms, `picture`/`source` (whose `srcset`
 * no URL check covers) or author-set ids and classes, and URLs restricted to the schemes the redline
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
    '*': TEXT_ATTRIBUTES,
    a: [
      'href',
      'hrefLang',
      GENERATED_ID,
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
    h2: [GENERATED_ID, ['className', 'sr-only']],
    img: ['alt', 'src', 'width', 'height'],
    // GFM task lists render a disabled checkbox; nothing else may be an input.
    input: [['disabled', true], ['type', 'checkbox'], 'checked'],
    ins: ['cite'],
    li: [GENERATED_ID, ['className', 'task-list-item']],
    ol: [['className', 'contains-task-list']],
    q: ['cite'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    td: ['align'],
    th: ['align'],
    ul: [['className', 'contains-task-list']],
  },
  required: { input: { disabled: true, type: 'checkbox' } },
  protocols: { href: [...LINK_SCHEMES], src: [...IMAGE_SCHEMES], cite: [...IMAGE_SCHEMES] },
  ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'], caption: ['table'] },
  // Ids are allowed only in the generated forms above, so nothing needs a clobber prefix.
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style'],
  allowComments: false,
  allowDoctypes: false,
};
