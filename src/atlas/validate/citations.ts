/**
 * Citations that may not back their entry (warnings, not problems): a citation's quote should
 * name the entry it sits on (its title, the article's wording, its English or Chinese name),
 * or an entry it is related to, or, for a figure, its number and, for an event, its year.
 * A quote that gives background without naming any of them is marked `context: true`.
 * The test is by words: a name counts when the quote contains it whole, or one of its
 * distinctive words (five letters or more, not a generic word such as "Universität").
 */
import { wordsOf } from '../model/fingerprint.ts';
import type { Position } from '../read/yaml.ts';
import type { Problem } from './problems.ts';

/** Words too common in names to identify an entry on their own. */
const GENERIC = new Set(
  ['Universität', 'Universitäts', 'University', 'Unternehmen', 'Gebäude', 'Straße', 'Straßen', 'Bezirk', 'Bezirks', 'Institut', 'Instituts', 'Zentrum', 'Center', 'Centre', 'Wissenschaftspark', 'Technologie', 'Technology', 'Science', 'Innovation', 'Innovations', 'Artificial', 'Intelligence', 'Künstliche', 'Intelligenz', 'Haidian', 'Peking', 'Beijing', 'China', 'Chinas', 'Chinesische', 'Chinesischen', 'Gründung', 'Anteil', 'Zahl', 'Jahre', 'Jahren', 'Artikel', 'Labor', 'Labors', 'Gruppe', 'Group', 'Stadt', 'Programm', 'Projekt', 'Maßnahmen', 'Unternehmens', 'Large', 'Model', 'Models', 'Modelle'].map((w) => w.toLowerCase()),
);

/** What the citation check needs of an entry. */
export interface Cited {
  slug: string;
  file: string;
  collection: string;
  data: Record<string, unknown>;
  positionOf(path: ReadonlyArray<PropertyKey>): Position | undefined;
}

/** The names an entry goes by: title, article's wording, English, Chinese (strings of the data). */
export function namesOf(data: Record<string, unknown>): string[] {
  return ['name', 'article_name', 'name_en', 'name_zh'].map((f) => data[f]).filter((v): v is string => typeof v === 'string');
}

/** Numbers and years that identify a figure (its value) or an event (its year), as the article writes them. */
function markersOf(collection: string, data: Record<string, unknown>): string[] {
  const numbers: string[] = [];
  const add = (value: unknown) => {
    if (typeof value !== 'number') return;
    numbers.push(String(value), value.toLocaleString('de-DE'), String(value).replace('.', ','));
    // Large round numbers as the article writes them: 10000000 → "10 Millionen".
    for (const [size, word] of [[1e12, 'Billionen'], [1e9, 'Milliarden'], [1e6, 'Millionen']] as const) {
      if (Math.abs(value) >= size) {
        numbers.push(`${(value / size).toLocaleString('de-DE')} ${word}`);
        break;
      }
    }
  };
  if (collection === 'figures') [data['value'], data['value_max']].forEach(add);
  const date = data['date'] ?? data['founded'] ?? data['issued'];
  if (date && typeof date === 'object' && 'value' in date) numbers.push(String((date as { value: string }).value).slice(0, 4));
  return numbers;
}

/**
 * True when `quote` names `name`: all of it, or all of it before a bracket ("Peking-Institut"
 * of "Peking-Institut (Tsinghua-Universität und Ubtech)"), or one of its distinctive words, or
 * the last part of one of its German compounds ("Regierung" of "Bezirksregierung").
 */
export function names(quote: string, name: string): boolean {
  const text = quote.normalize('NFC').toLowerCase();
  const full = name.normalize('NFC').toLowerCase();
  const core = full.replace(/\s*\(.*\)\s*/g, ' ').trim();
  if (text.includes(full) || (core && text.includes(core))) return true;
  const distinctive = (w: string) => w.length >= 5 && !GENERIC.has(w) && !/^\d+$/.test(w);
  const quoted = wordsOf(text).filter(distinctive);
  const own = wordsOf(full).filter((w) => w.length >= 5 && !/^\d+$/.test(w));
  return own.some((w) => (distinctive(w) && quoted.includes(w)) || quoted.some((q) => q.length >= 6 && w !== q && w.endsWith(q)));
}

/** Warns about citations whose quote names neither the entry, nor an entry it is linked with, nor its number or year. */
export function checkCitations(entries: Iterable<Cited>, linked: (slug: string) => Iterable<Cited>): Problem[] {
  const warnings: Problem[] = [];
  for (const entry of entries) {
    const citations = Array.isArray(entry.data['sources']) ? (entry.data['sources'] as unknown[]) : [];
    const own = [...namesOf(entry.data), ...markersOf(entry.collection, entry.data)];
    const related = [...linked(entry.slug)].flatMap((e) => namesOf(e.data));
    citations.forEach((citation, i) => {
      if (typeof citation !== 'object' || citation === null) return;
      const { quote, context } = citation as { quote?: unknown; context?: unknown };
      if (typeof quote !== 'string' || context === true) return;
      if ([...own, ...related].some((name) => names(quote, name))) return;
      warnings.push({
        file: entry.file,
        field: `sources[${i}].quote`,
        ...entry.positionOf(['sources', i, 'quote']),
        message: 'the quote names neither this entry nor an entry it is linked with, so it may not back what the page says about it',
        fix: 'quote the sentence about this entry; or, if the quote gives background, write context: true on the citation',
      });
    });
  }
  return warnings;
}
