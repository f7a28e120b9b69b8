/**
 * Re-ranking of Pagefind's top results by how well an entry's own names match the query.
 * Pagefind scores words wherever they stand, so a one-line figure titled "Gründungsjahr des
 * Instituts für Automatisierung" can outrank the institute itself; visitors who type a
 * name expect the entry with that name first. The boost is applied in the browser to the
 * first results only, after Pagefind has done the matching.
 */
import { umlautVariants } from './terms.ts';

/** What re-ranking needs from a result. */
export interface Rankable {
  score: number;
  /** Names of the entry: German title, English, Chinese, pinyin. */
  names: string[];
  /** Whether the entry is an actor or place (page collections) rather than a figure, event or source. */
  primary: boolean;
}

/** Lowercase, umlauts folded, ß → ss, tone marks and punctuation dropped, single spaces. */
export function normalizeName(text: string): string {
  const folded = text.replace(/ß/g, 'ss').replace(/ẞ/g, 'SS').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return folded.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Multiplier for one result: exact name 4, name starting with the query 2.5, all query words in a name up to 1.6 (less the longer the name); primary entries ×1.3. */
export function nameBoost(query: string, names: readonly string[], primary: boolean): number {
  const q = normalizeName(query);
  if (!q) return 1;
  const qWords = q.split(' ');
  let best = 1;
  for (const raw of names.flatMap((n) => [n, ...umlautVariants(n)])) {
    const name = normalizeName(raw);
    if (!name) continue;
    const compact = name.replace(/ /g, '');
    if (name === q || compact === q.replace(/ /g, '')) best = Math.max(best, 4);
    else if (name.startsWith(q) || compact.startsWith(q.replace(/ /g, ''))) best = Math.max(best, 2.5);
    else if (qWords.every((w) => name.split(' ').some((n) => n.startsWith(w)) || name.includes(w))) {
      // The fewer other words the name has, the closer the match: "Tsinghua-Universität"
      // before "Campus der Tsinghua-Universität".
      best = Math.max(best, 1 + 0.6 * Math.min(1, qWords.length / name.split(' ').length));
    }
  }
  return best * (primary ? 1.3 : 1);
}

/** Sorts results by Pagefind's score times the name boost (stable for equal scores). */
export function rerank<T extends Rankable>(query: string, results: readonly T[]): T[] {
  return results
    .map((r, i) => ({ r, i, s: r.score * nameBoost(query, r.names, r.primary) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.r);
}
