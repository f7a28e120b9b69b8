/**
 * Search as you type in the header field: a combobox with a listbox of results, arrow keys
 * to move, Enter to open, Escape to close. Loaded on first use by SearchBox.astro. Results of
 * an older query never replace those of a newer one, and a failed index load offers a retry.
 */
import { pagefind, ranked } from './pagefind.ts';
import { hit, renderHit } from './hits.ts';
import { fill, pluralForm } from '../../i18n/template.ts';
import SEARCH_STRINGS from 'virtual:atlas/search-strings';

const MAX_RESULTS = 8;
const DEBOUNCE_MS = 150;

/** Wires the header search form. */
export function attach(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const list = form.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const all = form.querySelector<HTMLAnchorElement>('[data-search-all]')!;
  const lang = document.documentElement.lang;
  const text = SEARCH_STRINGS[lang as keyof typeof SEARCH_STRINGS];
  if (!text) throw new Error(`search box: no strings for the page's language "${lang}" (<html lang>; known: ${Object.keys(SEARCH_STRINGS).join(', ')})`);
  let active = -1;
  let generation = 0;
  let shownQuery = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

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

  function showUnavailable(): void {
    status.replaceChildren(document.createTextNode(`${text.unavailable} `));
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'search-retry';
    retry.textContent = text.retry;
    retry.addEventListener('click', () => {
      input.focus();
      void update();
    });
    status.appendChild(retry);
  }

  /** Searches for the field's current text; a newer call makes an older one drop its results. */
  async function update(): Promise<void> {
    const query = input.value.trim();
    const mine = ++generation;
    if (!query) {
      list.replaceChildren();
      open(false);
      return;
    }
    open(true);
    status.textContent = text.loading;
    try {
      const api = await pagefind(text.bundle, text.baseUrl);
      const search = await api.search(query);
      if (mine !== generation) return;
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
          li.addEventListener('click', () => location.assign(h.url));
          return li;
        }),
      );
      shownQuery = query;
      status.textContent = search.results.length ? pluralForm(text.lang, text.count, search.results.length, { query }) : fill(text.none, { query });
      all.hidden = search.results.length <= MAX_RESULTS;
      all.href = `${text.searchPage}?q=${encodeURIComponent(query)}`;
      all.textContent = fill(text.all, { query });
      setActive(-1);
    } catch {
      if (mine === generation) showUnavailable();
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), DEBOUNCE_MS);
  });
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
      const target = options()[active]?.dataset['href'];
      if (target) location.assign(target);
    }
  });
  document.addEventListener('click', (event) => {
    // The path, not the target's current parent: a clicked retry button is gone from the form by now.
    if (!event.composedPath().includes(form)) open(false);
  });
  if (input.value.trim()) void update();
}
