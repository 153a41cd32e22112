import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { LINK_SCHEMES } from '../redline/index.ts';
import { attributeInfo } from './attribute-info.ts';

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: never[];
}

// An HTML-named element becomes that element with its literal attributes; the allowlist check and
// the sanitizer decide what of it may stay. Anything else MDX adds (ESM, expressions, components)
// renders as nothing: the check has refused it already, and the renderer must never run or show it.
const element: Handler = (state: State, node: JsxNode): Element | ElementContent[] | undefined => {
  const children = state.all(node as never);
  if (!node.name || !/^[a-z][a-z0-9]*$/.test(node.name)) return undefined;
  const result: Element = { type: 'element', tagName: node.name, properties: properties(node.attributes), children };
  state.patch(node as never, result);
  return result;
};
const nothing: Handler = () => undefined;

/**
 * Turn a revision body's mdast into hast: Markdown as mdast-util-to-hast renders it (GFM tables,
 * task lists, footnotes with `user-content-` ids), HTML-named MDX elements as HTML elements with
 * their literal attributes, known URL schemes in lower case, positions kept for error messages.
 * Not yet sanitized.
 */
export function bodyHast(tree: Root): HastRoot {
  const hast = toHast(tree, {
    handlers: {
      mdxJsxFlowElement: element,
      mdxJsxTextElement: element,
      mdxjsEsm: nothing,
      mdxFlowExpression: nothing,
      mdxTextExpression: nothing,
    },
  }) as HastRoot;
  const pending: (HastRoot | Element)[] = [hast];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'element') {
      for (const key of URL_PROPERTIES) {
        const url = node.properties[key];
        if (typeof url === 'string') node.properties[key] = lowerScheme(url);
      }
    }
    for (const child of node.children) if (child.type === 'element') pending.push(child);
  }
  return hast;
}

const URL_PROPERTIES = new Set(['href', 'src', 'cite']);

// `HTTPS://…` is the same URL as `https://…`; the sanitizer compares schemes as written, so a known
// scheme is written in lower case rather than refused.
function lowerScheme(url: string): string {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1];
  return scheme && scheme !== scheme.toLowerCase() && LINK_SCHEMES.includes(scheme.toLowerCase())
    ? scheme.toLowerCase() + url.slice(scheme.length)
    : url;
}

function properties(attributes: JsxNode['attributes']): Properties {
  const result: Properties = {};
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const info = attributeInfo(attribute.name);
    const value = attribute.value;
    if (value === null || value === undefined) result[info.property] = true;
    else if (typeof value !== 'string')
      continue; // an expression: refused by the check, never evaluated
    else if (info.spaceSeparated) result[info.property] = value.split(/[ \t\n\f\r]+/).filter(Boolean);
    else if (info.commaSeparated) result[info.property] = value.split(',').map((part) => part.trim());
    else result[info.property] = value;
  }
  return result;
}
