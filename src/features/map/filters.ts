/** The filter options of the map page: the collections and kinds present in the data. Pure. */
import { COLLECTIONS, KINDS, type CollectionName } from '../../atlas/model/collections.ts';
import type { AtlasFeature } from './geojson.ts';

/** One collection's filter option, with its kinds. */
export interface FilterOption {
  collection: CollectionName;
  count: number;
  kinds: Array<{ kind: string; count: number }>;
}

/** The filter options that occur in the data: collections, and kinds per collection, in model order. */
export function filterOptions(features: readonly AtlasFeature[]): FilterOption[] {
  return COLLECTIONS.map((collection) => {
    const members = features.filter((f) => f.properties.collection === collection);
    const kinds = (KINDS[collection] as readonly string[])
      .map((kind) => ({ kind, count: members.filter((f) => f.properties.kind === kind).length }))
      .filter((k) => k.count > 0);
    return { collection, count: members.length, kinds };
  }).filter((c) => c.count > 0);
}
