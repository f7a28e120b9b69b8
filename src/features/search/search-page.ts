/**
 * The search page (?q=…): all results, filters with counts (collection, kind, tag), a clear
 * no-results state with suggestions. Query and filters live in the URL. It never fails
 * silently: a failed index load shows a retry button, results of an older query or filter
 * never land under a newer one, "more" clicked twice loads one page, and a filter change
 * keeps the keyboard focus on its checkbox.
 */
import { pagefind, ranked, type LoadedResult, type PagefindApi } from './pagefind.ts';
import { hit, renderHit } from './hits.ts';
import { fill, pluralForm } from '../../i18n/template.ts';
import type { SearchStrings } from './strings.ts';

const PAGE_SIZE = 20;
const DEBOUNCE_MS = 200;

function init(root: HTMLElement): void {
  root.hidden = false;
  document.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
  const strings = JSON.parse(root.dataset['strings']!) as SearchStrings;
  const input = document.getElementById('search-page-input') as HTMLInputElement;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const help = root.querySelector<HTMLElement>('[data-search-help]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const filterKeys = strings.filters.map((f) => f.key);

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const selected: Record<string, string[]> = {};
  for (const key of filterKeys) if (params.getAll(key).length) selected[key] = params.getAll(key);

  let results: LoadedResult[] = [];
  let shown = 0;
  let generation = 0;
  let loadingMore: Promise<void> | undefined;

  function unavailable(): void {
    list.replaceChildren();
    more.hidden = true;
    status.replaceChildren(document.createTextNode(`${strings.unavailable} `));
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'search-retry';
    retry.textContent = strings.retry;
    retry.addEventListener('click', () => void run());
    status.appendChild(retry);
  }

  async function api(): Promise<PagefindApi> {
    const loaded = await pagefind(strings.bundle, strings.baseUrl);
    // Pagefind reports filter counts with results only once the filter index is loaded.
    await loaded.filters();
    return loaded;
  }

  /** Runs the current query and filters; a newer run makes this one drop its results. */
  async function run(): Promise<void> {
    const query = input.value.trim();
    const mine = ++generation;
    loadingMore = undefined;
    writeUrl(query);
    help.hidden = true;
    status.textContent = strings.loading;
    try {
      const pf = await api();
      if (!query) {
        const counts = await pf.filters();
        if (mine !== generation) return;
        list.replaceChildren();
        more.hidden = true;
        status.textContent = strings.empty;
        renderFilters(counts);
        return;
      }
      const search = await pf.search(query, { filters: selected });
      if (mine !== generation) return;
      const next = await ranked(query, search.results);
      if (mine !== generation) return;
      results = next;
      shown = 0;
      list.replaceChildren();
      renderFilters(search.filters);
      if (!results.length) {
        status.textContent = fill(strings.none, { query });
        showHelp();
        more.hidden = true;
        return;
      }
      await showMore(mine);
      if (mine === generation) status.textContent = pluralForm(strings.lang, strings.count, results.length, { query });
    } catch {
      if (mine === generation) unavailable();
    }
  }

  /** Appends the next page of results, once per click, for the run that asked. */
  function showMore(run = generation): Promise<void> {
    loadingMore ??= (async () => {
      const next = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map(hit));
      if (run !== generation) return;
      for (const h of next) {
        const li = document.createElement('li');
        li.className = 'search-hit search-hit--page';
        renderHit(h, li, input.value.trim());
        list.appendChild(li);
      }
      shown += next.length;
      more.hidden = shown >= results.length;
    })().finally(() => {
      loadingMore = undefined;
    });
    return loadingMore;
  }

  function showHelp(): void {
    const p = document.createElement('p');
    p.textContent = strings.noneHelp;
    const ul = document.createElement('ul');
    ul.className = 'search-page__examples';
    for (const example of strings.examples.split('|')) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `${strings.searchPage}?q=${encodeURIComponent(example)}`;
      a.textContent = example;
      if (/\p{Script=Han}/u.test(example)) a.lang = 'zh';
      li.appendChild(a);
      ul.appendChild(li);
    }
    const nodes: Node[] = [p, ul];
    if (Object.keys(selected).length) {
      const clear = document.createElement('button');
      clear.type = 'button';
      clear.textContent = strings.clear;
      clear.addEventListener('click', () => {
        for (const k of Object.keys(selected)) delete selected[k];
        void run();
      });
      nodes.push(clear);
    }
    help.replaceChildren(...nodes);
    help.hidden = false;
  }

  function renderFilters(counts: Record<string, Record<string, number>>): void {
    // Re-rendering replaces the checkboxes: remember which one had the focus.
    const focused = document.activeElement instanceof HTMLInputElement && filterBox.contains(document.activeElement) ? { name: document.activeElement.name, value: document.activeElement.value } : undefined;
    const groups = strings.filters
      .filter(({ key }) => counts[key] && Object.keys(counts[key]!).length)
      .map(({ key, label }) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = label;
        fieldset.appendChild(legend);
        const values = Object.entries(counts[key]!)
          .filter(([value, n]) => n > 0 || selected[key]?.includes(value))
          .sort(([a], [b]) => a.localeCompare(b, strings.lang));
        for (const [value, n] of values) {
          const optionLabel = document.createElement('label');
          optionLabel.className = 'map-filters__option';
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = key;
          box.value = value;
          box.checked = selected[key]?.includes(value) ?? false;
          box.addEventListener('change', () => {
            const set = new Set(selected[key] ?? []);
            if (box.checked) set.add(value);
            else set.delete(value);
            if (set.size) selected[key] = [...set];
            else delete selected[key];
            void run();
          });
          const count = document.createElement('span');
          count.className = 'count';
          count.textContent = String(n);
          optionLabel.append(box, ` ${value} `, count);
          fieldset.appendChild(optionLabel);
        }
        return fieldset;
      });
    filterBox.replaceChildren(...groups);
    if (focused) {
      const again = [...filterBox.querySelectorAll<HTMLInputElement>('input')].find((i) => i.name === focused.name && i.value === focused.value);
      again?.focus();
    }
  }

  function writeUrl(query: string): void {
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const [name, values] of Object.entries(selected)) for (const v of values) next.append(name, v);
    history.replaceState(null, '', `${location.pathname}${next.toString() ? `?${next}` : ''}`);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  more.addEventListener('click', () => void showMore().catch(unavailable));
  void run();
}

const root = document.getElementById('search-page');
if (root) init(root);
