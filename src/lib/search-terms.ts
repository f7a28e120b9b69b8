/**
 * Extra words for the search index, so that visitors find entries the way they type them.
 * Pagefind splits a German page into words at spaces and punctuation and matches query
 * words by prefix: a Chinese name (智谱华章) is then a single word, found by 智谱 but not by
 * 华章. Indexing every suffix of each Chinese run (谱华章, 华章, 章) makes every substring a
 * prefix of some indexed word. Pinyin without tone marks and umlaut spellings (ae, a) cover
 * what people type on a keyboard without those characters.
 */
import { splitCjk } from './cjk.ts';

/** Every suffix of a run of Han characters, longest first: 智谱华章 → 智谱华章, 谱华章, 华章, 章. */
export function cjkSuffixes(text: string): string[] {
  const out: string[] = [];
  for (const segment of splitCjk(text)) {
    if (!segment.zh) continue;
    for (const run of segment.text.split(/[^\p{Script=Han}]+/u).filter(Boolean)) {
      const chars = [...run];
      for (let i = 0; i < chars.length; i++) out.push(chars.slice(i).join(''));
    }
  }
  return [...new Set(out)];
}

/** Pinyin with tone marks removed: "Zhìpǔ Huázhāng" → "Zhipu Huazhang" (ü becomes u and v). */
export function stripTones(pinyin: string): string[] {
  // Keep ü (with any tone) apart before dropping the tone marks, which would also drop its dots.
  const marked = pinyin.replace(/[ǖǘǚǜü]/g, '\u0001').replace(/[ǕǗǙǛÜ]/g, '\u0002');
  const base = marked.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  const u = base.replace(/\u0001/g, 'u').replace(/\u0002/g, 'U');
  const v = base.replace(/\u0001/g, 'v').replace(/\u0002/g, 'V');
  return [...new Set([u, v])];
}

/** Spellings of German text without umlauts and ß: "Universität" → "Universitaet", "Universitat". */
export function umlautVariants(text: string): string[] {
  if (!/[äöüÄÖÜß]/.test(text)) return [];
  const expanded = text.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss');
  const plain = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').replace(/ß/g, 'ss');
  return [...new Set([expanded, plain])];
}

/** The names of an entry the search must know, in every form. */
export interface SearchNames {
  name: string;
  name_en?: string | undefined;
  name_zh?: string | undefined;
  pinyin?: string | undefined;
  /** Other Chinese text of the entry (addresses, Chinese in notes). */
  otherChinese?: readonly string[];
}

/** Separator between search-only words; the results UI recognises excerpts taken from them by it. */
export const TERMS_SEPARATOR = ' · ';

/**
 * The search-only words of an entry: names in every spelling, pinyin as one word too
 * ("Qinghua Daxue" and "QinghuaDaxue"), and all Chinese suffixes. Other spellings that
 * the page text (`present`) already contains are left out, so the extra words stay few
 * and excerpts come from the real text wherever possible.
 */
export function searchTerms(names: SearchNames, present = ''): string[] {
  // The entry's own names are always listed: with the record's weight they lift the entry
  // above pages that merely mention it.
  const own = [names.name, names.name_en ?? ''];
  const words: string[] = [...umlautVariants(names.name)];
  if (names.pinyin) {
    for (const p of stripTones(names.pinyin)) words.push(p, p.replace(/\s+/g, ''));
  }
  const chinese = [names.name_zh ?? '', ...(names.otherChinese ?? [])].filter(Boolean);
  for (const text of chinese) words.push(...cjkSuffixes(text));
  const isPresent = (word: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u').test(present);
  const extra = words.map((w) => w.trim()).filter((w) => w && !isPresent(w));
  return [...new Set([...own.map((w) => w.trim()).filter(Boolean), ...extra])];
}
