import type { Element, ElementContent, Properties, Root } from 'hast';
import { find, html } from 'property-information';

// Elements with no end tag (HTML Living Standard, "void elements").
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Their text is not parsed as markup, so escaping it would change it; the redline never makes them.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
const attributeNames = new Map<string, ReturnType<typeof find>>();

/**
 * Serialize the hast the redline renderer builds (elements and text only) as HTML, byte for byte as
 * hast-util-to-html does with its defaults (tested): text escapes `&` and `<`, attribute values are
 * double-quoted with `&`, `"`, `'` and `` ` `` escaped, so policy text can never become markup. It exists because
 * serializing was the largest single cost of a compare page, and hast-util-to-html's generality
 * (every schema, quoting and entity option) made it several times slower.
 * Throws on a node the renderer never makes (comments, raw HTML, doctype, script or style content).
 */
export function serializeHtml(tree: Root | Element): string {
  let html = '';
  // A stack instead of recursion: policy text can nest lists and quotes deeply.
  const pending: (ElementContent | string)[] = (tree.type === 'root' ? tree.children : [tree]).toReversed() as ElementContent[];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next === 'string') html += next;
    else if (next.type === 'text') html += escapeText(next.value);
    else if (next.type === 'element') {
      if (RAW_TEXT.has(next.tagName))
        throw new Error(`serializeHtml: <${next.tagName}> content is not escaped text; the redline never renders one`);
      html += `<${next.tagName}${attributes(next.properties)}>`;
      if (VOID.has(next.tagName)) continue;
      pending.push(`</${next.tagName}>`);
      for (let k = next.children.length - 1; k >= 0; k--) pending.push(next.children[k] as ElementContent);
    } else throw new Error(`serializeHtml: unexpected ${next.type} node; the redline renders elements and text only`);
  }
  return html;
}

function attributes(properties: Properties): string {
  let result = '';
  for (const key in properties) {
    let value = properties[key];
    let info = attributeNames.get(key);
    if (!info) {
      info = find(html, key);
      attributeNames.set(key, info);
    }
    // As hast-util-to-html: booleans are present or absent; null, undefined, false and NaN are absent.
    if ((info.boolean || info.overloadedBoolean) && (typeof value !== 'string' || value === '' || value === info.attribute))
      value = Boolean(value);
    if (value === null || value === undefined || value === false || (typeof value === 'number' && Number.isNaN(value))) continue;
    if (value === true) {
      result += ` ${info.attribute}`;
      continue;
    }
    const text = Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : String(value);
    result += ` ${info.attribute}="${escapeAttribute(text)}"`;
  }
  return result;
}

// The same character references as hast-util-to-html's defaults, so the output is byte for byte its output.
function escapeText(value: string): string {
  return /[&<]/.test(value) ? value.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;') : value;
}

// In attribute values it also escapes ' and ` (some old browsers ended values on them).
const ATTRIBUTE_REFERENCES: Record<string, string> = { '&': '&#x26;', '"': '&#x22;', "'": '&#x27;', '`': '&#x60;' };

function escapeAttribute(value: string): string {
  return /[&"'`]/.test(value) ? value.replace(/[&"'`]/g, (c) => ATTRIBUTE_REFERENCES[c] as string) : value;
}
