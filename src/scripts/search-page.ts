import { bestSection, excerptParts, searchTerms, STATUS_FILTER, statusOfFilter, type SectionMatch } from '../lib/search/index.ts';

/** What the search page reads of a result's data (Pagefind's `result.data()`). */
interface PagefindFragment {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: (SectionMatch & { excerpt: string })[];
}

/** The part of Pagefind's search API (`pagefind.js`) the page uses. */
interface Pagefind {
  options(options: { baseUrl?: string; noWorker?: boolean }): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { data(): Promise<PagefindFragment> }[] } | null>;
}

/** Results shown at once; "Show more results" adds as many. */
const PAGE_SIZE = 10;

// The site's base path (`/` or `/legal/`), with its final slash.
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

let pagefind: Promise<Pagefind> | undefined;

/**
 * Load Pagefind's search API from the site's own bundle, written by the build beside the pages. It
 * runs on the page's thread (no worker: the site's policy allows none) and its result URLs get the
 * base path.
 */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    await api.options({ baseUrl: BASE, noWorker: true });
    return api;
  })().catch((error: unknown) => {
    pagefind = undefined; // the next search tries again
    throw error;
  });
  return pagefind;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = element('a', undefined, text);
  a.href = href;
  return a;
}

/** An excerpt as text nodes and `<mark>` elements, built from its parts: never parsed as HTML. */
function excerptParagraph(excerpt: string): HTMLParagraphElement {
  const p = element('p', 'search-result__excerpt');
  for (const { text, marked } of excerptParts(excerpt)) p.append(marked ? element('mark', undefined, text) : document.createTextNode(text));
  return p;
}

/** One result: the version (title and date, status), the section that matches best, and its excerpt. */
function resultItem(data: PagefindFragment, terms: readonly string[]): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h2', 'search-result__title');
  heading.append(link(data.url, data.meta['title'] ?? data.url));
  item.append(heading);
  const statusValue = data.filters['status']?.[0];
  const status = statusOfFilter(statusValue);
  if (status && statusValue) {
    const facts = element('p', 'search-result__status');
    facts.append(element('span', `status status--${status}`, statusValue));
    item.append(facts);
  }
  const section = bestSection(data.sub_results, data.content, terms);
  if (section?.anchor) {
    const where = element('p', 'search-result__section', 'Section: ');
    where.append(link(section.url, section.title));
    item.append(where);
  }
  item.append(excerptParagraph(section?.excerpt ?? data.excerpt));
  return item;
}

const quoted = (query: string): string => `“${query}”`;

/**
 * The search page (src/pages/search.astro): with JavaScript, the form replaces the note that search
 * needs it; a query in the address (`?q=…`, as the header's search box sends it) runs at once.
 * Results are announced in a polite live region, ten at a time: by relevance among the versions in
 * force, newest first when earlier and upcoming versions are included.
 */
export function enableSearchPage(root: Document = document): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const policy = form?.querySelector<HTMLSelectElement>('select[name="policy"]');
  const year = form?.querySelector<HTMLSelectElement>('select[name="year"]');
  const all = form?.querySelector<HTMLInputElement>('input[name="all"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !input || !policy || !year || !all || !status || !list || !more) return;
  for (const note of root.querySelectorAll<HTMLElement>('[data-search-no-script]')) note.hidden = true;
  form.hidden = false;

  // The form starts from the address, so a search can be linked to and comes back after "Back".
  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  const choose = (select: HTMLSelectElement, value: string | null): void => {
    if (value && [...select.options].some((option) => option.value === value)) select.value = value;
  };
  choose(policy, params.get('policy'));
  choose(year, params.get('year'));
  all.checked = params.get('all') === '1';

  let results: { data(): Promise<PagefindFragment> }[] = [];
  let shown = 0;
  let run = 0;

  // What was searched, filters included, so a reader of "No results" knows where there were none.
  const scope = (): string => {
    const versions = all.checked ? 'all versions' : 'the versions in force';
    const of = policy.value ? ` of the ${policy.value}` : '';
    const when = year.value ? ` that took effect in ${year.value}` : '';
    return `${versions}${of}${when}`;
  };
  const describe = (query: string): string => {
    const total = results.length;
    if (total === 0) {
      const hint = all.checked ? '' : ' Include earlier and upcoming versions to search them too.';
      return `No results for ${quoted(query)} in ${scope()}.${hint}`;
    }
    const count = `${total.toLocaleString('en-US')} ${total === 1 ? 'result' : 'results'}`;
    const showing = shown < total ? `, showing the first ${shown.toLocaleString('en-US')}` : '';
    const order = all.checked ? ', newest first' : '';
    return `${count} for ${quoted(query)} in ${scope()}${order}${showing}.`;
  };

  const showMore = async (id: number): Promise<HTMLLIElement[]> => {
    // The slice is taken before waiting, so a second click fetches the next one, not the same.
    const from = shown;
    shown = Math.min(results.length, shown + PAGE_SIZE);
    more.hidden = shown >= results.length;
    const page = await Promise.all(results.slice(from, shown).map((result) => result.data()));
    if (id !== run) return [];
    const terms = searchTerms(input.value);
    const items = page.map((data) => resultItem(data, terms));
    list.append(...items);
    return items;
  };

  const search = async (): Promise<void> => {
    const id = ++run;
    const query = input.value.trim();
    const address = new URLSearchParams();
    if (query) address.set('q', query);
    if (policy.value) address.set('policy', policy.value);
    if (year.value) address.set('year', year.value);
    if (all.checked) address.set('all', '1');
    const inAddress = address.toString();
    window.history.replaceState(null, '', inAddress ? `?${inAddress}` : window.location.pathname);
    results = [];
    shown = 0;
    list.replaceChildren();
    more.hidden = true;
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const api = await loadPagefind();
      const filters: Record<string, string> = {};
      if (!all.checked) filters['status'] = STATUS_FILTER['in-force'];
      if (policy.value) filters['policy'] = policy.value;
      if (year.value) filters['year'] = year.value;
      // The versions in force, best match first; with every version, newest first, so the list
      // reads as the history of the words.
      const found = await api.search(query, all.checked ? { filters, sort: { date: 'desc' } } : { filters });
      if (id !== run || !found) return;
      results = found.results;
      await showMore(id);
      if (id === run) status.textContent = describe(query);
    } catch (error) {
      if (id !== run) return;
      console.error('Search failed:', error);
      status.textContent = 'Search is not available: its index could not be loaded. Search again, or reload the page.';
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  for (const control of [policy, year, all]) control.addEventListener('change', () => void (input.value.trim() && search()));
  // Load the index while the reader types the first word.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  more.addEventListener('click', () => {
    const id = run;
    void showMore(id).then((items) => {
      if (id !== run) return;
      status.textContent = describe(input.value.trim());
      // Move on to the first new result, so a keyboard or screen reader continues from there.
      items[0]?.querySelector('a')?.focus();
    });
  });
  if (input.value.trim()) void search();
}
