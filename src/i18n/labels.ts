/**
 * Labels of the model's values (collections, kinds, relations, …) from the dictionary. The
 * key types are built from the model itself, and the assertions at the bottom fail to
 * compile when the reference dictionary lacks a label for any collection, kind, relation,
 * theme, qualifier, precision, note kind or era: a new kind without a label is a type error.
 * (Other locales are checked against the reference dictionary's keys in src/i18n/index.ts,
 * and at run time by the validation pass.)
 */
import type { CollectionName, Kind } from '../atlas/model/collections.ts';
import type { EdgeKind } from '../atlas/model/relations.ts';
import type { FIGURE_THEMES, NoteKind, QUALIFIERS } from '../atlas/model/schema.ts';
import type { Precision } from '../atlas/model/geo.ts';
import type { Era } from '../features/timeline/timeline.ts';
import type { TextKey, Translator } from './index.ts';

type KindKey = { [C in CollectionName]: `kind.${C}.${Kind<C>}` }[CollectionName];

/** The plural name of a collection ("Unternehmen", "Orte"). */
export const collectionLabel = (ui: Translator, c: CollectionName) => ui.t(`collection.${c}`);
/** The singular name of a collection ("Ort"). */
export const collectionOne = (ui: Translator, c: CollectionName) => ui.t(`collection.${c}.one`);
/** The kind of an entry of `c` ("Hochschule"). */
export function kindLabel<C extends CollectionName>(ui: Translator, c: C, kind: Kind<C>): string {
  // The key type is checked below for every collection and kind; TypeScript cannot follow the
  // correlation of a type parameter into a template literal.
  return ui.t(`kind.${c}.${kind}` as KindKey);
}
/** The label of an edge kind, forward ("Hervorgegangen aus") or inverse ("Ausgründungen"). */
export const relationLabel = (ui: Translator, kind: EdgeKind, inverse = false) => ui.t(inverse ? `rel.${kind}.inverse` : `rel.${kind}`);

// Compile-time completeness of the reference dictionary for every value of the model.
type Assert<K extends TextKey> = K;
export type ModelLabelKeys = Assert<
  | `collection.${CollectionName}`
  | `collection.${CollectionName}.one`
  | `collection.${CollectionName}.intro`
  | KindKey
  | `rel.${EdgeKind}`
  | `rel.${EdgeKind}.inverse`
  | `theme.${(typeof FIGURE_THEMES)[number]}`
  | `qualifier.${(typeof QUALIFIERS)[number]}`
  | `precision.${Precision}`
  | `note.${NoteKind}`
  | `timeline.era.${Era}`
  | `timeline.era.${Era}.range`
>;
