/**
 * Entry data types, derived from the Zod schemas (src/atlas/model/schema.ts): no field is
 * typed by hand, so a schema change is a type change everywhere. `EntryData` is a union
 * discriminated by `collection`: narrowing on the collection gives the exact fields.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from './collections.ts';
import type { Schemas } from './schema.ts';

/** The validated data of an entry of collection `C`. */
export type EntryDataOf<C extends CollectionName> = z.output<Schemas[C]>;

/** Data tagged with its collection, for any collection (a discriminated union). */
export type CollectionData = { [C in CollectionName]: { collection: C; data: EntryDataOf<C> } }[CollectionName];

/** Data of any entry, without its collection (for code that reads only the shared fields). */
export type AnyEntryData = CollectionData['data'];

/**
 * Tags data with its collection. The one place where the correlation between a generic
 * collection and its data is asserted: TypeScript cannot prove it for a type parameter.
 */
export function withCollection<C extends CollectionName>(collection: C, data: EntryDataOf<C>): CollectionData {
  return { collection, data } as CollectionData;
}
