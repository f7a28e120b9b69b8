/**
 * Quotes checked against their source without the source text: every citation's quote must
 * be the words of its source, found word for word in the source's fingerprint
 * (src/atlas/model/fingerprint.ts). A quote with a word changed, added or dropped is refused
 * with the closest passage (paragraph and word) and the words that differ there. Sources
 * without a fingerprint are not checked (one warning per cited source says so).
 */
import { findQuote, type Fingerprint } from '../model/fingerprint.ts';
import type { Position } from '../read/yaml.ts';
import type { Problem } from './problems.ts';

/** What the quote check needs of an entry. */
export interface Quoting {
  file: string;
  data: { sources?: unknown };
  positionOf(path: ReadonlyArray<PropertyKey>): Position | undefined;
}

/** Where contributors find the text (the fix of every quote problem). */
const WHERE = 'the article is not in the repository: see CONTRIBUTING.md, "Zitate", for where to read it';

/** Checks every quote of every entry against the fingerprint of its source. */
export function checkQuotes(entries: Iterable<Quoting>, prints: ReadonlyMap<string, Fingerprint>): { problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const unchecked = new Map<string, Problem>();
  for (const entry of entries) {
    const citations = Array.isArray(entry.data.sources) ? entry.data.sources : [];
    citations.forEach((citation: unknown, i) => {
      if (typeof citation !== 'object' || citation === null) return;
      const { source, quote } = citation as { source?: unknown; quote?: unknown };
      if (typeof source !== 'string' || typeof quote !== 'string') return; // the schema pass reports it
      const where = { file: entry.file, field: `sources[${i}].quote`, ...entry.positionOf(['sources', i, 'quote']) };
      const print = prints.get(source);
      if (!print) {
        if (!unchecked.has(source)) unchecked.set(source, { ...where, message: `quotes of "${source}" cannot be checked: it has no fingerprint`, fix: `run npm run fingerprint -- ${source} <text file> (maintainers)` });
        return;
      }
      const match = findQuote(quote, print);
      if (!match) return void problems.push({ ...where, message: `the quote is too short to be checked (fewer than ${2 * print.n} words)`, fix: `quote at least ${2 * print.n} words of the source, so that it can be found; ${WHERE}` });
      if (match.verbatim) return;
      if (!match.paragraph) return void problems.push({ ...where, message: `the quote is not in "${source}": no ${print.n} words of it follow each other there`, fix: `copy the words exactly from the source; ${WHERE}` });
      const differing = match.differing.length ? `; the words ${match.differing.map((w) => `"${w}"`).join(', ')} differ` : '; words are missing or added';
      problems.push({
        ...where,
        message: `the quote is not word for word in "${source}": the closest passage is paragraph ${match.paragraph}, from word ${match.word} (${match.matched} of ${match.runs} runs of ${print.n} words match)${differing}`,
        fix: `copy the words exactly from paragraph ${match.paragraph} of the source (punctuation and quotation marks may differ); ${WHERE}`,
      });
    });
  }
  return { problems, warnings: [...unchecked.values()] };
}
