/**
 * Move between the changes of a redline with the keyboard: `j`/`n` to the next change, `k`/`p` to
 * the previous one. An enhancement only: every change also has an anchor and links.
 */
export function enableChangeKeys(root: Document = document): void {
  const changes = [...root.querySelectorAll<HTMLElement>('.redline [id^="change-"]')];
  if (changes.length === 0) return;
  let current = -1;
  root.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
    const step = event.key === 'j' || event.key === 'n' ? 1 : event.key === 'k' || event.key === 'p' ? -1 : 0;
    if (step === 0) return;
    const fromHash = changes.findIndex((el) => `#${el.id}` === window.location.hash);
    if (fromHash >= 0) current = fromHash;
    current = Math.min(changes.length - 1, Math.max(0, current + step));
    const change = changes[current];
    if (!change) return;
    event.preventDefault();
    // Update the address like a followed link would, so the change can be shared and :target styles it.
    history.replaceState(null, '', `#${change.id}`);
    change.setAttribute('tabindex', '-1');
    change.focus({ preventScroll: true });
    change.scrollIntoView({ block: 'center' });
  });
}
