/** Attributes of `h`: strings become attributes; `text` becomes the element's text content. */
export type Attributes = Record<string, string | undefined> & { text?: string };

/**
 * Create an element with attributes and children. Text from the declaration only ever goes in as
 * text content or attribute values, never as markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (name === 'text') element.textContent = value;
    else element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

/** Create a plain button (`type="button"`) with a text label. */
export function button(text: string): HTMLButtonElement {
  return h('button', { type: 'button', text });
}
