/** What the editor schemas offer, from a validation run (valid or not): every entry read and every valid tag. */
import type { LoadResult } from '../../atlas/load.ts';
import type { EditorContext } from '../../atlas/model/json-schema.ts';

/** The entries (slug, collection, name) and the vocabulary's tags of a validation run. */
export function editorContext(result: Pick<LoadResult, 'index' | 'vocabulary'>): EditorContext {
  return { entries: result.index, tags: [...result.vocabulary.tags.values()] };
}
