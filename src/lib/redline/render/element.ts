import type { Element, ElementContent, Properties, Text } from 'hast';

/** Build a hast element (a tiny stand-in for hastscript, so rendering needs no extra package). */
export function element(tagName: string, properties: Properties = {}, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

/** Build a hast text node; serializeHtml escapes its value, so policy text can never become markup. */
export function text(value: string): Text {
  return { type: 'text', value };
}

/** Append a block-level child, separated from the one before by a newline so the HTML's text keeps block boundaries as whitespace. */
export function appendBlock(parent: { children: ElementContent[] }, child: ElementContent): void {
  if (parent.children.length > 0) parent.children.push(text('\n'));
  parent.children.push(child);
}
