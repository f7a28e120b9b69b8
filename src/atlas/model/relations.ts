/**
 * Typed relations between entries. Each relation is a frontmatter field with the
 * collections it may start from and point to, and a German label for each direction
 * (keys into the i18n dictionary). Adding a relation here adds it to the schemas,
 * the validation, the infobox and the backlinks at once.
 */
import type { CollectionName } from './collections.ts';
import { COLLECTIONS } from './collections.ts';

/** How a relation field is written in frontmatter. */
export type Cardinality = 'one' | 'many';

/** Definition of one relation field. */
export interface RelationSpec {
  /** Collections whose entries may carry this field. */
  from: readonly CollectionName[];
  /** Collections the field may point to. */
  to: readonly CollectionName[];
  /** A single target or a list. */
  cardinality: Cardinality;
  /** Whether items may carry a `role` (e.g. "Gründer", "Chefwissenschaftler"). */
  roles: boolean;
}

const ORGS = ['companies', 'institutions'] as const;
const ALL = COLLECTIONS;

/** Every relation field of the atlas. Labels: `rel.<name>` (forward) and `rel.<name>.inverse` (backlinks). */
export const RELATIONS = {
  origin: { from: ORGS, to: ['institutions', 'companies'], cardinality: 'many', roles: false },
  located_in: { from: ['companies', 'institutions', 'places', 'events'], to: ['places'], cardinality: 'one', roles: true },
  part_of: { from: ['institutions', 'places', 'companies', 'policies'], to: ['institutions', 'places', 'companies', 'policies'], cardinality: 'many', roles: false },
  people: { from: ORGS, to: ['people'], cardinality: 'many', roles: true },
  affiliations: { from: ['people'], to: ORGS, cardinality: 'many', roles: true },
  issuer: { from: ['policies', 'sources'], to: ['institutions', 'companies'], cardinality: 'many', roles: false },
  partners: { from: ORGS, to: ORGS, cardinality: 'many', roles: true },
  programmes: { from: ORGS, to: ['policies'], cardinality: 'many', roles: true },
  subjects: { from: ['figures', 'events', 'policies'], to: ALL, cardinality: 'many', roles: true },
  related: { from: ALL, to: ALL, cardinality: 'many', roles: true },
} as const satisfies Record<string, RelationSpec>;

export type RelationName = keyof typeof RELATIONS;

/** The relation fields an entry of collection `C` may carry (a type-level `relationsFor`). */
export type RelationsOf<C extends CollectionName> = {
  [R in RelationName]: C extends (typeof RELATIONS)[R]['from'][number] ? R : never;
}[RelationName];

/** Relations written as a single slug (or object) rather than a list. */
export type SingleRelation = { [R in RelationName]: (typeof RELATIONS)[R]['cardinality'] extends 'one' ? R : never }[RelationName];

/** Edge kinds that are not frontmatter relation fields. */
export type ImplicitEdge = 'cites' | 'mentions';

/** Every kind of edge in the link graph. */
export type EdgeKind = RelationName | ImplicitEdge;

/** The relation fields an entry of `collection` may carry, in display order. */
export function relationsFor(collection: CollectionName): RelationName[] {
  return (Object.keys(RELATIONS) as RelationName[]).filter((name) =>
    (RELATIONS[name].from as readonly string[]).includes(collection),
  );
}

/** Display order of edge kinds in the infobox and backlinks. */
export const EDGE_ORDER: readonly EdgeKind[] = [...(Object.keys(RELATIONS) as RelationName[]), 'mentions', 'cites'];
