/** UI strings the map scripts need, passed from the dictionary through a data attribute. */
export interface MapStrings {
  status: string;
  tilesUnavailable: string;
  approximate: string;
  precise: string;
  openPage: string;
  entriesHere: string;
  markerLabel: string;
  boundary: string;
  kinds: Record<string, string>;
  collections: Record<string, string>;
  precision: Record<string, string>;
}

/** Tile settings from src/config.ts. */
export interface TileSettings {
  url: string;
  attribution: string;
  maxZoom: number;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** Reads and parses a JSON data attribute, failing loudly when the page is built wrong. */
export function readJson<T>(el: HTMLElement, name: string): T {
  const raw = el.dataset[name];
  if (!raw) throw new Error(`map: missing data-${name} on #${el.id}`);
  return JSON.parse(raw) as T;
}
