/**
 * What the map pages hand to the browser: UI strings and kind labels from the dictionary,
 * the filter options present in the data. Pure, so the strings are tested once.
 */
import { COLLECTIONS, KINDS, type CollectionName } from './collections.ts';
import type { AtlasFeature } from './geojson.ts';

/** The filter options that occur in the data: collections, and kinds per collection, in model order. */
export function filterOptions(features: readonly AtlasFeature[]): Array<{ collection: CollectionName; count: number; kinds: Array<{ kind: string; count: number }> }> {
  return COLLECTIONS.map((collection) => {
    const members = features.filter((f) => f.properties.collection === collection);
    const kinds = (KINDS[collection] as readonly string[])
      .map((kind) => ({ kind, count: members.filter((f) => f.properties.kind === kind).length }))
      .filter((k) => k.count > 0);
    return { collection, count: members.length, kinds };
  }).filter((c) => c.count > 0);
}
