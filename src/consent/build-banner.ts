import { button, h } from './h.ts';

/** The banner's element and its three buttons. */
export interface Banner {
  element: HTMLElement;
  text: HTMLElement;
  accept: HTMLButtonElement;
  reject: HTMLButtonElement;
  settings: HTMLButtonElement;
}

/**
 * Build the first-visit banner: a non-modal dialog whose "accept", "reject" and "settings"
 * buttons share one style and one size, so neither choice is more prominent.
 */
export function buildBanner(texts: { title: string; acceptAll: string; rejectAll: string; settings: string }): Banner {
  const accept = button(texts.acceptAll);
  const reject = button(texts.rejectAll);
  const settings = button(texts.settings);
  const text = h('p', { id: 'rc-text' });
  const element = h(
    'div',
    { class: 'banner', role: 'dialog', 'aria-labelledby': 'rc-title', 'aria-describedby': 'rc-text', tabindex: '-1', hidden: '' },
    h('h2', { id: 'rc-title', text: texts.title }),
    text,
    h('div', { class: 'actions' }, accept, reject, settings),
  );
  return { element, text, accept, reject, settings };
}
