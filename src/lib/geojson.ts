/**
 * The atlas as GeoJSON: one Point feature per located entry (own coordinates or inherited
 * from the place it sits in), WGS-84. This single export feeds the map page and is the
 * documented open-data download (`/atlas.geojson`), so the map can never show something
 * the pages do not know, or the other way round.
 */
import type { CollectionName } from './collections.ts';
import type { AtlasNode } from './graph.ts';
import type { Precision } from './geo.ts';

/** Properties of one feature. */
export interface AtlasFeatureProperties {
  slug: string;
  collection: CollectionName;
  kind: string;
  name: string;
  name_en?: string;
  name_zh?: string;
  pinyin?: string;
  /** Site-relative URL of the entry's page. */
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
  /** Licence and provenance, for people who download the file. */
  metadata: Record<string, string>;
  features: AtlasFeature[];
}

/** Drops undefined values, so optional properties are absent rather than undefined (smaller file, strict types). */
function defined<T extends object>(obj: { [K in keyof T]-?: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Builds the feature collection from graph nodes. Nodes without a pin are left out (an
 * unknown location gets no point); the order is stable (by place, then name) so the file
 * diffs cleanly between builds.
 */
export function buildFeatureCollection(nodes: Iterable<AtlasNode>, metadata: Record<string, string> = {}): AtlasFeatureCollection {
  const all = [...nodes];
  const bySlug = new Map(all.map((n) => [n.slug, n]));
  const features: AtlasFeature[] = all
    .filter((n): n is AtlasNode & { pin: NonNullable<AtlasNode['pin']> } => n.pin !== undefined)
    .map((n) => {
      const place = bySlug.get(n.pin.from) ?? n;
      const located = n.data['located_in'];
      const role = typeof located === 'object' && located !== null && 'role' in located ? (located as { role?: string }).role : undefined;
      const loc = place.data.location;
      return {
        type: 'Feature' as const,
        id: n.slug,
        geometry: { type: 'Point' as const, coordinates: [n.pin.lon, n.pin.lat] as [number, number] },
        properties: defined<AtlasFeatureProperties>({
          slug: n.slug,
          collection: n.collection,
          kind: n.data.kind,
          name: n.data.name,
          name_en: n.data.name_en,
          name_zh: n.data.name_zh,
          pinyin: n.data.pinyin,
          url: n.path,
          precision: n.pin.precision,
          confidence: n.pin.confidence,
          place: place.slug,
          place_name: place.data.name,
          address_de: loc?.address_de,
          address_zh: loc?.address_zh,
          role,
        }),
      };
    })
    .sort((a, b) => a.properties.place.localeCompare(b.properties.place) || a.properties.name.localeCompare(b.properties.name, 'de'));
  return { type: 'FeatureCollection', metadata, features };
}

/** Features grouped by the place whose coordinates they share (one marker each), the place itself first. */
export function groupByPlace(features: readonly AtlasFeature[]): Map<string, AtlasFeature[]> {
  const groups = new Map<string, AtlasFeature[]>();
  for (const f of features) (groups.get(f.properties.place) ?? groups.set(f.properties.place, []).get(f.properties.place)!).push(f);
  for (const [place, members] of groups) members.sort((a, b) => Number(b.properties.slug === place) - Number(a.properties.slug === place));
  return groups;
}
