/**
 * What the map pages hand to their scripts, through data attributes: UI strings (plural
 * forms picked in the browser with Intl.PluralRules) and the tile settings. Built from the
 * dictionary of the page's locale.
 */
import type { Translator } from '../../i18n/index.ts';
import type { PluralForms } from '../../i18n/template.ts';
import { SITE } from '../../site/config.ts';

/** UI strings the map scripts need. */
export interface MapStrings {
  lang: string;
  /** "{shown} von {total} verorteten Einträgen" (plural on total). */
  statusEntries: PluralForms;
  /** "an {count} Orten". */
  statusPlaces: PluralForms;
  approximate: string;
  entriesHere: PluralForms;
  /** "{place}: {count} Einträge". */
  markerLabel: PluralForms;
  boundary: string;
  /** Credit line for the district outline (ODbL). */
  boundaryCredit: string;
  dataError: string;
  retry: string;
}

/** Tile settings from src/site/config.ts. */
export interface TileSettings {
  url: string;
  attribution: string;
  attributionUrl: string;
  provider: string;
  maxZoom: number;
}

/** The map strings of a locale. */
export function mapStrings(ui: Translator): MapStrings {
  return {
    lang: ui.lang,
    statusEntries: ui.forms('map.status_entries'),
    statusPlaces: ui.forms('map.status_places'),
    approximate: ui.t('map.approximate'),
    entriesHere: ui.forms('map.entries_here'),
    markerLabel: ui.forms('map.marker_label'),
    boundary: ui.t('map.boundary'),
    boundaryCredit: ui.t('map.boundary_credit'),
    dataError: ui.t('map.data_error'),
    retry: ui.t('map.retry'),
  };
}

/** The tile settings, as the scripts receive them. */
export function tileSettings(): TileSettings {
  return { ...SITE.tiles };
}

/** Reads and parses a JSON data attribute, failing loudly when the page is built wrong. */
export function readJson<T>(el: HTMLElement, name: string): T {
  const raw = el.dataset[name];
  if (!raw) throw new Error(`map: missing data-${name} on #${el.id}`);
  return JSON.parse(raw) as T;
}
