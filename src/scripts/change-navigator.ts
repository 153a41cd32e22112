import { fillTemplate } from '../lib/i18n/template-parts.ts';

/**
 * The compare page's change navigator, and the redline's folds. Enhancements only: without
 * JavaScript the navigator is a link to the first change beside the list of changed sections, every
 * change has its anchor, and every fold is a native `<details>` a reader opens.
 *
 * - "Change 12 of 155", kept up to date while reading, with previous / next and a jump to a
 *   changed section; `j`/`n` and `k`/`p` move too. Moving puts the change's anchor in the address,
 *   focuses the change and scrolls it into view: a screen reader hears the change, not the navigator.
 * - "Show all unchanged text" opens every fold; printing opens them all for the print.
 * - An address that points into a fold (a heading's id) opens it.
 *
 * Its words are the page's: the navigator's `data-change-of`, `data-change-first` and
 * `data-change-next` (src/lib/i18n), its numbers written in the page's `lang`.
 */
export function enableChangeNavigator(root: Document = document): void {
  enableFolds(root, [...root.querySelectorAll<HTMLDetailsElement>('details.redline-fold')]);
  const nav = root.querySelector<HTMLElement>('[data-change-nav]');
  // A change's anchor is `change-N`; a heading's id may start the same way ("Change of control").
  const changes = [...root.querySelectorAll<HTMLElement>('.redline [id^="change-"]')].filter((el) => /^change-\d+$/.test(el.id));
  if (!nav || changes.length === 0) return;
  const status = nav.querySelector<HTMLElement>('[data-change-status]');
  const previous = nav.querySelector<HTMLAnchorElement>('[data-change-step="previous"]');
  const next = nav.querySelector<HTMLAnchorElement>('[data-change-step="next"]');
  const jump = nav.querySelector<HTMLSelectElement>('[data-change-jump]');
  for (const part of nav.querySelectorAll<HTMLElement>('[data-with-script]')) part.hidden = false;
  nav.classList.add('change-nav--live');
  const locale = root.documentElement.lang || 'en-US';
  const total = changes.length.toLocaleString(locale);
  // Before the reader reaches a change, the status says what the page said without script: how many.
  const count = status?.textContent ?? '';
  const words = {
    of: nav.dataset['changeOf'] ?? 'Change {n} of {total}',
    first: nav.dataset['changeFirst'] ?? 'First change',
    next: nav.dataset['changeNext'] ?? 'Next change',
  };

  let current = -1;
  // Where the navigator last scrolled the page to: a scroll that ends there is its own, not the reader's.
  let movedTo = -1;
  const show = (): void => {
    if (status) status.textContent = current < 0 ? count : fillTemplate(words.of, { n: (current + 1).toLocaleString(locale), total });
    if (previous) {
      previous.setAttribute('aria-disabled', String(current <= 0));
      previous.href = `#${changes[Math.max(0, current - 1)]?.id ?? ''}`;
    }
    if (next) {
      next.textContent = current < 0 ? words.first : words.next;
      next.setAttribute('aria-disabled', String(current >= changes.length - 1));
      next.href = `#${changes[Math.min(changes.length - 1, current + 1)]?.id ?? ''}`;
    }
  };
  // Move to a change: the address names it, the page shows it, and (unless the reader is choosing in
  // the section list, whose arrow keys must not move focus away) focus goes to it.
  const go = (index: number, focus = true): void => {
    const change = changes[Math.min(changes.length - 1, Math.max(0, index))];
    if (!change) return;
    current = changes.indexOf(change);
    // Update the address like a followed link would, so the change can be shared and :target styles it.
    history.replaceState(null, '', `#${change.id}`);
    if (focus) {
      change.setAttribute('tabindex', '-1');
      change.focus({ preventScroll: true });
    }
    change.scrollIntoView({ block: 'center' });
    movedTo = window.scrollY;
    show();
  };
  // Where the reader is: the last change that starts in the upper part of the window.
  const locate = (): void => {
    if (Math.abs(window.scrollY - movedTo) < 2) return;
    movedTo = -1;
    const middle = window.innerHeight * 0.6;
    let low = 0;
    let high = changes.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((changes[mid] as HTMLElement).getBoundingClientRect().top <= middle) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (found !== current) {
      current = found;
      show();
    }
  };
  current = changes.findIndex((el) => `#${el.id}` === window.location.hash);
  show();

  for (const [link, step] of [
    [previous, -1],
    [next, 1],
  ] as const) {
    link?.addEventListener('click', (event) => {
      event.preventDefault();
      if (link.getAttribute('aria-disabled') !== 'true') go(current + step);
    });
  }
  jump?.addEventListener('change', () => {
    const index = changes.findIndex((el) => el.id === jump.value);
    if (index >= 0) go(index, false);
  });
  let pending = false;
  window.addEventListener(
    'scroll',
    () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        locate();
      });
    },
    { passive: true },
  );
  root.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
    const step = event.key === 'j' || event.key === 'n' ? 1 : event.key === 'k' || event.key === 'p' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    go(current + step);
  });
}

function enableFolds(root: Document, folds: HTMLDetailsElement[]): void {
  const unfold = root.querySelector<HTMLButtonElement>('[data-unfold]');
  if (unfold && folds.length > 0) {
    unfold.hidden = false;
    unfold.addEventListener('click', () => {
      const open = !folds.every((fold) => fold.open);
      for (const fold of folds) fold.open = open;
    });
    // Pressed while every fold is open, however they were opened (by hand, by a link, for printing).
    for (const fold of folds)
      fold.addEventListener('toggle', () => unfold.setAttribute('aria-pressed', String(folds.every((each) => each.open))));
  }
  // An address that points into a fold opens it, in browsers that do not do so themselves.
  const openTarget = (): void => {
    let id = window.location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // A malformed escape (`#100%`): look the fragment up as written.
    }
    const target = id ? root.getElementById(id) : null;
    const fold = target?.closest<HTMLDetailsElement>('details.redline-fold');
    if (fold && !fold.open) {
      fold.open = true;
      target?.scrollIntoView();
    }
  };
  openTarget();
  window.addEventListener('hashchange', openTarget);
  // Paper has no disclosures: print everything, then fold back what was folded.
  let closed: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    closed = folds.filter((fold) => !fold.open);
    for (const fold of closed) fold.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const fold of closed) fold.open = false;
    closed = [];
  });
}
