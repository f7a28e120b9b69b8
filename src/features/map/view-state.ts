/**
 * The map's filters and view in the URL, so a view can be shared: `?c=companies,places`,
 * `&k=companies:large-model`, `#map=15/39.98/116.31`, `?focus=<slug>`. Pure functions of a
 * URL; the map script reads and writes with them.
 */

/** Selected collections and kinds; `undefined` means "all offered". */
export interface FilterState {
  collections?: string[];
  kinds?: string[];
}

/** The filters in a query string. */
export function readFilters(search: string): FilterState {
  const params = new URLSearchParams(search);
  const list = (name: string) => {
    const value = params.get(name);
    return value === null ? undefined : value.split(',').filter(Boolean);
  };
  const collections = list('c');
  const kinds = list('k');
  return { ...(collections ? { collections } : {}), ...(kinds ? { kinds } : {}) };
}

/** The view in a hash `#map=zoom/lat/lon`, when valid. */
export function readView(hash: string): { zoom: number; lat: number; lon: number } | undefined {
  const m = /^#map=(\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(hash);
  if (!m) return undefined;
  const [zoom, lat, lon] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && zoom <= 22 ? { zoom, lat, lon } : undefined;
}

/**
 * The URL (path, query and hash) for a state: filters that select everything offered are
 * left out; other parameters of the query (e.g. focus) are kept.
 */
export function writeState(location: { pathname: string; search: string }, selected: { collections: readonly string[]; kinds: readonly string[] }, offered: { collections: readonly string[]; kinds: readonly string[] }, view: { zoom: number; lat: number; lon: number }): string {
  const params = new URLSearchParams(location.search);
  const set = (name: string, chosen: readonly string[], all: readonly string[]) => {
    if (all.every((v) => chosen.includes(v))) params.delete(name);
    else params.set(name, chosen.join(','));
  };
  set('c', selected.collections, offered.collections);
  set('k', selected.kinds, offered.kinds);
  const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return `${location.pathname}${query ? `?${query}` : ''}#map=${view.zoom}/${view.lat.toFixed(5)}/${view.lon.toFixed(5)}`;
}
