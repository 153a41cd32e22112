/**
 * The header's search. Without JavaScript it is a link to the search page (which then says search
 * needs JavaScript). With it, the link becomes a button that opens a search box under the header,
 * an ordinary form that sends its words to the search page (`/search/?q=…`); Escape closes it and
 * gives focus back to the button. The search page has a form of its own, so there the link stays.
 */
export function enableSiteSearch(root: Document = document): void {
  const link = root.querySelector<HTMLElement>('[data-site-search-link]');
  const toggle = root.querySelector<HTMLButtonElement>('[data-site-search-toggle]');
  const form = root.querySelector<HTMLFormElement>('[data-site-search]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!link || !toggle || !form || !input || root.querySelector('[data-search-form]')) return;
  link.hidden = true;
  toggle.hidden = false;
  const show = (open: boolean): void => {
    form.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    show(open);
    if (open) input.focus();
  });
  // Escape closes the box from the box or from its button (the browser's own Escape in a search
  // field would only clear the words).
  const close = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || toggle.getAttribute('aria-expanded') !== 'true') return;
    event.preventDefault();
    show(false);
    toggle.focus();
  };
  form.addEventListener('keydown', close);
  toggle.addEventListener('keydown', close);
}
