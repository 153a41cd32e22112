import type { ConsentDeclaration } from '../lib/consent/index.ts';
import type { ConsentStrings } from './consent-strings.ts';
import { button, h } from './h.ts';

/** The settings dialog and the controls the element listens to. */
export interface Settings {
  dialog: HTMLDialogElement;
  toggles: Map<string, HTMLInputElement>;
  close: HTMLButtonElement;
  save: HTMLButtonElement;
  accept: HTMLButtonElement;
  reject: HTMLButtonElement;
}

/**
 * Build the settings dialog: every category with its description and purposes, required ones
 * locked on, each other one a switch (off until chosen), and a link to the policy in force.
 */
export function buildSettings(declaration: ConsentDeclaration, strings: ConsentStrings, policyLink: string): Settings {
  const toggles = new Map<string, HTMLInputElement>();
  const items = declaration.categories.map((category, i) => {
    const id = `rc-c${i}`;
    const toggle = h('input', { type: 'checkbox', role: 'switch', id, 'aria-describedby': `${id}-d` });
    if (category.required) {
      toggle.checked = true;
      toggle.disabled = true;
    } else toggles.set(category.id, toggle);
    return h(
      'li',
      {},
      h('div', { class: 'head' }, h('h3', {}, h('label', { for: id, text: category.name })), toggle),
      h('p', { id: `${id}-d`, text: category.description }),
      h('p', { class: 'muted', text: `${strings.purposes} ${category.purposes.join(', ')}` }),
      ...(category.required ? [h('p', { class: 'muted', text: strings.alwaysOn })] : []),
    );
  });
  const close = h('button', { type: 'button', class: 'close', 'aria-label': strings.close, text: '×' });
  const save = button(strings.save);
  const accept = button(strings.acceptAll);
  const reject = button(strings.rejectAll);
  const dialog = h(
    'dialog',
    { 'aria-labelledby': 'rc-settings-title', 'aria-describedby': 'rc-settings-intro' },
    close,
    h('h2', { id: 'rc-settings-title', text: strings.settingsTitle }),
    h('p', { id: 'rc-settings-intro', text: strings.settingsIntro }),
    h('p', {}, h('a', { href: declaration.policy.currentUrl, text: policyLink })),
    h('ul', {}, ...items),
    h('div', { class: 'actions' }, save, reject, accept),
  );
  return { dialog, toggles, close, save, accept, reject };
}
