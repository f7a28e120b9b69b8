/**
 * The atlas as GeoJSON (RFC 7946): one Point feature per located entry (own coordinates or
 * inherited from the place it is in), WGS-84, [lon, lat]. One file per locale: property
 * names are the same, the names and labels are in the file's language (`metadata.lang`).
 * This export feeds the map page and is the documented open-data download, so the map can
 * never show something the pages do not know, or the other way round.
 */
import { localAtlas } from '../../atlas/build/localize.ts';
import type { Atlas, Entry } from '../../atlas/build/atlas.ts';
import type { CollectionName } from '../../atlas/model/collections.ts';
import type { Precision } from '../../atlas/model/geo.ts';
import { relationTargets } from '../../atlas/validate/links.ts';
import type { Translator } from '../../i18n/index.ts';
import { collectionOne, kindLabel } from '../../i18n/labels.ts';
import { entryTitle } from '../../site/present.ts';
import { paths } from '../../site/paths.ts';
import { href } from '../../site/urls.ts';

/** Properties of one feature. */
export interface AtlasFeatureProperties {
  slug: string;
  collection: CollectionName;
  kind: string;
  /** The entry's title in the file's language. */
  name: string;
  collection_label: string;
  kind_label: string;
  article_name?: string;
  name_en?: string;
  name_zh?: string;
  pinyin?: string;
  /** URL of the entry's page (with the site's base path). */
  url: string;
  precision: Precision;
  confidence?: 'high' | 'medium' | 'low';
  /** Slug of the entry whose coordinates these are: entries sharing it share one marker. */
  place: string;
  place_name: string;
  address_de?: string;
  address_zh?: string;
  /** Role at the place, from `located_in` (e.g. "Pekinger Büro"). */
  role?: string;
}

/** A GeoJSON point feature of the atlas. */
export interface AtlasFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: AtlasFeatureProperties;
}

/** The whole export. */
export interface AtlasFeatureCollection {
  type: 'FeatureCollection';
  /** Title, licence and provenance, for people who download the file. */
  metadata: Record<string, string>;
  features: AtlasFeature[];
}

/** Drops undefined values, so optional properties are absent rather than undefined. */
function defined<T extends object>(obj: { [K in keyof T]-?: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

function feature(entry: Entry & { pin: NonNullable<Entry['pin']> }, atlas: Atlas, ui: Translator): AtlasFeature {
  const lang = ui.lang;
  const place = atlas.get(entry.pin.from) ?? entry;
  const loc = 'location' in place.data ? place.data.location : undefined;
  const role = 'located_in' in entry.data ? relationTargets(entry.data.located_in)[0]?.role : undefined;
  const d = entry.data;
  return {
    type: 'Feature',
    id: entry.slug,
    geometry: { type: 'Point', coordinates: [entry.pin.lon, entry.pin.lat] },
    properties: defined<AtlasFeatureProperties>({
      slug: entry.slug,
      collection: entry.collection,
      kind: d.kind,
      name: entryTitle(entry, lang),
      collection_label: collectionOne(ui, entry.collection),
      kind_label: kindLabel(ui, entry.collection, d.kind),
      article_name: d.article_name,
      name_en: d.name_en,
      name_zh: d.name_zh,
      pinyin: d.pinyin,
      url: href(paths.entry(lang, entry.collection, entry.slug)),
      precision: entry.pin.precision,
      confidence: entry.pin.confidence,
      place: place.slug,
      place_name: entryTitle(place, lang),
      address_de: loc?.address_de,
      address_zh: loc?.address_zh,
      role,
    }),
  };
}

/**
 * The feature collection of the atlas in the translator's locale. Entries without a pin are
 * left out (an unknown location gets no point); the order is stable (by place, then title).
 */
export function buildFeatureCollection(german: Atlas, ui: Translator, metadata: Record<string, string> = {}): AtlasFeatureCollection {
  const atlas = localAtlas(german, ui.lang);
  const features = atlas.all
    .filter((e): e is Entry & { pin: NonNullable<Entry['pin']> } => e.pin !== undefined)
    .map((e) => feature(e, atlas, ui))
    .sort((a, b) => (a.properties.place < b.properties.place ? -1 : a.properties.place > b.properties.place ? 1 : ui.compare(a.properties.name, b.properties.name)));
  return { type: 'FeatureCollection', metadata: { lang: ui.lang, ...metadata }, features };
}

/** Features grouped by the place whose coordinates they share (one marker each), the place itself first. */
export function groupByPlace(features: readonly AtlasFeature[]): Map<string, AtlasFeature[]> {
  const groups = Map.groupBy(features, (f) => f.properties.place);
  for (const [place, members] of groups) members.sort((a, b) => Number(b.properties.slug === place) - Number(a.properties.slug === place));
  return groups;
}
