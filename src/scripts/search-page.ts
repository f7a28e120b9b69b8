/**
 * The search page (/suche/?q=…): all results, filters with counts (collection, kind,
 * tag), a clear no-results state with suggestions. Query and filters live in the URL.
 */
import { hit, pagefind, ranked, renderHit } from './pagefind-client.ts';

const PAGE_SIZE = 20;
const FILTER_ORDER = ['Sammlung', 'Art', 'Schlagwort'];

interface Strings {
  loading: string;
  unavailable: string;
  count: string;
  none: string;
  noneHelp: string;
  examples: string;
  empty: string;
  more: string;
  clear: string;
  filterNames: Record<string, string>;
}

const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

async function main(): Promise<void> {
  const root = document.getElementById('search-page');
  if (!root) return;
  root.hidden = false;
  document.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
  const strings = JSON.parse(root.dataset['strings']!) as Strings;
  const input = document.getElementById('search-page-input') as HTMLInputElement;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const help = root.querySelector<HTMLElement>('[data-search-help]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const selected: Record<string, string[]> = {};
  for (const name of FILTER_ORDER) if (params.getAll(name).length) selected[name] = params.getAll(name);

  let api;
  try {
    status.textContent = strings.loading;
    api = await pagefind();
    // Pagefind reports filter counts with results only once the filter index is loaded.
    await api.filters();
  } catch {
    status.textContent = strings.unavailable;
    return;
  }
  let results: Awaited<ReturnType<typeof api.search>>['results'] = [];
  let shown = 0;
  let generation = 0;

  async function run(): Promise<void> {
    const query = input.value.trim();
    const mine = ++generation;
    writeUrl(query);
    help.hidden = true;
    if (!query) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = strings.empty;
      renderFilters(await api!.filters(), {});
      return;
    }
    const search = await api!.search(query, { filters: selected });
    if (mine !== generation) return;
    results = await ranked(query, search.results);
    if (mine !== generation) return;
    shown = 0;
    list.replaceChildren();
    renderFilters(search.filters, selected);
    if (!results.length) {
      status.textContent = fill(strings.none, { query });
      showHelp();
      more.hidden = true;
      return;
    }
    await showMore();
    if (mine === generation) status.textContent = fill(strings.count, { count: results.length, query });
  }

  async function showMore(): Promise<void> {
    const next = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map(hit));
    for (const h of next) {
      const li = document.createElement('li');
      li.className = 'search-hit search-hit--page';
      renderHit(h, li, input.value.trim());
      list.appendChild(li);
    }
    shown += next.length;
    more.hidden = shown >= results.length;
  }

  function showHelp(): void {
    const p = document.createElement('p');
    p.textContent = strings.noneHelp;
    const ul = document.createElement('ul');
    ul.className = 'search-page__examples';
    for (const example of strings.examples.split('|')) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `/suche/?q=${encodeURIComponent(example)}`;
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

  function renderFilters(counts: Record<string, Record<string, number>>, active: Record<string, string[]>): void {
    const groups = FILTER_ORDER.filter((name) => counts[name] && Object.keys(counts[name]!).length).map((name) => {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = strings.filterNames[name] ?? name;
      fieldset.appendChild(legend);
      const values = Object.entries(counts[name]!).filter(([value, n]) => n > 0 || active[name]?.includes(value)).sort(([a], [b]) => a.localeCompare(b, 'de'));
      for (const [value, n] of values) {
        const label = document.createElement('label');
        label.className = 'map-filters__option';
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        box.checked = active[name]?.includes(value) ?? false;
        box.addEventListener('change', () => {
          const set = new Set(selected[name] ?? []);
          if (box.checked) set.add(value);
          else set.delete(value);
          if (set.size) selected[name] = [...set];
          else delete selected[name];
          void run();
        });
        const count = document.createElement('span');
        count.className = 'count';
        count.textContent = String(n);
        label.append(box, ` ${value} `, count);
        fieldset.appendChild(label);
      }
      return fieldset;
    });
    filterBox.replaceChildren(...groups);
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
    timer = setTimeout(() => void run(), 200);
  });
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  more.addEventListener('click', () => void showMore());
  await run();
}

main().catch((error: unknown) => console.error('search page failed', error));
