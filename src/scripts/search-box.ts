/**
 * Search as you type in the header field: a combobox with a listbox of results, arrow
 * keys to move, Enter to open, Escape to close. Loaded on first use by SearchBox.astro.
 */
import { hit, pagefind, ranked, renderHit } from './pagefind-client.ts';

const MAX_RESULTS = 8;

/** Wires the header search form. */
export function attach(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const list = form.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const all = form.querySelector<HTMLAnchorElement>('[data-search-all]')!;
  const text = JSON.parse(form.dataset['strings'] ?? '{}') as Record<string, string>;
  const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
  let active = -1;
  let generation = 0;
  let shownQuery = '';

  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  const open = (yes: boolean) => {
    panel.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
    if (!yes) setActive(-1);
  };
  function setActive(index: number): void {
    const items = options();
    active = items.length ? Math.max(-1, Math.min(index, items.length - 1)) : -1;
    items.forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', items[active]!.id);
      items[active]!.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  async function update(): Promise<void> {
    const query = input.value.trim();
    const mine = ++generation;
    if (!query) {
      list.replaceChildren();
      open(false);
      return;
    }
    open(true);
    status.textContent = text['loading'] ?? '';
    let api;
    try {
      api = await pagefind();
    } catch {
      status.textContent = text['unavailable'] ?? '';
      return;
    }
    const search = await api.debouncedSearch(query, {}, 150);
    if (!search || mine !== generation) return;
    const hits = await Promise.all((await ranked(query, search.results)).slice(0, MAX_RESULTS).map(hit));
    if (mine !== generation) return;
    list.replaceChildren(
      ...hits.map((h, i) => {
        const li = document.createElement('li');
        li.id = `site-search-option-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.className = 'search-hit';
        li.dataset['href'] = h.url;
        renderHit(h, li, query, false);
        li.addEventListener('click', () => (location.href = h.url));
        return li;
      }),
    );
    shownQuery = query;
    status.textContent = search.results.length ? fill(text['count'] ?? '', { count: search.results.length, query }) : fill(text['none'] ?? '', { query });
    all.hidden = search.results.length <= MAX_RESULTS;
    all.href = `/suche/?q=${encodeURIComponent(query)}`;
    all.textContent = fill(text['all'] ?? '', { query });
    setActive(-1);
  }

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (panel.hidden) {
        // Reopen the results already shown for this query, or search first.
        if (shownQuery === input.value.trim() && options().length) open(true);
        else return void update().then(() => setActive(0));
      }
      setActive(active + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(active - 1);
    } else if (event.key === 'Escape') {
      if (!panel.hidden) {
        event.preventDefault();
        open(false);
      } else input.value = '';
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      const href = options()[active]?.dataset['href'];
      if (href) location.href = href;
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) open(false);
  });
  if (input.value.trim()) void update();
}
